import { describe, expect, it } from 'vitest';
import { recoverableFigures } from './suppression-graph.ts';
import { suppressList, suppressTable, type CountTable } from './suppression.ts';
import { alternativeCompletion, consistentWith, peel, publishedGrid, trueGrid } from './testing.ts';

const _ = null;

/** Every hidden figure has a witness completion and none falls to solving line by line. */
function expectProtected(counts: CountTable): void {
  const result = suppressTable(counts);
  const published = publishedGrid(result);
  const truth = trueGrid(counts, counts[0]?.length ?? 0);
  expect(peel(published)).toEqual([]);
  published.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) return;
      const other = alternativeCompletion(truth, published, [r, c]);
      expect(other, `figure ${r},${c}`).not.toBeNull();
      expect(consistentWith(published, other ?? [])).toBe(true);
      expect(other?.[r]?.[c]).not.toBe(truth[r]?.[c]);
    });
  });
}

describe('suppressTable by hand', () => {
  it('publishes a table without small counts as it is', () => {
    expect(
      suppressTable([
        [5, 10],
        [20, 0],
      ]),
    ).toEqual({
      cells: [
        [5, 10],
        [20, 0],
      ],
      rowTotals: [15, 20],
      columnTotals: [25, 10],
      total: 35,
      suppressed: 0,
    });
  });

  it('hides one small cell with the cheapest cycle of three more cells', () => {
    // 3 is hidden; the cheapest way back to its column is 20 → 14 → 25 (59), not 20 → 40 → 12 (72).
    const counts = [
      [3, 20, 30],
      [12, 40, 50],
      [25, 14, 60],
    ];
    expect(suppressTable(counts)).toEqual({
      cells: [
        [_, _, 30],
        [12, 40, 50],
        [_, _, 60],
      ],
      rowTotals: [53, 102, 99],
      columnTotals: [40, 74, 140],
      total: 254,
      suppressed: 4,
    });
    expectProtected(counts);
  });

  it('hides the total of a row whose only non-zero cell is small, and a second row with it', () => {
    const counts = [
      [3, 0, 0],
      [12, 40, 50],
      [25, 14, 60],
    ];
    expect(suppressTable(counts)).toEqual({
      cells: [
        [_, 0, 0],
        [_, 40, 50],
        [25, 14, 60],
      ],
      rowTotals: [_, _, 99],
      columnTotals: [40, 54, 110],
      total: 204,
      suppressed: 4,
    });
    expectProtected(counts);
  });

  it('publishes true zeros and never hides one', () => {
    const result = suppressTable([
      [0, 0, 7],
      [0, 9, 8],
      [2, 30, 40],
    ]);
    expect(result.cells[0]?.slice(0, 2)).toEqual([0, 0]);
    expect(result.cells[1]?.[0]).toBe(0);
    expect(result.cells[2]?.[0]).toBeNull();
  });

  it('protects a one-row table through its total, whose column totals repeat its cells', () => {
    const counts = [[3, 10, 20]];
    const result = suppressTable(counts);
    expect(result.cells).toEqual([[_, _, 20]]);
    expect(result.columnTotals).toEqual([_, _, 20]);
    expect([result.rowTotals, result.total]).toEqual([[33], 33]);
    expectProtected(counts);
  });

  it('protects a one-column table the same way', () => {
    const counts = [[3], [10], [20]];
    const result = suppressTable(counts);
    expect(result.cells).toEqual([[_], [_], [20]]);
    expect(result.rowTotals).toEqual([_, _, 20]);
    expect([result.columnTotals, result.total]).toEqual([[33], 33]);
    expectProtected(counts);
  });

  it('hides a total below the threshold even when its cells are shown as zeros around it', () => {
    const counts = [
      [1, 1, 0],
      [30, 40, 50],
      [20, 10, 60],
    ];
    const result = suppressTable(counts);
    expect(result.rowTotals[0]).toBeNull();
    expect(result.cells[0]).toEqual([_, _, 0]);
    expectProtected(counts);
  });

  it('hides everything but zeros when the grand total itself is small', () => {
    const counts = [
      [1, 0],
      [2, 1],
    ];
    const result = suppressTable(counts);
    expect(result).toEqual({
      cells: [
        [_, 0],
        [_, _],
      ],
      rowTotals: [_, _],
      columnTotals: [_, _],
      total: null,
      suppressed: 8,
    });
    expectProtected(counts);
  });

  it('follows the configured threshold', () => {
    expect(
      suppressTable(
        [
          [7, 20],
          [30, 40],
        ],
        { threshold: 5 },
      ).suppressed,
    ).toBe(0);
    expect(
      suppressTable(
        [
          [7, 20],
          [30, 40],
        ],
        { threshold: 8 },
      ).suppressed,
    ).toBe(4);
  });

  it('answers an empty table with a published zero', () => {
    expect(suppressTable([])).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [],
      total: 0,
      suppressed: 0,
    });
  });

  it.each([
    ['ragged rows', [[1, 2], [3]], {}],
    ['a negative count', [[-1, 2]], {}],
    ['a fractional count', [[1.5, 2]], {}],
    ['a threshold of 1', [[1, 2]], { threshold: 1 }],
    ['a threshold of 51', [[1, 2]], { threshold: 51 }],
  ])('refuses %s', (_label, counts, options) => {
    expect(() => suppressTable(counts, options)).toThrow(RangeError);
  });
});

describe('two hidden figures per row and column', () => {
  it('are not enough: a hidden figure joining two hidden blocks can be recomputed', () => {
    // Rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3 are hidden blocks; (1, 2) joins them.
    // Every row and column has two or three hidden figures, yet summing rows 0 and 1 and
    // subtracting columns 0 and 1 leaves (1, 2) alone.
    const hidden = [
      [true, true, false, false, false],
      [true, true, true, false, false],
      [false, false, true, true, false],
      [false, false, true, true, false],
      [false, false, false, false, false],
    ];
    expect(recoverableFigures(hidden)).toEqual([[1, 2]]);
    const counts = [
      [6, 7, 0, 0],
      [8, 9, 10, 0],
      [0, 0, 11, 12],
      [0, 0, 13, 14],
    ];
    const truth = trueGrid(counts, 4);
    const published = truth.map((row, r) => row.map((v, c) => (hidden[r]?.[c] ? null : v)));
    const rowSums = (truth[0]?.[4] ?? 0) + (truth[1]?.[4] ?? 0);
    const columnSums = (truth[4]?.[0] ?? 0) + (truth[4]?.[1] ?? 0);
    expect(rowSums - columnSums).toBe(10);
    expect(alternativeCompletion(truth, published, [1, 2])).toBeNull();
  });
});

describe('suppressList', () => {
  it.each([
    [[3, 10, 20], [_, _, 20], 33],
    [[30, 10, 20], [30, 10, 20], 60],
    [[3, 0, 0], [_, 0, 0], _],
    [[1, 2], [_, _], _],
    // Two equally cheap partners for the 4: both are hidden, whichever order they came in.
    [[4, 6, 6, 40], [_, _, _, 40], 56],
    [[4, 6, 7, 40], [_, _, 7, 40], 57],
    [[0, 0], [0, 0], 0],
  ] as const)('%j → %j, total %s', (values, shown, total) => {
    const result = suppressList(values);
    expect(result.values).toEqual(shown);
    expect(result.total).toBe(total);
    expect(result.suppressed).toBe([...shown, total].filter((v) => v === null).length);
  });
});
