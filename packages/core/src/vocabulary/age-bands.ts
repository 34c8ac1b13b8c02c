import { defineVocabulary } from './define.ts';

/**
 * Age bands for survivors. Under-15 and 15–17 keep minors apart (aggravating circumstance under
 * Law 103.13, juvenile judge in court cells); the adult bands follow the HCP survey population
 * (women aged 15–74) grouped in the usual statistical bands, with 60+ open-ended.
 */
export const ageBands = defineVocabulary('age_band', {
  under_15: {
    ar: 'أقل من 15 سنة',
    fr: 'Moins de 15 ans',
    zgh: 'ⴷⴷⴰⵡ 15 ⵏ ⵓⵙⴳⴳⵯⴰⵙ',
    en: 'Under 15',
  },
  age_15_17: {
    ar: 'من 15 إلى 17 سنة',
    fr: '15 à 17 ans',
    zgh: '15–17 ⵏ ⵓⵙⴳⴳⵯⴰⵙ',
    en: '15 to 17',
  },
  age_18_24: {
    ar: 'من 18 إلى 24 سنة',
    fr: '18 à 24 ans',
    zgh: '18–24 ⵏ ⵓⵙⴳⴳⵯⴰⵙ',
    en: '18 to 24',
  },
  age_25_34: {
    ar: 'من 25 إلى 34 سنة',
    fr: '25 à 34 ans',
    zgh: '25–34 ⵏ ⵓⵙⴳⴳⵯⴰⵙ',
    en: '25 to 34',
  },
  age_35_44: {
    ar: 'من 35 إلى 44 سنة',
    fr: '35 à 44 ans',
    zgh: '35–44 ⵏ ⵓⵙⴳⴳⵯⴰⵙ',
    en: '35 to 44',
  },
  age_45_59: {
    ar: 'من 45 إلى 59 سنة',
    fr: '45 à 59 ans',
    zgh: '45–59 ⵏ ⵓⵙⴳⴳⵯⴰⵙ',
    en: '45 to 59',
  },
  age_60_plus: {
    ar: '60 سنة فما فوق',
    fr: '60 ans et plus',
    zgh: '60 ⵏ ⵓⵙⴳⴳⵯⴰⵙ ⵏⵖ ⵓⴳⴳⴰⵔ',
    en: '60 and over',
  },
});

/** An age band. */
export type AgeBand = (typeof ageBands.codes)[number];

/**
 * Codes whose Tamazight label is unverified: `under_15` and `age_60_plus` (the wording of
 * "under" / "or more"). The ranges use the numeral construction "N ⵏ ⵓⵙⴳⴳⵯⴰⵙ" (N years).
 */
export const ageBandsUnverifiedZgh: ReadonlySet<AgeBand> = new Set<AgeBand>([
  'under_15',
  'age_60_plus',
]);
