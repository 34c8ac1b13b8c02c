import { describe, expect, it } from 'vitest';
import { ratioOf, toFigures } from './figures.ts';
import type { Row } from './load.ts';
import { baselineScenario, sanadScenarios, type Scenario } from './scenarios.ts';

const health = sanadScenarios.find((s) => s.key === 'health') as Scenario;
const row = (scenario: Scenario, rps: number, problems: string[] = []): Row => ({
  scenario,
  rps,
  p50: 1.234,
  p99: 9.876,
  problems,
});

describe('toFigures', () => {
  it('names every figure after its scenario, with its unit and direction', () => {
    const figures = toFigures([row(baselineScenario, 1000), row(health, 2500)]);
    expect(figures).toEqual({
      baseline_rps: { value: 1000, unit: 'req/s', better: 'higher' },
      baseline_p50_ms: { value: 1.23, unit: 'ms', better: 'lower' },
      baseline_p99_ms: { value: 9.88, unit: 'ms', better: 'lower' },
      health_rps: { value: 2500, unit: 'req/s', better: 'higher' },
      health_p50_ms: { value: 1.23, unit: 'ms', better: 'lower' },
      health_p99_ms: { value: 9.88, unit: 'ms', better: 'lower' },
      health_ratio: { value: 2.5, unit: 'ratio', better: 'higher' },
    });
  });

  it('leaves out failed rows, and ratios when the baseline itself failed', () => {
    const figures = toFigures([row(baselineScenario, 1000, ['5 × HTTP 500']), row(health, 2500)]);
    expect(Object.keys(figures)).toEqual(['health_rps', 'health_p50_ms', 'health_p99_ms']);
  });
});

describe('ratioOf', () => {
  it('rounds to three decimals and refuses a zero baseline', () => {
    expect(ratioOf(1, 3)).toBe(0.333);
    expect(ratioOf(10, 0)).toBeUndefined();
    expect(ratioOf(10, undefined)).toBeUndefined();
  });
});
