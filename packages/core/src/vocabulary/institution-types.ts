import { defineVocabulary } from './define.ts';

/**
 * Kinds of institution a survivor can be referred to. The care cells are those created by
 * Law 103.13 (Art. 10: courts, DGSN, Royal Gendarmerie, health); EMFs and shelters are social
 * welfare institutions under Law 65.15; the economic partners (ANAPEC, OFPPT, business-creation
 * programmes) are those of the Kollona Maak (UNFM) network; plus NGO listening centres, helplines
 * and ministries (e.g. the Ministry of Solidarity's central cell behind Aman Lki).
 */
export const institutionTypes = defineVocabulary('institution_type', {
  prosecution_cell: {
    ar: 'خلية التكفل بالنساء بالنيابة العامة (المحكمة)',
    fr: 'Cellule de prise en charge du parquet (tribunal)',
    zgh: 'ⵍⵅⴰⵍⵉⵢⴰ ⵏ ⵍⵏⵢⴰⴱⴰ ⴳ ⵓⵙⵇⵇⵉⵎ',
    en: 'Prosecution care cell (court)',
  },
  dgsn_cell: {
    ar: 'خلية الأمن الوطني (الشرطة)',
    fr: 'Cellule de la Sûreté nationale (police)',
    zgh: 'ⵍⵅⴰⵍⵉⵢⴰ ⵏ ⵍⴱⵓⵍⵉⵙ',
    en: 'National Security cell (police)',
  },
  gendarmerie_cell: {
    ar: 'خلية الدرك الملكي',
    fr: 'Cellule de la Gendarmerie royale',
    zgh: 'ⵍⵅⴰⵍⵉⵢⴰ ⵏ ⵊⵊⴰⵏⴷⴰⵔⵎ',
    en: 'Royal Gendarmerie cell',
  },
  hospital_unit: {
    ar: 'وحدة التكفل بالمستشفى',
    fr: 'Unité de prise en charge à l’hôpital',
    zgh: 'ⵍⵅⴰⵍⵉⵢⴰ ⴳ ⵓⵙⴳⵏⴼⵓ',
    en: 'Hospital care unit',
  },
  emf_centre: {
    ar: 'فضاء متعدد الوظائف للنساء',
    fr: 'Établissement multifonctionnel pour les femmes (EMF)',
    zgh: 'ⴰⴷⵖⴰⵔ ⵏ ⵜⵎⵖⴰⵔⵉⵏ',
    en: 'Multifunctional centre for women (EMF)',
  },
  shelter: {
    ar: 'مركز الإيواء',
    fr: 'Centre d’hébergement',
    zgh: 'ⴰⴷⵖⴰⵔ ⵏ ⵓⵙⵏⵙ',
    en: 'Shelter',
  },
  ngo_listening_centre: {
    ar: 'مركز الاستماع التابع لجمعية',
    fr: 'Centre d’écoute associatif',
    zgh: 'ⴰⴷⵖⴰⵔ ⵏ ⵓⵙⴼⵍⴷ ⵏ ⵜⵎⵙⵎⵓⵏⵜ',
    en: 'NGO listening centre',
  },
  employment_agency: {
    ar: 'وكالة التشغيل',
    fr: 'Agence de l’emploi (ANAPEC)',
    zgh: 'ⵍⵡⴽⴰⵍⴰ ⵏ ⵜⵡⵓⵔⵉ',
    en: 'Employment agency (ANAPEC)',
  },
  vocational_training: {
    ar: 'التكوين المهني',
    fr: 'Formation professionnelle (OFPPT)',
    zgh: 'ⴰⵍⵎⵎⵓⴷ ⵏ ⵜⵡⵓⵔⵉ',
    en: 'Vocational training (OFPPT)',
  },
  business_creation_programme: {
    ar: 'برنامج دعم إنشاء المقاولات',
    fr: 'Programme d’appui à la création d’entreprise',
    zgh: 'ⴰⵖⴰⵡⴰⵙ ⵏ ⵓⵙⵏⵓⵍⴼⵓ ⵏ ⵜⵙⵏⵓⵔⴰ',
    en: 'Business creation programme',
  },
  helpline: {
    ar: 'خط هاتفي للاستماع والمساعدة',
    fr: 'Ligne d’écoute téléphonique',
    zgh: 'ⵜⵉⵍⵉⴼⵓⵏ ⵏ ⵓⵙⴼⵍⴷ',
    en: 'Helpline',
  },
  ministry: {
    ar: 'وزارة',
    fr: 'Ministère',
    zgh: 'ⵜⴰⵎⴰⵡⴰⵙⵜ',
    en: 'Ministry',
  },
});

/** A kind of institution in the referral network. */
export type InstitutionType = (typeof institutionTypes.codes)[number];

/** Codes whose Tamazight label is unverified: all but `ministry` (ⵜⴰⵎⴰⵡⴰⵙⵜ, the official term). */
export const institutionTypesUnverifiedZgh: ReadonlySet<InstitutionType> = new Set(
  institutionTypes.codes.filter((code) => code !== 'ministry'),
);
