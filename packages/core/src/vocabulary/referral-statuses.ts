import { defineVocabulary } from './define.ts';

/**
 * Lifecycle of a referral from one institution to another (the Law 103.13 orientation and
 * accompaniment missions, and the territorial protocol between care cells and partners). `revoked`
 * is used when the survivor withdraws her consent to share (Law 09-08).
 */
export const referralStatuses = defineVocabulary('referral_status', {
  draft: {
    ar: 'مسودة (لم ترسل بعد)',
    fr: 'Brouillon',
    zgh: 'ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⵡⴰⵣⵏ',
    en: 'Draft',
  },
  sent: {
    ar: 'أرسلت',
    fr: 'Envoyée',
    zgh: 'ⵉⵜⵜⵡⴰⵣⵏ',
    en: 'Sent',
  },
  acknowledged: {
    ar: 'تم التوصل بها',
    fr: 'Reçue',
    zgh: 'ⵉⵍⴽⵎ',
    en: 'Acknowledged',
  },
  accepted: {
    ar: 'مقبولة',
    fr: 'Acceptée',
    zgh: 'ⵉⵜⵜⵡⴰⵇⴱⵍ',
    en: 'Accepted',
  },
  declined: {
    ar: 'مرفوضة',
    fr: 'Refusée',
    zgh: 'ⵓⵔ ⵉⵜⵜⵡⴰⵇⴱⵍ',
    en: 'Declined',
  },
  in_progress: {
    ar: 'قيد التنفيذ',
    fr: 'En cours',
    zgh: 'ⴳ ⵜⵡⵓⵔⵉ',
    en: 'In progress',
  },
  completed: {
    ar: 'منجزة',
    fr: 'Terminée',
    zgh: 'ⵉⴽⵎⵍ',
    en: 'Completed',
  },
  revoked: {
    ar: 'ملغاة (سحب الموافقة)',
    fr: 'Révoquée (consentement retiré)',
    zgh: 'ⵉⵜⵜⵡⴰⴽⴽⵙ',
    en: 'Revoked (consent withdrawn)',
  },
});

/** Where a referral is in its lifecycle. */
export type ReferralStatus = (typeof referralStatuses.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const referralStatusesUnverifiedZgh: ReadonlySet<ReferralStatus> = new Set(
  referralStatuses.codes,
);
