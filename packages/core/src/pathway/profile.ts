import {
  opportunityKindOf,
  type SchoolingLevel,
  type SeekingChoice,
} from '../intake/support-choices.ts';
import { findProvince } from '../territory/index.ts';
import type { AgeBand } from '../vocabulary/age-bands.ts';
import type { OpportunityKind } from '../vocabulary/opportunity-kinds.ts';
import type { EconomicProfile } from './types.ts';

/**
 * Her profile of needs. The first one comes from her support request (the survivor app's
 * "jobs and training" form, or the listener's intake); what that form does not ask — literacy,
 * when she is free, her languages — stays unknown until the listener asks, and
 * `missingProfileFields` tells the console what to ask.
 */

/** What the support request tells about her needs. */
export interface IntakeProfileInput {
  readonly seeking: readonly SeekingChoice[];
  readonly provinceCode: string | null;
  readonly ageBand: AgeBand | null;
  readonly schooling: SchoolingLevel | null;
  readonly needsChildcare: boolean | null;
  /** "Moving around is hard for me". */
  readonly needsMobility: boolean | null;
}

/**
 * The profile her support request gives. Her region comes from her province (null for an
 * unknown code). Moving around being hard for her keeps her to her province; otherwise her
 * region is assumed, the common case — she can widen it to "anywhere" when asked.
 */
export function profileFromIntake(input: IntakeProfileInput): EconomicProfile {
  const seeking: OpportunityKind[] = [];
  for (const choice of input.seeking) {
    const kind = opportunityKindOf(choice);
    if (!seeking.includes(kind)) seeking.push(kind);
  }
  const regionCode =
    input.provinceCode === null ? null : (findProvince(input.provinceCode)?.regionCode ?? null);
  return {
    seeking,
    provinceCode: input.provinceCode,
    regionCode,
    ageBand: input.ageBand,
    schooling: input.schooling,
    literate: null,
    needsChildcare: input.needsChildcare === true,
    mobility: input.needsMobility === true ? 'province' : 'region',
    availability: null,
    languages: [],
  };
}

/** The questions the console may still have to ask her, in the order it asks them. */
export const PROFILE_FIELDS = [
  'seeking',
  'province',
  'age',
  'schooling',
  'literacy',
  'availability',
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];

/**
 * What is still unknown ("ask her: schooling, literacy…"). An empty `seeking` means any kind to
 * matching, but it is still asked: a woman who was never asked has not said "anything".
 */
export function missingProfileFields(profile: EconomicProfile): readonly ProfileField[] {
  const known: Readonly<Record<ProfileField, boolean>> = {
    seeking: profile.seeking.length > 0,
    province: profile.provinceCode !== null,
    age: profile.ageBand !== null,
    schooling: profile.schooling !== null,
    literacy: profile.literate !== null,
    availability: profile.availability !== null,
  };
  return PROFILE_FIELDS.filter((field) => !known[field]);
}

export function profileIsComplete(profile: EconomicProfile): boolean {
  return missingProfileFields(profile).length === 0;
}
