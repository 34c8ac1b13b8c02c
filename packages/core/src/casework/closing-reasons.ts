import { defineVocabulary } from '../vocabulary/define.ts';

/**
 * Why a case was closed. Codes, never free text: the reason is stored on the case and written in
 * the audit trail, where nothing personal may go, and it feeds the observatory's statistics
 * (how many cases end referred, resolved, unreachable…).
 */
export const closingReasons = defineVocabulary('closing_reason', {
  resolved: {
    ar: 'تمت الاستجابة لحاجياتها',
    fr: 'Besoins satisfaits',
    zgh: 'ⵜⵜⵓⵙⵎⴷⵏⵜ ⵜⵉⵅⵚⵚⴰⵢⵉⵏ ⵏⵏⵙ',
    en: 'Her needs were met',
  },
  referred_onward: {
    ar: 'أحيلت على مؤسسة تتكفل بها',
    fr: 'Orientée vers une institution qui la prend en charge',
    zgh: 'ⵜⵜⵓⵙⵎⵓⴷⴷⵓ ⵖⵔ ⵢⴰⵜ ⵍⵎⵓⵙⴰⵙⴰ',
    en: 'Referred to an institution that takes over',
  },
  survivor_request: {
    ar: 'بطلب منها',
    fr: 'À sa demande',
    zgh: 'ⵙ ⵓⵙⵓⵜⵔ ⵏⵏⵙ',
    en: 'At her request',
  },
  unreachable: {
    ar: 'تعذر التواصل معها بعد عدة محاولات',
    fr: 'Injoignable après plusieurs tentatives',
    zgh: 'ⵓⵔ ⵜⵜⵢⴰⴼ ⴷⴼⴼⵉⵔ ⵏ ⵎⵏⵏⴰⵡ ⵜⵔⵎⵉⵜⵉⵏ',
    en: 'Unreachable after several attempts',
  },
  duplicate: {
    ar: 'ملف مكرر',
    fr: 'Doublon d’un autre dossier',
    zgh: 'ⴰⵎⵓⵢⵢⵓ ⵉⵜⵜⵓⵙⵏⵖⵍⵏ',
    en: 'Duplicate of another case',
  },
  out_of_scope: {
    ar: 'خارج مجال تدخل المنصة',
    fr: 'Hors du champ de la plateforme',
    zgh: 'ⴱⵕⵕⴰ ⵏ ⵓⴳⵔⴰⵡ ⵏ ⵜⵖⴰⵔⴰⵙⵜ',
    en: 'Outside the platform’s remit',
  },
});

/** Why a case was closed, as stored in `cases.closed_reason`. */
export type ClosingReason = (typeof closingReasons.codes)[number];

/** Every Tamazight label here is the team's best rendering, not checked by a native speaker. */
export const closingReasonsUnverifiedZgh: ReadonlySet<ClosingReason> = new Set(
  closingReasons.codes,
);

/**
 * Why a closed case is opened again. Codes for the same reason as closing: they go in the audit
 * trail. A reopening is rare and worth counting (a closed file that comes back is a signal).
 */
export const reopeningReasons = defineVocabulary('reopening_reason', {
  new_contact: {
    ar: 'تواصلت معنا من جديد',
    fr: 'Elle a repris contact',
    zgh: 'ⵜⵓⵖⵓⵍ ⵖⵔ ⵏⵖ',
    en: 'She got in touch again',
  },
  new_incident: {
    ar: 'عنف جديد',
    fr: 'Nouvel incident de violence',
    zgh: 'ⵍⵄⵏⴼ ⴰⵎⴰⵢⵏⵓ',
    en: 'A new incident of violence',
  },
  closed_in_error: {
    ar: 'أغلق الملف خطأ',
    fr: 'Clôturé par erreur',
    zgh: 'ⵉⵜⵜⵓⵔⴳⵍ ⵙ ⵜⵣⴳⵍⵜ',
    en: 'Closed by mistake',
  },
  institution_request: {
    ar: 'بطلب من مؤسسة شريكة',
    fr: 'À la demande d’une institution partenaire',
    zgh: 'ⵙ ⵓⵙⵓⵜⵔ ⵏ ⵢⴰⵜ ⵍⵎⵓⵙⴰⵙⴰ',
    en: 'At a partner institution’s request',
  },
});

/** Why a closed case was reopened. */
export type ReopeningReason = (typeof reopeningReasons.codes)[number];

export const reopeningReasonsUnverifiedZgh: ReadonlySet<ReopeningReason> = new Set(
  reopeningReasons.codes,
);
