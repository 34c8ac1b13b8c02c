import {
  areaTypes,
  callOutcomes,
  caseStatuses,
  closingReasons,
  consentPurposes,
  contactChannels,
  contactTypes,
  gbvimsTypes,
  perpetratorRelations,
  reopeningReasons,
  urgencyLevels,
  violenceContexts,
  violenceForms,
} from '@sanad/core';
import type { Locale } from './i18n/locale.ts';
import { labelOf } from './vocabulary.ts';

// The vocabularies the helpline pages label, in the reader's language. Loaded with those pages
// only (they bring `@sanad/core`'s territory with them).

export {
  areaTypes,
  callOutcomes,
  caseStatuses,
  closingReasons,
  consentPurposes,
  contactChannels,
  contactTypes,
  gbvimsTypes,
  perpetratorRelations,
  reopeningReasons,
  urgencyLevels,
  violenceContexts,
  violenceForms,
};

export const urgencyLabel = (code: string, locale: Locale) => labelOf(urgencyLevels, code, locale);
export const statusLabel = (code: string, locale: Locale) => labelOf(caseStatuses, code, locale);
export const channelLabel = (code: string, locale: Locale) =>
  labelOf(contactChannels, code, locale);
/** Contact types also name case kinds (`violence_report`, `support_request`). */
export const contactTypeLabel = (code: string, locale: Locale) =>
  labelOf(contactTypes, code, locale);
export const consentPurposeLabel = (code: string, locale: Locale) =>
  labelOf(consentPurposes, code, locale);
export const violenceFormLabel = (code: string, locale: Locale) =>
  labelOf(violenceForms, code, locale);
export const gbvimsTypeLabel = (code: string, locale: Locale) => labelOf(gbvimsTypes, code, locale);
export const contextLabel = (code: string, locale: Locale) =>
  labelOf(violenceContexts, code, locale);
export const relationLabel = (code: string, locale: Locale) =>
  labelOf(perpetratorRelations, code, locale);
export const areaTypeLabel = (code: string, locale: Locale) => labelOf(areaTypes, code, locale);
export const callOutcomeLabel = (code: string, locale: Locale) =>
  labelOf(callOutcomes, code, locale);
export const closingReasonLabel = (code: string, locale: Locale) =>
  labelOf(closingReasons, code, locale);
export const reopeningReasonLabel = (code: string, locale: Locale) =>
  labelOf(reopeningReasons, code, locale);
