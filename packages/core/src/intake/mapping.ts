import type { GbvimsType } from '../vocabulary/gbvims-types.ts';
import type { PerpetratorRelation } from '../vocabulary/perpetrator-relations.ts';
import { violenceContexts, type ViolenceContext } from '../vocabulary/violence-contexts.ts';
import { violenceForms, type ViolenceForm } from '../vocabulary/violence-forms.ts';
import type { HarmChoice, PerpetratorChoice } from './harm-choices.ts';

/**
 * From the survivor's plain words to the classifications staff and statistics use. A listener
 * confirms or corrects them later; these are the starting point, so they err towards naming the
 * form of violence she described rather than leaving it out.
 */

/** Law 103.13 forms (Art. 1 and the offences it created) each plain choice points to. */
const LEGAL_FORMS: Readonly<Record<HarmChoice, readonly ViolenceForm[]>> = {
  hit_or_hurt: ['physical'],
  forced_sex: ['sexual'],
  unwanted_touching: ['sexual'],
  threats_or_insults: ['psychological'],
  controls_money: ['economic'],
  forced_marriage: ['forced_marriage'],
  thrown_out_of_home: ['expulsion_from_home'],
  harassed_in_public: ['sexual_harassment'],
  harassed_online: ['cyber_violence'],
  other: [],
};

/** The Law 103.13 forms her choices describe, without repeats, in the vocabulary's order. */
export function legalFormsFor(harms: readonly HarmChoice[]): ViolenceForm[] {
  const wanted = new Set(harms.flatMap((harm) => LEGAL_FORMS[harm]));
  return violenceForms.codes.filter((form) => wanted.has(form));
}

/**
 * The GBVIMS decision, walked in its order (the first type that fits wins): penetration →
 * unwanted sexual contact → physical assault → forced marriage → denial of resources →
 * psychological abuse. Non-contact harassment (street, online) is psychological abuse under
 * the GBVIMS rule. `null` when nothing she chose is classifiable (only "something else").
 */
const GBVIMS_ORDER: readonly (readonly [GbvimsType, readonly HarmChoice[]])[] = [
  ['rape', ['forced_sex']],
  ['sexual_assault', ['unwanted_touching']],
  ['physical_assault', ['hit_or_hurt']],
  ['forced_marriage', ['forced_marriage']],
  ['denial_of_resources', ['controls_money', 'thrown_out_of_home']],
  ['psychological_abuse', ['threats_or_insults', 'harassed_in_public', 'harassed_online']],
];

export function gbvimsTypeFor(harms: readonly HarmChoice[]): GbvimsType | null {
  const chosen = new Set(harms);
  for (const [type, fits] of GBVIMS_ORDER) {
    if (fits.some((harm) => chosen.has(harm))) return type;
  }
  return null;
}

/**
 * The relation in the GBVIMS-based list. "Fiancé or boyfriend" becomes `intimate_partner` (the
 * GBVIMS entry covering both; a listener can narrow it to `fiance`), a colleague is counted with
 * the employer (GBVIMS has no colleague entry), and "prefer not to say" is `unknown`.
 */
const RELATIONS: Readonly<Record<PerpetratorChoice, PerpetratorRelation>> = {
  husband: 'spouse',
  former_husband: 'former_spouse',
  fiance_or_partner: 'intimate_partner',
  family_member: 'family_other',
  employer_or_colleague: 'employer_supervisor',
  teacher_or_school: 'teacher_school_official',
  neighbour_or_acquaintance: 'family_friend_neighbour',
  stranger: 'no_relation',
  other: 'other',
  prefer_not_to_say: 'unknown',
};

export function relationFor(perpetrator: PerpetratorChoice): PerpetratorRelation {
  return RELATIONS[perpetrator];
}

/** The HCP space the perpetrator's place in her life implies, if any. */
const CONTEXT_OF_PERPETRATOR: Readonly<Partial<Record<PerpetratorChoice, ViolenceContext>>> = {
  husband: 'conjugal',
  former_husband: 'conjugal',
  fiance_or_partner: 'conjugal',
  family_member: 'family',
  employer_or_colleague: 'workplace',
  teacher_or_school: 'education',
};

/** The HCP space a harm implies by itself (where it happens, whoever did it). */
const CONTEXT_OF_HARM: Readonly<Partial<Record<HarmChoice, ViolenceContext>>> = {
  harassed_in_public: 'public_space',
  harassed_online: 'cyber',
};

/**
 * HCP spaces (several may apply: online harassment by an ex-husband is cyber AND conjugal), in
 * the vocabulary's order; `['unknown']` when her answers do not say where.
 */
export function contextsFor(
  harms: readonly HarmChoice[],
  perpetrator: PerpetratorChoice | undefined,
): ViolenceContext[] {
  const found = new Set<ViolenceContext>();
  const fromPerpetrator =
    perpetrator === undefined ? undefined : CONTEXT_OF_PERPETRATOR[perpetrator];
  if (fromPerpetrator) found.add(fromPerpetrator);
  for (const harm of harms) {
    const context = CONTEXT_OF_HARM[harm];
    if (context) found.add(context);
  }
  if (found.size === 0) return ['unknown'];
  return violenceContexts.codes.filter((context) => found.has(context));
}
