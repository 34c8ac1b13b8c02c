import type { Locale } from '../locale.ts';

/** "My account": who I am, changing my password, signing out here or everywhere. */
export interface AccountMessages {
  readonly accountTitle: string;
  readonly firstPasswordTitle: string;
  readonly firstPasswordBody: string;
  readonly profileTitle: string;
  readonly fullName: string;
  readonly role: string;
  readonly scope: string;
  readonly institution: string;
  readonly changePasswordTitle: string;
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly newPasswordHint: (min: number) => string;
  readonly confirmPassword: string;
  readonly passwordsDiffer: string;
  readonly passwordTooShort: (min: number) => string;
  readonly passwordChanged: string;
  readonly changePasswordSubmit: string;
  readonly sessionsTitle: string;
  readonly signOutHint: string;
  readonly signOutEverywhere: string;
  readonly signOutEverywhereHint: string;
}

export const accountMessages: Readonly<Record<Locale, AccountMessages>> = {
  ar: {
    accountTitle: 'حسابي',
    firstPasswordTitle: 'اختر كلمة مرورك',
    firstPasswordBody:
      'دخلت بكلمة مرور مؤقتة اطّلع عليها شخص آخر. اختر كلمة مرورك الخاصة قبل المتابعة.',
    profileTitle: 'معلوماتي',
    fullName: 'الاسم الكامل',
    role: 'الدور',
    scope: 'النطاق الترابي',
    institution: 'المؤسسة',
    changePasswordTitle: 'تغيير كلمة المرور',
    currentPassword: 'كلمة المرور الحالية',
    newPassword: 'كلمة المرور الجديدة',
    newPasswordHint: (min) => `${min} حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.`,
    confirmPassword: 'كلمة المرور الجديدة مرة أخرى',
    passwordsDiffer: 'كلمتا المرور الجديدتان غير متطابقتين.',
    passwordTooShort: (min) => `يجب أن تتكون كلمة المرور الجديدة من ${min} حرفًا على الأقل.`,
    passwordChanged: 'تم تغيير كلمة المرور.',
    changePasswordSubmit: 'تغيير كلمة المرور',
    sessionsTitle: 'الجلسات',
    signOutHint: 'ينهي الجلسة على هذا الجهاز فقط.',
    signOutEverywhere: 'تسجيل الخروج من كل الأجهزة',
    signOutEverywhereHint: 'ينهي جلساتك على كل الحواسيب والهواتف، بما فيها هذا الجهاز.',
  },
  fr: {
    accountTitle: 'Mon compte',
    firstPasswordTitle: 'Choisissez votre mot de passe',
    firstPasswordBody:
      'Vous vous êtes connecté·e avec un mot de passe provisoire, connu d’une autre personne. Choisissez le vôtre avant de continuer.',
    profileTitle: 'Mes informations',
    fullName: 'Nom complet',
    role: 'Rôle',
    scope: 'Périmètre territorial',
    institution: 'Institution',
    changePasswordTitle: 'Changer de mot de passe',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    newPasswordHint: (min) =>
      `Au moins ${min} caractères. Quelques mots sans rapport entre eux font un mot de passe solide.`,
    confirmPassword: 'Nouveau mot de passe, à nouveau',
    passwordsDiffer: 'Les deux nouveaux mots de passe ne sont pas identiques.',
    passwordTooShort: (min) => `Le nouveau mot de passe doit compter au moins ${min} caractères.`,
    passwordChanged: 'Votre mot de passe a été changé.',
    changePasswordSubmit: 'Changer le mot de passe',
    sessionsTitle: 'Sessions',
    signOutHint: 'Met fin à la session sur cet appareil seulement.',
    signOutEverywhere: 'Se déconnecter partout',
    signOutEverywhereHint:
      'Met fin à vos sessions sur tous les ordinateurs et téléphones, celui-ci compris.',
  },
  zgh: {
    accountTitle: 'ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ',
    firstPasswordTitle: 'ⵙⵜⵢ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵏⵏⴽ',
    firstPasswordBody: 'ⵜⴽⵛⵎⴷ ⵙ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⴽⵓⴷⴰⵏⵜ ⵏⵏⴰ ⵉⵙⵙⵏ ⵢⴰⵏ ⵢⴰⴹⵏ. ⵙⵜⵢ ⵜⴰⵏⵏⴽ ⵇⴱⵍ ⴰⴷ ⵜⴽⵎⵎⵍⴷ.',
    profileTitle: 'ⵜⵉⵏⴼⵓⵍⵉⵏ ⵉⵏⵓ',
    fullName: 'ⵉⵙⵎ ⴰⵎⴷⴷⴰⴷ',
    role: 'ⵜⴰⵖⵓⵍⵜ',
    scope: 'ⴰⵏⵖⵔⵓⴼ ⴰⵏⴰⵍⵓⵏ',
    institution: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ',
    changePasswordTitle: 'ⵙⵏⴼⵍ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ',
    currentPassword: 'ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⵉⵔⴰⵏⵜ',
    newPassword: 'ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    newPasswordHint: (min) =>
      `${min} ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⴳⴳⴰⵔ. ⴽⵔⴰ ⵏ ⵜⴳⵓⵔⵉⵡⵉⵏ ⵓⵔ ⵉⵎⵢⴰⵡⴰⴹⵏ ⵙⵙⴷⵓⵙⵏⵜ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ.`,
    confirmPassword: 'ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ, ⵜⵉⴽⴽⵍⵜ ⵏⵏⵉⴹⵏ',
    passwordsDiffer: 'ⵜⵉⴳⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵣⵔⴰⵢ ⵜⵉⵎⴰⵢⵏⵓⵜⵉⵏ ⵓⵔ ⵎⵙⴰⵙⴰⵏⵜ.',
    passwordTooShort: (min) => `ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵉⵍⵉ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ ${min} ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵓⴳⴳⴰⵔ.`,
    passwordChanged: 'ⵜⵜⵓⵙⵏⴼⵍ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ.',
    changePasswordSubmit: 'ⵙⵏⴼⵍ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ',
    sessionsTitle: 'ⵜⵉⵖⵉⵎⵉⵡⵉⵏ',
    signOutHint: 'ⵜⴽⵎⵎⵍ ⵜⵖⵉⵎⵉⵜ ⴳ ⵓⵙⵓⵍⵉ ⴰⴷ ⵖⴰⵙ.',
    signOutEverywhere: 'ⴰⴼⴼⵖ ⵙⴳ ⴽⵓⵍⵍⵓ ⵉⵙⵓⵍⵉⵢⵏ',
    signOutEverywhereHint: 'ⵜⴽⵎⵎⵍ ⵜⵉⵖⵉⵎⵉⵡⵉⵏ ⵏⵏⴽ ⴳ ⴽⵓⵍⵍⵓ ⵉⵙⵓⵍⵉⵢⵏ ⴷ ⵜⵉⵍⵉⴼⵓⵏⵉⵏ, ⴰⴷ ⴷⵉⴷⵙⵏ.',
  },
  en: {
    accountTitle: 'My account',
    firstPasswordTitle: 'Choose your own password',
    firstPasswordBody:
      'You signed in with a temporary password that someone else has seen. Choose your own before going on.',
    profileTitle: 'About me',
    fullName: 'Full name',
    role: 'Role',
    scope: 'Territorial scope',
    institution: 'Institution',
    changePasswordTitle: 'Change my password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: (min) =>
      `At least ${min} characters. A few unrelated words make a strong password.`,
    confirmPassword: 'New password, again',
    passwordsDiffer: 'The two new passwords are not the same.',
    passwordTooShort: (min) => `The new password needs at least ${min} characters.`,
    passwordChanged: 'Your password has been changed.',
    changePasswordSubmit: 'Change password',
    sessionsTitle: 'Sessions',
    signOutHint: 'Ends the session on this device only.',
    signOutEverywhere: 'Sign out everywhere',
    signOutEverywhereHint: 'Ends your sessions on every computer and phone, this one included.',
  },
};
