import { defineVocabulary } from './define.ts';

/**
 * The separate consents Sanad asks for under Law 09-08 on personal data protection (consent as
 * the default legal basis, purpose limitation; see DOMAIN.md §8): care and referral, sharing with
 * a given institution, geolocation, and statistical re-use (pseudonymised). Survivor-facing
 * wording: speaks to her directly.
 */
export const consentPurposes = defineVocabulary('consent_purpose', {
  care: {
    ar: 'مساعدتك وتوجيهك',
    fr: 'Vous aider et vous orienter',
    zgh: 'ⵜⴰⵡⵉⵙⵉ ⴷ ⵓⵙⵎⵍ ⵏ ⵓⴱⵔⵉⴷ',
    en: 'Helping and guiding you',
  },
  sharing_with_institution: {
    ar: 'مشاركة معلوماتك مع مؤسسة',
    fr: 'Partager vos informations avec une institution',
    zgh: 'ⴰⴱⴹⵓ ⵏ ⵉⵙⴰⵍⵍⵏ ⴷ ⵢⴰⵜ ⵍⵎⵓⵙⴰⵙⴰ',
    en: 'Sharing your information with an institution',
  },
  opportunity_referral: {
    ar: 'تمرير طلبك إلى الجهة التي تقدم فرصة عمل أو تكوين',
    fr: 'Transmettre votre demande à l’organisme qui propose une offre',
    zgh: 'ⴰⵣⵏ ⵏ ⵓⵙⵓⵜⵔ ⵏⵏⵎ ⵖⵔ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵏ ⵜⴰⵍⵍⵉⵖⵜ',
    en: 'Passing your request to the organisation offering an opportunity',
  },
  location: {
    ar: 'معرفة مكانك',
    fr: 'Connaître l’endroit où vous êtes',
    zgh: 'ⴰⴷⵖⴰⵔ ⵍⵍⵉ ⴳ ⵜⵍⵍⵉⴷ',
    en: 'Knowing where you are',
  },
  statistics: {
    ar: 'الإحصاء بدون ذكر اسمك',
    fr: 'Statistiques, sans votre nom',
    zgh: 'ⴰⵙⵎⵉⴹⵏ ⴱⵍⴰ ⵉⵙⵎ ⵏⵏⵎ',
    en: 'Statistics, without your name',
  },
});

/** A purpose the survivor consents to, one consent record each. */
export type ConsentPurpose = (typeof consentPurposes.codes)[number];

/** Purposes she consents to institution by institution (Law 09-08): each record names one. */
export const PER_INSTITUTION_PURPOSES: readonly ConsentPurpose[] = [
  'sharing_with_institution',
  'opportunity_referral',
];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const consentPurposesUnverifiedZgh: ReadonlySet<ConsentPurpose> = new Set(
  consentPurposes.codes,
);
