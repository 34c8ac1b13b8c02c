import { defineVocabulary } from './define.ts';

/**
 * Progress of a survivor on an economic opportunity (job, training, project), from the listener's
 * proposal to completion or drop-out; the follow-up Kollona Maak's economic stream calls for.
 */
export const enrolmentStatuses = defineVocabulary('enrolment_status', {
  proposed: {
    ar: 'مقترح عليها',
    fr: 'Proposée',
    zgh: 'ⵉⵜⵜⵡⴰⵙⵓⵎⵔ',
    en: 'Proposed',
  },
  interested: {
    ar: 'مهتمة',
    fr: 'Intéressée',
    zgh: 'ⵜⵔⴰ ⵜ',
    en: 'Interested',
  },
  referred: {
    ar: 'تم توجيهها',
    fr: 'Orientée',
    zgh: 'ⵜⵜⵡⴰⵣⵏ',
    en: 'Referred',
  },
  applied: {
    ar: 'قدمت طلبها',
    fr: 'Candidature déposée',
    zgh: 'ⵜⴼⴽⴰ ⴰⵙⵓⵜⵔ ⵏⵏⵙ',
    en: 'Applied',
  },
  enrolled: {
    ar: 'مسجلة',
    fr: 'Inscrite',
    zgh: 'ⵜⴽⵛⵎ',
    en: 'Enrolled',
  },
  completed: {
    ar: 'أنهت',
    fr: 'Terminé',
    zgh: 'ⵜⴽⵎⵍ',
    en: 'Completed',
  },
  dropped: {
    ar: 'انقطعت',
    fr: 'Abandon',
    zgh: 'ⵜⴼⴼⵖ',
    en: 'Dropped out',
  },
});

/** Where a survivor is on an economic opportunity. */
export type EnrolmentStatus = (typeof enrolmentStatuses.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const enrolmentStatusesUnverifiedZgh: ReadonlySet<EnrolmentStatus> = new Set(
  enrolmentStatuses.codes,
);
