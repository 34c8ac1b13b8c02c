import { defineVocabulary } from './define.ts';

/**
 * Economic result recorded at the end of an opportunity, for the empowerment indicators of
 * Kollona Maak's economic stream and the EMF cahier des charges (economic empowerment).
 */
export const economicOutcomes = defineVocabulary('economic_outcome', {
  employed: {
    ar: 'حصلت على عمل',
    fr: 'En emploi',
    zgh: 'ⵜⵓⴼⴰ ⵜⴰⵡⵓⵔⵉ',
    en: 'Employed',
  },
  business_created: {
    ar: 'أنشأت مقاولة',
    fr: 'Entreprise créée',
    zgh: 'ⵜⵙⵏⵓⵍⴼⴰ ⵜⴰⵙⵏⵓⵔⴰ',
    en: 'Business created',
  },
  income_activity_started: {
    ar: 'بدأت نشاطا مدرا للدخل',
    fr: 'Activité génératrice de revenus lancée',
    zgh: 'ⵜⴱⴷⴰ ⴰⵙⵏⴼⴰⵔ ⵉⵜⵜⴰⵡⵉⵏ ⵉⴷⵔⵉⵎⵏ',
    en: 'Income activity started',
  },
  further_training: {
    ar: 'تتابع تكوينا آخر',
    fr: 'Poursuit une formation',
    zgh: 'ⵜⴹⴼⵕ ⴰⵍⵎⵎⵓⴷ',
    en: 'Further training',
  },
  none: {
    ar: 'لا شيء بعد',
    fr: 'Aucun',
    zgh: 'ⵡⴰⵍⵓ',
    en: 'None',
  },
});

/** The economic result of an opportunity. */
export type EconomicOutcome = (typeof economicOutcomes.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const economicOutcomesUnverifiedZgh: ReadonlySet<EconomicOutcome> = new Set(
  economicOutcomes.codes,
);
