import { defineVocabulary } from './define.ts';

/**
 * Where the violence happened, following the spaces of the HCP national survey on violence
 * against women (2019): conjugal, family, education, workplace, public space, cyber; plus other
 * and unknown. Several may apply to one incident; the perpetrator's relationship is recorded
 * separately (`perpetratorRelations`).
 */
export const violenceContexts = defineVocabulary('violence_context', {
  conjugal: {
    ar: 'العلاقة الزوجية (زوج أو طليق أو خطيب)',
    fr: 'Conjugal (mari, ex-mari, fiancé, partenaire)',
    zgh: 'ⴰⵣⵡⴰⵊ',
    en: 'Conjugal (husband, ex-husband, fiancé, partner)',
  },
  family: {
    ar: 'الأسرة والأقارب',
    fr: 'Famille',
    zgh: 'ⵜⴰⵡⵊⴰ',
    en: 'Family',
  },
  education: {
    ar: 'المدرسة أو الجامعة',
    fr: 'École ou université',
    zgh: 'ⵜⵉⵏⵎⵍ ⵏⵖ ⵜⴰⵙⴷⴰⵡⵉⵜ',
    en: 'School or university',
  },
  workplace: {
    ar: 'مكان العمل',
    fr: 'Lieu de travail',
    zgh: 'ⴰⴷⵖⴰⵔ ⵏ ⵜⵡⵓⵔⵉ',
    en: 'Workplace',
  },
  public_space: {
    ar: 'الشارع والأماكن العامة',
    fr: 'Espace public (rue, transports)',
    zgh: 'ⴰⴱⵔⵉⴷ ⴷ ⵉⴷⵖⴰⵔⵏ ⵉⵎⴰⵜⴰⵢⵏ',
    en: 'Public space (street, transport)',
  },
  cyber: {
    ar: 'الهاتف والإنترنت',
    fr: 'Espace numérique (téléphone, internet)',
    zgh: 'ⵜⵉⵍⵉⴼⵓⵏ ⴷ ⵓⵏⵜⵔⵏⵉⵜ',
    en: 'Digital space (phone, internet)',
  },
  other: {
    ar: 'مكان آخر',
    fr: 'Autre',
    zgh: 'ⴰⴷⵖⴰⵔ ⵢⴰⴹⵏ',
    en: 'Other',
  },
  unknown: {
    ar: 'غير معروف',
    fr: 'Inconnu',
    zgh: 'ⵓⵔ ⵉⵜⵜⵡⴰⵙⵙⵏ',
    en: 'Unknown',
  },
});

/** One HCP context (space) of violence. */
export type ViolenceContext = (typeof violenceContexts.codes)[number];

/** Codes whose Tamazight label is unverified: all but `family` (ⵜⴰⵡⵊⴰ, the common word). */
export const violenceContextsUnverifiedZgh: ReadonlySet<ViolenceContext> = new Set<ViolenceContext>(
  ['conjugal', 'education', 'workplace', 'public_space', 'cyber', 'other', 'unknown'],
);
