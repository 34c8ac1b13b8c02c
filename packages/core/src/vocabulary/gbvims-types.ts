import { defineVocabulary } from './define.ts';

/**
 * The six core incident types of the GBVIMS Classification Tool (GBVIMS User Guide), in the order
 * the classification walks them: the first type that fits is the incident's single type
 * (penetration → other unwanted sexual contact → physical assault → forced marriage → denial of
 * resources → psychological abuse). Used for statistics and interoperability; the legal
 * qualification under Law 103.13 is recorded separately (`violenceForms`).
 */
export const gbvimsTypes = defineVocabulary('gbvims_type', {
  rape: {
    ar: 'اغتصاب',
    fr: 'Viol',
    zgh: 'ⵍⵉⵖⵜⵉⵚⴰⴱ',
    en: 'Rape',
  },
  sexual_assault: {
    ar: 'اعتداء جنسي بدون اغتصاب',
    fr: 'Agression sexuelle',
    zgh: 'ⵍⵄⵏⴼ ⴰⵊⵏⵙⴰⵏ ⴱⵍⴰ ⵍⵉⵖⵜⵉⵚⴰⴱ',
    en: 'Sexual assault',
  },
  physical_assault: {
    ar: 'اعتداء جسدي',
    fr: 'Agression physique',
    zgh: 'ⵍⵄⵏⴼ ⵏ ⵜⴼⴽⴽⴰ',
    en: 'Physical assault',
  },
  forced_marriage: {
    ar: 'زواج بالإكراه',
    fr: 'Mariage forcé',
    zgh: 'ⴰⵣⵡⴰⵊ ⵙ ⵍⴱⵣⵣ',
    en: 'Forced marriage',
  },
  denial_of_resources: {
    ar: 'حرمان من الموارد أو الفرص أو الخدمات',
    fr: 'Déni de ressources, d’opportunités ou de services',
    zgh: 'ⴰⵃⵔⵓⵎ ⵙⴳ ⵉⴷⵔⵉⵎⵏ ⵏⵖ ⵜⵖⵔⵉ ⵏⵖ ⵜⴷⵓⵙⵉ',
    en: 'Denial of resources, opportunities or services',
  },
  psychological_abuse: {
    ar: 'إيذاء نفسي أو عاطفي',
    fr: 'Violence psychologique ou émotionnelle',
    zgh: 'ⵍⵄⵏⴼ ⵏ ⵓⵍ',
    en: 'Psychological or emotional abuse',
  },
});

/** One GBVIMS incident type. */
export type GbvimsType = (typeof gbvimsTypes.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const gbvimsTypesUnverifiedZgh: ReadonlySet<GbvimsType> = new Set(gbvimsTypes.codes);
