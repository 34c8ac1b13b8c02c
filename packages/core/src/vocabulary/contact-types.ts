import { defineVocabulary } from './define.ts';

/**
 * What a contact turned out to be, set by the listener: a report of violence, a request for
 * support (including the jobs-and-training stream of Kollona Maak), a request for information, or
 * helpline noise that must still be counted (silent, wrong-number and abusive calls). Silent
 * calls are kept apart: a woman may be unable to speak.
 */
export const contactTypes = defineVocabulary('contact_type', {
  violence_report: {
    ar: 'التبليغ عن عنف',
    fr: 'Signalement de violence',
    zgh: 'ⴰⵙⵎⵍ ⵅⴼ ⵍⵄⵏⴼ',
    en: 'Violence report',
  },
  support_request: {
    ar: 'طلب مساعدة',
    fr: 'Demande de soutien',
    zgh: 'ⴰⵙⵓⵜⵔ ⵏ ⵜⵡⵉⵙⵉ',
    en: 'Support request',
  },
  information: {
    ar: 'طلب معلومات',
    fr: 'Demande d’information',
    zgh: 'ⴰⵙⵓⵜⵔ ⵏ ⵉⵙⴰⵍⵍⵏ',
    en: 'Information request',
  },
  silent: {
    ar: 'مكالمة صامتة',
    fr: 'Appel silencieux',
    zgh: 'ⵜⵉⵖⵔⵉ ⴱⵍⴰ ⴰⵡⴰⵍ',
    en: 'Silent call',
  },
  wrong_number: {
    ar: 'رقم خاطئ',
    fr: 'Erreur de numéro',
    zgh: 'ⵓⵟⵟⵓⵏ ⵉⵣⴳⵍⵏ',
    en: 'Wrong number',
  },
  abusive: {
    ar: 'مكالمة مسيئة',
    fr: 'Appel abusif',
    zgh: 'ⵜⵉⵖⵔⵉ ⵙ ⵡⴰⵡⴰⵍ ⵉⵅⵙⵔⵏ',
    en: 'Abusive call',
  },
  other: {
    ar: 'أخرى',
    fr: 'Autre',
    zgh: 'ⵡⴰⵢⵢⴰⴹ',
    en: 'Other',
  },
});

/** What kind of contact it was. */
export type ContactType = (typeof contactTypes.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const contactTypesUnverifiedZgh: ReadonlySet<ContactType> = new Set(contactTypes.codes);
