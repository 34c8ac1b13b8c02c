import { defineVocabulary } from './define.ts';

/**
 * Lifecycle of a case: received, being triaged (risk assessment, urgency), actively followed up
 * (the reception → listening → orientation → accompaniment path of the Law 103.13 care cells),
 * then closed.
 */
export const caseStatuses = defineVocabulary('case_status', {
  new: {
    ar: 'جديدة',
    fr: 'Nouveau',
    zgh: 'ⴰⵎⴰⵢⵏⵓ',
    en: 'New',
  },
  in_triage: {
    ar: 'قيد تقييم الخطر',
    fr: 'En cours de tri',
    zgh: 'ⴳ ⵓⵙⴼⵔⵣ',
    en: 'In triage',
  },
  active: {
    ar: 'قيد المتابعة',
    fr: 'En cours de suivi',
    zgh: 'ⴳ ⵓⴹⴼⴰⵕ',
    en: 'Active (being followed up)',
  },
  closed: {
    ar: 'مغلقة',
    fr: 'Clôturé',
    zgh: 'ⵉⵜⵜⵓⵔⴳⵍ',
    en: 'Closed',
  },
});

/** Where a case is in its lifecycle. */
export type CaseStatus = (typeof caseStatuses.codes)[number];

/** Codes whose Tamazight label is unverified: all but `new` (ⴰⵎⴰⵢⵏⵓ, the common word). */
export const caseStatusesUnverifiedZgh: ReadonlySet<CaseStatus> = new Set<CaseStatus>([
  'in_triage',
  'active',
  'closed',
]);
