import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protect } from './suppression-graph.ts';
import { suppressTable } from './suppression.ts';
import { alternativeCompletion, consistentWith, peel, publishedGrid, trueGrid } from './testing.ts';

/** Random tables rich in small counts and zeros, as provincial monthly figures are. */
const count = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 6 }),
  fc.integer({ min: 0, max: 80 }),
);
const tables = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );
const thresholds = fc.integer({ min: 2, max: 10 });
const RUNS = { numRuns: 400 };

describe('suppressTable over random tables', () => {
  it('publishes only zeros and figures at or above the threshold', () => {
    fc.assert(
      fc.property(tables, thresholds, (counts, threshold) => {
        const published = publishedGrid(suppressTable(counts, { threshold })).flat();
        return published.every((v) => v === null || v === 0 || v >= threshold);
      }),
      RUNS,
    );
  });

  it('publishes true cells and true totals, and counts what it hides', () => {
    fc.assert(
      fc.property(tables, thresholds, (counts, threshold) => {
        const result = suppressTable(counts, { threshold });
        const published = publishedGrid(result);
        const truth = trueGrid(counts, counts[0]?.length ?? 0);
        expect(published.map((row, r) => row.map((v, c) => v ?? truth[r]?.[c]))).toEqual(truth);
        expect(result.suppressed).toBe(published.flat().filter((v) => v === null).length);
      }),
      RUNS,
    );
  });

  it('leaves no hidden figure that can be recovered, exactly', () => {
    fc.assert(
      fc.property(tables, thresholds, (counts, threshold) => {
        const published = publishedGrid(suppressTable(counts, { threshold }));
        const truth = trueGrid(counts, counts[0]?.length ?? 0);
        // Solving row and column equations one unknown at a time, to a fixed point, finds nothing.
        expect(peel(published)).toEqual([]);
        // And for each hidden figure, another table agrees with every published figure and total,
        // has no negative count, and differs there: the reader cannot tell which is true.
        published.forEach((row, r) => {
          row.forEach((value, c) => {
            if (value !== null) return;
            const other = alternativeCompletion(truth, published, [r, c]);
            expect(other, `figure ${r},${c}`).not.toBeNull();
            expect(consistentWith(published, other ?? [])).toBe(true);
            expect(other?.[r]?.[c]).not.toBe(truth[r]?.[c]);
            // The simple sufficient check holds as a consequence: another hidden figure in its
            // row and in its column (totals included).
            expect(row.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
            expect(published.filter((line) => line[c] === null).length).toBeGreaterThanOrEqual(2);
          });
        });
      }),
      RUNS,
    );
  });

  it('is a fixed point: its hidden pattern needs nothing more, and a second run agrees', () => {
    fc.assert(
      fc.property(tables, thresholds, (counts, threshold) => {
        const result = suppressTable(counts, { threshold });
        const hidden = publishedGrid(result).map((row) => row.map((v) => v === null));
        const truth = trueGrid(counts, counts[0]?.length ?? 0);
        expect(protect(truth, hidden)).toEqual(hidden);
        expect(suppressTable(counts, { threshold })).toEqual(result);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of rows and columns', () => {
    const permuted = tables.chain((counts) =>
      fc.tuple(
        fc.constant(counts),
        fc.shuffledSubarray([...counts.keys()], { minLength: counts.length }),
        fc.shuffledSubarray([...(counts[0] ?? []).keys()], {
          minLength: counts[0]?.length ?? 0,
        }),
      ),
    );
    fc.assert(
      fc.property(permuted, thresholds, ([counts, rowOrder, columnOrder], threshold) => {
        const reorder = <T>(matrix: readonly (readonly T[])[]): T[][] =>
          rowOrder.map((r) => columnOrder.map((c) => matrix[r]?.[c] as T));
        const original = suppressTable(counts, { threshold });
        const shuffled = suppressTable(reorder(counts), { threshold });
        expect(shuffled.cells).toEqual(reorder(original.cells));
        expect(shuffled.rowTotals).toEqual(rowOrder.map((r) => original.rowTotals[r]));
        expect(shuffled.columnTotals).toEqual(columnOrder.map((c) => original.columnTotals[c]));
        expect([shuffled.total, shuffled.suppressed]).toEqual([
          original.total,
          original.suppressed,
        ]);
      }),
      RUNS,
    );
  });
});
