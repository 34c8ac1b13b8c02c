import { protect } from './suppression-graph.ts';
import { SUPPRESSION_THRESHOLD_DEFAULT, isSuppressionThreshold } from './threshold.ts';

/**
 * Small-cell suppression for published figures (issue #8): a count of women small enough to
 * point at someone (a province, a month, a form of violence) is hidden, and so are enough other
 * figures that the hidden one cannot be worked back from the totals.
 *
 * - Primary suppression: every figure, cell or total, from 1 to `threshold − 1`.
 * - A true zero is always published and never hidden. It describes no one, so it cannot identify
 *   anyone; hiding zeros would blank most of a sparse provincial table and make an empty cell
 *   look like a secret. The consequence, stated plainly: a reader knows every hidden figure is at
 *   least 1. The guarantee below is proved against a reader who knows counts are never negative;
 *   one who also uses "at least 1" can pin a row or column whose hidden cells are all ones (its
 *   hidden sum equals their number). Not yet handled: it needs a second hidden figure of 2 or
 *   more in such a line.
 * - Complementary suppression: more figures are hidden, cheapest first (the smallest values, the
 *   least information lost), until no hidden figure can be computed exactly from the published
 *   cells and totals (see `suppression-graph.ts` for the exact condition, stronger than "two
 *   hidden figures per row and column"). Totals are candidates too: a row whose only non-zero
 *   cell is small can only be protected by hiding its total as well.
 * - Deterministic and independent of the order of rows and columns: reordering provinces or
 *   months reorders the output the same way and changes nothing else. The price is that equally
 *   cheap choices are all taken rather than one picked by position.
 */

/** Non-negative whole counts, one row per category (a province), one column per another. */
export type CountTable = readonly (readonly number[])[];

export interface SuppressionOptions {
  /** Smallest count that may be published (zero aside); 2–50, default 5. */
  readonly threshold?: number;
}

/** A table ready to publish: `null` where a figure is hidden. Published totals are true totals. */
export interface SuppressedTable {
  readonly cells: (number | null)[][];
  readonly rowTotals: (number | null)[];
  readonly columnTotals: (number | null)[];
  readonly total: number | null;
  /** How many figures are hidden, cells and totals together. */
  readonly suppressed: number;
}

/** A list with its total (one indicator across provinces, say), ready to publish. */
export interface SuppressedList {
  readonly values: (number | null)[];
  readonly total: number | null;
  readonly suppressed: number;
}

function checkedThreshold(options: SuppressionOptions): number {
  const threshold = options.threshold ?? SUPPRESSION_THRESHOLD_DEFAULT;
  if (!isSuppressionThreshold(threshold)) {
    throw new RangeError(`suppression threshold must be an integer from 2 to 50, got ${threshold}`);
  }
  return threshold;
}

function checkedTable(table: CountTable): number {
  const width = table[0]?.length ?? 0;
  for (const row of table) {
    if (row.length !== width)
      throw new RangeError('count table rows must all have the same length');
    for (const count of row) {
      if (!Number.isSafeInteger(count) || count < 0) {
        throw new RangeError(`counts must be non-negative whole numbers, got ${count}`);
      }
    }
  }
  return width;
}

/** The table with its row totals as a last column and column totals and grand total as a last row. */
function bordered(table: CountTable, width: number): number[][] {
  const rows = table.map((row) => [...row, row.reduce((sum, count) => sum + count, 0)]);
  const totals = Array.from({ length: width + 1 }, (_, c) =>
    rows.reduce((sum, row) => sum + (row[c] ?? 0), 0),
  );
  return [...rows, totals];
}

/** Hides small figures in a table and enough others that none can be recomputed. */
export function suppressTable(
  table: CountTable,
  options: SuppressionOptions = {},
): SuppressedTable {
  const threshold = checkedThreshold(options);
  const width = checkedTable(table);
  const values = bordered(table, width);
  const primary = values.map((row) => row.map((value) => value > 0 && value < threshold));
  const hidden = protect(values, primary);
  const shown = values.map((row, r) => row.map((value, c) => (hidden[r]?.[c] ? null : value)));
  const totalsRow = shown[table.length] ?? [];
  return {
    cells: shown.slice(0, table.length).map((row) => row.slice(0, width)),
    rowTotals: shown.slice(0, table.length).map((row) => row[width] ?? null),
    columnTotals: totalsRow.slice(0, width),
    total: totalsRow[width] ?? null,
    suppressed: hidden.flat().filter(Boolean).length,
  };
}

/**
 * Hides small values in a list with a total, and enough others that none can be recomputed from
 * the total: the list is a table of one row (whose column totals repeat the cells and are not
 * returned).
 */
export function suppressList(
  values: readonly number[],
  options: SuppressionOptions = {},
): SuppressedList {
  const table = suppressTable([values], options);
  const shown = table.cells[0] ?? [];
  const total = table.rowTotals[0] ?? null;
  return {
    values: shown,
    total,
    suppressed: shown.filter((value) => value === null).length + (total === null ? 1 : 0),
  };
}
