import { blockersFor, DEFAULT_HORIZON_DAYS, RELAXABLE_BLOCKERS } from './eligibility.ts';
import { reachOf } from './reach.ts';
import { reasonsFor, scoreOf } from './reasons.ts';
import type {
  Alternative,
  EconomicProfile,
  Match,
  MatchableOpportunity,
  MatchBlocker,
  MatchResult,
  Relaxation,
} from './types.ts';

/**
 * Matching (issue #7): the opportunities she can take, best first, each with its reasons; and,
 * when fewer than a handful match, the nearest alternatives — a neighbouring province, further
 * away, the next session, another kind — so the listener always has something to talk about.
 * Pure: the caller loads the catalogue and gives today's Casablanca date.
 */

export interface MatchOptions {
  /** Below this many matches, alternatives are looked for (default 3). */
  readonly minMatches?: number;
  /** At most this many alternatives (default 5). */
  readonly maxAlternatives?: number;
  /** Days ahead an opportunity may start and still match (default 120). */
  readonly horizonDays?: number;
}

/** An alternative departs from what she asked in at most this many ways. */
export const MAX_RELAXATIONS = 2;

interface Ranked extends Match {
  readonly opportunity: MatchableOpportunity;
}

const RELAXABLE: readonly MatchBlocker[] = RELAXABLE_BLOCKERS;

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Earlier date first; no date last. */
const compareDates = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : compareText(a, b);

/** More places first; uncounted places (null) count as plenty (∞ − ∞ is NaN, hence `|| 0`). */
const comparePlaces = (a: number | null, b: number | null): number =>
  (b ?? Number.POSITIVE_INFINITY) - (a ?? Number.POSITIVE_INFINITY) || 0;

/**
 * Order among matches: score (higher first), then the sooner deadline (act on it first), then
 * more places left, then the earlier start, then the id — so equal opportunities always come
 * out in the same order, whatever the catalogue's order.
 */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    compareDates(a.opportunity.applyBy, b.opportunity.applyBy) ||
    comparePlaces(a.opportunity.placesLeft, b.opportunity.placesLeft) ||
    compareDates(a.opportunity.startsOn, b.opportunity.startsOn) ||
    compareText(a.opportunity.id, b.opportunity.id)
  );
}

function relaxationsFor(
  blockers: readonly MatchBlocker[],
  profile: EconomicProfile,
  inHerRegion: boolean,
): Relaxation[] {
  const relaxed: Relaxation[] = [];
  if (blockers.includes('out_of_reach')) {
    relaxed.push(
      inHerRegion && profile.mobility === 'province' ? 'neighbouring_province' : 'outside_region',
    );
  }
  if (blockers.includes('starts_too_late')) relaxed.push('later_session');
  if (blockers.includes('kind_not_sought')) relaxed.push('other_kind');
  return relaxed;
}

/**
 * Ranked matches for her profile on `today`, with alternatives when fewer than `minMatches`
 * matched. An alternative is an opportunity held back only by what she asked (where, when, which
 * kind), in at most two ways; one that is closed, full, over, or that she cannot enter (age,
 * schooling, literacy) is never offered. Alternatives come by fewest departures, then as matches
 * are ordered. The score's weights are `MATCH_WEIGHTS` (`reasons.ts`).
 */
export function matchOpportunities(
  profile: EconomicProfile,
  opportunities: readonly MatchableOpportunity[],
  today: string,
  options: MatchOptions = {},
): MatchResult {
  const minMatches = options.minMatches ?? 3;
  const maxAlternatives = options.maxAlternatives ?? 5;
  const horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;

  const matches: Ranked[] = [];
  const nearMisses: (Ranked & { readonly relaxed: readonly Relaxation[] })[] = [];
  for (const opportunity of opportunities) {
    const blockers = blockersFor(profile, opportunity, today, { horizonDays });
    if (!blockers.every((blocker) => RELAXABLE.includes(blocker))) continue;
    const reach = reachOf(profile, opportunity);
    const reasons = reasonsFor(profile, opportunity, today, reach, {
      otherKind: blockers.includes('kind_not_sought'),
      startsLater: blockers.includes('starts_too_late'),
    });
    const ranked = {
      opportunityId: opportunity.id,
      score: scoreOf(reach.closeness, reasons),
      reasons,
      opportunity,
    };
    if (blockers.length === 0) matches.push(ranked);
    else {
      const relaxed = relaxationsFor(blockers, profile, reach.inHerRegion);
      if (relaxed.length <= MAX_RELAXATIONS) nearMisses.push({ ...ranked, relaxed });
    }
  }

  matches.sort(compareRanked);
  const alternatives: Alternative[] =
    matches.length >= minMatches
      ? []
      : nearMisses
          .sort((a, b) => a.relaxed.length - b.relaxed.length || compareRanked(a, b))
          .slice(0, Math.max(0, maxAlternatives))
          .map(({ opportunity: _opportunity, ...alternative }) => alternative);
  return {
    matches: matches.map(({ opportunity: _opportunity, ...match }) => match),
    alternatives,
  };
}
