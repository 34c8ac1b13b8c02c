import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** Administration of staff accounts. */
export interface UsersMessages {
  readonly usersTitle: string;
  readonly usersCount: (count: number) => string;
  readonly newUser: string;
  readonly noUsers: string;
  readonly colName: string;
  readonly colRole: string;
  readonly colScope: string;
  readonly colInstitution: string;
  readonly colStatus: string;
  readonly colSecondFactor: string;
  readonly colActions: string;
  readonly statusActive: string;
  readonly statusDisabled: string;
  readonly factorEnrolled: string;
  readonly factorMissing: string;
  readonly edit: string;
  readonly disable: string;
  readonly enable: string;
  readonly resetAccess: string;
  readonly actionsFor: (name: string) => string;
  readonly createUserTitle: string;
  readonly editUserTitle: (name: string) => string;
  readonly scopeLevel: string;
  readonly region: string;
  readonly province: string;
  readonly institutionHint: string;
  readonly userLocale: string;
  readonly createUserSubmit: string;
  readonly userCreatedTitle: string;
  readonly temporaryPasswordIntro: (name: string) => string;
  readonly temporaryPasswordNext: string;
  readonly temporaryPassword: string;
  readonly resetTitle: (name: string) => string;
  readonly resetBody: string;
  readonly resetDoneTitle: string;
  readonly userUpdated: (name: string) => string;
}

