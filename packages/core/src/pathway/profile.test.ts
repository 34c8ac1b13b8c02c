import { describe, expect, it } from 'vitest';
import {
  missingProfileFields,
  profileFromIntake,
  profileIsComplete,
  type IntakeProfileInput,
} from './profile.ts';
import { profile } from './testing.ts';
import type { EconomicProfile } from './types.ts';

const intake = (over: Partial<IntakeProfileInput> = {}): IntakeProfileInput => ({
  seeking: ['job', 'vocational_training'],
  provinceCode: '461',
  ageBand: 'age_25_34',
  schooling: 'middle',
  needsChildcare: true,
  needsMobility: false,
  ...over,
});

describe('profileFromIntake', () => {
  it('maps her support request to a profile, leaving unasked questions unknown', () => {
    expect(profileFromIntake(intake())).toEqual({
      seeking: ['job_offer', 'vocational_training'],
      provinceCode: '461',
      regionCode: '06',
      ageBand: 'age_25_34',
      schooling: 'middle',
      literate: null,
      needsChildcare: true,
      mobility: 'region',
      availability: null,
      languages: [],
    } satisfies EconomicProfile);
  });

  it.each([
    ['moving is hard: her province only', { needsMobility: true }, { mobility: 'province' }],
    ['moving is not hard: her region', { needsMobility: false }, { mobility: 'region' }],
    ['not said: her region', { needsMobility: null }, { mobility: 'region' }],
    ['childcare not said: not needed', { needsChildcare: null }, { needsChildcare: false }],
    ['no childcare', { needsChildcare: false }, { needsChildcare: false }],
    ['region from the province', { provinceCode: '351' }, { regionCode: '07' }],
    ['no province, no region', { provinceCode: null }, { provinceCode: null, regionCode: null }],
    ['unknown province code', { provinceCode: '999' }, { provinceCode: '999', regionCode: null }],
    [
      'each kind once',
      { seeking: ['job', 'job', 'training'] },
      { seeking: ['job_offer', 'training'] },
    ],
    ['nothing sought', { seeking: [] }, { seeking: [] }],
    [
      'age and schooling unknown',
      { ageBand: null, schooling: null },
      { ageBand: null, schooling: null },
    ],
  ] as const)('%s', (_label, over, expected) => {
    expect(profileFromIntake(intake(over))).toMatchObject(expected);
  });
});

describe('missing profile fields', () => {
  it.each([
    ['complete', {}, []],
    ['nothing sought yet', { seeking: [] }, ['seeking']],
    ['a fresh intake', { literate: null, availability: null }, ['literacy', 'availability']],
    [
      'nearly nothing known',
      {
        seeking: [],
        provinceCode: null,
        regionCode: null,
        ageBand: null,
        schooling: null,
        literate: null,
        availability: null,
      },
      ['seeking', 'province', 'age', 'schooling', 'literacy', 'availability'],
    ],
    ['cannot read is an answer', { literate: false }, []],
  ] as const)('%s', (_label, over, expected) => {
    const her = profile(over);
    expect(missingProfileFields(her)).toEqual(expected);
    expect(profileIsComplete(her)).toBe(expected.length === 0);
  });

  it('asks what the intake could not', () => {
    expect(missingProfileFields(profileFromIntake(intake()))).toEqual(['literacy', 'availability']);
  });
});
