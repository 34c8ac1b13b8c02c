import { calendarDaysBetween } from './dates.ts';
import { ageFit, schoolingReaches } from './eligibility.ts';
import type { Closeness, Reach } from './reach.ts';
import type {
  EconomicProfile,
  MatchableOpportunity,
  MatchReason,
  MatchReasonCode,
} from './types.ts';

/**
 * The reasons shown beside a match, and its score. A reason is `for` her, or `against`: a point
 * the listener checks with her before proposing (her age band straddles the limit, no childcare,
 * three places left). Reasons carry codes and figures only; the console words them.
 */

/** Every reason code, for the console's translations and exhaustive tests. */
export const MATCH_REASON_CODES = [
  'kind_sought',
  'in_her_province',
  'in_her_region',
  'remote',
  'outside_her_region',
  'age_fits',
  'age_to_check',
  'schooling_fits',
  'schooling_to_check',
  'no_literacy_needed',
  'literacy_to_check',
  'childcare_provided',
  'childcare_missing',
  'transport_provided',
  'stipend',
  'in_her_language',
  'places_left',
  'apply_by',
  'starts_on',
  'starts_later',
  'other_kind',
] as const satisfies readonly MatchReasonCode[];

/** At or below this, places left and days left to apply are flagged `against`: act fast. */
export const FEW_PLACES = 3;
export const FEW_DAYS_TO_APPLY = 3;

/**
 * The score's weights. Territory comes in steps of 100 so that it dominates: help offered and
 * points to check reorder opportunities equally close, and overturn territory only when they pile
 * up (five more points to check on the closer one). Help is what lifts her constraints
 * (childcare, transport, a stipend, her language); each point to check (`against`) costs twice
 * what a help earns, so a missing childcare outweighs a stipend for a mother who needs it.
 */
export const MATCH_WEIGHTS = {
  territory: { province: 300, region: 200, remote: 100, elsewhere: 0 },
  help: 10,
  against: -20,
} as const satisfies {
  readonly territory: Readonly<Record<Closeness, number>>;
  readonly help: number;
  readonly against: number;
};

const HELP_CODES: readonly MatchReasonCode[] = [
  'childcare_provided',
  'transport_provided',
  'stipend',
  'in_her_language',
];

export function scoreOf(closeness: Closeness, reasons: readonly MatchReason[]): number {
  let score = MATCH_WEIGHTS.territory[closeness];
  for (const reason of reasons) {
    if (reason.side === 'against') score += MATCH_WEIGHTS.against;
    else if (HELP_CODES.includes(reason.code)) score += MATCH_WEIGHTS.help;
  }
  return score;
}

function territoryReasons(reach: Reach, remote: boolean): MatchReason[] {
  const reasons: MatchReason[] = [];
  switch (reach.closeness) {
    case 'province':
      reasons.push({ code: 'in_her_province', side: 'for' });
      break;
    case 'region':
      // In her region, but she said she stays in her province: reachable only through the
      // transport provided, or (as an alternative) not at all — a point to check with her.
      reasons.push({
        code: 'in_her_region',
        side: reach.reachable && !reach.viaTransport ? 'for' : 'against',
      });
      break;
    case 'remote':
      // Done from home: where it is held does not matter.
      break;
    case 'elsewhere':
      if (reach.outsideHerRegion) reasons.push({ code: 'outside_her_region', side: 'against' });
      break;
  }
  if (remote) reasons.push({ code: 'remote', side: 'for' });
  return reasons;
}

/**
 * The reasons for one opportunity, in a fixed order: kind, territory, age, schooling, literacy,
 * childcare, transport, stipend, language, places, deadline, start. An alternative gets its
 * departures from what she asked as `against` reasons (`other_kind`, `starts_later`).
 */
export function reasonsFor(
  profile: EconomicProfile,
  opportunity: MatchableOpportunity,
  today: string,
  reach: Reach,
  departures: { readonly otherKind: boolean; readonly startsLater: boolean },
): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (departures.otherKind) reasons.push({ code: 'other_kind', side: 'against' });
  else if (profile.seeking.includes(opportunity.kind)) {
    reasons.push({ code: 'kind_sought', side: 'for' });
  }

  reasons.push(...territoryReasons(reach, opportunity.remote));

  const age = ageFit(profile.ageBand, opportunity.minAge, opportunity.maxAge);
  if (age === 'fits') reasons.push({ code: 'age_fits', side: 'for' });
  else if (age === 'to_check') reasons.push({ code: 'age_to_check', side: 'against' });

  if (opportunity.schoolingLevel !== null) {
    const reaches = schoolingReaches(profile.schooling, opportunity.schoolingLevel);
    if (reaches === true) reasons.push({ code: 'schooling_fits', side: 'for' });
    else if (reaches === null) reasons.push({ code: 'schooling_to_check', side: 'against' });
  }

  if (opportunity.literacyRequired) {
    if (profile.literate === null) reasons.push({ code: 'literacy_to_check', side: 'against' });
  } else if (profile.literate !== true) {
    reasons.push({ code: 'no_literacy_needed', side: 'for' });
  }

  if (profile.needsChildcare) {
    reasons.push(
      opportunity.childcare
        ? { code: 'childcare_provided', side: 'for' }
        : { code: 'childcare_missing', side: 'against' },
    );
  }
  if (opportunity.transport) reasons.push({ code: 'transport_provided', side: 'for' });
  if (opportunity.stipend) reasons.push({ code: 'stipend', side: 'for' });

  const locale = profile.languages.find((l) => opportunity.languages.includes(l));
  if (locale !== undefined) reasons.push({ code: 'in_her_language', side: 'for', locale });

  const places = opportunity.placesLeft;
  if (places !== null && places > 0) {
    reasons.push({ code: 'places_left', side: places <= FEW_PLACES ? 'against' : 'for', places });
  }
  if (opportunity.applyBy !== null) {
    const daysLeft = calendarDaysBetween(today, opportunity.applyBy);
    const side = daysLeft <= FEW_DAYS_TO_APPLY ? 'against' : 'for';
    reasons.push({ code: 'apply_by', side, date: opportunity.applyBy, daysLeft });
  }
  if (opportunity.startsOn !== null) {
    if (departures.startsLater) {
      reasons.push({ code: 'starts_later', side: 'against', date: opportunity.startsOn });
    } else if (opportunity.startsOn >= today) {
      reasons.push({ code: 'starts_on', side: 'for', date: opportunity.startsOn });
    }
  }
  return reasons;
}
