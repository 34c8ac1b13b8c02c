// Test helpers for suppression: an attacker's view of a published table. Independent of how the
// suppression chose what to hide; they only read the published figures and the true ones.
import type { SuppressedTable } from './suppression.ts';

/** The published table bordered with its totals (`null` = hidden), as `suppression-graph.ts`. */
export function publishedGrid(table: SuppressedTable): (number | null)[][] {
  return [
    ...table.cells.map((row, r) => [...row, table.rowTotals[r] ?? null]),
    [...table.columnTotals, table.total],
  ];
}

/** The true table bordered with its totals. */
export function trueGrid(counts: readonly (readonly number[])[], width: number): number[][] {
  const rows = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: width + 1 }, (_, c) =>
    rows.reduce((sum, row) => sum + (row[c] ?? 0), 0),
  );
  return [...rows, totals];
}

/** Each line of a bordered grid: its parts and its total, as positions. */
function lines(
  rows: number,
  columns: number,
): { parts: [number, number][]; sum: [number, number] }[] {
  const all: { parts: [number, number][]; sum: [number, number] }[] = [];
  for (let r = 0; r < rows; r++) {
    all.push({
      parts: Array.from({ length: columns - 1 }, (_, c): [number, number] => [r, c]),
      sum: [r, columns - 1],
    });
  }
  for (let c = 0; c < columns; c++) {
    all.push({
      parts: Array.from({ length: rows - 1 }, (_, r): [number, number] => [r, c]),
      sum: [rows - 1, c],
    });
  }
  return all;
}

/**
 * What a reader can solve by hand: any row or column (parts and total) with exactly one unknown
 * gives it away; solved figures become known, and so on until nothing changes. Returns the
 * positions recovered this way.
 */
export function peel(published: readonly (readonly (number | null)[])[]): [number, number][] {
  const grid = published.map((row) => [...row]);
  const recovered: [number, number][] = [];
  const all = lines(grid.length, grid[0]?.length ?? 0);
  for (let changed = true; changed;) {
    changed = false;
    for (const { parts, sum } of all) {
      const unknown = [...parts, sum].filter(([r, c]) => grid[r]?.[c] === null);
      const [only] = unknown;
      if (unknown.length !== 1 || only === undefined) continue;
      const known = (p: [number, number]): number => grid[p[0]]?.[p[1]] ?? 0;
      const partsSum = parts.reduce((acc, p) => acc + known(p), 0);
      const value = only === sum ? partsSum : known(sum) - partsSum;
      const row = grid[only[0]];
      if (row) row[only[1]] = value;
      recovered.push(only);
      changed = true;
    }
  }
  return recovered;
}

/**
 * Another table a reader cannot tell apart from the true one, differing at `target`: a cycle of
 * hidden figures through `target`, adding one and taking one away in turn, so that every row and
 * column still adds up. `null` when the hidden figures give no such cycle.
 */
export function alternativeCompletion(
  truth: readonly (readonly number[])[],
  published: readonly (readonly (number | null)[])[],
  target: readonly [number, number],
): number[][] | null {
  const rows = truth.length;
  const columns = truth[0]?.length ?? 0;
  const isHidden = (r: number, c: number): boolean => published[r]?.[c] === null;
  // Breadth-first search from the target's row to its column over hidden figures, not the target.
  const start = target[0];
  const goal = rows + target[1];
  const via = new Map<number, [number, number]>([[start, [-1, -1]]]);
  const queue = [start];
  while (queue.length > 0 && !via.has(goal)) {
    const node = queue.shift() ?? 0;
    const isRow = node < rows;
    for (let k = 0; k < (isRow ? columns : rows); k++) {
      const [r, c] = isRow ? [node, k] : [k, node - rows];
      if ((r === target[0] && c === target[1]) || !isHidden(r, c)) continue;
      const next = isRow ? rows + c : r;
      if (via.has(next)) continue;
      via.set(next, [r, c]);
      queue.push(next);
    }
  }
  if (!via.has(goal)) return null;
  const cycle: [number, number][] = [[target[0], target[1]]];
  for (let node = goal; node !== start;) {
    const edge = via.get(node) ?? [-1, -1];
    cycle.push(edge);
    node = node < rows ? rows + edge[1] : edge[0];
  }
  // A figure is a part of its row and column, or the total of one (last column or last row), so
  // a change passes along the cycle with its sign flipped between two parts and kept from a part
  // to a total.
  const coefficient = ([r, c]: [number, number], line: 'row' | 'column'): number =>
    (line === 'row' ? c === columns - 1 : r === rows - 1) ? -1 : 1;
  for (const direction of [1, -1]) {
    const candidate = truth.map((row) => [...row]);
    let change = direction;
    cycle.forEach((position, i) => {
      const row = candidate[position[0]];
      if (row) row[position[1]] = (row[position[1]] ?? 0) + change;
      const next = cycle[(i + 1) % cycle.length] ?? position;
      const shared = next[0] === position[0] ? 'row' : 'column';
      change = (-coefficient(position, shared) * change) / coefficient(next, shared);
    });
    if (candidate.every((row) => row.every((value) => value >= 0))) return candidate;
  }
  return null;
}

/** Whether `completion` agrees with every published figure and every row and column adds up. */
export function consistentWith(
  published: readonly (readonly (number | null)[])[],
  completion: readonly (readonly number[])[],
): boolean {
  const agrees = published.every((row, r) =>
    row.every((value, c) => value === null || value === completion[r]?.[c]),
  );
  const at = ([r, c]: [number, number]): number => completion[r]?.[c] ?? Number.NaN;
  const balanced = lines(completion.length, completion[0]?.length ?? 0).every(
    ({ parts, sum }) => parts.reduce((acc, p) => acc + at(p), 0) === at(sum),
  );
  const nonNegative = completion.every((row) => row.every((value) => value >= 0));
  return agrees && balanced && nonNegative;
}
