import { defineVocabulary } from '../vocabulary/define.ts';

/** Who is writing: the woman herself, someone close to her, or a witness. */
export const reporterChoices = defineVocabulary('reporter_choice', {
  self: { ar: 'أنا', fr: 'Moi-même', zgh: 'ⵏⴽⴽ', en: 'Me' },
  relative: {
    ar: 'قريبة أو قريب لها',
    fr: 'Un proche de la victime',
    zgh: 'ⵢⴰⵏ ⵙⴳ ⵜⵡⵊⴰ ⵏⵏⵙ',
    en: 'Someone close to her',
  },
  witness: { ar: 'شاهد', fr: 'Un témoin', zgh: 'ⴰⵏⴰⴳⵯ', en: 'A witness' },
});
export type ReporterChoice = (typeof reporterChoices.codes)[number];

/** "Are you safe right now?" — `no` with a red flag makes the report an emergency. */
export const safeNowChoices = defineVocabulary('safe_now_choice', {
  yes: { ar: 'نعم، أنا في أمان', fr: 'Oui, je suis en sécurité', zgh: 'ⵢⴰⵀ', en: 'Yes, I am safe' },
  no: { ar: 'لا، لست في أمان', fr: 'Non, je ne suis pas en sécurité', zgh: 'ⵓⵀⵓ', en: 'No' },
  unsure: { ar: 'لا أعرف', fr: 'Je ne sais pas', zgh: 'ⵓⵔ ⵙⵙⵉⵏⵖ', en: 'I am not sure' },
});
export type SafeNowChoice = (typeof safeNowChoices.codes)[number];

/** When a listener may call back without putting her at risk. */
export const callWindows = defineVocabulary('call_window', {
  morning: { ar: 'في الصباح', fr: 'Le matin', zgh: 'ⵜⵉⴼⴰⵡⵜ', en: 'In the morning' },
  afternoon: { ar: 'بعد الظهر', fr: 'L’après-midi', zgh: 'ⵜⴰⴷⴳⴳⵯⴰⵜ', en: 'In the afternoon' },
  evening: { ar: 'في المساء', fr: 'Le soir', zgh: 'ⵜⴰⴷⴳⴳⵯⴰⵜ ⵜⴰⵎⵥⵍⴰⵢⵜ', en: 'In the evening' },
  any_time: { ar: 'في أي وقت', fr: 'À tout moment', zgh: 'ⴽⵓ ⴰⴽⵓⴷ', en: 'Any time' },
});
export type CallWindow = (typeof callWindows.codes)[number];

/** How she may be contacted; `none` means "do not contact me" (she follows up in the app). */
export const contactMethods = defineVocabulary('contact_method', {
  call: { ar: 'اتصلوا بي', fr: 'Appelez-moi', zgh: 'ⵖⵔ ⵢⵉ', en: 'Call me' },
  sms: {
    ar: 'أرسلوا لي رسالة قصيرة',
    fr: 'Envoyez-moi un SMS',
    zgh: 'ⴰⵣⵏ ⵢⵉ ⵜⵓⵣⵉⵏⵜ',
    en: 'Send me a text message',
  },
  none: {
    ar: 'لا تتصلوا بي',
    fr: 'Ne me contactez pas',
    zgh: 'ⵓⵔ ⵉⵢⵉ ⵜⵖⵔⴰⵎ',
    en: 'Do not contact me',
  },
});
export type ContactMethod = (typeof contactMethods.codes)[number];

/** All Tamazight labels here are unverified renderings. */
export const reporterChoicesUnverifiedZgh: ReadonlySet<ReporterChoice> = new Set(
  reporterChoices.codes,
);
export const safeNowChoicesUnverifiedZgh: ReadonlySet<SafeNowChoice> = new Set(
  safeNowChoices.codes,
);
export const callWindowsUnverifiedZgh: ReadonlySet<CallWindow> = new Set(callWindows.codes);
export const contactMethodsUnverifiedZgh: ReadonlySet<ContactMethod> = new Set(
  contactMethods.codes,
);
