import { defineVocabulary } from '../vocabulary/define.ts';
import type { OpportunityKind } from '../vocabulary/opportunity-kinds.ts';

/**
 * What a woman asks for in a support (jobs and training) request, in plain words. The codes are
 * those of `opportunityKinds` except `job`, which the survivor contract names more simply than
 * the catalogue's `job_offer`; `opportunityKindOf` is the one place that translates.
 */
export const seekingChoices = defineVocabulary('seeking_choice', {
  job: { ar: 'عمل', fr: 'Un emploi', zgh: 'ⵜⴰⵡⵓⵔⵉ', en: 'A job' },
  training: { ar: 'تكوين', fr: 'Une formation', zgh: 'ⴰⵍⵎⵎⵓⴷ', en: 'Training' },
  vocational_training: {
    ar: 'تعلم حرفة',
    fr: 'Apprendre un métier',
    zgh: 'ⴰⵍⵎⵎⵓⴷ ⵏ ⵜⵣⵓⵔⵉ',
    en: 'Learning a trade',
  },
  business_creation: {
    ar: 'فتح مشروعي الخاص',
    fr: 'Créer ma propre entreprise',
    zgh: 'ⴰⴷ ⵙⵏⵓⵍⴼⵓⵖ ⵜⴰⵙⵏⵓⵔⴰ ⵉⵏⵓ',
    en: 'Starting my own business',
  },
  income_generating_project: {
    ar: 'نشاط صغير يجلب لي المال',
    fr: 'Une petite activité qui rapporte de l’argent',
    zgh: 'ⵜⴰⵡⵓⵔⵉ ⵜⴰⵎⵥⵥⵢⴰⵏⵜ ⵉⵜⵜⴰⵡⵉⵏ ⵉⴷⵔⵉⵎⵏ',
    en: 'A small activity that earns money',
  },
});
export type SeekingChoice = (typeof seekingChoices.codes)[number];

/** The opportunity catalogue's kind for a survivor's choice (for matching opportunities). */
export function opportunityKindOf(choice: SeekingChoice): OpportunityKind {
  return choice === 'job' ? 'job_offer' : choice;
}

/** Highest schooling reached; plain, no diploma names. */
export const schoolingLevels = defineVocabulary('schooling_level', {
  none: {
    ar: 'لم أدخل المدرسة',
    fr: 'Je ne suis pas allée à l’école',
    zgh: 'ⵓⵔ ⴽⵛⵉⵎⵖ ⵜⵉⵏⵎⵍ',
    en: 'I did not go to school',
  },
  primary: { ar: 'الابتدائي', fr: 'Primaire', zgh: 'ⴰⵎⵣⵡⴰⵔⵓ', en: 'Primary school' },
  middle: { ar: 'الإعدادي', fr: 'Collège', zgh: 'ⴰⵏⴰⵎⵎⴰⵙ', en: 'Middle school' },
  secondary: { ar: 'الثانوي', fr: 'Lycée', zgh: 'ⴰⵙⵉⵏⴰⵏ', en: 'Secondary school' },
  higher: {
    ar: 'الجامعة أو معهد',
    fr: 'Université ou institut',
    zgh: 'ⵜⴰⵙⴷⴰⵡⵉⵜ',
    en: 'University or college',
  },
});
export type SchoolingLevel = (typeof schoolingLevels.codes)[number];

/** All Tamazight labels here are unverified renderings. */
export const seekingChoicesUnverifiedZgh: ReadonlySet<SeekingChoice> = new Set(
  seekingChoices.codes,
);
export const schoolingLevelsUnverifiedZgh: ReadonlySet<SchoolingLevel> = new Set(
  schoolingLevels.codes,
);
