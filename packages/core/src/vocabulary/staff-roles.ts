import { defineVocabulary } from './define.ts';

/**
 * Roles of Sanad staff accounts, for role-based access with need-to-know case sharing (Law 09-08):
 * helpline listeners (social assistants, psychology/sociology specialists, as at Kollona Maak),
 * their supervisors, agents and managers of partner institutions, statistics analysts (the
 * statistics specialists of the Decree 2.18.856 cells) and administrators.
 */
export const staffRoles = defineVocabulary('staff_role', {
  listener: {
    ar: 'مستمعة (مساعدة اجتماعية)',
    fr: 'Écoutante',
    zgh: 'ⴰⵎⵙⴼⵍⴷ',
    en: 'Listener',
  },
  supervisor: {
    ar: 'مشرفة',
    fr: 'Superviseur',
    zgh: 'ⴰⵏⵎⵀⴰⵍ ⵏ ⵜⵔⴰⴱⴱⵓⵜ',
    en: 'Supervisor',
  },
  institution_agent: {
    ar: 'موظف بمؤسسة شريكة',
    fr: 'Agent d’une institution',
    zgh: 'ⴰⵎⵙⵡⵓⵔⵉ ⵏ ⵍⵎⵓⵙⴰⵙⴰ',
    en: 'Institution agent',
  },
  institution_manager: {
    ar: 'مسؤول مؤسسة شريكة',
    fr: 'Responsable d’une institution',
    zgh: 'ⴰⵏⵎⵀⴰⵍ ⵏ ⵍⵎⵓⵙⴰⵙⴰ',
    en: 'Institution manager',
  },
  analyst: {
    ar: 'محلل الإحصاءات',
    fr: 'Analyste statistique',
    zgh: 'ⴰⵎⵙⵙⵍⴹ',
    en: 'Statistics analyst',
  },
  admin: {
    ar: 'مسؤول المنصة',
    fr: 'Administrateur',
    zgh: 'ⴰⵏⵎⵀⴰⵍ ⵏ ⵓⵏⴳⵔⴰⵡ',
    en: 'Administrator',
  },
});

/** A staff account's role. */
export type StaffRole = (typeof staffRoles.codes)[number];

/** Codes whose Tamazight label is unverified (best Tifinagh rendering): all of them. */
export const staffRolesUnverifiedZgh: ReadonlySet<StaffRole> = new Set(staffRoles.codes);
