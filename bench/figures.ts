import type { Row } from './load.ts';

export interface Figure {
  value: number;
  unit: 'req/s' | 'ms' | 'ratio' | 'KiB';
  better: 'higher' | 'lower';
}

/** Named figures only, so tools comparing two runs can iterate without special cases. */
export type Figures = Record<string, Figure>;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Sanad's req/s as a fraction of the baseline's; undefined when there is no valid baseline. */
export function ratioOf(rps: number, baselineRps: number | undefined): number | undefined {
  if (baselineRps === undefined || baselineRps <= 0) return undefined;
  return round(rps / baselineRps, 3);
}

/**
 * Turns measured rows into figures. Failed rows are left out: a figure from a run that answered
 * with errors would be compared as if it were real. Every row but the reference gets a ratio.
 */
export function toFigures(rows: readonly Row[], baselineKey = 'baseline'): Figures {
  const baseline = rows.find(
    (row) => row.scenario.key === baselineKey && row.problems.length === 0,
  );
  const figures: Figures = {};
  for (const row of rows) {
    if (row.problems.length > 0) continue;
    const key = row.scenario.key;
    figures[`${key}_rps`] = { value: round(row.rps, 1), unit: 'req/s', better: 'higher' };
    figures[`${key}_p50_ms`] = { value: round(row.p50, 2), unit: 'ms', better: 'lower' };
    figures[`${key}_p99_ms`] = { value: round(row.p99, 2), unit: 'ms', better: 'lower' };
    const ratio = key === baselineKey ? undefined : ratioOf(row.rps, baseline?.rps);
    if (ratio !== undefined)
      figures[`${key}_ratio`] = { value: ratio, unit: 'ratio', better: 'higher' };
  }
  return figures;
}
