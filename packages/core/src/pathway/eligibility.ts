import { schoolingLevels, type SchoolingLevel } from '../intake/support-choices.ts';
import type { AgeBand } from '../vocabulary/age-bands.ts';
import { calendarDaysBetween } from './dates.ts';
import { reachOf } from './reach.ts';
import type { EconomicProfile, MatchableOpportunity, MatchBlocker } from './types.ts';

/**
 * Eligibility (issue #7): what stops an opportunity from being offered to her at all. Anything
 * uncertain — an age band that straddles the limit, a schooling level or literacy not yet asked
 * — is not a blocker: it is offered with a reason "to check with her" (see `reasons.ts`), so a
 * missing answer never hides an opportunity she could take.
 */

/** Every blocker, in the order `blockersFor` lists them. */
export const MATCH_BLOCKERS = [
  'inactive',
  'deadline_passed',
  'ended',
  'full',
  'too_young',
  'too_old',
  'schooling_below',
  'literacy_required',
  'out_of_reach',
  'kind_not_sought',
  'starts_too_late',
] as const satisfies readonly MatchBlocker[];

/**
 * Blockers a near alternative may have: what she asked can be widened (further away, a later
 * session, another kind). The others are facts about the opportunity or about her that no
 * widening changes — it is closed, full, over, or she cannot enter it.
 */
export const RELAXABLE_BLOCKERS = [
  'out_of_reach',
  'starts_too_late',
  'kind_not_sought',
] as const satisfies readonly MatchBlocker[];

/** How far ahead an opportunity may start and still be offered now (about four months). */
export const DEFAULT_HORIZON_DAYS = 120;

/** Ages each band covers, in whole years; the last band is open-ended. */
export const AGE_BAND_RANGES: Readonly<Record<AgeBand, { min: number; max: number | null }>> = {
  under_15: { min: 0, max: 14 },
  age_15_17: { min: 15, max: 17 },
  age_18_24: { min: 18, max: 24 },
  age_25_34: { min: 25, max: 34 },
  age_35_44: { min: 35, max: 44 },
  age_45_59: { min: 45, max: 59 },
  age_60_plus: { min: 60, max: null },
};

/**
 * Her age band against an opportunity's limits: `no_limits`, `fits` (the whole band is inside),
 * `to_check` (the band straddles a limit, or her band is unknown), or entirely outside.
 */
export type AgeFit = 'no_limits' | 'fits' | 'to_check' | 'too_young' | 'too_old';

export function ageFit(band: AgeBand | null, minAge: number | null, maxAge: number | null): AgeFit {
  if (minAge === null && maxAge === null) return 'no_limits';
  if (band === null) return 'to_check';
  const { min, max } = AGE_BAND_RANGES[band];
  if (minAge !== null && max !== null && max < minAge) return 'too_young';
  if (maxAge !== null && min > maxAge) return 'too_old';
  const aboveMin = minAge === null || min >= minAge;
  const belowMax = maxAge === null || (max !== null && max <= maxAge);
  return aboveMin && belowMax ? 'fits' : 'to_check';
}

/**
 * Whether her schooling reaches the level required: true when nothing is required, null when
 * something is required and hers is not known yet.
 */
export function schoolingReaches(
  her: SchoolingLevel | null,
  required: SchoolingLevel | null,
): boolean | null {
  if (required === null) return true;
  if (her === null) return null;
  return schoolingLevels.codes.indexOf(her) >= schoolingLevels.codes.indexOf(required);
}

export interface EligibilityOptions {
  /** Days ahead an opportunity may start; defaults to `DEFAULT_HORIZON_DAYS`. */
  readonly horizonDays?: number;
}

/**
 * Why this opportunity cannot be offered to her on `today` (a `YYYY-MM-DD` Casablanca date);
 * empty when she is eligible. Every blocker is listed, not just the first, so the matcher can
 * tell an alternative held back only by what she asked from one that is closed. Boundaries:
 * the last day to apply and the last day of the course still count; `placesLeft` null means
 * places are not counted, never full.
 */
export function blockersFor(
  profile: EconomicProfile,
  opportunity: MatchableOpportunity,
  today: string,
  options: EligibilityOptions = {},
): readonly MatchBlocker[] {
  const horizonDays = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const blockers: MatchBlocker[] = [];
  if (!opportunity.active) blockers.push('inactive');
  if (opportunity.applyBy !== null && opportunity.applyBy < today) blockers.push('deadline_passed');
  if (opportunity.endsOn !== null && opportunity.endsOn < today) blockers.push('ended');
  if (opportunity.placesLeft !== null && opportunity.placesLeft <= 0) blockers.push('full');

  const age = ageFit(profile.ageBand, opportunity.minAge, opportunity.maxAge);
  if (age === 'too_young' || age === 'too_old') blockers.push(age);
  if (schoolingReaches(profile.schooling, opportunity.schoolingLevel) === false) {
    blockers.push('schooling_below');
  }
  if (opportunity.literacyRequired && profile.literate === false) {
    blockers.push('literacy_required');
  }

  if (!reachOf(profile, opportunity).reachable) blockers.push('out_of_reach');
  if (profile.seeking.length > 0 && !profile.seeking.includes(opportunity.kind)) {
    blockers.push('kind_not_sought');
  }
  if (
    opportunity.startsOn !== null &&
    calendarDaysBetween(today, opportunity.startsOn) > horizonDays
  ) {
    blockers.push('starts_too_late');
  }
  return blockers;
}
