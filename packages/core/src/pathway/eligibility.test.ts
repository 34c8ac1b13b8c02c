import { describe, expect, it } from 'vitest';
import { schoolingLevels, type SchoolingLevel } from '../intake/support-choices.ts';
import { ageBands, type AgeBand } from '../vocabulary/age-bands.ts';
import {
  AGE_BAND_RANGES,
  MATCH_BLOCKERS,
  RELAXABLE_BLOCKERS,
  ageFit,
  blockersFor,
  schoolingReaches,
  type AgeFit,
} from './eligibility.ts';
import { TODAY, days, opportunity, profile } from './testing.ts';
import type { EconomicProfile, MatchableOpportunity, MatchBlocker } from './types.ts';

describe('age bands', () => {
  it('cover every age once, in the vocabulary order, the last one open-ended', () => {
    expect(Object.keys(AGE_BAND_RANGES)).toEqual(ageBands.codes);
    let next = 0;
    for (const band of ageBands.codes) {
      const { min, max } = AGE_BAND_RANGES[band];
      expect(min, band).toBe(next);
      if (max === null) expect(band).toBe(ageBands.codes.at(-1));
      else next = max + 1;
    }
  });

  type Row = readonly [band: AgeBand | null, min: number | null, max: number | null, AgeFit];
  const ROWS: readonly Row[] = [
    ['age_25_34', null, null, 'no_limits'],
    [null, null, null, 'no_limits'],
    [null, 18, null, 'to_check'],
    ['age_25_34', 25, 34, 'fits'],
    ['age_25_34', 18, null, 'fits'],
    ['age_25_34', null, 40, 'fits'],
    ['age_25_34', 30, null, 'to_check'],
    ['age_25_34', null, 30, 'to_check'],
    ['age_25_34', 35, null, 'too_young'],
    ['age_25_34', null, 24, 'too_old'],
    ['age_25_34', 34, 34, 'to_check'],
    ['under_15', 15, null, 'too_young'],
    ['under_15', 14, null, 'to_check'],
    ['age_15_17', 18, 35, 'too_young'],
    ['age_15_17', 16, 35, 'to_check'],
    ['age_60_plus', 18, null, 'fits'],
    ['age_60_plus', 18, 65, 'to_check'],
    ['age_60_plus', 18, 59, 'too_old'],
    ['age_60_plus', 70, null, 'to_check'],
  ];
  it.each(ROWS)('band %s, ages %s–%s: %s', (band, min, max, expected) => {
    expect(ageFit(band, min, max)).toBe(expected);
  });
});

describe('schoolingReaches', () => {
  type Row = readonly [her: SchoolingLevel | null, required: SchoolingLevel | null, boolean | null];
  const ROWS: readonly Row[] = [
    [null, null, true],
    ['none', null, true],
    [null, 'primary', null],
    ['none', 'primary', false],
    ['primary', 'primary', true],
    ['middle', 'secondary', false],
    ['higher', 'secondary', true],
    ['none', 'none', true],
  ];
  it.each(ROWS)('hers %s, required %s: %s', (her, required, expected) => {
    expect(schoolingReaches(her, required)).toBe(expected);
  });

  it('follows the vocabulary order none < primary < middle < secondary < higher', () => {
    const levels = schoolingLevels.codes;
    expect(levels).toEqual(['none', 'primary', 'middle', 'secondary', 'higher']);
    for (const [i, her] of levels.entries()) {
      for (const [j, required] of levels.entries()) {
        expect(schoolingReaches(her, required)).toBe(i >= j);
      }
    }
  });
});

