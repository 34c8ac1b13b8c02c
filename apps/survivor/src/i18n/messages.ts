import type { BuiltInKind } from '../emergency/numbers.ts';
import type { Locale } from './locale.ts';

/** The four choices of the home screen, in the order they are shown. */
export const ACTIONS = ['danger', 'report', 'support', 'follow'] as const;
export type ActionId = (typeof ACTIONS)[number];

/**
 * Every text the survivor app shows. Typed so that a key missing from any language does not
 * compile. Plain words, short sentences: many readers are in a hurry, scared, or read with
 * difficulty. Arabic and French address the reader in the feminine, as the service does.
 */
export interface Messages {
  /** Neutral name shown in the header: nothing that says "violence" on a shared phone. */
  readonly brand: string;
  readonly languageSwitch: string;
  readonly quickExit: string;
  readonly quickExitHint: string;
  readonly homeTitle: string;
  readonly homeIntro: string;
  readonly actions: Readonly<Record<ActionId, { readonly label: string; readonly hint: string }>>;
  /** Link to the "Browse safely" page. */
  readonly safetyLink: string;
  /** What the offline outbox holds, shown on the home screen. */
  readonly outbox: {
    readonly pending: string;
    readonly failed: string;
    readonly delivered: string;
    readonly show: string;
    readonly dismiss: string;
  };
  readonly loading: string;
  readonly loadFailed: string;
  readonly back: string;
  readonly emergencyTitle: string;
  readonly emergencyHint: string;
  /** Labels of the built-in emergency numbers (emergency/numbers.ts), until the server's arrive. */
  readonly services: Readonly<Record<BuiltInKind, string>>;
}

