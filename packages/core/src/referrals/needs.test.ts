import { describe, expect, it } from 'vitest';
import { servicesNeeded, type CaseNeedsInput } from './needs.ts';

describe('servicesNeeded', () => {
  const report = (over: Partial<CaseNeedsInput>): CaseNeedsInput => ({
    kind: 'violence_report',
    urgency: 'high',
    forms: [],
    ...over,
  });
  it.each<[string, CaseNeedsInput, string[]]>([
    [
      'a support request',
      { kind: 'support_request', urgency: 'standard', forms: [] },
      ['economic_support', 'orientation'],
    ],
    ['a report with nothing known yet', report({}), ['listening', 'orientation', 'accompaniment']],
    [
      'an emergency',
      report({ urgency: 'emergency' }),
      ['listening', 'orientation', 'accompaniment', 'medical'],
    ],
    [
      'physical violence, with time',
      report({ urgency: 'standard', forms: ['physical'] }),
      ['listening', 'orientation', 'accompaniment', 'medical', 'legal'],
    ],
    [
      'put out of her home',
      report({ forms: ['expulsion_from_home', 'economic'] }),
      ['listening', 'orientation', 'accompaniment', 'shelter'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(servicesNeeded(input)).toEqual(expected);
  });
});
