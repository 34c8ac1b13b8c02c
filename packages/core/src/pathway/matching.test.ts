import { describe, expect, it } from 'vitest';
import { matchOpportunities } from './matching.ts';
import { MATCH_REASON_CODES, MATCH_WEIGHTS } from './reasons.ts';
import { TODAY, days, elJadida, marrakech, opportunity, profile } from './testing.ts';
import type { EconomicProfile, MatchableOpportunity, MatchReasonCode } from './types.ts';

// Her province is Settat (461, region 06); see testing.ts.
const ids = (her: EconomicProfile, list: readonly MatchableOpportunity[]) =>
  matchOpportunities(her, list, TODAY).matches.map((m) => m.opportunityId);
describe('matchOpportunities: reasons', () => {
  it('explains a match, for her and against, and scores it with the documented weights', () => {
    const her = profile({
      needsChildcare: true,
      literate: null,
      schooling: null,
      languages: ['fr', 'ar'],
    });
    const it = opportunity({
      minAge: 18,
      maxAge: 45,
      schoolingLevel: 'primary',
      literacyRequired: true,
      childcare: true,
      transport: true,
      stipend: true,
      languages: ['ar', 'zgh'],
      placesLeft: 3,
      applyBy: days(3),
    });
    const { matches, alternatives } = matchOpportunities(her, [it], TODAY);
    expect(alternatives).toEqual([]);
    expect(matches).toEqual([
      {
        opportunityId: 'o',
        score:
          MATCH_WEIGHTS.territory.province + 4 * MATCH_WEIGHTS.help + 4 * MATCH_WEIGHTS.against,
        reasons: [
          { code: 'kind_sought', side: 'for' },
          { code: 'in_her_province', side: 'for' },
          { code: 'age_fits', side: 'for' },
          { code: 'schooling_to_check', side: 'against' },
          { code: 'literacy_to_check', side: 'against' },
          { code: 'childcare_provided', side: 'for' },
          { code: 'transport_provided', side: 'for' },
          { code: 'stipend', side: 'for' },
          { code: 'in_her_language', side: 'for', locale: 'ar' },
          { code: 'places_left', side: 'against', places: 3 },
          { code: 'apply_by', side: 'against', date: days(3), daysLeft: 3 },
          { code: 'starts_on', side: 'for', date: '2026-03-02' },
        ],
      },
    ]);
  });

  it('names the first of her languages the opportunity is given in', () => {
    const [match] = matchOpportunities(
      profile({ languages: ['zgh', 'fr', 'ar'] }),
      [opportunity({ languages: ['ar', 'fr'] })],
      TODAY,
    ).matches;
    expect(match?.reasons).toContainEqual({ code: 'in_her_language', side: 'for', locale: 'fr' });
  });

  it('flags a comfortable deadline and plenty of places for her', () => {
    const [match] = matchOpportunities(
      profile(),
      [opportunity({ applyBy: days(4) })],
      TODAY,
    ).matches;
    expect(match?.reasons).toContainEqual({ code: 'places_left', side: 'for', places: 10 });
    expect(match?.reasons).toContainEqual({
      code: 'apply_by',
      side: 'for',
      date: days(4),
      daysLeft: 4,
    });
  });

  type Scenario = readonly [her: Partial<EconomicProfile>, list: MatchableOpportunity[]];
  const SCENARIOS: readonly Scenario[] = [
    [
      { needsChildcare: true, literate: null, languages: ['ar'] },
      [
        opportunity({
          minAge: 18,
          schoolingLevel: 'primary',
          literacyRequired: true,
          childcare: true,
          transport: true,
          stipend: true,
          languages: ['ar'],
        }),
      ],
    ],
    [{ mobility: 'region' }, [opportunity({ ...elJadida })]],
    [{}, [opportunity({ ...elJadida, transport: true })]],
    [{}, [opportunity({ ...marrakech, remote: true })]],
    [{ mobility: 'anywhere' }, [opportunity({ ...marrakech })]],
    [{ schooling: null }, [opportunity({ minAge: 30, schoolingLevel: 'middle' })]],
    [{ literate: false, needsChildcare: true }, [opportunity({ placesLeft: 2 })]],
    [{ seeking: ['job_offer'] }, [opportunity({ startsOn: days(200), applyBy: null })]],
    [{}, [opportunity({ ...marrakech })]],
  ];

  it('produces every reason code in some case', () => {
    const seen = new Set<MatchReasonCode>();
    for (const [her, list] of SCENARIOS) {
      const result = matchOpportunities(profile(her), list, TODAY, { minMatches: 99 });
      for (const m of [...result.matches, ...result.alternatives]) {
        for (const reason of m.reasons) seen.add(reason.code);
      }
    }
    const complete: [Exclude<MatchReasonCode, (typeof MATCH_REASON_CODES)[number]>] extends [never]
      ? true
      : false = true;
    expect(complete).toBe(true);
    expect([...seen].sort()).toEqual([...MATCH_REASON_CODES].sort());
  });

  it.each([
    ['mobility allows it', { mobility: 'region' }, { ...elJadida }, 'for'],
    ['region-wide', {}, { provinceCodes: [] }, 'for'],
    ['only the transport brings it within reach', {}, { ...elJadida, transport: true }, 'against'],
  ] as const)('in her region: %s', (_label, her, its, side) => {
    const [match] = matchOpportunities(profile(her), [opportunity(its)], TODAY).matches;
    expect(match?.reasons).toContainEqual({ code: 'in_her_region', side });
  });

  it('says nothing of where a remote opportunity is held', () => {
    const [match] = matchOpportunities(
      profile(),
      [opportunity({ ...marrakech, remote: true })],
      TODAY,
    ).matches;
    expect(match?.reasons.map((r) => r.code)).toEqual([
      'kind_sought',
      'remote',
      'places_left',
      'apply_by',
      'starts_on',
    ]);
  });

  it('shows no start date once the course has begun', () => {
    const [match] = matchOpportunities(
      profile(),
      [opportunity({ startsOn: days(-5) })],
      TODAY,
    ).matches;
    expect(match?.reasons.map((r) => r.code)).not.toContain('starts_on');
  });
});

