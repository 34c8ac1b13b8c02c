import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/**
 * The form that creates or edits an institution of the referral network: its fields, opening
 * hours and focal points, and saving over someone else's changes.
 */
export interface InstitutionFormMessages {
  readonly createInstitutionTitle: string;
  readonly editInstitutionTitle: (name: string) => string;
  readonly instName: string;
  readonly agency: string;
  readonly agencyHint: string;
  readonly seatProvince: string;
  readonly noSeat: string;
  readonly coverage: string;
  readonly coverageHint: string;
  readonly coverageSelected: (count: number) => string;
  readonly services: string;
  readonly open247: string;
  readonly capacityTotal: string;
  readonly capacityHint: string;
  readonly contact: string;
  readonly phone: string;
  readonly address: string;
  readonly createInstitutionSubmit: string;
  readonly institutionSaved: (name: string) => string;
  readonly instCode: string;
  readonly instCodeHint: string;
  readonly instAreaTypes: string;
  readonly instAreaTypesHint: string;
  // Opening hours
  readonly hoursLegend: string;
  readonly hoursHint: string;
  readonly hoursHolidays: string;
  readonly hoursOffice: string;
  readonly hoursClear: string;
  readonly hoursRequired: string;
  readonly hoursDayFormat: string;
  readonly dayMon: string;
  readonly dayTue: string;
  readonly dayWed: string;
  readonly dayThu: string;
  readonly dayFri: string;
  readonly daySat: string;
  readonly daySun: string;
  // Focal points
  readonly focalLegend: string;
  readonly focalHint: string;
  readonly focalNumber: (number: number) => string;
  readonly focalName: string;
  readonly focalRole: string;
  readonly focalPhone: string;
  readonly focalEmail: string;
  readonly focalAdd: string;
  readonly focalRemove: (number: number) => string;
  readonly focalNone: string;
  readonly focalEmailFormat: string;
  // Someone else saved the institution meanwhile
  readonly institutionStale: string;
  readonly institutionSaveAnyway: string;
}