export const usersMessages: Readonly<Record<Locale, UsersMessages>> = {
  ar: {
    usersTitle: 'المستخدمون',
    usersCount: (count) =>
      counted('ar', count, {
        zero: 'لا يوجد أي حساب',
        one: 'حساب واحد',
        two: 'حسابان',
        few: '# حسابات',
        other: '# حسابًا',
      }),
    newUser: 'مستخدم جديد',
    noUsers: 'لا يوجد أي حساب بعد.',
    colName: 'الاسم',
    colRole: 'الدور',
    colScope: 'النطاق',
    colInstitution: 'المؤسسة',
    colStatus: 'الحالة',
    colSecondFactor: 'التحقق الثاني',
    colActions: 'إجراءات',
    statusActive: 'مفعّل',
    statusDisabled: 'معطّل',
    factorEnrolled: 'مُعَدّ',
    factorMissing: 'لم يُعَدّ بعد',
    edit: 'تعديل',
    disable: 'تعطيل',
    enable: 'تفعيل',
    resetAccess: 'إعادة تعيين الدخول',
    actionsFor: (name) => `إجراءات ${name}`,
    createUserTitle: 'مستخدم جديد',
    editUserTitle: (name) => `تعديل ${name}`,
    scopeLevel: 'النطاق الترابي',
    region: 'الجهة',
    province: 'العمالة أو الإقليم',
    institutionHint: 'إلزامية لموظفي المؤسسات الشريكة ومسؤوليها.',
    userLocale: 'لغة الرسائل الموجهة إليه',
    createUserSubmit: 'إنشاء الحساب',
    userCreatedTitle: 'تم إنشاء الحساب',
    temporaryPasswordIntro: (name) =>
      `كلمة مرور مؤقتة لـ ${name}. سلّمها إليه شخصيًا أو بالهاتف، وليس بالبريد الإلكتروني. لن تُعرض مرة أخرى.`,
    temporaryPasswordNext:
      'عند أول دخول، يجب عليه تغيير كلمة المرور هذه وإعداد التحقق الثاني على هاتفه.',
    temporaryPassword: 'كلمة المرور المؤقتة',
    resetTitle: (name) => `إعادة تعيين دخول ${name}؟`,
    resetBody:
      'سيحصل على كلمة مرور مؤقتة جديدة، ويُحذف تحققه الثاني (سيعيد إعداده عند الدخول)، وتُنهى جلساته على كل الأجهزة.',
    resetDoneTitle: 'تمت إعادة تعيين الدخول',
    userUpdated: (name) => `تم حفظ حساب ${name}.`,
  },
  fr: {
    usersTitle: 'Utilisateurs',
    usersCount: (count) =>
      count === 0 ? 'Aucun compte' : counted('fr', count, { one: '# compte', other: '# comptes' }),
    newUser: 'Nouvel utilisateur',
    noUsers: 'Aucun compte pour l’instant.',
    colName: 'Nom',
    colRole: 'Rôle',
    colScope: 'Périmètre',
    colInstitution: 'Institution',
    colStatus: 'État',
    colSecondFactor: 'Second facteur',
    colActions: 'Actions',
    statusActive: 'Actif',
    statusDisabled: 'Désactivé',
    factorEnrolled: 'Configuré',
    factorMissing: 'Pas encore',
    edit: 'Modifier',
    disable: 'Désactiver',
    enable: 'Réactiver',
    resetAccess: 'Réinitialiser l’accès',
    actionsFor: (name) => `Actions pour ${name}`,
    createUserTitle: 'Nouvel utilisateur',
    editUserTitle: (name) => `Modifier ${name}`,
    scopeLevel: 'Périmètre territorial',
    region: 'Région',
    province: 'Préfecture ou province',
    institutionHint: 'Obligatoire pour les agents et responsables d’institution.',
    userLocale: 'Langue de ses messages',
    createUserSubmit: 'Créer le compte',
    userCreatedTitle: 'Compte créé',
    temporaryPasswordIntro: (name) =>
      `Mot de passe provisoire de ${name}. Remettez-le en personne ou par téléphone, jamais par e-mail. Il ne sera plus affiché.`,
    temporaryPasswordNext:
      'À la première connexion, la personne devra changer ce mot de passe et configurer le second facteur sur son téléphone.',
    temporaryPassword: 'Mot de passe provisoire',
    resetTitle: (name) => `Réinitialiser l’accès de ${name}\u00a0?`,
    resetBody:
      'La personne recevra un nouveau mot de passe provisoire, son second facteur sera effacé (elle le configurera à nouveau) et toutes ses sessions seront fermées, sur tous ses appareils.',
    resetDoneTitle: 'Accès réinitialisé',
    userUpdated: (name) => `Compte de ${name} enregistré.`,
  },
  zgh: {
    usersTitle: 'ⵉⵎⵙⵙⵅⴷⴰⵎⵏ',
    usersCount: (count) => counted('zgh', count, { one: '# ⵓⵎⵉⴹⴰⵏ', other: '# ⵏ ⵉⵎⵉⴹⴰⵏⵏ' }),
    newUser: 'ⴰⵎⵙⵙⵅⴷⴰⵎ ⴰⵎⴰⵢⵏⵓ',
    noUsers: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵎⵉⴹⴰⵏ ⵖⵉⵍⴰ.',
    colName: 'ⵉⵙⵎ',
    colRole: 'ⵜⴰⵖⵓⵍⵜ',
    colScope: 'ⴰⵏⵖⵔⵓⴼ',
    colInstitution: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ',
    colStatus: 'ⴰⴷⴷⴰⴷ',
    colSecondFactor: 'ⴰⵙⵏⵇⴷ ⵡⵉⵙ ⵙⵉⵏ',
    colActions: 'ⵜⵉⴳⴰⵡⵉⵏ',
    statusActive: 'ⵉⵜⵜⵡⴰⵙⵎⵔⵙ',
    statusDisabled: 'ⵉⵜⵜⵓⵃⴱⵙ',
    factorEnrolled: 'ⵉⵜⵜⵓⵙⵡⵓⴷⴷⵓ',
    factorMissing: 'ⵓⵔ ⵉⵜⵜⵓⵙⵡⵓⴷⴷⵓ ⵖⵉⵍⴰ',
    edit: 'ⵙⵏⴼⵍ',
    disable: 'ⵃⴱⵙ',
    enable: 'ⵙⵎⵔⵙ',
    resetAccess: 'ⵄⴰⵡⴷ ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵓⴽⵛⴰⵎ',
    actionsFor: (name) => `ⵜⵉⴳⴰⵡⵉⵏ ⵏ ${name}`,
    createUserTitle: 'ⴰⵎⵙⵙⵅⴷⴰⵎ ⴰⵎⴰⵢⵏⵓ',
    editUserTitle: (name) => `ⵙⵏⴼⵍ ${name}`,
    scopeLevel: 'ⴰⵏⵖⵔⵓⴼ ⴰⵏⴰⵍⵓⵏ',
    region: 'ⵜⴰⵎⵏⴰⴹⵜ',
    province: 'ⵜⴰⵙⴳⴰ',
    institutionHint: 'ⵉⵇⵇⴰⵏ ⵉ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⴷ ⵉⵏⵎⵀⴰⵍⵏ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ.',
    userLocale: 'ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵜⵓⵣⵉⵏⵉⵏ ⵏⵏⵙ',
    createUserSubmit: 'ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ',
    userCreatedTitle: 'ⵉⵜⵜⵓⵙⵏⵓⵍⴼⵓ ⵓⵎⵉⴹⴰⵏ',
    temporaryPasswordIntro: (name) =>
      `ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⴽⵓⴷⴰⵏⵜ ⵉ ${name}. ⴼⴽ ⵜⵜ ⵙ ⵓⴼⵓⵙ ⵏⵖ ⵙ ⵜⵉⵍⵉⴼⵓⵏ, ⵓⵔ ⵜⵜ ⵜⴰⵣⵏⴷ ⵙ ⵓⵎⴰⵢⵍ. ⵓⵔ ⵔⴰⴷ ⴷ ⵜⴼⴼⵖ ⵜⵉⴽⴽⵍⵜ ⵏⵏⵉⴹⵏ.`,
    temporaryPasswordNext:
      'ⴳ ⵓⴽⵛⴰⵎ ⴰⵎⵣⵡⴰⵔⵓ, ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⵙⵏⴼⵍ ⵜⴰⴳⵓⵔⵉ ⴰⴷ ⵏ ⵓⵣⵔⴰⵢ ⵉⵙⵡⵓⴷⴷⵓ ⴰⵙⵏⵇⴷ ⵡⵉⵙ ⵙⵉⵏ ⴳ ⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⵙ.',
    temporaryPassword: 'ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⴽⵓⴷⴰⵏⵜ',
    resetTitle: (name) => `ⴰⴷ ⵜⴰⵍⵙⴷ ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵓⴽⵛⴰⵎ ⵏ ${name}?`,
    resetBody:
      'ⴰⴷ ⵢⴰⵎⵥ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⴽⵓⴷⴰⵏⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ, ⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ ⵓⵙⵏⵇⴷ ⵏⵏⵙ ⵡⵉⵙ ⵙⵉⵏ, ⴰⴷ ⴽⵎⵎⵍⵏⵜ ⴽⵓⵍⵍⵓ ⵜⵉⵖⵉⵎⵉⵡⵉⵏ ⵏⵏⵙ ⴳ ⴽⵓⵍⵍⵓ ⵉⵙⵓⵍⵉⵢⵏ.',
    resetDoneTitle: 'ⵉⵜⵜⵓⵄⴰⵡⴷ ⵓⵙⵡⵓⴷⴷⵓ ⵏ ⵓⴽⵛⴰⵎ',
    userUpdated: (name) => `ⵉⵜⵜⵓⵙⵊⵊⵍ ⵓⵎⵉⴹⴰⵏ ⵏ ${name}.`,
  },
  en: {
    usersTitle: 'Users',
    usersCount: (count) =>
      count === 0 ? 'No accounts' : counted('en', count, { one: '# account', other: '# accounts' }),
    newUser: 'New user',
    noUsers: 'No accounts yet.',
    colName: 'Name',
    colRole: 'Role',
    colScope: 'Scope',
    colInstitution: 'Institution',
    colStatus: 'Status',
    colSecondFactor: 'Second factor',
    colActions: 'Actions',
    statusActive: 'Active',
    statusDisabled: 'Disabled',
    factorEnrolled: 'Set up',
    factorMissing: 'Not yet',
    edit: 'Edit',
    disable: 'Disable',
    enable: 'Enable',
    resetAccess: 'Reset access',
    actionsFor: (name) => `Actions for ${name}`,
    createUserTitle: 'New user',
    editUserTitle: (name) => `Edit ${name}`,
    scopeLevel: 'Territorial scope',
    region: 'Region',
    province: 'Prefecture or province',
    institutionHint: 'Required for institution agents and managers.',
    userLocale: 'Language of their messages',
    createUserSubmit: 'Create the account',
    userCreatedTitle: 'Account created',
    temporaryPasswordIntro: (name) =>
      `Temporary password for ${name}. Hand it over in person or by phone, never by e-mail. It will not be shown again.`,
    temporaryPasswordNext:
      'At their first sign-in they must change this password and set up the second factor on their phone.',
    temporaryPassword: 'Temporary password',
    resetTitle: (name) => `Reset access for ${name}?`,
    resetBody:
      'They will get a new temporary password, their second factor will be removed (they set it up again at sign-in), and they will be signed out on every device.',
    resetDoneTitle: 'Access reset',
    userUpdated: (name) => `${name}’s account saved.`,
  },
};