// Tamazight (Standard Moroccan Tamazight, Tifinagh script): first wording by the team, to be
// reviewed by an IRCAM-trained translator before launch.
export const messages: Readonly<Record<Locale, Messages>> = {
  ar: {
    brand: 'سند',
    languageSwitch: 'اللغة',
    quickExit: 'خروج سريع',
    quickExitHint: 'يغلق هذه الصفحة فورًا ويفتح موقعًا عاديًا',
    homeTitle: 'كيف يمكننا مساعدتكِ؟',
    homeIntro: 'اختاري ما تحتاجينه. لستِ وحدكِ.',
    actions: {
      danger: { label: 'أنا في خطر الآن', hint: 'اطلبي المساعدة فورًا' },
      report: { label: 'التبليغ عن العنف', hint: 'أخبرينا بما حدث لكِ أو لامرأة أخرى' },
      support: { label: 'طلب الدعم (عمل، تكوين، مشروع)', hint: 'فرص قريبة منكِ' },
      follow: { label: 'تتبّع طلبي', hint: 'بالرمز الذي حصلتِ عليه' },
    },
    safetyLink: 'التصفح بأمان',
    outbox: {
      pending: 'طلب محفوظ في هذا الهاتف، سيُرسل عند عودة الاتصال.',
      failed: 'تعذر إرسال طلب محفوظ. أعيدي ملأه أو اتصلي بالرقم 8350.',
      delivered: 'أُرسل طلبكِ المحفوظ.',
      show: 'عرض الرمز',
      dismiss: 'حذف',
    },
    loading: 'جارٍ التحميل…',
    loadFailed: 'تعذر فتح هذا الجزء. تحققي من الاتصال وأعيدي المحاولة.',
    back: 'رجوع',
    emergencyTitle: 'أرقام الطوارئ',
    emergencyHint: 'اضغطي على الرقم للاتصال.',
    services: {
      police: 'الشرطة',
      gendarmerie: 'الدرك الملكي',
      civil_protection: 'الوقاية المدنية',
      helpline: 'كلنا معك: استماع ودعم 24/24',
    },
  },
  fr: {
    brand: 'Sanad',
    languageSwitch: 'Langue',
    quickExit: 'Sortie rapide',
    quickExitHint: 'Quitte cette page tout de suite et ouvre un site ordinaire',
    homeTitle: 'Comment pouvons-nous vous aider\u00a0?',
    homeIntro: 'Choisissez ce dont vous avez besoin. Vous n’êtes pas seule.',
    actions: {
      danger: { label: 'Je suis en danger maintenant', hint: 'Demander de l’aide tout de suite' },
      report: {
        label: 'Signaler une violence',
        hint: 'Dites-nous ce qui vous est arrivé, ou à une autre femme',
      },
      support: {
        label: 'Demander un soutien (travail, formation, projet)',
        hint: 'Des offres près de chez vous',
      },
      follow: { label: 'Suivre ma demande', hint: 'Avec le code reçu' },
    },
    safetyLink: 'Naviguer en sécurité',
    outbox: {
      pending:
        'Une demande est gardée sur ce téléphone : elle partira quand la connexion reviendra.',
      failed: 'Une demande gardée n’a pas pu être envoyée. Refaites-la ou appelez le 8350.',
      delivered: 'Votre demande gardée a été envoyée.',
      show: 'Voir le code',
      dismiss: 'Effacer',
    },
    loading: 'Chargement…',
    loadFailed: 'Cette partie n’a pas pu s’ouvrir. Vérifiez la connexion et réessayez.',
    back: 'Retour',
    emergencyTitle: 'Numéros d’urgence',
    emergencyHint: 'Touchez un numéro pour appeler.',
    services: {
      police: 'Police',
      gendarmerie: 'Gendarmerie royale',
      civil_protection: 'Protection civile',
      helpline: 'Kollona Maak\u00a0: écoute et soutien 24\u00a0h/24',
    },
  },
  zgh: {
    brand: 'ⵙⴰⵏⴰⴷ',
    languageSwitch: 'ⵜⵓⵜⵍⴰⵢⵜ',
    quickExit: 'ⴼⴼⵖ ⵙ ⵜⵖⴰⵡⵍⴰ',
    quickExitHint: 'ⵇⵇⵏ ⵜⴰⵙⵏⴰ ⴰ ⴷⵖⵉ',
    homeTitle: 'ⵎⴰⵎⴽ ⴰⵎ ⵏⵄⴰⵡⵏ?',
    homeIntro: 'ⵙⵜⵉ ⵎⴰⵢⴷ ⵜⵔⵉⴷ. ⵓⵔ ⵜⵍⵍⵉⴷ ⵖⴰⵙ ⴽⵎⵎ.',
    actions: {
      danger: { label: 'ⵔⵉⵖ ⵜⵉⵡⵉⵙⵉ ⴷⵖⵉ', hint: 'ⵜⵉⵡⵉⵙⵉ ⵙ ⵜⵖⴰⵡⵍⴰ' },
      report: { label: 'ⵉⵏⵉ ⵎⴰⵢⴷ ⴽⵎ ⵉⵊⵕⴰⵏ', hint: 'ⵏⵖ ⵎⴰⵢⴷ ⵉⵊⵕⴰⵏ ⵉ ⵜⵎⵖⴰⵔⵜ ⵢⴰⴹⵏ' },
      support: { label: 'ⵜⵉⵡⵉⵙⵉ (ⵜⴰⵡⵓⵔⵉ, ⴰⵙⵍⵎⴷ, ⴰⵙⵏⴼⴰⵔ)', hint: 'ⴳ ⵜⵙⴳⴰ ⵏⵏⵎ' },
      follow: { label: 'ⴹⴼⵕ ⵜⵓⵜⵔⴰ ⵉⵏⵓ', hint: 'ⵙ ⵜⵏⴳⴰⵍⵜ ⵏⵏⵎ' },
    },
    safetyLink: 'ⴰⵙⵉⴽⵍ ⵙ ⵜⵏⴼⵔⵓⵜ',
    outbox: {
      pending: 'ⵜⵍⵍⴰ ⵢⴰⵜ ⵜⵓⵜⵔⴰ ⴳ ⵜⵉⵍⵉⴼⵓⵏ ⴰ, ⴰⴷ ⵜⵜⵡⴰⵣⵏ ⵎⴽ ⴷ ⵢⵓⵖⵓⵍ ⵓⵣⴷⴰⵢ.',
      failed: 'ⵓⵔ ⵜⵜⵡⴰⵣⵏ ⵢⴰⵜ ⵜⵓⵜⵔⴰ. ⴰⵍⵙ ⵜⵜ ⵏⵖ ⵖⵔ ⵉ 8350.',
      delivered: 'ⵜⵜⵡⴰⵣⵏ ⵜⵓⵜⵔⴰ ⵏⵏⵎ.',
      show: 'ⵥⵕ ⵜⴰⵏⴳⴰⵍⵜ',
      dismiss: 'ⴽⴽⵙ',
    },
    loading: 'ⴰⵙⴰⵍⵉ…',
    loadFailed: 'ⵓⵔ ⵜⵕⵥⵎ ⵜⴰⴳⵣⵣⵓⵎⵜ ⴰ. ⵙⵙⵓⴷⵙ ⴰⵣⴷⴰⵢ ⵜⴰⵍⵙⴷ.',
    back: 'ⴰⵖⵓⵍ',
    emergencyTitle: 'ⵉⵟⵟⵓⵏⵏ ⵏ ⵜⵖⴰⵡⵍⴰ',
    emergencyHint: 'ⵙⵙⵏⴷ ⵅⴼ ⵓⵟⵟⵓⵏ ⴰⴷ ⵜⵖⵔⴷ.',
    services: {
      police: 'ⴰⴱⵓⵍⵉⵙ',
      gendarmerie: 'ⵜⴰⵊⴰⵏⴷⴰⵔⵎⵉⵔⵉⵜ ⵜⴰⴳⵍⴷⴰⵏⵜ',
      civil_protection: 'ⵜⴰⴳⴷⵍⵜ ⵜⴰⵖⵔⴼⴰⵏⵜ',
      helpline: 'ⴽⵓⵍⵍⵓⵏⴰ ⵎⴰⵄⴰⴽ: ⴰⵙⴼⵍⴷ ⴷ ⵜⵉⵡⵉⵙⵉ 24/24',
    },
  },
  en: {
    brand: 'Sanad',
    languageSwitch: 'Language',
    quickExit: 'Quick exit',
    quickExitHint: 'Leaves this page at once and opens an ordinary website',
    homeTitle: 'How can we help you?',
    homeIntro: 'Choose what you need. You are not alone.',
    actions: {
      danger: { label: 'I am in danger now', hint: 'Get help right away' },
      report: {
        label: 'Report violence',
        hint: 'Tell us what happened to you or to another woman',
      },
      support: {
        label: 'Ask for support (work, training, a project)',
        hint: 'Opportunities near you',
      },
      follow: { label: 'Follow my request', hint: 'With the code you received' },
    },
    safetyLink: 'Browse safely',
    outbox: {
      pending: 'A request is kept on this phone: it will be sent when the connection returns.',
      failed: 'A kept request could not be sent. Make it again or call 8350.',
      delivered: 'Your kept request has been sent.',
      show: 'See the code',
      dismiss: 'Delete',
    },
    loading: 'Loading…',
    loadFailed: 'This part could not open. Check the connection and try again.',
    back: 'Back',
    emergencyTitle: 'Emergency numbers',
    emergencyHint: 'Tap a number to call.',
    services: {
      police: 'Police',
      gendarmerie: 'Royal Gendarmerie',
      civil_protection: 'Civil Protection',
      helpline: 'Kollona Maak: listening and support, 24/7',
    },
  },
};
