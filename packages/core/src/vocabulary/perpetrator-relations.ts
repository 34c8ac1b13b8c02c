import { defineVocabulary } from './define.ts';

/**
 * The perpetrator's relationship to the survivor. Based on the GBVIMS/Primero relationship list,
 * with the partner entries split the way Law 103.13 (aggravating circumstances: spouse, ex-spouse,
 * fiancé) and the Public Prosecution's annual reports count them (spouse and ex-spouse apart). The
 * GBVIMS "other refugee / IDP / returnee" entry is dropped for Morocco.
 */
export const perpetratorRelations = defineVocabulary('perpetrator_relation', {
  spouse: {
    ar: 'الزوج',
    fr: 'Mari (conjoint)',
    zgh: 'ⴰⵔⴳⴰⵣ',
    en: 'Husband (spouse)',
  },
  former_spouse: {
    ar: 'الزوج السابق (الطليق)',
    fr: 'Ex-mari',
    zgh: 'ⴰⵔⴳⴰⵣ ⴰⵇⴷⵉⵎ',
    en: 'Former husband',
  },
  fiance: {
    ar: 'الخطيب',
    fr: 'Fiancé',
    zgh: 'ⴰⵙⵍⵉ',
    en: 'Fiancé',
  },
  intimate_partner: {
    ar: 'شريك في علاقة عاطفية بدون زواج',
    fr: 'Partenaire intime (hors mariage)',
    zgh: 'ⴰⵎⴷⴷⴰⴽⴽⵯⵍ ⵏ ⵓⵍ',
    en: 'Intimate partner (not married)',
  },
  former_partner: {
    ar: 'شريك عاطفي سابق',
    fr: 'Ancien partenaire intime',
    zgh: 'ⴰⵎⴷⴷⴰⴽⴽⵯⵍ ⵏ ⵓⵍ ⴰⵇⴷⵉⵎ',
    en: 'Former intimate partner',
  },
  primary_caregiver: {
    ar: 'الشخص المسؤول عن رعايتها (ولي أو كافل)',
    fr: 'Personne qui a la charge de la victime (tuteur)',
    zgh: 'ⵡⴰⵍⵍⵉ ⵜⵜ ⵉⵜⵜⵔⴰⴱⴱⴰⵏ',
    en: 'Primary caregiver (guardian)',
  },
  family_other: {
    ar: 'فرد آخر من العائلة',
    fr: 'Autre membre de la famille',
    zgh: 'ⵢⴰⵏ ⵙⴳ ⵜⵡⵊⴰ',
    en: 'Other family member',
  },
  employer_supervisor: {
    ar: 'المشغل أو المسؤول في العمل',
    fr: 'Employeur ou supérieur',
    zgh: 'ⴰⵏⵎⵀⴰⵍ ⵏ ⵜⵡⵓⵔⵉ',
    en: 'Employer or supervisor',
  },
  schoolmate: {
    ar: 'زميل في الدراسة',
    fr: 'Camarade d’école ou d’études',
    zgh: 'ⴰⵏⵍⵎⴰⴷ ⴳ ⵜⵉⵏⵎⵍ',
    en: 'Schoolmate',
  },
  teacher_school_official: {
    ar: 'أستاذ أو مسؤول في المدرسة',
    fr: 'Enseignant ou responsable scolaire',
    zgh: 'ⴰⵙⵍⵎⴰⴷ ⵏⵖ ⴰⵏⵎⵀⴰⵍ ⵏ ⵜⵉⵏⵎⵍ',
    en: 'Teacher or school official',
  },
  service_provider: {
    ar: 'شخص يقدم خدمة (موظف أو طبيب أو سائق…)',
    fr: 'Prestataire de services',
    zgh: 'ⵡⴰⵍⵍⵉ ⵉⵜⵜⴰⴽⴽⴰⵏ ⵢⴰⵜ ⵜⵏⴰⴼⵓⵜ',
    en: 'Service provider',
  },
  cotenant_housemate: {
    ar: 'شخص يسكن معها في نفس البيت',
    fr: 'Colocataire ou personne vivant sous le même toit',
    zgh: 'ⵡⴰⵍⵍⵉ ⵉⵣⴷⵖⵏ ⴳ ⵢⴰⵜ ⵜⴷⴷⴰⵔⵜ',
    en: 'Co-tenant or housemate',
  },
  family_friend_neighbour: {
    ar: 'صديق العائلة أو جار',
    fr: 'Ami de la famille ou voisin',
    zgh: 'ⴰⵎⴷⴷⴰⴽⴽⵯⵍ ⵏ ⵜⵡⵊⴰ ⵏⵖ ⴰⵊⴰⵔ',
    en: 'Family friend or neighbour',
  },
  community_member: {
    ar: 'شخص من الحي أو الدوار',
    fr: 'Membre de la communauté (quartier, douar)',
    zgh: 'ⵢⴰⵏ ⵙⴳ ⵓⴷⵡⴰⵔ',
    en: 'Community member (neighbourhood, village)',
  },
  other: {
    ar: 'شخص آخر',
    fr: 'Autre',
    zgh: 'ⵢⴰⵏ ⵡⴰⵢⵢⴰⴹ',
    en: 'Other',
  },
  no_relation: {
    ar: 'شخص غريب لا تعرفه',
    fr: 'Aucun lien (personne étrangère)',
    zgh: 'ⴰⴱⵕⵕⴰⵏⵉ',
    en: 'No relation (a stranger)',
  },
  unknown: {
    ar: 'غير معروف',
    fr: 'Lien inconnu',
    zgh: 'ⵓⵔ ⵉⵜⵜⵡⴰⵙⵙⵏ',
    en: 'Unknown',
  },
});

/** The perpetrator's relationship to the survivor. */
export type PerpetratorRelation = (typeof perpetratorRelations.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const perpetratorRelationsUnverifiedZgh: ReadonlySet<PerpetratorRelation> = new Set(
  perpetratorRelations.codes,
);
