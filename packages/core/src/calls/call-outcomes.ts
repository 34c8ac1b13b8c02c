import { defineVocabulary } from '../vocabulary/define.ts';

/**
 * What came of a contact, as the listener records it when she hangs up: it opened a case, was
 * added to an existing one, or ended with information, a referral, a planned call-back or no
 * action. Counted by the helpline's indicators, so a call that led nowhere is still a row.
 */
export const callOutcomes = defineVocabulary('call_outcome', {
  case_opened: {
    ar: 'فُتح ملف جديد',
    fr: 'Dossier ouvert',
    zgh: 'ⵉⵜⵜⵓⵕⵥⵎ ⵓⵙⴰⴷⵓⵙ',
    en: 'Case opened',
  },
  attached_to_case: {
    ar: 'أُضيف إلى ملف قائم',
    fr: 'Ajouté à un dossier existant',
    zgh: 'ⵉⵜⵜⵓⵔⵏⴰ ⵖⵔ ⵓⵙⴰⴷⵓⵙ ⵉⵍⵍⴰⵏ',
    en: 'Added to an existing case',
  },
  information_given: {
    ar: 'قُدّمت معلومات',
    fr: 'Information donnée',
    zgh: 'ⵜⵜⵓⴼⴽⴰⵏⵜ ⵉⵙⴰⵍⵍⵏ',
    en: 'Information given',
  },
  referred: {
    ar: 'وُجّهت إلى مؤسسة',
    fr: 'Orientée vers une institution',
    zgh: 'ⵜⵜⵓⵡⴰⵙⵉⵍ ⵖⵔ ⵢⴰⵜ ⵍⵎⵓⵙⴰⵙⴰ',
    en: 'Referred to an institution',
  },
  callback_planned: {
    ar: 'معاودة الاتصال مبرمجة',
    fr: 'Rappel prévu',
    zgh: 'ⴰⵙⵉⵡⵍ ⵢⴰⴹⵏ ⵉⵜⵜⵓⵙⵡⵓⴷⵓ',
    en: 'Call-back planned',
  },
  no_action: {
    ar: 'بدون إجراء',
    fr: 'Sans suite',
    zgh: 'ⴱⵍⴰ ⵜⵉⴳⴰⵡⵜ',
    en: 'No action',
  },
});

/** What came of a contact. */
export type CallOutcome = (typeof callOutcomes.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const callOutcomesUnverifiedZgh: ReadonlySet<CallOutcome> = new Set(callOutcomes.codes);
