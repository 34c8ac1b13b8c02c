import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** The frame of the console: title, menu, service status, and texts every page shares. */
export interface ShellMessages {
  readonly title: string;
  readonly languageSwitch: string;
  readonly statusTitle: string;
  readonly territoryLoading: string;
  readonly territoryLoaded: (regions: number, provinces: number) => string;
  readonly territoryFailed: string;
  readonly retry: string;
  readonly loading: string;
  readonly mainMenu: string;
  readonly navHome: string;
  readonly navAccount: string;
  readonly navUsers: string;
  readonly navInstitutions: string;
  readonly signedInAs: string;
  readonly signOut: string;
  readonly homeTitle: (name: string) => string;
  readonly homeBody: string;
  readonly networkError: string;
  readonly unexpectedError: string;
  readonly pageLoadFailed: string;
  readonly cancel: string;
  readonly close: string;
  readonly save: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly chooseOption: string;
  readonly checkFields: string;
  readonly fieldRequired: string;
}

export const shellMessages: Readonly<Record<Locale, ShellMessages>> = {
  ar: {
    title: 'سند — لوحة التحكم',
    languageSwitch: 'اللغة',
    statusTitle: 'حالة الخدمة',
    territoryLoading: 'جارٍ تحميل التقسيم الترابي…',
    territoryLoaded: (regions, provinces) =>
      `${counted('ar', regions, {
        one: 'جهة واحدة',
        two: 'جهتان',
        few: '# جهات',
        other: '# جهة',
      })}، ${counted('ar', provinces, {
        one: 'عمالة أو إقليم واحد',
        two: 'عمالتان أو إقليمان',
        few: '# عمالات وأقاليم',
        many: '# عمالة وإقليمًا',
        other: '# عمالة وإقليم',
      })}`,
    territoryFailed: 'تعذّر تحميل التقسيم الترابي. تحقّق من الاتصال ثم أعد المحاولة.',
    retry: 'إعادة المحاولة',
    loading: 'جارٍ التحميل…',
    mainMenu: 'القائمة الرئيسية',
    navHome: 'الرئيسية',
    navAccount: 'حسابي',
    navUsers: 'المستخدمون',
    navInstitutions: 'المؤسسات',
    signedInAs: 'الحساب المتصل',
    signOut: 'تسجيل الخروج',
    homeTitle: (name) => `مرحبًا، ${name}`,
    homeBody: 'ستظهر هنا الحالات والمكالمات والإحالات عند إضافتها إلى لوحة التحكم.',
    networkError: 'تعذّر الوصول إلى الخادم. تحقّق من الاتصال ثم أعد المحاولة.',
    unexpectedError: 'حدث خطأ غير متوقع. أعد المحاولة.',
    pageLoadFailed: 'تعذّر تحميل هذه الصفحة.',
    cancel: 'إلغاء',
    close: 'إغلاق',
    save: 'حفظ',
    copy: 'نسخ',
    copied: 'تم النسخ.',
    copyFailed: 'تعذّر النسخ التلقائي: حدّد النص وانسخه يدويًا.',
    yes: 'نعم',
    no: 'لا',
    none: 'لا شيء',
    chooseOption: 'اختر…',
    checkFields: 'بعض المعلومات ناقصة. راجع الحقول المشار إليها.',
    fieldRequired: 'هذه الخانة مطلوبة.',
  },
  fr: {
    title: 'Sanad — console',
    languageSwitch: 'Langue',
    statusTitle: 'État du service',
    territoryLoading: 'Chargement du découpage territorial…',
    territoryLoaded: (regions, provinces) =>
      `${counted('fr', regions, { one: '# région', other: '# régions' })}, ${counted(
        'fr',
        provinces,
        { one: '# préfecture ou province', other: '# préfectures et provinces' },
      )}`,
    territoryFailed:
      'Le découpage territorial n’a pas pu être chargé. Vérifiez la connexion puis réessayez.',
    retry: 'Réessayer',
    loading: 'Chargement…',
    mainMenu: 'Menu principal',
    navHome: 'Accueil',
    navAccount: 'Mon compte',
    navUsers: 'Utilisateurs',
    navInstitutions: 'Institutions',
    signedInAs: 'Compte connecté',
    signOut: 'Se déconnecter',
    homeTitle: (name) => `Bienvenue, ${name}`,
    homeBody:
      'Les dossiers, appels et orientations apparaîtront ici à mesure qu’ils arrivent dans la console.',
    networkError: 'Le serveur est injoignable. Vérifiez la connexion puis réessayez.',
    unexpectedError: 'Une erreur inattendue s’est produite. Réessayez.',
    pageLoadFailed: 'Cette page n’a pas pu être chargée.',
    cancel: 'Annuler',
    close: 'Fermer',
    save: 'Enregistrer',
    copy: 'Copier',
    copied: 'Copié.',
    copyFailed: 'La copie automatique a échoué\u00a0: sélectionnez le texte et copiez-le.',
    yes: 'Oui',
    no: 'Non',
    none: 'Aucune',
    chooseOption: 'Choisir…',
    checkFields: 'Certaines informations manquent. Vérifiez les champs indiqués.',
    fieldRequired: 'Ce champ est obligatoire.',
  },
  zgh: {
    title: 'ⵙⴰⵏⴰⴷ — ⵜⴰⴼⵍⵡⵉⵜ ⵏ ⵜⵡⵓⵔⵉ',
    languageSwitch: 'ⵜⵓⵜⵍⴰⵢⵜ',
    statusTitle: 'ⴰⴷⴷⴰⴷ ⵏ ⵜⵏⴰⴼⵓⵜ',
    territoryLoading: 'ⴰⵔ ⵏⵙⵙⴽⵛⴰⵎ ⵜⵉⵎⵏⴰⴹⵉⵏ…',
    territoryLoaded: (regions, provinces) =>
      `${counted('zgh', regions, { one: '# ⵜⵎⵏⴰⴹⵜ', other: '# ⵏ ⵜⵎⵏⴰⴹⵉⵏ' })}, ${counted(
        'zgh',
        provinces,
        { one: '# ⵜⵙⴳⴰ', other: '# ⵏ ⵜⵙⴳⴰⵡⵉⵏ' },
      )}`,
    territoryFailed: 'ⵓⵔ ⵏⵥⴹⴰⵕ ⴰⴷ ⵏⵙⵙⴽⵛⵎ ⵜⵉⵎⵏⴰⴹⵉⵏ. ⵄⴰⵡⴷ ⵜⴰⵔⵎⵉⵜ.',
    retry: 'ⵄⴰⵡⴷ',
    loading: 'ⴰⵙⵙⴽⵛⵎ…',
    mainMenu: 'ⵜⴰⵍⴳⴰⵎⵜ ⵜⴰⴳⵍⴷⵓⵏⵜ',
    navHome: 'ⴰⵙⵏⵓⴱⴳ',
    navAccount: 'ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ',
    navUsers: 'ⵉⵎⵙⵙⵅⴷⴰⵎⵏ',
    navInstitutions: 'ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    signedInAs: 'ⴰⵎⵉⴹⴰⵏ ⵉⵇⵇⵏⵏ',
    signOut: 'ⴰⴼⴼⵖ',
    homeTitle: (name) => `ⴰⵏⵙⵓⴼ, ${name}`,
    homeBody: 'ⴷⴰ ⵔⴰⴷ ⴷ ⴼⴼⵖⵏⵜ ⵜⵎⵙⴰⵍⵉⵏ ⴷ ⵜⵉⵖⵔⵉⵡⵉⵏ ⴷ ⵓⵙⵎⵓⵜⵜⴳ ⵎⴽ ⵔⴰⴷ ⵍⴽⵎⵏⵜ ⵜⴰⴼⵍⵡⵉⵜ.',
    networkError: 'ⵓⵔ ⵏⵥⴹⴰⵕ ⴰⴷ ⵏⵍⴽⵎ ⴰⵎⵥⵥⵓⵖ. ⵙⵙⵓⴷⵙ ⴰⵣⴷⴰⵢ ⵜⴰⵍⵙⴷ ⴰⵔⵎ.',
    unexpectedError: 'ⵜⵍⵍⴰ ⵜⵣⴳⵍⵜ ⵓⵔ ⵉⵜⵜⵡⴰⵔⴰⵊⵓⵏ. ⴰⵍⵙ ⴰⵔⵎ.',
    pageLoadFailed: 'ⵓⵔ ⵜⵜⵡⴰⵙⵙⴽⵛⵎ ⵜⴰⵙⵏⴰ ⴰⴷ.',
    cancel: 'ⵙⵔ',
    close: 'ⵇⵇⵏ',
    save: 'ⵙⵊⵊⵍ',
    copy: 'ⵙⵏⵖⵍ',
    copied: 'ⵉⵜⵜⵓⵙⵏⵖⵍ.',
    copyFailed: 'ⵓⵔ ⵉⵜⵜⵓⵙⵏⵖⵍ: ⵙⵜⵢ ⴰⴹⵔⵉⵙ ⵜⵙⵏⵖⵍⴷ ⵜ ⵙ ⵓⴼⵓⵙ.',
    yes: 'ⵢⴰⵀ',
    no: 'ⵓⵀⵓ',
    none: 'ⵡⴰⵍⵓ',
    chooseOption: 'ⵙⵜⵢ…',
    checkFields: 'ⵅⵚⵚⴰⵏⵜ ⴽⵔⴰ ⵏ ⵜⵏⴼⵓⵍⵉⵏ. ⵙⵙⵓⴷⵙ ⵉⴳⵔⴰⵏ ⵉⵜⵜⵓⵎⵍⵏ.',
    fieldRequired: 'ⴰⵏⵙⴰ ⴰⴷ ⵉⵇⵇⴰⵏ.',
  },
  en: {
    title: 'Sanad — console',
    languageSwitch: 'Language',
    statusTitle: 'Service status',
    territoryLoading: 'Loading the territory…',
    territoryLoaded: (regions, provinces) =>
      `${counted('en', regions, { one: '# region', other: '# regions' })}, ${counted(
        'en',
        provinces,
        { one: '# prefecture or province', other: '# prefectures and provinces' },
      )}`,
    territoryFailed: 'The territory could not be loaded. Check the connection and try again.',
    retry: 'Try again',
    loading: 'Loading…',
    mainMenu: 'Main menu',
    navHome: 'Home',
    navAccount: 'My account',
    navUsers: 'Users',
    navInstitutions: 'Institutions',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    homeTitle: (name) => `Welcome, ${name}`,
    homeBody: 'Cases, calls and referrals will appear here as they arrive in the console.',
    networkError: 'The server could not be reached. Check the connection and try again.',
    unexpectedError: 'Something unexpected went wrong. Try again.',
    pageLoadFailed: 'This page could not be loaded.',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Copying failed: select the text and copy it by hand.',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    chooseOption: 'Choose…',
    checkFields: 'Some information is missing. Check the fields shown.',
    fieldRequired: 'This field is required.',
  },
};
