import {
  ageBands,
  availabilityChoices,
  dropReasons,
  economicOutcomes,
  enrolmentStatuses,
  mobilityChoices,
  opportunityKinds,
  schoolingLevels,
} from '@sanad/core';
import type { Locale } from '../../i18n/locale.ts';
import { labelOf } from '../../vocabulary.ts';

// The economic pathway's vocabularies, in the reader's language (the shared lists of
// `@sanad/core`, like the helpline's in `helpline-vocabulary.ts`). Loaded with the pages that
// show them, never on the sign-in screen.

export {
  ageBands,
  availabilityChoices,
  dropReasons,
  economicOutcomes,
  enrolmentStatuses,
  mobilityChoices,
  opportunityKinds,
  schoolingLevels,
};

export const opportunityKindLabel = (code: string, locale: Locale): string =>
  labelOf(opportunityKinds, code, locale);
export const enrolmentStatusLabel = (code: string, locale: Locale): string =>
  labelOf(enrolmentStatuses, code, locale);
export const economicOutcomeLabel = (code: string, locale: Locale): string =>
  labelOf(economicOutcomes, code, locale);
export const dropReasonLabel = (code: string, locale: Locale): string =>
  labelOf(dropReasons, code, locale);
export const mobilityLabel = (code: string, locale: Locale): string =>
  labelOf(mobilityChoices, code, locale);
export const availabilityLabel = (code: string, locale: Locale): string =>
  labelOf(availabilityChoices, code, locale);
/** Her schooling, in the words of her own form ("I went to secondary school"). */
export const schoolingLabel = (code: string, locale: Locale): string =>
  labelOf(schoolingLevels, code, locale);
export const ageBandLabel = (code: string, locale: Locale): string =>
  labelOf(ageBands, code, locale);

/** A list of kinds as the timeline carries it ("training, vocational_training"), in words. */
export function opportunityKindsLabel(codes: string, locale: Locale): string {
  return codes
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '')
    .map((code) => opportunityKindLabel(code, locale))
    .join(' · ');
}