describe('blockersFor', () => {
  it('lists every blocker code, the relaxable ones among them', () => {
    const all: [Exclude<MatchBlocker, (typeof MATCH_BLOCKERS)[number]>] extends [never]
      ? true
      : false = true;
    expect(all).toBe(true);
    expect(new Set(MATCH_BLOCKERS).size).toBe(MATCH_BLOCKERS.length);
    for (const blocker of RELAXABLE_BLOCKERS) expect(MATCH_BLOCKERS).toContain(blocker);
  });

  // Settat (461) and El Jadida (181) are in region 06, Marrakech (351) in region 07.
  type Row = readonly [
    label: string,
    her: Partial<EconomicProfile>,
    its: Partial<MatchableOpportunity>,
    expected: readonly MatchBlocker[],
  ];
  const ROWS: readonly Row[] = [
    ['eligible', {}, {}, []],
    ['inactive', {}, { active: false }, ['inactive']],
    ['deadline yesterday', {}, { applyBy: days(-1) }, ['deadline_passed']],
    ['deadline today is still fine', {}, { applyBy: TODAY }, []],
    ['no deadline', {}, { applyBy: null }, []],
    ['ended yesterday', {}, { applyBy: null, endsOn: days(-1) }, ['ended']],
    ['ends today is still fine', {}, { applyBy: null, endsOn: TODAY }, []],
    ['started, not ended', {}, { applyBy: null, startsOn: days(-30) }, []],
    ['no place left', {}, { placesLeft: 0 }, ['full']],
    ['one place left', {}, { placesLeft: 1 }, []],
    ['places not counted', {}, { placesLeft: null }, []],
    ['band entirely below', {}, { minAge: 35 }, ['too_young']],
    ['band entirely above', {}, { maxAge: 24 }, ['too_old']],
    ['band straddles the minimum', {}, { minAge: 30 }, []],
    ['band straddles the maximum', {}, { maxAge: 30 }, []],
    ['age unknown', { ageBand: null }, { minAge: 18, maxAge: 30 }, []],
    ['schooling below', {}, { schoolingLevel: 'secondary' }, ['schooling_below']],
    ['schooling reached', {}, { schoolingLevel: 'primary' }, []],
    ['schooling unknown', { schooling: null }, { schoolingLevel: 'higher' }, []],
    ['cannot read', { literate: false }, { literacyRequired: true }, ['literacy_required']],
    ['literacy unknown', { literate: null }, { literacyRequired: true }, []],
    ['cannot read, none needed', { literate: false }, {}, []],
    [
      'her province listed among others',
      {},
      { regionCode: null, provinceCodes: ['141', '461'] },
      [],
    ],
    ['another province, she stays in hers', {}, { provinceCodes: ['181'] }, ['out_of_reach']],
    [
      'another province, she goes in her region',
      { mobility: 'region' },
      { provinceCodes: ['181'] },
      [],
    ],
    ['another province, transport provided', {}, { provinceCodes: ['181'], transport: true }, []],
    ['region-wide, she stays in her province', {}, { provinceCodes: [] }, []],
    [
      'region known through its provinces',
      { mobility: 'region' },
      { regionCode: null, provinceCodes: ['181'] },
      [],
    ],
    [
      'another region, she goes in her region',
      { mobility: 'region' },
      { regionCode: '07', provinceCodes: ['351'] },
      ['out_of_reach'],
    ],
    [
      'another region, transport does not bring it closer',
      { mobility: 'region' },
      { regionCode: '07', provinceCodes: ['351'], transport: true },
      ['out_of_reach'],
    ],
    [
      'another region, she goes anywhere',
      { mobility: 'anywhere' },
      { regionCode: '07', provinceCodes: ['351'] },
      [],
    ],
    ['another region, remote', {}, { regionCode: '07', provinceCodes: ['351'], remote: true }, []],
    [
      'no place known: only remote…',
      { provinceCode: null, regionCode: null, mobility: 'region' },
      {},
      ['out_of_reach'],
    ],
    [
      'no place known: remote',
      { provinceCode: null, regionCode: null, mobility: 'region' },
      { remote: true },
      [],
    ],
    [
      'no place known: she goes anywhere',
      { provinceCode: null, regionCode: null, mobility: 'anywhere' },
      {},
      [],
    ],
    [
      'no province, region known, she goes in her region',
      { provinceCode: null, regionCode: '06', mobility: 'region' },
      { provinceCodes: ['181'] },
      [],
    ],
    [
      'no territory at all, in person',
      { mobility: 'region' },
      { regionCode: null, provinceCodes: [] },
      ['out_of_reach'],
    ],
    ['kind not sought', { seeking: ['job_offer'] }, {}, ['kind_not_sought']],
    ['kind among those sought', { seeking: ['job_offer', 'training'] }, {}, []],
    ['any kind', { seeking: [] }, { kind: 'microcredit_grant' }, []],
    ['starts 121 days ahead', {}, { applyBy: null, startsOn: days(121) }, ['starts_too_late']],
    ['starts 120 days ahead', {}, { applyBy: null, startsOn: days(120) }, []],
    ['no start date', {}, { startsOn: null }, []],
    [
      'every blocker is listed, in order (she cannot be both too young and too old)',
      { seeking: ['job_offer'], literate: false },
      {
        active: false,
        placesLeft: 0,
        minAge: 40,
        literacyRequired: true,
        provinceCodes: ['351'],
        regionCode: '07',
        startsOn: days(200),
        applyBy: days(-1),
        endsOn: days(-1),
        schoolingLevel: 'higher',
      },
      MATCH_BLOCKERS.filter((blocker) => blocker !== 'too_old'),
    ],
  ];

  it.each(ROWS)('%s', (_label, her, its, expected) => {
    expect(blockersFor(profile(her), opportunity(its), TODAY)).toEqual(expected);
  });

  it('takes a shorter horizon', () => {
    const later = opportunity({ applyBy: null, startsOn: days(31) });
    expect(blockersFor(profile(), later, TODAY, { horizonDays: 30 })).toEqual(['starts_too_late']);
    expect(blockersFor(profile(), later, TODAY, { horizonDays: 31 })).toEqual([]);
  });
});
