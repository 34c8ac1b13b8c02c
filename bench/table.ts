import { ratioOf } from './figures.ts';
import type { Row } from './load.ts';

/** A plain-text table for the terminal; failed rows say FAILED and why, below the table. */
export function formatTable(rows: readonly Row[], baselineRps: number | undefined): string {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'vs baseline'];
  const body = rows.map((row) => {
    if (row.problems.length > 0) return [row.scenario.name, 'FAILED', '', '', ''];
    const ratio = ratioOf(row.rps, baselineRps);
    return [
      row.scenario.name,
      row.rps.toFixed(0),
      row.p50.toFixed(1),
      row.p99.toFixed(1),
      ratio === undefined ? '-' : `${ratio.toFixed(2)}×`,
    ];
  });
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...body.map((r) => r[i]?.length ?? 0)),
  );
  // The first column is text (left-aligned); the others are numbers (right-aligned).
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const failures = rows
    .filter((row) => row.problems.length > 0)
    .map((row) => `FAILED ${row.scenario.name}: ${row.problems.join('; ')}`);
  return [line(header), rule, ...body.map(line), ...failures].join('\n');
}