export const institutionFormMessages: Readonly<Record<Locale, InstitutionFormMessages>> = {
  ar: {
    createInstitutionTitle: 'مؤسسة جديدة',
    editInstitutionTitle: (name) => `تعديل ${name}`,
    instName: 'الاسم',
    agency: 'الجهة الوصية',
    agencyHint: 'مثلًا: وزارة العدل، المديرية العامة للأمن الوطني، جمعية.',
    seatProvince: 'المقر (العمالة أو الإقليم)',
    noSeat: 'على مستوى الجهة (بدون مقر إقليمي)',
    coverage: 'الأقاليم والعمالات المشمولة',
    coverageHint: 'الأماكن التي تستقبل المؤسسة النساء القادمات منها.',
    coverageSelected: (count) =>
      counted('ar', count, {
        zero: 'لا شيء محدد',
        one: 'واحد محدد',
        two: 'اثنان محددان',
        few: '# محددة',
        other: '# محددًا',
      }),
    services: 'الخدمات المقدمة',
    open247: 'مفتوحة 24 ساعة في اليوم، 7 أيام في الأسبوع',
    capacityTotal: 'عدد الأماكن الإجمالي',
    capacityHint: 'للإيواء فقط. اتركه فارغًا إن لم يكن مناسبًا.',
    contact: 'الاتصال بالمؤسسة',
    phone: 'الهاتف',
    address: 'العنوان',
    createInstitutionSubmit: 'إنشاء المؤسسة',
    institutionSaved: (name) => `تم حفظ ${name}.`,
    instCode: 'الرمز الرسمي',
    instCodeHint:
      'الرمز الذي تمنحه لها الوزارة أو الهيئة التابعة لها. عند الاستيراد من ملف، يُحدِّث السطر الذي يحمل هذا الرمز هذه المؤسسة بدل إضافة مؤسسة ثانية.',
    instAreaTypes: 'الوسط المشمول',
    instAreaTypesHint: 'واحد على الأقل.',
    hoursLegend: 'أوقات العمل',
    hoursHint:
      'لكل يوم، ساعات العمل مثل 08:30-16:30، وفترتان تفصل بينهما فاصلة (08:30-12:00, 14:00-16:30). اترك اليوم فارغًا إذا كانت المؤسسة مغلقة فيه.',
    hoursHolidays:
      'ما لم تكن مفتوحة 24/24، تُعدّ المؤسسة مغلقة في الأعياد الوطنية ذات التاريخ الثابت (1 و11 و14 يناير، فاتح ماي، 30 يوليوز، 14 و20 و21 غشت، 6 و18 نونبر). أما الأعياد الدينية، التي تتبع التقويم الهجري، فلا تُحتسب بعد.',
    hoursOffice: 'توقيت الإدارة (من الاثنين إلى الجمعة، 08:30-16:30)',
    hoursClear: 'إفراغ الأسبوع',
    hoursRequired: 'أدخل ساعات يوم واحد على الأقل، أو اختر «مفتوحة 24/24».',
    hoursDayFormat: 'اكتب الساعات هكذا: 08:30-16:30 (فترتان: 08:30-12:00, 14:00-16:30).',
    dayMon: 'الاثنين',
    dayTue: 'الثلاثاء',
    dayWed: 'الأربعاء',
    dayThu: 'الخميس',
    dayFri: 'الجمعة',
    daySat: 'السبت',
    daySun: 'الأحد',
    focalLegend: 'نقط الارتكاز',
    focalHint:
      'موظفو المؤسسة الذين يمكن للشبكة الاتصال بهم بشأن إحالة. معطيات مهنية فقط، وليس أبدًا معطيات ناجية.',
    focalNumber: (n) => `نقطة الارتكاز ${n}`,
    focalName: 'الاسم الكامل',
    focalRole: 'المهمة',
    focalPhone: 'الهاتف المهني',
    focalEmail: 'البريد الإلكتروني المهني',
    focalAdd: 'إضافة نقطة ارتكاز',
    focalRemove: (n) => `حذف نقطة الارتكاز ${n}`,
    focalNone: 'لا توجد نقطة ارتكاز بعد.',
    focalEmailFormat: 'اكتب عنوان بريد إلكتروني صحيحًا.',
    institutionStale:
      'عدّل شخص آخر هذه المؤسسة أثناء تعديلك لها. ما كتبته ما زال هنا. الحفظ من جديد يكتب الحقول التي غيّرتها فقط، فوق تعديلاته؛ أو أغلق دون حفظ لرؤية نسخته.',
    institutionSaveAnyway: 'حفظ تغييراتي رغم ذلك',
  },
  fr: {
    createInstitutionTitle: 'Nouvelle institution',
    editInstitutionTitle: (name) => `Modifier ${name}`,
    instName: 'Nom',
    agency: 'Autorité de tutelle',
    agencyHint: 'Par exemple\u00a0: ministère de la Justice, DGSN, association.',
    seatProvince: 'Siège (préfecture ou province)',
    noSeat: 'Toute la région (pas de siège provincial)',
    coverage: 'Préfectures et provinces desservies',
    coverageHint: 'Les lieux d’où l’institution accueille des femmes.',
    coverageSelected: (count) =>
      count === 0 ? 'aucune cochée' : counted('fr', count, { one: '# cochée', other: '# cochées' }),
    services: 'Services proposés',
    open247: 'Ouverte 24 heures sur 24, 7 jours sur 7',
    capacityTotal: 'Nombre total de places',
    capacityHint: 'Pour l’hébergement seulement. Laissez vide sinon.',
    contact: 'Contact de l’institution',
    phone: 'Téléphone',
    address: 'Adresse',
    createInstitutionSubmit: 'Créer l’institution',
    institutionSaved: (name) => `${name} enregistrée.`,
    instCode: 'Code officiel',
    instCodeHint:
      'Le code donné par son ministère ou son organisme. À l’import d’un fichier, la ligne qui porte ce code met à jour cette institution au lieu d’en ajouter une seconde.',
    instAreaTypes: 'Milieux desservis',
    instAreaTypesHint: 'Au moins un.',
    hoursLegend: 'Horaires d’ouverture',
    hoursHint:
      'Pour chaque jour, les heures d’ouverture, par exemple 08:30-16:30 ; deux périodes séparées par une virgule (08:30-12:00, 14:00-16:30). Laissez vide un jour de fermeture.',
    hoursHolidays:
      'Sauf ouverture 24h/24, l’institution est comptée fermée les jours fériés nationaux à date fixe (1er, 11 et 14 janvier, 1er mai, 30 juillet, 14, 20 et 21 août, 6 et 18 novembre). Les fêtes religieuses, qui suivent le calendrier hégirien, ne sont pas encore prises en compte.',
    hoursOffice: 'Horaires de bureau (du lundi au vendredi, 08:30-16:30)',
    hoursClear: 'Vider la semaine',
    hoursRequired:
      'Indiquez les horaires d’au moins un jour, ou cochez « ouverte 24 heures sur 24 ».',
    hoursDayFormat:
      'Écrivez les heures ainsi : 08:30-16:30 (deux périodes : 08:30-12:00, 14:00-16:30).',
    dayMon: 'Lundi',
    dayTue: 'Mardi',
    dayWed: 'Mercredi',
    dayThu: 'Jeudi',
    dayFri: 'Vendredi',
    daySat: 'Samedi',
    daySun: 'Dimanche',
    focalLegend: 'Points focaux',
    focalHint:
      'Le personnel de l’institution que le réseau peut appeler au sujet d’une orientation. Des coordonnées professionnelles seulement, jamais celles d’une survivante.',
    focalNumber: (n) => `Point focal ${n}`,
    focalName: 'Nom et prénom',
    focalRole: 'Fonction',
    focalPhone: 'Téléphone professionnel',
    focalEmail: 'Courriel professionnel',
    focalAdd: 'Ajouter un point focal',
    focalRemove: (n) => `Retirer le point focal ${n}`,
    focalNone: 'Aucun point focal pour l’instant.',
    focalEmailFormat: 'Écrivez une adresse électronique valide.',
    institutionStale:
      'Quelqu’un d’autre a modifié cette institution pendant que vous la modifiiez. Ce que vous avez saisi est conservé. Enregistrer à nouveau n’écrit que les champs que vous avez changés, par-dessus les siens ; ou fermez sans enregistrer pour voir sa version.',
    institutionSaveAnyway: 'Enregistrer mes changements quand même',
  },
  zgh: {
    createInstitutionTitle: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    editInstitutionTitle: (name) => `ⵙⵏⴼⵍ ${name}`,
    instName: 'ⵉⵙⵎ',
    agency: 'ⵜⴰⵏⴱⴰⴹⵜ ⵏⵏⴰ ⵜⵜ ⵉⵟⵟⴼⵏ',
    agencyHint: 'ⴰⵎⴻⴷⵢⴰ: ⵜⴰⵎⴰⵡⴰⵙⵜ ⵏ ⵜⵏⵣⵣⴰⵔⵜ, ⵜⴰⵎⵙⵎⵓⵏⵜ.',
    seatProvince: 'ⴰⵙⵉⴳ (ⵜⴰⵙⴳⴰ)',
    noSeat: 'ⵜⴰⵎⵏⴰⴹⵜ ⵎⴰⵕⵕⴰ (ⵓⵔ ⵉⵍⵍⵉ ⵓⵙⵉⴳ ⴳ ⵜⵙⴳⴰ)',
    coverage: 'ⵜⵉⵙⴳⴰⵡⵉⵏ ⵏⵏⴰ ⵜⵇⴰⴷⴰ',
    coverageHint: 'ⵉⴷⵖⴰⵔⵏ ⵏⵏⴰ ⴷ ⴷⴰ ⵜⵜⴰⵙⵏⵜ ⵜⵎⵖⴰⵔⵉⵏ ⵏⵏⴰ ⵜⵜⵉⵏⵖⵎⴰⵙ.',
    coverageSelected: (count) =>
      counted('zgh', count, { one: '# ⵉⵜⵜⵓⵙⵜⴰⵢⵏ', other: '# ⵉⵜⵜⵓⵙⵜⴰⵢⵏ' }),
    services: 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ',
    open247: 'ⵜⵕⵥⵎ 24 ⵏ ⵜⵙⵔⴰⴳⵉⵏ ⴳ ⵡⴰⵙⵙ, 7 ⵏ ⵡⵓⵙⵙⴰⵏ ⴳ ⵉⵎⴰⵍⴰⵙ',
    capacityTotal: 'ⵎⵏⵛⴽ ⵏ ⵉⴷⵖⴰⵔⵏ ⵙ ⵓⵎⴰⵜⴰ',
    capacityHint: 'ⵉ ⵓⵙⵏⵙ ⵖⴰⵙ. ⴰⵊⵊ ⵜ ⵢⵓⵔⴰ ⵎⴽ ⵓⵔ ⵉⵍⵍⵉ.',
    contact: 'ⴰⵏⵔⴰⵔ ⴷ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ',
    phone: 'ⵜⵉⵍⵉⴼⵓⵏ',
    address: 'ⵜⴰⵏⵙⴰ',
    createInstitutionSubmit: 'ⵙⵏⵓⵍⴼⵓ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ',
    institutionSaved: (name) => `ⵜⵜⵓⵙⵊⵊⵍ ${name}.`,
    instCode: 'ⵜⴰⵏⴳⴰⵍⵜ ⵜⴰⵏⴰⵎⵓⵙⵜ',
    instCodeHint:
      'ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵜⵜ ⵢⵓⴼⴽⴰ ⵓⵙⵏⴼⴰⵔ ⵏⵏⵙ. ⴳ ⵓⵙⴽⵛⵎ ⵏ ⵓⴼⴰⵢⵍⵓ, ⴰⵣⵔⵉⴳ ⵏⵏⴰ ⵖⵓⵔ ⵜⵍⵍⴰ ⵜⴰⵏⴳⴰⵍⵜ ⴰⴷ ⵉⵙⵏⴼⴰⵍ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⴷ.',
    instAreaTypes: 'ⵉⵏⴰⴹⵏ ⵏⵏⴰ ⵜⵇⴰⴷⴰ',
    instAreaTypesHint: 'ⵢⴰⵏ ⵓⵍⴰ ⵉⴷⵊ.',
    hoursLegend: 'ⵜⵉⵙⵔⴰⴳⵉⵏ ⵏ ⵓⵕⵥⵥⵎ',
    hoursHint:
      'ⵉ ⴽⵓ ⴰⵙⵙ, ⵜⵉⵙⵔⴰⴳⵉⵏ ⵏ ⵓⵕⵥⵥⵎ, ⴰⵎⵎ 08:30-16:30; ⵙⵏⴰⵜ ⵜⵉⵣⵉ ⴱⴹⴰⵏⵜ ⵙ ⵜⵙⴽⵔⵜ (08:30-12:00, 14:00-16:30). ⴰⵊⵊ ⴰⵙⵙ ⵢⵓⵔⴰ ⵎⴽ ⵜⵇⵇⵏ.',
    hoursHolidays:
      'ⵎⴽ ⵓⵔ ⵜⵕⵥⵎ 24/7, ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵜⵇⵇⵏ ⴳ ⵡⵓⵙⵙⴰⵏ ⵏ ⵜⵎⵖⵔⴰ ⵜⵉⵏⴰⵎⵓⵔⵉⵏ ⵉⵍⵍⴰⵏ ⴳ ⵢⴰⵏ ⵓⵣⵎⵣ (1, 11 ⴷ 14 ⵏ ⵢⵉⵏⵏⴰⵢⵔ, 1 ⵏ ⵎⴰⵢⵢⵓ, 30 ⵏ ⵢⵓⵍⵢⵓⵣ, 14, 20 ⴷ 21 ⵏ ⵖⵓⵛⵜ, 6 ⴷ 18 ⵏ ⵏⵓⵡⴰⵏⴱⵉⵔ). ⵜⵉⵎⵖⵔⴰ ⵜⵉⴷⵉⵏⴰⵏⵉⵏ ⵓⵔ ⵜⵜⵓⵙⵎⴽⵜⴰⵏⵜ ⴰⵔ ⴷⵖⵉ.',
    hoursOffice: 'ⵜⵉⵙⵔⴰⴳⵉⵏ ⵏ ⵓⵙⵏⵎⴰⵍ (ⵙⴳ ⵡⴰⵢⵏⴰⵙ ⴰⵔ ⵡⴰⵙⵉⵎⵡⴰⵙ, 08:30-16:30)',
    hoursClear: 'ⵙⵅⵡⵉ ⵉⵎⴰⵍⴰⵙ',
    hoursRequired: 'ⵔⵓⵏ ⵜⵉⵙⵔⴰⴳⵉⵏ ⵏ ⵢⴰⵏ ⵡⴰⵙⵙ ⵓⵍⴰ ⵉⴷⵊ, ⵏⵖ ⵙⵜⴰⵢ «ⵜⵕⵥⵎ 24/7».',
    hoursDayFormat: 'ⴰⵔⵓ ⵜⵉⵙⵔⴰⴳⵉⵏ ⴰⵎⵎ ⴰⴷ: 08:30-16:30 (ⵙⵏⴰⵜ ⵜⵉⵣⵉ: 08:30-12:00, 14:00-16:30).',
    dayMon: 'ⴰⵢⵏⴰⵙ',
    dayTue: 'ⴰⵙⵉⵏⴰⵙ',
    dayWed: 'ⴰⴽⵕⴰⵙ',
    dayThu: 'ⴰⴽⵡⴰⵙ',
    dayFri: 'ⴰⵙⵉⵎⵡⴰⵙ',
    daySat: 'ⴰⵙⵉⴹⵢⴰⵙ',
    daySun: 'ⴰⵙⴰⵎⴰⵙ',
    focalLegend: 'ⵉⵏⵇⵇⵉⴹⵏ ⵏ ⵓⵏⵔⴰⵔ',
    focalHint: 'ⵉⵎⵙⵡⵓⵔⵉⵜⵏ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⴰ ⵉⵣⵎⵔ ⵓⵥⵟⵟⴰ ⴰⴷ ⵙⵔⵙⵏ ⵉⵙⵙⵉⵡⵍ. ⵉⵙⴰⵍⵏ ⵏ ⵜⵡⵓⵔⵉ ⵖⴰⵙ.',
    focalNumber: (n) => `ⴰⵏⵇⵇⵉⴹ ${n}`,
    focalName: 'ⵉⵙⵎ ⵉⵛⵛⵓⵕⵏ',
    focalRole: 'ⵜⴰⵡⵓⵔⵉ',
    focalPhone: 'ⵜⵉⵍⵉⴼⵓⵏ ⵏ ⵜⵡⵓⵔⵉ',
    focalEmail: 'ⵉⵎⴰⵢⵍ ⵏ ⵜⵡⵓⵔⵉ',
    focalAdd: 'ⵔⵏⵓ ⴰⵏⵇⵇⵉⴹ',
    focalRemove: (n) => `ⴽⴽⵙ ⴰⵏⵇⵇⵉⴹ ${n}`,
    focalNone: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵏⵇⵇⵉⴹ ⴰⵔ ⴷⵖⵉ.',
    focalEmailFormat: 'ⴰⵔⵓ ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵉⵖⵓⴷⴰⵏ.',
    institutionStale:
      'ⵉⵙⵏⴼⵍ ⵢⴰⵏ ⵢⴰⴹⵏ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⴷ ⴳ ⵓⵣⵎⵣ ⵏⵏⴰ ⴳ ⵜⵜⵙⵏⴼⴰⵍⵜ. ⵎⴰⵢⵏⵏⴰ ⵜⵓⵔⵉⵜ ⵉⵍⵍⴰ ⴷⴰ. ⵙⵊⵊⵍ ⵜⵉⵙ ⵙⵏⴰⵜ: ⵖⴰⵙ ⵉⴳⵔⴰⵏ ⵏⵏⴰ ⵜⵙⵏⴼⵍⵜ ⴰⴷ ⵉⵜⵜⵓⵙⵊⵍⵏ; ⵏⵖ ⵇⵇⵏ ⴱⵍⴰ ⴰⵙⵊⵊⵍ ⴰⴷ ⵜⵥⵕⵜ ⵜⴰⵏⵙⵙ.',
    institutionSaveAnyway: 'ⵙⵊⵊⵍ ⵉⵙⵏⴼⵍⵏ ⵉⵏⵓ',
  },
  en: {
    createInstitutionTitle: 'New institution',
    editInstitutionTitle: (name) => `Edit ${name}`,
    instName: 'Name',
    agency: 'Supervising authority',
    agencyHint: 'For example: Ministry of Justice, DGSN, an association.',
    seatProvince: 'Seat (prefecture or province)',
    noSeat: 'Whole region (no provincial seat)',
    coverage: 'Prefectures and provinces served',
    coverageHint: 'The places the institution takes women in from.',
    coverageSelected: (count) =>
      count === 0 ? 'none ticked' : counted('en', count, { other: '# ticked' }),
    services: 'Services offered',
    open247: 'Open 24 hours a day, 7 days a week',
    capacityTotal: 'Total number of places',
    capacityHint: 'For shelter only. Leave empty otherwise.',
    contact: 'Contact for the institution',
    phone: 'Phone',
    address: 'Address',
    createInstitutionSubmit: 'Create the institution',
    institutionSaved: (name) => `${name} saved.`,
    instCode: 'Official code',
    instCodeHint:
      'The code its ministry or agency gives it. In an imported file, the row with this code updates this institution instead of adding a second one.',
    instAreaTypes: 'Areas served',
    instAreaTypesHint: 'At least one.',
    hoursLegend: 'Opening hours',
    hoursHint:
      'For each day, the hours it is open, such as 08:30-16:30; two periods separated by a comma (08:30-12:00, 14:00-16:30). Leave a day empty when it is closed.',
    hoursHolidays:
      'Unless it is open 24/7, the institution counts as closed on the fixed-date national holidays (1, 11 and 14 January, 1 May, 30 July, 14, 20 and 21 August, 6 and 18 November). Religious holidays, which follow the Hijri calendar, are not taken into account yet.',
    hoursOffice: 'Office hours (Monday to Friday, 08:30-16:30)',
    hoursClear: 'Empty the week',
    hoursRequired: 'Give the hours of at least one day, or tick “open 24 hours a day”.',
    hoursDayFormat: 'Write the hours like 08:30-16:30 (two periods: 08:30-12:00, 14:00-16:30).',
    dayMon: 'Monday',
    dayTue: 'Tuesday',
    dayWed: 'Wednesday',
    dayThu: 'Thursday',
    dayFri: 'Friday',
    daySat: 'Saturday',
    daySun: 'Sunday',
    focalLegend: 'Focal points',
    focalHint:
      'Staff of the institution the network may call about a referral. Work details only, never a survivor’s.',
    focalNumber: (n) => `Focal point ${n}`,
    focalName: 'Full name',
    focalRole: 'Function',
    focalPhone: 'Work phone',
    focalEmail: 'Work e-mail',
    focalAdd: 'Add a focal point',
    focalRemove: (n) => `Remove focal point ${n}`,
    focalNone: 'No focal point yet.',
    focalEmailFormat: 'Write a valid e-mail address.',
    institutionStale:
      'Someone else changed this institution while you were editing it. What you typed is still here. Saving again writes only the fields you changed, over theirs; or close without saving to see their version.',
    institutionSaveAnyway: 'Save my changes anyway',
  },
};