describe('matchOpportunities: ranking', () => {
  type Row = readonly [
    label: string,
    her: Partial<EconomicProfile>,
    list: MatchableOpportunity[],
    expected: string[],
  ];
  const ROWS: readonly Row[] = [
    [
      'her province, her region, from home, then further away',
      { mobility: 'anywhere' },
      [
        opportunity({ id: 'far', ...marrakech }),
        opportunity({ id: 'rem', ...marrakech, remote: true }),
        opportunity({ id: 'reg', ...elJadida }),
        opportunity({ id: 'prov' }),
      ],
      ['prov', 'reg', 'rem', 'far'],
    ],
    [
      'childcare provided first when she needs it',
      { needsChildcare: true },
      [opportunity({ id: 'a', applyBy: days(10) }), opportunity({ id: 'b', childcare: true })],
      ['b', 'a'],
    ],
    [
      'childcare does not count when she does not need it',
      {},
      [opportunity({ id: 'b', childcare: true }), opportunity({ id: 'a', applyBy: days(10) })],
      ['a', 'b'],
    ],
    [
      'help offered reorders within a territory, not across',
      { mobility: 'region' },
      [
        opportunity({ id: 'reg', ...elJadida, stipend: true, transport: true }),
        opportunity({ id: 'prov' }),
        opportunity({ id: 'prov-stipend', stipend: true }),
      ],
      ['prov-stipend', 'prov', 'reg'],
    ],
    [
      'reachable only by its transport comes after her region, before remote',
      {},
      [
        opportunity({ id: 'rem', ...marrakech, remote: true }),
        opportunity({ id: 'bus', ...elJadida, transport: true }),
        opportunity({ id: 'wide', provinceCodes: [] }),
      ],
      ['wide', 'bus', 'rem'],
    ],
    [
      'points to check lower a match',
      { schooling: null },
      [
        opportunity({ id: 'check', minAge: 30, schoolingLevel: 'primary' }),
        opportunity({ id: 'one', minAge: 30 }),
        opportunity({ id: 'clear' }),
      ],
      ['clear', 'one', 'check'],
    ],
    [
      'sooner deadline first among equals, no deadline last',
      {},
      [
        opportunity({ id: 'none', applyBy: null }),
        opportunity({ id: 'd20', applyBy: days(20) }),
        opportunity({ id: 'd10', applyBy: days(10) }),
      ],
      ['d10', 'd20', 'none'],
    ],
    [
      'more places first among equals, uncounted first',
      {},
      [
        opportunity({ id: 'p10', placesLeft: 10 }),
        opportunity({ id: 'p50', placesLeft: 50 }),
        opportunity({ id: 'open', placesLeft: null }),
      ],
      ['open', 'p50', 'p10'],
    ],
    [
      'few places are a point to check, whatever the deadline',
      {},
      [
        opportunity({ id: 'p2', placesLeft: 2, applyBy: days(5) }),
        opportunity({ id: 'p10', placesLeft: 10, applyBy: days(20) }),
      ],
      ['p10', 'p2'],
    ],
    [
      'her language first among equals',
      { languages: ['zgh'] },
      [
        opportunity({ id: 'fr', languages: ['fr'] }),
        opportunity({ id: 'zgh', languages: ['zgh'] }),
      ],
      ['zgh', 'fr'],
    ],
    [
      'ties by start date (none last) then id, whatever the input order',
      {},
      [
        opportunity({ id: 'n', startsOn: null }),
        opportunity({ id: 'a', startsOn: days(30) }),
        opportunity({ id: 'c', startsOn: days(20) }),
        opportunity({ id: 'b', startsOn: days(20) }),
      ],
      ['b', 'c', 'a', 'n'],
    ],
    [
      'leaves out what she cannot take',
      {},
      [
        opportunity({ id: 'closed', active: false }),
        opportunity({ id: 'full', placesLeft: 0 }),
        opportunity({ id: 'late', applyBy: days(-1) }),
        opportunity({ id: 'ok' }),
      ],
      ['ok'],
    ],
  ];

  it.each(ROWS)('%s', (_label, her, list, expected) => {
    expect(ids(profile(her), list)).toEqual(expected);
    expect(ids(profile(her), [...list].reverse())).toEqual(expected);
  });

  it('returns only the match shape', () => {
    const [match] = matchOpportunities(profile(), [opportunity()], TODAY).matches;
    expect(Object.keys(match ?? {}).sort()).toEqual(['opportunityId', 'reasons', 'score']);
  });
});
