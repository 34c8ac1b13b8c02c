import type {
  AgeBand,
  Availability,
  Mobility,
  OpportunityKind,
  ProfileInput,
  ProfileView,
  SchoolingLevel,
} from '../../api/pathway-types.ts';
import type { Locale } from '../../i18n/locale.ts';

/**
 * Her profile of needs as the form holds it: selects hold `''` for "not asked yet", and her
 * literacy is a three-way answer (yes, no, not asked), so saving never turns "unknown" into
 * "no" — matching treats the two differently.
 */
export interface ProfileDraft {
  readonly seeking: readonly OpportunityKind[];
  readonly provinceCode: string;
  readonly ageBand: AgeBand | '';
  readonly schooling: SchoolingLevel | '';
  readonly literate: 'yes' | 'no' | '';
  readonly needsChildcare: boolean;
  readonly mobility: Mobility;
  readonly availability: Availability | '';
  readonly languages: readonly Locale[];
  readonly skills: string;
}

export function draftOf(view: ProfileView): ProfileDraft {
  const { profile } = view;
  return {
    seeking: profile.seeking,
    provinceCode: profile.provinceCode ?? '',
    ageBand: profile.ageBand ?? '',
    schooling: profile.schooling ?? '',
    literate: profile.literate === null ? '' : profile.literate ? 'yes' : 'no',
    needsChildcare: profile.needsChildcare,
    mobility: profile.mobility,
    availability: profile.availability ?? '',
    languages: profile.languages,
    skills: view.skills ?? '',
  };
}

/** The body of `PUT /economic-profile`: blanks become null, her skills are trimmed. */
export function profileInputOf(draft: ProfileDraft, version: number): ProfileInput {
  const skills = draft.skills.trim();
  return {
    seeking: draft.seeking,
    provinceCode: draft.provinceCode === '' ? null : draft.provinceCode,
    ageBand: draft.ageBand === '' ? null : draft.ageBand,
    schooling: draft.schooling === '' ? null : draft.schooling,
    literate: draft.literate === '' ? null : draft.literate === 'yes',
    needsChildcare: draft.needsChildcare,
    mobility: draft.mobility,
    availability: draft.availability === '' ? null : draft.availability,
    languages: draft.languages,
    skills: skills === '' ? null : skills,
    version,
  };
}

/** Adds or removes one code of a multiple choice, keeping the vocabulary's order. */
export function toggleCode<Code extends string>(
  chosen: readonly Code[],
  code: Code,
  on: boolean,
  order: readonly Code[],
): Code[] {
  const next = new Set(chosen);
  if (on) next.add(code);
  else next.delete(code);
  return order.filter((candidate) => next.has(candidate));
}
