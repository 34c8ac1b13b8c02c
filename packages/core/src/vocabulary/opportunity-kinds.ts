import { defineVocabulary } from './define.ts';

/**
 * Kinds of economic opportunity offered to survivors: Kollona Maak's second purpose (guidance on
 * jobs, training, business creation and income-generating projects) with partners such as ANAPEC,
 * OFPPT and INDH-type programmes, plus microcredit and grants.
 */
export const opportunityKinds = defineVocabulary('opportunity_kind', {
  job_offer: {
    ar: 'عرض عمل',
    fr: 'Offre d’emploi',
    zgh: 'ⵜⴰⵡⵓⵔⵉ',
    en: 'Job offer',
  },
  training: {
    ar: 'تكوين',
    fr: 'Formation',
    zgh: 'ⴰⵍⵎⵎⵓⴷ',
    en: 'Training',
  },
  vocational_training: {
    ar: 'تكوين مهني',
    fr: 'Formation professionnelle',
    zgh: 'ⴰⵍⵎⵎⵓⴷ ⵏ ⵜⵡⵓⵔⵉ',
    en: 'Vocational training',
  },
  business_creation: {
    ar: 'إنشاء مقاولة',
    fr: 'Création d’entreprise',
    zgh: 'ⴰⵙⵏⵓⵍⴼⵓ ⵏ ⵜⵙⵏⵓⵔⴰ',
    en: 'Starting a business',
  },
  income_generating_project: {
    ar: 'مشروع مدر للدخل',
    fr: 'Activité génératrice de revenus',
    zgh: 'ⴰⵙⵏⴼⴰⵔ ⵉⵜⵜⴰⵡⵉⵏ ⵉⴷⵔⵉⵎⵏ',
    en: 'Income-generating project',
  },
  microcredit_grant: {
    ar: 'قرض صغير أو منحة',
    fr: 'Microcrédit ou subvention',
    zgh: 'ⴰⵔⴹⴰⵍ ⴰⵎⵥⵥⵢⴰⵏ ⵏⵖ ⵜⴰⵡⵉⵙⵉ ⵏ ⵉⴷⵔⵉⵎⵏ',
    en: 'Microcredit or grant',
  },
});

/** A kind of economic opportunity. */
export type OpportunityKind = (typeof opportunityKinds.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const opportunityKindsUnverifiedZgh: ReadonlySet<OpportunityKind> = new Set(
  opportunityKinds.codes,
);
