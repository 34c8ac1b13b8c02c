import type {
  EconomicProfile as CoreEconomicProfile,
  AgeBand,
  Availability,
  CallWindow,
  ContactChannel,
  ContactMethod,
  DropReason,
  EconomicOutcome,
  EnrolmentStatus,
  EnrolmentStep,
  Locale,
  MatchReason,
  Mobility,
  OpportunityKind,
  Relaxation,
  SchoolingLevel,
} from '@sanad/core';

// The economic pathway as the API presents it (issue #7): her profile of needs, opportunities
// matched to it with their reasons, and her path through each one proposed. Codes come from
// `@sanad/core`; a code this build does not know still shows (as the code), it never breaks.

export type {
  AgeBand,
  Availability,
  DropReason,
  EconomicOutcome,
  EnrolmentStatus,
  EnrolmentStep,
  MatchReason,
  Mobility,
  OpportunityKind,
  Relaxation,
  SchoolingLevel,
};

/** What she seeks and what she brings, as the server holds it: the core's own shape. */
export type EconomicProfile = CoreEconomicProfile;

/** A question the listener may still have to ask her (`missingProfileFields` in the core). */
export type ProfileField =
  'seeking' | 'province' | 'age' | 'schooling' | 'literacy' | 'availability';

export interface ProfileView {
  readonly profile: EconomicProfile;
  /** In her words; null when not given. */
  readonly skills: string | null;
  /** 0 until the listener first saves it. */
  readonly version: number;
  /** Saved by staff, read from her support request, or nothing yet. */
  readonly source: 'saved' | 'request' | 'none';
  readonly missing: readonly string[];
}

/** `PUT /cases/:id/economic-profile`; `version`: the one read (0 before the first save). */
export interface ProfileInput {
  readonly seeking: readonly OpportunityKind[];
  readonly provinceCode: string | null;
  readonly ageBand: AgeBand | null;
  readonly schooling: SchoolingLevel | null;
  readonly literate: boolean | null;
  readonly needsChildcare: boolean;
  readonly mobility: Mobility;
  readonly availability: Availability | null;
  readonly languages: readonly Locale[];
  readonly skills: string | null;
  readonly version: number;
}

/** An opportunity of the catalogue, as a match or an enrolment shows it. */
export interface OpportunityCard {
  readonly id: string;
  readonly kind: OpportunityKind;
  readonly title: string;
  readonly description: string;
  readonly provider: { readonly id: string; readonly name: string };
  readonly regionCode: string | null;
  readonly provinceCodes: readonly string[];
  readonly remote: boolean;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly applyBy: string | null;
  readonly placesLeft: number | null;
  readonly childcare: boolean;
  readonly transport: boolean;
  readonly stipend: boolean;
  readonly languages: readonly Locale[];
}

/**
 * A reason as it travels: a code, its side, and its figures. Read through `reason-wording.ts`,
 * which narrows it to the core's `MatchReason` and words an unknown code as itself.
 */
export interface ReasonView {
  readonly code: string;
  readonly side: 'for' | 'against';
  readonly [param: string]: string | number;
}

export interface MatchView {
  readonly opportunity: OpportunityCard;
  readonly score: number;
  readonly reasons: readonly ReasonView[];
  /** Where she already stands on it, if it was proposed before. */
  readonly enrolmentStatus: EnrolmentStatus | null;
}

export interface AlternativeView extends MatchView {
  /** How it departs from what she asked. */
  readonly relaxed: readonly Relaxation[];
}

export interface MatchesView {
  readonly profile: EconomicProfile;
  readonly missing: readonly string[];
  readonly matches: readonly MatchView[];
  readonly alternatives: readonly AlternativeView[];
}

/** One opportunity proposed to her and where she stands on it, as either side reads it. */
export interface EnrolmentView {
  readonly id: string;
  readonly caseId: string;
  readonly caseReference: string;
  readonly opportunity: OpportunityCard;
  readonly status: EnrolmentStatus;
  readonly dropReason: DropReason | null;
  /** For the provider only, while its referral is live: how to reach her. */
  readonly contact: {
    readonly firstName: string | null;
    readonly phone: string | null;
    readonly method: ContactMethod | null;
    readonly window: CallWindow | null;
  } | null;
  readonly outcome: EconomicOutcome | null;
  readonly outcomeOn: string | null;
  readonly referralId: string | null;
  readonly proposedAt: string;
  readonly interestedAt: string | null;
  readonly referredAt: string | null;
  readonly appliedAt: string | null;
  readonly enrolledAt: string | null;
  /** A calendar date (`YYYY-MM-DD`), as are `outcomeOn`. */
  readonly completedOn: string | null;
  readonly droppedAt: string | null;
  readonly version: number;
  readonly abilities: {
    /** The steps this viewer may take now, in the order the console lists them. */
    readonly steps: readonly EnrolmentStep[];
    readonly recordOutcome: boolean;
  };
}

/** `POST /enrolments/:id/steps`. */
export interface StepInput {
  readonly step: EnrolmentStep;
  readonly version: number;
  readonly dropReason?: DropReason;
  /** Her consent to share with the provider, given now (on a call), when referring. */
  readonly consent?: { readonly channel: ContactChannel };
  readonly note?: string;
}

/** `POST /enrolments/:id/outcome`. */
export interface OutcomeInput {
  readonly outcome: EconomicOutcome;
  /** `YYYY-MM-DD`. */
  readonly on: string;
  readonly version: number;
}
