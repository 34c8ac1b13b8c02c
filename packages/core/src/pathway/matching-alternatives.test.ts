import { describe, expect, it } from 'vitest';
import { matchOpportunities } from './matching.ts';
import { TODAY, days, elJadida, marrakech, opportunity, profile } from './testing.ts';
import type { EconomicProfile, MatchableOpportunity } from './types.ts';

// Her province is Settat (461, region 06), and she stays in it unless a row says otherwise.
const alternativesOf = (
  her: EconomicProfile,
  list: readonly MatchableOpportunity[],
  options?: Parameters<typeof matchOpportunities>[3],
) =>
  matchOpportunities(her, list, TODAY, options).alternatives.map((a) => [
    a.opportunityId,
    a.relaxed,
  ]);

describe('matchOpportunities: alternatives', () => {
  it.each([
    ['a neighbouring province', {}, { ...elJadida }, ['neighbouring_province'], 'in_her_region'],
    ['outside her region', {}, { ...marrakech }, ['outside_region'], 'outside_her_region'],
    [
      'outside her region, though she goes in it',
      { mobility: 'region' },
      { ...marrakech },
      ['outside_region'],
      'outside_her_region',
    ],
    [
      'a later session',
      {},
      { startsOn: days(200), applyBy: null },
      ['later_session'],
      'starts_later',
    ],
    ['another kind', { seeking: ['job_offer'] }, {}, ['other_kind'], 'other_kind'],
  ] as const)('%s', (_label, her, its, relaxed, code) => {
    const result = matchOpportunities(profile(her), [opportunity(its)], TODAY);
    expect(result.matches).toEqual([]);
    expect(result.alternatives.map((a) => [a.opportunityId, a.relaxed])).toEqual([['o', relaxed]]);
    const reason = result.alternatives[0]?.reasons.find((r) => r.code === code);
    expect(reason?.side).toBe('against');
  });

  it('says when the later session starts, and which kind it is not', () => {
    const [later] = matchOpportunities(
      profile({ seeking: ['job_offer'] }),
      [opportunity({ startsOn: days(200), applyBy: null })],
      TODAY,
    ).alternatives;
    expect(later?.relaxed).toEqual(['later_session', 'other_kind']);
    expect(later?.reasons).toContainEqual({
      code: 'starts_later',
      side: 'against',
      date: days(200),
    });
    expect(later?.reasons.map((r) => r.code)).not.toContain('starts_on');
    expect(later?.reasons.map((r) => r.code)).not.toContain('kind_sought');
  });

  it('allows two departures, never three', () => {
    const two = opportunity({ id: 'two', ...elJadida, startsOn: days(200), applyBy: null });
    const three = opportunity({ id: 'three', ...marrakech, startsOn: days(200), applyBy: null });
    expect(alternativesOf(profile({ seeking: ['job_offer'] }), [three])).toEqual([]);
    expect(alternativesOf(profile(), [two, three])).toEqual([
      ['two', ['neighbouring_province', 'later_session']],
      ['three', ['outside_region', 'later_session']],
    ]);
  });

  it('never offers one that is closed, full, over, or that she cannot enter', () => {
    const near = { ...elJadida };
    const hard = [
      opportunity({ id: 'inactive', ...near, active: false }),
      opportunity({ id: 'full', ...near, placesLeft: 0 }),
      opportunity({ id: 'expired', ...near, applyBy: days(-1) }),
      opportunity({ id: 'ended', ...near, applyBy: null, endsOn: days(-1) }),
      opportunity({ id: 'young', ...near, minAge: 35 }),
      opportunity({ id: 'old', ...near, maxAge: 20 }),
      opportunity({ id: 'school', ...near, schoolingLevel: 'higher' }),
      opportunity({ id: 'read', ...near, literacyRequired: true }),
    ];
    expect(alternativesOf(profile({ literate: false }), hard, { minMatches: 99 })).toEqual([]);
  });

  it('orders by fewest departures then score, and caps the list', () => {
    const list = [
      opportunity({ id: 'far', ...marrakech }),
      opportunity({ id: 'near', ...elJadida }),
      opportunity({ id: 'near-childcare', ...elJadida, childcare: true }),
      opportunity({ id: 'near-later', ...elJadida, startsOn: days(200), applyBy: null }),
      opportunity({ id: 'later', startsOn: days(150), applyBy: null }),
      opportunity({ id: 'job', kind: 'job_offer' }),
      opportunity({ id: 'far-job', ...marrakech, kind: 'job_offer' }),
    ];
    const her = profile({ needsChildcare: true });
    // One departure: job and later score 260 (her province, less the departure and the missing
    // childcare), job's deadline first; then near-childcare 190, near 160, far −40. Two departures
    // (near-later, far-job) come after, and the cap of five leaves them out.
    expect(alternativesOf(her, list).map(([id]) => id)).toEqual([
      'job',
      'later',
      'near-childcare',
      'near',
      'far',
    ]);
    expect(
      alternativesOf(her, list, { maxAlternatives: 7 })
        .map(([id]) => id)
        .slice(5),
    ).toEqual(['near-later', 'far-job']);
    expect(alternativesOf(her, list, { maxAlternatives: 2 }).map(([id]) => id)).toEqual([
      'job',
      'later',
    ]);
    expect(alternativesOf(her, list, { maxAlternatives: 0 })).toEqual([]);
  });

  it('looks for alternatives only when matches are fewer than wanted', () => {
    const matches = ['a', 'b', 'c'].map((id) => opportunity({ id }));
    const near = opportunity({ id: 'near', ...elJadida });
    expect(alternativesOf(profile(), [...matches, near])).toEqual([]);
    expect(alternativesOf(profile(), [...matches, near], { minMatches: 4 })).toEqual([
      ['near', ['neighbouring_province']],
    ]);
    expect(alternativesOf(profile(), [matches[0] ?? opportunity(), near])).toEqual([
      ['near', ['neighbouring_province']],
    ]);
  });

  it('without her place, offers in-person ones as further away without naming a region', () => {
    const her = profile({ provinceCode: null, regionCode: null });
    const [alternative] = matchOpportunities(her, [opportunity()], TODAY).alternatives;
    expect(alternative?.relaxed).toEqual(['outside_region']);
    const codes = alternative?.reasons.map((r) => r.code) ?? [];
    expect(codes).not.toContain('outside_her_region');
    expect(codes).not.toContain('in_her_region');
  });
});
