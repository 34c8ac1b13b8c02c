import type { Locale } from '../i18n/locales.ts';
import type { SchoolingLevel } from '../intake/support-choices.ts';
import type { AgeBand } from '../vocabulary/age-bands.ts';
import type { EconomicOutcome } from '../vocabulary/economic-outcomes.ts';
import type { EnrolmentStatus } from '../vocabulary/enrolment-statuses.ts';
import type { OpportunityKind } from '../vocabulary/opportunity-kinds.ts';

/**
 * The economic pathway's shapes (issue #7): her profile of needs, an opportunity as matching
 * reads it, a match with its reasons, and the enrolment's steps. Dates are calendar dates in
 * Africa/Casablanca, written `YYYY-MM-DD`, so comparisons are plain string comparisons.
 */

/** How far she can travel for an opportunity. */
export type Mobility = 'province' | 'region' | 'anywhere';

/** When she can take part. */
export type Availability = 'full_time' | 'part_time' | 'mornings' | 'afternoons';

/** What she seeks and what she brings, collected once (app or call) and editable. */
export interface EconomicProfile {
  /** Kinds she seeks, in the catalogue's codes. Empty: any kind. */
  readonly seeking: readonly OpportunityKind[];
  /** Where she lives (HCP province code) and its region. */
  readonly provinceCode: string | null;
  readonly regionCode: string | null;
  readonly ageBand: AgeBand | null;
  readonly schooling: SchoolingLevel | null;
  /** Can she read and write? null: not asked. */
  readonly literate: boolean | null;
  readonly needsChildcare: boolean;
  readonly mobility: Mobility;
  readonly availability: Availability | null;
  /** Languages she is at ease in; empty: not asked. */
  readonly languages: readonly Locale[];
}

/** An opportunity as matching reads it (a catalogue row). */
export interface MatchableOpportunity {
  readonly id: string;
  readonly kind: OpportunityKind;
  readonly providerId: string;
  readonly title: string;
  readonly regionCode: string | null;
  readonly provinceCodes: readonly string[];
  readonly remote: boolean;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  /** Last day to apply. */
  readonly applyBy: string | null;
  /** null: places are not counted. */
  readonly placesLeft: number | null;
  readonly minAge: number | null;
  readonly maxAge: number | null;
  /** The lowest schooling level required; null: none. */
  readonly schoolingLevel: SchoolingLevel | null;
  readonly literacyRequired: boolean;
  readonly childcare: boolean;
  readonly transport: boolean;
  readonly stipend: boolean;
  /** Languages it is given in; empty: not stated. */
  readonly languages: readonly Locale[];
  readonly active: boolean;
}

/** One reason shown beside a match: for her (`for`) or a point to check with her (`against`). */
export type MatchReason =
  | { readonly code: 'kind_sought'; readonly side: 'for' }
  | { readonly code: 'in_her_province'; readonly side: 'for' }
  | { readonly code: 'in_her_region'; readonly side: 'for' | 'against' }
  | { readonly code: 'remote'; readonly side: 'for' }
  | { readonly code: 'outside_her_region'; readonly side: 'against' }
  | { readonly code: 'age_fits'; readonly side: 'for' }
  | { readonly code: 'age_to_check'; readonly side: 'against' }
  | { readonly code: 'schooling_fits'; readonly side: 'for' }
  | { readonly code: 'schooling_to_check'; readonly side: 'against' }
  | { readonly code: 'no_literacy_needed'; readonly side: 'for' }
  | { readonly code: 'literacy_to_check'; readonly side: 'against' }
  | { readonly code: 'childcare_provided'; readonly side: 'for' }
  | { readonly code: 'childcare_missing'; readonly side: 'against' }
  | { readonly code: 'transport_provided'; readonly side: 'for' }
  | { readonly code: 'stipend'; readonly side: 'for' }
  | { readonly code: 'in_her_language'; readonly side: 'for'; readonly locale: Locale }
  | { readonly code: 'places_left'; readonly side: 'for' | 'against'; readonly places: number }
  | {
      readonly code: 'apply_by';
      readonly side: 'for' | 'against';
      readonly date: string;
      readonly daysLeft: number;
    }
  | { readonly code: 'starts_on'; readonly side: 'for'; readonly date: string }
  | { readonly code: 'starts_later'; readonly side: 'against'; readonly date: string }
  | { readonly code: 'other_kind'; readonly side: 'against' };

export type MatchReasonCode = MatchReason['code'];

/** Why an opportunity cannot be offered to her at all. */
export type MatchBlocker =
  | 'inactive'
  | 'deadline_passed'
  | 'ended'
  | 'full'
  | 'too_young'
  | 'too_old'
  | 'schooling_below'
  | 'literacy_required'
  | 'out_of_reach'
  | 'kind_not_sought'
  | 'starts_too_late';

/** How an alternative departs from what she asked (shown when matches are few). */
export type Relaxation =
  'neighbouring_province' | 'outside_region' | 'later_session' | 'other_kind';

export interface Match {
  readonly opportunityId: string;
  /** Higher is better; only the order is meaningful. */
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

export interface Alternative extends Match {
  /** What was relaxed for this one to appear (one or two). */
  readonly relaxed: readonly Relaxation[];
}

export interface MatchResult {
  /** Eligible opportunities, best first. */
  readonly matches: readonly Match[];
  /** Nearest alternatives when fewer than `minMatches` matched; otherwise empty. */
  readonly alternatives: readonly Alternative[];
}

/** A step on an enrolment, and who may take it. */
export type EnrolmentStep =
  | 'interest' // she says yes (app or call)
  | 'not_interested' // she says no → dropped with reason not_interested
  | 'refer' // the referral to the provider is sent
  | 'apply' // provider: her application is in
  | 'enrol' // provider: she is enrolled (takes a place)
  | 'complete' // provider: she finished
  | 'drop'; // either side, reason required

export type EnrolmentSide = 'referring' | 'survivor' | 'provider';

/** Why she left an opportunity before its end. */
export type DropReason =
  | 'not_interested'
  | 'found_other_work'
  | 'childcare'
  | 'transport_distance'
  | 'health'
  | 'family_opposition'
  | 'safety'
  | 'not_suitable'
  | 'no_news'
  | 'other';

export type { EconomicOutcome, EnrolmentStatus };
