import type { Locale } from '../../i18n/locale.ts';
import { counted } from '../../i18n/plural.ts';
import type { NumberKind } from './draft.ts';

/**
 * The texts of the emergency numbers page, kept beside it (the shared catalogue holds what
 * several pages use: save, cancel, working…). Typed so that a key missing from any language
 * does not compile. Tamazight: first wording by the team, to be reviewed by an IRCAM-trained
 * translator before launch, like the rest of the console.
 */
export interface EmergencyNumbersMessages {
  readonly title: string;
  readonly intro: string;
  readonly count: (count: number) => string;
  readonly entry: (position: number) => string;
  readonly number: string;
  readonly numberHint: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<NumberKind, string>>;
  /** "Label in Arabic", …: one per language of the survivor app. */
  readonly labelIn: Readonly<Record<Locale, string>>;
  readonly moveUp: (position: number) => string;
  readonly moveDown: (position: number) => string;
  readonly remove: (position: number) => string;
  readonly add: string;
  readonly atMost: (max: number) => string;
  readonly saved: string;
  readonly numberFormat: string;
  readonly numberRepeated: string;
  readonly atLeastOne: string;
}

export const emergencyNumbersMessages: Readonly<Record<Locale, EmergencyNumbersMessages>> = {
  ar: {
    title: 'أرقام الطوارئ',
    intro:
      'تظهر هذه الأرقام في الصفحة الرئيسية لتطبيق الناجيات، بهذا الترتيب. تصل التغييرات إلى الهواتف خلال دقائق، ويحتفظ التطبيق بآخر قائمة حين ينقطع الاتصال.',
    count: (count) =>
      counted('ar', count, {
        one: 'رقم واحد',
        two: 'رقمان',
        few: '# أرقام',
        other: '# رقمًا',
      }),
    entry: (position) => `الرقم ${String(position)}`,
    number: 'الرقم الذي يُتصل به',
    numberHint: 'أرقام فقط، كما تُطلب (من 2 إلى 10 أرقام).',
    kind: 'الجهة',
    kinds: {
      police: 'الشرطة',
      gendarmerie: 'الدرك الملكي',
      civil_protection: 'الوقاية المدنية',
      helpline: 'خط الاستماع',
      other: 'جهة أخرى',
    },
    labelIn: {
      ar: 'التسمية بالعربية',
      fr: 'التسمية بالفرنسية',
      zgh: 'التسمية بالأمازيغية',
      en: 'التسمية بالإنجليزية',
    },
    moveUp: (position) => `تقديم الرقم ${String(position)}`,
    moveDown: (position) => `تأخير الرقم ${String(position)}`,
    remove: (position) => `حذف الرقم ${String(position)}`,
    add: 'إضافة رقم',
    atMost: (max) => `${String(max)} أرقام على الأكثر.`,
    saved: 'حُفظت القائمة. ستظهر في الهواتف خلال دقائق.',
    numberFormat: 'أرقام فقط، من 2 إلى 10.',
    numberRepeated: 'هذا الرقم موجود في القائمة.',
    atLeastOne: 'يجب إبقاء رقم واحد على الأقل.',
  },
  fr: {
    title: 'Numéros d’urgence',
    intro:
      'Ces numéros s’affichent sur l’écran d’accueil de l’application des survivantes, dans cet ordre. Les téléphones reçoivent les changements en quelques minutes ; hors connexion, l’application garde la dernière liste.',
    count: (count) => counted('fr', count, { one: '# numéro', other: '# numéros' }),
    entry: (position) => `Numéro ${String(position)}`,
    number: 'Numéro à composer',
    numberHint: 'Chiffres seulement, tels qu’on les compose (de 2 à 10).',
    kind: 'Service',
    kinds: {
      police: 'Police',
      gendarmerie: 'Gendarmerie royale',
      civil_protection: 'Protection civile',
      helpline: 'Ligne d’écoute',
      other: 'Autre service',
    },
    labelIn: {
      ar: 'Libellé en arabe',
      fr: 'Libellé en français',
      zgh: 'Libellé en tamazight',
      en: 'Libellé en anglais',
    },
    moveUp: (position) => `Monter le numéro ${String(position)}`,
    moveDown: (position) => `Descendre le numéro ${String(position)}`,
    remove: (position) => `Retirer le numéro ${String(position)}`,
    add: 'Ajouter un numéro',
    atMost: (max) => `${String(max)} numéros au plus.`,
    saved: 'Liste enregistrée. Les téléphones l’afficheront d’ici quelques minutes.',
    numberFormat: 'Chiffres seulement, de 2 à 10.',
    numberRepeated: 'Ce numéro est déjà dans la liste.',
    atLeastOne: 'Gardez au moins un numéro.',
  },
  zgh: {
    title: 'ⵉⵟⵟⵓⵏⵏ ⵏ ⵜⵖⴰⵡⵍⴰ',
    intro:
      'ⴰⴷ ⴷ ⴱⴰⵢⵏⵏ ⵉⵟⵟⵓⵏⵏ ⴰ ⴳ ⵜⴰⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ ⵏ ⵜⵙⴽⵙⵉⵡⵜ, ⵙ ⵓⵙⵡⵉⵙ ⴰ. ⴰⴷ ⴰⵡⴹⵏ ⵉⵙⵏⴼⴰⵍⵏ ⵖⵔ ⵜⵉⵍⵉⴼⵓⵏⵉⵏ ⴳ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.',
    count: (count) => counted('zgh', count, { one: '# ⵓⵟⵟⵓⵏ', other: '# ⵉⵟⵟⵓⵏⵏ' }),
    entry: (position) => `ⵓⵟⵟⵓⵏ ${String(position)}`,
    number: 'ⵓⵟⵟⵓⵏ ⵏ ⵓⵙⵉⵡⵍ',
    numberHint: 'ⵉⵟⵟⵓⵏⵏ ⵖⴰⵙ (ⵙⴳ 2 ⴰⵔ 10).',
    kind: 'ⵜⴰⵏⴰⴼⵓⵜ',
    kinds: {
      police: 'ⴰⴱⵓⵍⵉⵙ',
      gendarmerie: 'ⵜⴰⵊⴰⵏⴷⴰⵔⵎⵉⵔⵉⵜ ⵜⴰⴳⵍⴷⴰⵏⵜ',
      civil_protection: 'ⵜⴰⴳⴷⵍⵜ ⵜⴰⵖⵔⴼⴰⵏⵜ',
      helpline: 'ⴰⵙⴼⵍⴷ',
      other: 'ⵜⴰⵏⴰⴼⵓⵜ ⵢⴰⴹⵏ',
    },
    labelIn: {
      ar: 'ⵉⵙⵎ ⵙ ⵜⵄⵔⴰⴱⵜ',
      fr: 'ⵉⵙⵎ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ',
      zgh: 'ⵉⵙⵎ ⵙ ⵜⵎⴰⵣⵉⵖⵜ',
      en: 'ⵉⵙⵎ ⵙ ⵜⵏⴳⵍⵉⵣⵜ',
    },
    moveUp: (position) => `ⵙⴰⵍⵉ ⴰⵟⵟⵓⵏ ${String(position)}`,
    moveDown: (position) => `ⵙⵙⵓⴳⵣ ⴰⵟⵟⵓⵏ ${String(position)}`,
    remove: (position) => `ⴽⴽⵙ ⴰⵟⵟⵓⵏ ${String(position)}`,
    add: 'ⵔⵏⵓ ⴰⵟⵟⵓⵏ',
    atMost: (max) => `${String(max)} ⵉⵟⵟⵓⵏⵏ ⵎⴰⵛⴰ ⵓⴳⴳⴰⵔ.`,
    saved: 'ⵜⵜⵓⵙⵊⵊⵍ ⵜⵍⴳⴰⵎⵜ. ⴰⴷ ⵜⴱⴰⵢⵏ ⴳ ⵜⵉⵍⵉⴼⵓⵏⵉⵏ ⴳ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.',
    numberFormat: 'ⵉⵟⵟⵓⵏⵏ ⵖⴰⵙ, ⵙⴳ 2 ⴰⵔ 10.',
    numberRepeated: 'ⴰⵟⵟⵓⵏ ⴰ ⵉⵍⵍⴰ ⵢⴰⴷⵍⵍⵉ ⴳ ⵜⵍⴳⴰⵎⵜ.',
    atLeastOne: 'ⴰⵊⵊ ⵢⴰⵏ ⵓⵟⵟⵓⵏ ⵎⴰⵛⴰ ⴷⵔⵓⵙ.',
  },
  en: {
    title: 'Emergency numbers',
    intro:
      'These numbers show on the home screen of the survivor app, in this order. Phones get a change within minutes; offline, the app keeps the last list it received.',
    count: (count) => counted('en', count, { one: '# number', other: '# numbers' }),
    entry: (position) => `Number ${String(position)}`,
    number: 'Number to dial',
    numberHint: 'Digits only, as dialled (2 to 10 of them).',
    kind: 'Service',
    kinds: {
      police: 'Police',
      gendarmerie: 'Royal Gendarmerie',
      civil_protection: 'Civil Protection',
      helpline: 'Helpline',
      other: 'Other service',
    },
    labelIn: {
      ar: 'Label in Arabic',
      fr: 'Label in French',
      zgh: 'Label in Tamazight',
      en: 'Label in English',
    },
    moveUp: (position) => `Move number ${String(position)} up`,
    moveDown: (position) => `Move number ${String(position)} down`,
    remove: (position) => `Remove number ${String(position)}`,
    add: 'Add a number',
    atMost: (max) => `At most ${String(max)} numbers.`,
    saved: 'List saved. Phones will show it within a few minutes.',
    numberFormat: 'Digits only, 2 to 10 of them.',
    numberRepeated: 'This number is already in the list.',
    atLeastOne: 'Keep at least one number.',
  },
};
