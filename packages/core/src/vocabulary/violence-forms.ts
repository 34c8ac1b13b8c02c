import { defineVocabulary } from './define.ts';

/**
 * Forms of violence and offences named by Law 103.13 on combating violence against women (Art. 1
 * definitions: physical, sexual, psychological, economic; plus the offences the law created or
 * reworded: sexual harassment, cyber-harassment, forced marriage, expulsion from the marital home,
 * squandering property to avoid maintenance or divorce dues). A case records several at once
 * (multi-select): this is the national legal qualification, kept apart from the single GBVIMS type
 * used for statistics (see `gbvimsTypes`).
 */
export const violenceForms = defineVocabulary('violence_form', {
  physical: {
    ar: 'عنف جسدي (ضرب أو أذى في الجسد)',
    fr: 'Violence physique',
    zgh: 'ⵍⵄⵏⴼ ⵏ ⵜⴼⴽⴽⴰ',
    en: 'Physical violence',
  },
  sexual: {
    ar: 'عنف جنسي',
    fr: 'Violence sexuelle',
    zgh: 'ⵍⵄⵏⴼ ⴰⵊⵏⵙⴰⵏ',
    en: 'Sexual violence',
  },
  psychological: {
    ar: 'عنف نفسي (سب أو تهديد أو إهانة)',
    fr: 'Violence psychologique',
    zgh: 'ⵍⵄⵏⴼ ⵏ ⵓⵍ',
    en: 'Psychological violence',
  },
  economic: {
    ar: 'عنف اقتصادي (حرمان من المال أو الحقوق)',
    fr: 'Violence économique',
    zgh: 'ⵍⵄⵏⴼ ⵏ ⵉⴷⵔⵉⵎⵏ',
    en: 'Economic violence',
  },
  sexual_harassment: {
    ar: 'تحرش جنسي',
    fr: 'Harcèlement sexuel',
    zgh: 'ⵜⴰⵃⵔⵔⴰⵛⵜ ⵜⴰⵊⵏⵙⴰⵏⵜ',
    en: 'Sexual harassment',
  },
  cyber_violence: {
    ar: 'عنف عبر الهاتف أو الإنترنت',
    fr: 'Cyberviolence (téléphone, internet)',
    zgh: 'ⵍⵄⵏⴼ ⴳ ⵜⵉⵍⵉⴼⵓⵏ ⴷ ⵓⵏⵜⵔⵏⵉⵜ',
    en: 'Cyber-violence (phone, internet)',
  },
  forced_marriage: {
    ar: 'تزويج بالإكراه',
    fr: 'Mariage forcé',
    zgh: 'ⴰⵣⵡⴰⵊ ⵙ ⵍⴱⵣⵣ',
    en: 'Forced marriage',
  },
  expulsion_from_home: {
    ar: 'طرد من بيت الزوجية أو منع الرجوع إليه',
    fr: 'Expulsion du domicile conjugal',
    zgh: 'ⴰⵙⵙⵓⴼⵖ ⵙⴳ ⵜⴷⴷⴰⵔⵜ',
    en: 'Expulsion from the marital home',
  },
  property_squandering: {
    ar: 'تبديد الأموال أو الممتلكات للتهرب من النفقة',
    fr: 'Dilapidation des biens pour échapper à la pension',
    zgh: 'ⴰⵙⵅⵙⵔ ⵏ ⵉⴷⵔⵉⵎⵏ ⴷ ⵜⵖⴰⵡⵙⵉⵡⵉⵏ',
    en: 'Squandering money or property to avoid maintenance',
  },
});

/** A Law 103.13 form of violence or offence, as stored and sent over the API. */
export type ViolenceForm = (typeof violenceForms.codes)[number];

/**
 * Codes whose Tamazight label is the Sanad team's best Tifinagh rendering, not yet checked by a
 * native speaker or against IRCAM terminology. Here: all of them (several use loanwords such as
 * ⵍⵄⵏⴼ "violence" that speakers understand but that may not be the standard term).
 */
export const violenceFormsUnverifiedZgh: ReadonlySet<ViolenceForm> = new Set(violenceForms.codes);
