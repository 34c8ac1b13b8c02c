import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/**
 * Referrals (issue #6): a competent body's requests, the women it registers itself to refer
 * them to other institutions.
 */
export interface ReferralRequestsMessages {
  // A competent body's requests
  readonly reqTitle: string;
  readonly reqNew: string;
  readonly reqNewTitle: string;
  readonly reqIntro: string;
  readonly reqFirstName: string;
  readonly reqPhone: string;
  readonly reqSummary: string;
  readonly reqSummaryHint: string;
  readonly reqConsentLegend: string;
  readonly reqConsentHint: string;
  readonly reqCareConsent: string;
  readonly reqCareConsentNeeded: string;
  readonly reqSubmit: string;
  readonly reqTooLong: string;
  readonly reqCreated: (reference: string) => string;
  readonly reqEmpty: string;
  readonly reqCount: (count: number) => string;
  readonly reqColRegistered: string;
  readonly reqBack: string;
  readonly reqCaseTitle: (reference: string) => string;
  readonly reqNotFound: string;
  readonly reqOpen: string;
}

export const referralRequestsMessages: Readonly<Record<Locale, ReferralRequestsMessages>> = {
  ar: {
    reqTitle: 'الطلبات',
    reqNew: 'طلب جديد',
    reqNewTitle: 'تسجيل امرأة تتكفلون بها',
    reqIntro:
      'تسجلها مؤسستكم وتطلب من سند خدمات لدى مؤسسات أخرى (إيواء، استماع، مرافقة، دعم اقتصادي…). ثم تختارون المؤسسات.',
    reqFirstName: 'اسمها الشخصي (اختياري)',
    reqPhone: 'رقم هاتفها (اختياري)',
    reqSummary: 'ملخص (اختياري)',
    reqSummaryHint: 'فقط ما تحتاجه المؤسسات لخدمتها.',
    reqConsentLegend: 'موافقتها',
    reqConsentHint: 'تُطلب موافقتها على مشاركة معطياتها مع كل مؤسسة عند إحالتها إليها.',
    reqCareConsent: 'توافق على أن تُساعَد وتُوجَّه عبر سند',
    reqCareConsentNeeded: 'لا يُسجَّل الطلب دون موافقتها على المساعدة عبر سند.',
    reqSubmit: 'التسجيل واختيار المؤسسات',
    reqTooLong: 'النص طويل جدًا.',
    reqCreated: (reference) => `سُجّل الطلب ${reference}. اختاروا المؤسسات أسفله.`,
    reqEmpty: 'لا يوجد أي طلب بعد.',
    reqCount: (count) =>
      counted('ar', count, {
        zero: 'لا يوجد أي طلب',
        one: 'طلب واحد',
        two: 'طلبان',
        few: '# طلبات',
        many: '# طلبًا',
        other: '# طلب',
      }),
    reqColRegistered: 'تاريخ التسجيل',
    reqBack: 'العودة إلى الطلبات',
    reqCaseTitle: (reference) => `الطلب ${reference}`,
    reqNotFound: 'لم يُعثر على هذا الطلب ضمن طلبات مؤسستكم.',
    reqOpen: 'فتح الطلب',
  },
  fr: {
    reqTitle: 'Demandes',
    reqNew: 'Nouvelle demande',
    reqNewTitle: 'Enregistrer une femme que vous accompagnez',
    reqIntro:
      'Votre institution l’enregistre et demande à Sanad des services ailleurs (hébergement, écoute, accompagnement, soutien économique…). Vous choisissez ensuite les institutions.',
    reqFirstName: 'Son prénom (facultatif)',
    reqPhone: 'Son numéro de téléphone (facultatif)',
    reqSummary: 'Résumé (facultatif)',
    reqSummaryHint: 'Seulement ce dont les institutions ont besoin pour la servir.',
    reqConsentLegend: 'Son consentement',
    reqConsentHint:
      'Son consentement au partage avec chaque institution est demandé au moment de l’orienter.',
    reqCareConsent: 'Elle accepte d’être aidée et orientée par Sanad',
    reqCareConsentNeeded: 'Sans son accord pour être aidée par Sanad, rien n’est enregistré.',
    reqSubmit: 'Enregistrer et choisir les institutions',
    reqTooLong: 'Texte trop long.',
    reqCreated: (reference) =>
      `Demande ${reference} enregistrée. Choisissez les institutions ci-dessous.`,
    reqEmpty: 'Aucune demande pour l’instant.',
    reqCount: (count) => counted('fr', count, { one: '# demande', other: '# demandes' }),
    reqColRegistered: 'Enregistrée le',
    reqBack: 'Retour aux demandes',
    reqCaseTitle: (reference) => `Demande ${reference}`,
    reqNotFound: 'Cette demande ne figure pas parmi celles de votre institution.',
    reqOpen: 'Ouvrir la demande',
  },
  zgh: {
    reqTitle: 'ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
    reqNew: 'ⵜⵓⵜⵔⴰ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    reqNewTitle: 'ⵙⵊⵊⵍ ⵜⴰⵎⵖⴰⵔⵜ ⵜⵟⵟⴰⴼⵎ',
    reqIntro:
      'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ ⴰⴷ ⵜⵜ ⵜⵙⵊⵊⵍ ⵜⵜⵜⵔ ⵙⴳ ⵙⴰⵏⴰⴷ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴳ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⵢⴰⴹⵏⵉⵏ (ⴰⵙⵏⵙ, ⴰⵙⴼⵍⴷ, ⴰⴷⴷⵓ ⴷ ⵜⵎⵖⴰⵔⵜ, ⵜⴰⵡⵉⵙⵉ ⴳ ⵜⵡⵓⵔⵉ…). ⴷⴼⴼⵉⵔ ⴰⴷ ⵜⵙⵜⴰⵢⵎ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ.',
    reqFirstName: 'ⵉⵙⵎ ⵏⵏⵙ (ⵎⴰ ⵜⵔⵉⴷ)',
    reqPhone: 'ⵓⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⵙ (ⵎⴰ ⵜⵔⵉⴷ)',
    reqSummary: 'ⴰⴳⵣⵣⵓⵍ (ⵎⴰ ⵜⵔⵉⴷ)',
    reqSummaryHint: 'ⵖⴰⵙ ⵎⴰⵢⴷ ⵃⵜⴰⵊⵏⵜ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⴰⴷ ⵜⵜ ⵙⵙⵓⴷⵓⵙⵏⵜ.',
    reqConsentLegend: 'ⴰⵇⴱⴰⵍ ⵏⵏⵙ',
    reqConsentHint: 'ⴰⵇⴱⴰⵍ ⵏⵏⵙ ⵏ ⵓⴱⴹⵓ ⴷ ⴽⵓ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⴷ ⵉⵜⵜⵓⵙⵇⵙⴰ ⵎⴽ ⵔⴰⴷ ⵜⵜ ⵏⵙⵉⴼⴹ ⵖⵔⵙ.',
    reqCareConsent: 'ⵜⵇⴱⵍ ⴰⴷ ⵜⵜ ⵉⵄⴰⵡⵏ ⵙⴰⵏⴰⴷ ⵉⵙⵎⵍ ⴰⵙ ⴰⴱⵔⵉⴷ',
    reqCareConsentNeeded: 'ⴱⵍⴰ ⴰⵇⴱⴰⵍ ⵏⵏⵙ ⵏ ⵜⵡⵉⵙⵉ ⵙ ⵙⴰⵏⴰⴷ, ⵓⵔ ⵉⵜⵜⵓⵙⵊⴰⵍ ⵡⴰⵍⵓ.',
    reqSubmit: 'ⵙⵊⵊⵍ ⵜⵙⵜⴰⵢⴷ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    reqTooLong: 'ⴰⴹⵕⵉⵙ ⵉⵖⵣⵣⵉⴼ ⴱⵣⵣⴰⴼ.',
    reqCreated: (reference) => `ⵜⵜⵓⵙⵊⵍ ⵜⵓⵜⵔⴰ ${reference}. ⵙⵜⴰⵢⵎ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⴷⴷⴰⵡ.`,
    reqEmpty: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵓⵜⵔⴰ ⴰⵔ ⴷⵖⵉ.',
    reqCount: (count) => counted('zgh', count, { one: '# ⵜⵓⵜⵔⴰ', other: '# ⵏ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ' }),
    reqColRegistered: 'ⵜⵜⵓⵙⵊⵍ',
    reqBack: 'ⴰⵖⵓⵍ ⵖⵔ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
    reqCaseTitle: (reference) => `ⵜⵓⵜⵔⴰ ${reference}`,
    reqNotFound: 'ⵓⵔ ⵏⵓⴼⵉ ⵜⵓⵜⵔⴰ ⴰ ⴳ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ.',
    reqOpen: 'ⵕⵥⵎ ⵜⵓⵜⵔⴰ',
  },
  en: {
    reqTitle: 'Requests',
    reqNew: 'New request',
    reqNewTitle: 'Register a woman you are seeing',
    reqIntro:
      'Your institution registers her and asks Sanad for services elsewhere (shelter, listening, accompaniment, economic support…). You then choose the institutions.',
    reqFirstName: 'Her first name (optional)',
    reqPhone: 'Her phone number (optional)',
    reqSummary: 'Summary (optional)',
    reqSummaryHint: 'Only what the institutions need to serve her.',
    reqConsentLegend: 'Her consent',
    reqConsentHint:
      'Her consent to share with each institution is asked when she is referred to it.',
    reqCareConsent: 'She agrees to be helped and guided through Sanad',
    reqCareConsentNeeded:
      'Without her agreement to be helped through Sanad, nothing is registered.',
    reqSubmit: 'Register and choose the institutions',
    reqTooLong: 'Too long.',
    reqCreated: (reference) => `Request ${reference} registered. Choose the institutions below.`,
    reqEmpty: 'No request yet.',
    reqCount: (count) => counted('en', count, { one: '# request', other: '# requests' }),
    reqColRegistered: 'Registered',
    reqBack: 'Back to the requests',
    reqCaseTitle: (reference) => `Request ${reference}`,
    reqNotFound: 'This request is not among your institution’s requests.',
    reqOpen: 'Open the request',
  },
};
