import { defineVocabulary } from './define.ts';

/**
 * Platform urgency, most urgent first. Maps the risk tools (SafeLives DASH, Campbell Danger
 * Assessment) and Kollona Maak's emergency practice onto four queues (DOMAIN.md §6.3): emergency
 * = immediate danger, hand-off to 19 / 177 / 15; high = same-day referral; medium = follow-up
 * within 24–72 h; standard = routine queue, including the jobs-and-training requests.
 */
export const urgencyLevels = defineVocabulary('urgency_level', {
  emergency: {
    ar: 'خطر فوري (حالة طارئة)',
    fr: 'Urgence (danger immédiat)',
    zgh: 'ⵍⵅⴰⵟⴰⵔ ⵖⵉⵍⴰ',
    en: 'Emergency (immediate danger)',
  },
  high: {
    ar: 'خطر مرتفع',
    fr: 'Risque élevé',
    zgh: 'ⵍⵅⴰⵟⴰⵔ ⵉⵎⵇⵇⵓⵔⵏ',
    en: 'High risk',
  },
  medium: {
    ar: 'خطر متوسط',
    fr: 'Risque moyen',
    zgh: 'ⵍⵅⴰⵟⴰⵔ ⴰⵏⴰⵎⵎⴰⵙ',
    en: 'Medium risk',
  },
  standard: {
    ar: 'عادي',
    fr: 'Standard',
    zgh: 'ⵉⵣⵎⵔ ⴰⴷ ⵉⵔⴰⵊⵓ',
    en: 'Standard',
  },
});

/** An urgency level; `urgencyLevels.codes` is ordered most urgent first. */
export type UrgencyLevel = (typeof urgencyLevels.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const urgencyLevelsUnverifiedZgh: ReadonlySet<UrgencyLevel> = new Set(urgencyLevels.codes);
