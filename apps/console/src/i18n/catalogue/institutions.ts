import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** Administration of the referral network's institutions. */
export interface InstitutionsMessages {
  readonly institutionsTitle: string;
  readonly institutionsCount: (shown: number) => string;
  readonly newInstitution: string;
  readonly noInstitutions: string;
  readonly filters: string;
  readonly allRegions: string;
  readonly allTypes: string;
  readonly instType: string;
  readonly colPlace: string;
  readonly colServices: string;
  readonly colCapacity: string;
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
  readonly colHours: string;
  readonly hoursAlways: string;
  readonly hoursNotGiven: string;
  readonly instCode: string;
  readonly instCodeHint: string;
  readonly instAreaTypes: string;
  readonly instAreaTypesHint: string;
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
  readonly importOpen: string;
  readonly importTitle: string;
  readonly importIntro: string;
  readonly importFile: string;
  readonly importFileHint: string;
  readonly importColumnsTitle: string;
  readonly importColumnsNote: string;
  readonly importColMeaning: string;
  readonly importAccepted: string;
  readonly importColCode: string;
  readonly importColName: string;
  readonly importColType: string;
  readonly importColAgency: string;
  readonly importColRegion: string;
  readonly importColProvince: string;
  readonly importColCoverage: string;
  readonly importColAreaTypes: string;
  readonly importColServices: string;
  readonly importColOpen247: string;
  readonly importColOpeningHours: string;
  readonly importColCapacityTotal: string;
  readonly importColCapacityFree: string;
  readonly importColContact: string;
  readonly importColFocalPoint: string;
  readonly importExample: string;
  readonly importRequiredMark: string;
  readonly importSubmit: string;
  readonly importSending: string;
  readonly importChooseFile: string;
  readonly importTooLarge: string;
  readonly importProgressLabel: string;
  readonly importProgress: (done: number, total: number) => string;
  readonly importQueued: string;
  readonly importRunning: string;
  readonly importDone: string;
  readonly importFailed: string;
  readonly importAdded: (count: number) => string;
  readonly importUpdated: (count: number) => string;
  readonly importRefused: (count: number) => string;
  readonly importErrorsTitle: string;
  readonly importErrorsHint: string;
  readonly importColRow: string;
  readonly importColColumn: string;
  readonly importColProblem: string;
  readonly importWholeRow: string;
  readonly importAnother: string;
  readonly importHeaderRefused: string;
  readonly importUnknownColumn: (column: string) => string;
  readonly importMissingColumn: (column: string) => string;
  readonly importRepeatedColumn: (column: string) => string;
  readonly importUnreadable: string;
  readonly importEmpty: string;
  readonly issueRequired: string;
  readonly issueTooShort: string;
  readonly issueTooLong: string;
  readonly issueNotCode: string;
  readonly issueRegion: string;
  readonly issueProvince: string;
  readonly issueHours: string;
  readonly issueHoursRequired: string;
  readonly issueYesNo: string;
  readonly issueNumber: string;
  readonly issueFreeAboveTotal: string;
  readonly issueEmail: string;
  readonly issuePhone: string;
  readonly issueCodeFormat: string;
  readonly issueCodeTaken: string;
  readonly issueExtraCells: string;
  readonly issueOther: string;
  readonly issueHoursWith247: string;
  readonly issueInvisible: string;
  readonly importNotUtf8: string;
  readonly importDamagedLetters: string;
  readonly importShowLast: string;
  readonly importPollRetrying: string;
  readonly importContinues: string;
  readonly institutionStale: string;
  readonly institutionSaveAnyway: string;
  readonly institutionToggleStale: (name: string) => string;
}

export const institutionsMessages: Readonly<Record<Locale, InstitutionsMessages>> = {
  ar: {
    institutionsTitle: 'المؤسسات',
    institutionsCount: (shown) =>
      counted('ar', shown, {
        zero: 'لا توجد أي مؤسسة',
        one: 'مؤسسة واحدة',
        two: 'مؤسستان',
        few: '# مؤسسات',
        other: '# مؤسسة',
      }),
    newInstitution: 'مؤسسة جديدة',
    noInstitutions: 'لا توجد أي مؤسسة تطابق هذا الاختيار.',
    filters: 'تصفية المؤسسات',
    allRegions: 'كل الجهات',
    allTypes: 'كل الأنواع',
    instType: 'النوع',
    colPlace: 'المكان',
    colServices: 'الخدمات',
    colCapacity: 'الأماكن (الشاغرة / المجموع)',
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
    colHours: 'التوقيت',
    hoursAlways: 'مفتوحة 24/24 و7/7',
    hoursNotGiven: 'غير محددة',
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
    importOpen: 'استيراد ملف CSV',
    importTitle: 'استيراد المؤسسات',
    importIntro:
      'ملف CSV فيه مؤسسة في كل سطر، والسطر الأول يحمل أسماء الأعمدة. السطر الذي يوجد رمزه من قبل يحدّث تلك المؤسسة، وأي سطر آخر يضيف مؤسسة. الأسطر التي فيها مشكل تُعرض برقمها وتُستبعد، وتُستورد كل الأسطر الأخرى.',
    importFile: 'ملف CSV',
    importFileHint:
      'نص بترميز UTF-8، والخانات مفصولة بفواصل أو بفواصل منقوطة (كما يحفظه برنامج الجداول)، 5 ميغابايت على الأكثر.',
    importColumnsTitle: 'الأعمدة',
    importColumnsNote:
      'العمود الغائب عن الملف يترك المعلومة المقابلة كما هي في المؤسسة التي يتم تحديثها. الأعمدة الإلزامية: name و type و agency و region.',
    importColMeaning: 'المحتوى',
    importAccepted: 'القيم المقبولة',
    importColCode: 'الرمز الرسمي؛ رمز موجود من قبل يحدّث تلك المؤسسة',
    importColName: 'الاسم، من 2 إلى 200 حرف',
    importColType: 'نوع المؤسسة (رمز واحد)',
    importColAgency: 'الوزارة أو الهيئة الوصية',
    importColRegion: 'رمز الجهة، من 01 إلى 12',
    importColProvince: 'رمز عمالة أو إقليم المقر (3 أرقام)؛ فارغ لهيئة جهوية',
    importColCoverage:
      'العمالات والأقاليم المشمولة، رموز تفصل بينها فواصل منقوطة؛ إن تُرك فارغًا: إقليم المقر، أو الجهة كلها',
    importColAreaTypes:
      'الوسط الحضري أو القروي أو هما معًا، برموز تفصل بينها فاصلة منقوطة؛ فارغ: الاثنان',
    importColServices: 'الخدمات المقدمة، رموز تفصل بينها فواصل منقوطة',
    importColOpen247: 'yes إذا كانت مفتوحة ليلًا ونهارًا كل يوم، وإلا no (يُقبل أيضًا 1 و0)',
    importColOpeningHours:
      'إذا لم تكن مفتوحة 24/24 (وهو إلزامي حينها): الأيام ثم الساعات؛ وعدة مجموعات تفصل بينها فواصل منقوطة، كما في المثال',
    importColCapacityTotal: 'العدد الإجمالي للأماكن (أسرّة الإيواء)، عدد صحيح',
    importColCapacityFree: 'الأماكن الشاغرة الآن، دون تجاوز المجموع',
    importColContact: 'هاتف المؤسسة وبريدها الإلكتروني وعنوانها (وليس أبدًا معطيات ناجية)',
    importColFocalPoint:
      'نقطة ارتكاز واحدة: الاسم والمهمة (إلزاميان إذا مُلئت إحدى الخانات الأربع)، الهاتف والبريد الإلكتروني؛ تُحدِّث نقطة الارتكاز التي تحمل الاسم نفسه أو تُضاف، وتبقى الأخرى',
    importExample: 'مثال',
    importRequiredMark: 'إلزامي',
    importSubmit: 'إرسال واستيراد',
    importSending: 'جارٍ إرسال الملف…',
    importChooseFile: 'اختر ملف CSV أولًا.',
    importTooLarge: 'يتجاوز هذا الملف 5 ميغابايت: قسّمه إلى عدة ملفات.',
    importProgressLabel: 'الأسطر المعالجة',
    importProgress: (done, total) => `عولج ${done} من أصل ${total} سطرًا`,
    importQueued: 'في انتظار المعالجة…',
    importRunning: 'الاستيراد جارٍ…',
    importDone: 'انتهى الاستيراد.',
    importFailed:
      'توقف الاستيراد بسبب خطأ في الخادم. الأسطر المسجلة تبقى محفوظة؛ أعد إرسال الملف نفسه: ستُحدَّث الرموز الموجودة دون تكرارها.',
    importAdded: (count) =>
      counted('ar', count, {
        zero: 'لم تُضف أي مؤسسة',
        one: 'أضيفت مؤسسة واحدة',
        two: 'أضيفت مؤسستان',
        few: 'أضيفت # مؤسسات',
        other: 'أضيفت # مؤسسة',
      }),
    importUpdated: (count) =>
      counted('ar', count, {
        zero: 'لم تُحدَّث أي مؤسسة',
        one: 'حُدِّثت مؤسسة واحدة',
        two: 'حُدِّثت مؤسستان',
        few: 'حُدِّثت # مؤسسات',
        other: 'حُدِّثت # مؤسسة',
      }),
    importRefused: (count) =>
      counted('ar', count, {
        zero: 'لم يُستبعد أي سطر',
        one: 'استُبعد سطر واحد',
        two: 'استُبعد سطران',
        few: 'استُبعدت # أسطر',
        other: 'استُبعد # سطرًا',
      }),
    importErrorsTitle: 'الأسطر المستبعدة',
    importErrorsHint:
      'صحّح هذه الأسطر في الملف ثم استورده من جديد: الأسطر المستوردة من قبل ستُحدَّث ولن تتكرر.',
    importColRow: 'السطر',
    importColColumn: 'العمود',
    importColProblem: 'المشكل',
    importWholeRow: 'السطر كله',
    importAnother: 'استيراد ملف آخر',
    importHeaderRefused: 'لم يُستورد الملف: يجب تصحيح سطره الأول (أسماء الأعمدة).',
    importUnknownColumn: (column) => `«${column}» ليس عمودًا معروفًا.`,
    importMissingColumn: (column) => `العمود الإلزامي «${column}» غير موجود.`,
    importRepeatedColumn: (column) => `العمود «${column}» مكرر.`,
    importUnreadable: 'تعذّرت قراءة الملف بصيغة CSV: ابحث عن علامة تنصيص لم تُغلق.',
    importEmpty: 'الملف فارغ.',
    issueRequired: 'فارغ، مع أن هذه القيمة ضرورية.',
    issueTooShort: 'قصير جدًا.',
    issueTooLong: 'طويل أو كبير جدًا.',
    issueNotCode: 'ليس من الرموز المقبولة.',
    issueRegion: 'ليس رمز جهة (من 01 إلى 12)، أو جهة خارج مجال اختصاصك.',
    issueProvince: 'ليس عمالة أو إقليمًا من هذه الجهة، أو خارج مجال اختصاصك.',
    issueHours: 'لم تُفهم الساعات؛ اكتبها كما في هذا المثال:',
    issueHoursRequired: 'أدخل أوقات العمل، أو بيّن أن المؤسسة مفتوحة 24/24.',
    issueYesNo: 'غير مفهوم: اكتب yes أو no (أو 1 و0).',
    issueNumber: 'ليس عددًا صحيحًا.',
    issueFreeAboveTotal: 'عدد الأماكن الشاغرة أكبر من العدد الإجمالي للأماكن.',
    issueEmail: 'ليس عنوان بريد إلكتروني صحيحًا.',
    issuePhone: 'ليس رقم هاتف صحيحًا.',
    issueCodeFormat: 'حروف وأرقام و . _ / - فقط، بدون فراغات.',
    issueCodeTaken: 'هذا الرمز موجود في سطر سابق من الملف، أو يخص مؤسسة خارج مجال اختصاصك.',
    issueExtraCells:
      'خانات أكثر من الأعمدة: القيمة التي تحتوي على فاصلة أو فاصلة منقوطة يجب أن توضع بين علامتي تنصيص.',
    issueOther: 'هذه القيمة غير صحيحة.',
    issueHoursWith247: 'يقول السطر إنها مفتوحة 24/24 ويعطي أوقات عمل: أفرغ إحدى الخانتين.',
    issueInvisible: 'يحتوي على حرف تحكّم غير مرئي (منسوخ من برنامج آخر): أعد كتابة القيمة.',
    importNotUtf8:
      'لم يُحفظ هذا الملف بالترميز الصحيح، وستتلف فيه الحروف العربية والمشكولة. في برنامج الجداول، احفظه من جديد باختيار النوع:',
    importDamagedLetters:
      'يحتوي هذا الملف على العلامة � مكان حروف ضاعت في تحويل سابق: صحّح تلك الحروف قبل استيراده.',
    importShowLast: 'عرض تقرير آخر استيراد',
    importPollRetrying: 'انقطع الاتصال بالخادم؛ ستُعاد المحاولة تلقائيًا…',
    importContinues:
      'يستمر الاستيراد حتى إن أغلقت هذه النافذة؛ يمكنك إعادة فتح تقريره من صفحة المؤسسات.',
    institutionStale:
      'عدّل شخص آخر هذه المؤسسة أثناء تعديلك لها. ما كتبته ما زال هنا. الحفظ من جديد يكتب الحقول التي غيّرتها فقط، فوق تعديلاته؛ أو أغلق دون حفظ لرؤية نسخته.',
    institutionSaveAnyway: 'حفظ تغييراتي رغم ذلك',
    institutionToggleStale: (name) => `عدّل شخص آخر ${name} في الأثناء: حُدّثت القائمة، أعد المحاولة.`,
  },
  fr: {
    institutionsTitle: 'Institutions',
    institutionsCount: (shown) =>
      shown === 0
        ? 'Aucune institution'
        : counted('fr', shown, { one: '# institution', other: '# institutions' }),
    newInstitution: 'Nouvelle institution',
    noInstitutions: 'Aucune institution ne correspond à ce choix.',
    filters: 'Filtrer les institutions',
    allRegions: 'Toutes les régions',
    allTypes: 'Tous les types',
    instType: 'Type',
    colPlace: 'Lieu',
    colServices: 'Services',
    colCapacity: 'Places (libres / total)',
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
    colHours: 'Horaires',
    hoursAlways: 'Ouverte 24h/24, 7j/7',
    hoursNotGiven: 'Non renseignés',
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
    importOpen: 'Importer un fichier CSV',
    importTitle: 'Importer des institutions',
    importIntro:
      'Un fichier CSV avec une institution par ligne, la première ligne nommant les colonnes. Une ligne dont le code existe déjà met à jour cette institution ; toute autre ligne en ajoute une. Les lignes qui posent problème sont listées avec leur numéro et écartées ; toutes les autres sont importées.',
    importFile: 'Fichier CSV',
    importFileHint:
      'Texte UTF-8, cellules séparées par des virgules ou des points-virgules (comme l’enregistre un tableur), 5 Mo au plus.',
    importColumnsTitle: 'Les colonnes',
    importColumnsNote:
      'Une colonne absente du fichier laisse ce champ inchangé sur une institution mise à jour. Colonnes obligatoires : name, type, agency et region.',
    importColMeaning: 'Contenu',
    importAccepted: 'Valeurs acceptées',
    importColCode: 'le code officiel ; un code déjà présent met à jour cette institution',
    importColName: 'le nom, de 2 à 200 caractères',
    importColType: 'le type d’institution (un code)',
    importColAgency: 'le ministère ou l’organisme de tutelle',
    importColRegion: 'le code de la région, de 01 à 12',
    importColProvince:
      'le code de la préfecture ou province du siège (3 chiffres) ; vide pour un organisme régional',
    importColCoverage:
      'les préfectures et provinces desservies, codes séparés par des points-virgules ; vide : la province du siège, ou toute la région',
    importColAreaTypes:
      'milieu urbain, rural ou les deux, en codes séparés par un point-virgule ; vide : les deux',
    importColServices: 'les services proposés, codes séparés par des points-virgules',
    importColOpen247:
      'oui (ou yes) si elle est ouverte jour et nuit, tous les jours ; sinon non (1 et 0 marchent aussi)',
    importColOpeningHours:
      'si elle n’est pas ouverte 24h/24 (obligatoire alors) : les jours puis les heures ; plusieurs groupes séparés par des points-virgules, comme dans l’exemple',
    importColCapacityTotal: 'nombre total de places (lits d’hébergement), nombre entier',
    importColCapacityFree: 'places libres maintenant, sans dépasser le total',
    importColContact:
      'téléphone, courriel et adresse de l’institution (jamais ceux d’une survivante)',
    importColFocalPoint:
      'un point focal : nom et fonction (obligatoires si l’une des quatre cellules est remplie), téléphone et courriel ; il met à jour le point focal du même nom, ou s’ajoute, et les autres sont gardés',
    importExample: 'Exemple',
    importRequiredMark: 'obligatoire',
    importSubmit: 'Envoyer et importer',
    importSending: 'Envoi du fichier…',
    importChooseFile: 'Choisissez d’abord un fichier CSV.',
    importTooLarge: 'Ce fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.',
    importProgressLabel: 'Lignes traitées',
    importProgress: (done, total) => `${done} lignes traitées sur ${total}`,
    importQueued: 'En attente de traitement…',
    importRunning: 'Import en cours…',
    importDone: 'Import terminé.',
    importFailed:
      'L’import s’est arrêté sur une erreur du serveur. Les lignes déjà écrites sont conservées ; renvoyez le même fichier : les codes existants seront mis à jour, pas dupliqués.',
    importAdded: (count) =>
      count === 0
        ? 'Aucune institution ajoutée'
        : counted('fr', count, { one: '# institution ajoutée', other: '# institutions ajoutées' }),
    importUpdated: (count) =>
      count === 0
        ? 'Aucune institution mise à jour'
        : counted('fr', count, {
            one: '# institution mise à jour',
            other: '# institutions mises à jour',
          }),
    importRefused: (count) =>
      count === 0
        ? 'Aucune ligne écartée'
        : counted('fr', count, { one: '# ligne écartée', other: '# lignes écartées' }),
    importErrorsTitle: 'Lignes écartées',
    importErrorsHint:
      'Corrigez ces lignes dans le fichier puis importez-le à nouveau : les lignes déjà importées seront mises à jour, pas dupliquées.',
    importColRow: 'Ligne',
    importColColumn: 'Colonne',
    importColProblem: 'Problème',
    importWholeRow: 'toute la ligne',
    importAnother: 'Importer un autre fichier',
    importHeaderRefused:
      'Le fichier n’a pas été importé : sa première ligne (les noms des colonnes) est à corriger.',
    importUnknownColumn: (column) => `« ${column} » n’est pas une colonne connue.`,
    importMissingColumn: (column) => `La colonne obligatoire « ${column} » manque.`,
    importRepeatedColumn: (column) => `La colonne « ${column} » apparaît deux fois.`,
    importUnreadable:
      'Le fichier ne peut pas être lu comme un CSV : cherchez un guillemet resté ouvert.',
    importEmpty: 'Le fichier est vide.',
    issueRequired: 'Vide, alors que cette valeur est nécessaire.',
    issueTooShort: 'Trop court.',
    issueTooLong: 'Trop long ou trop grand.',
    issueNotCode: 'Ce n’est pas un des codes acceptés.',
    issueRegion:
      'Ce n’est pas un code de région (01 à 12), ou la région est hors de votre territoire.',
    issueProvince:
      'Ce n’est pas une préfecture ou province de cette région, ou elle est hors de votre territoire.',
    issueHours: 'Horaires non compris ; écrivez-les comme dans cet exemple :',
    issueHoursRequired: 'Indiquez les horaires, ou indiquez que l’institution est ouverte 24h/24.',
    issueYesNo: 'Pas compris : écrivez oui ou non (ou 1 et 0).',
    issueNumber: 'Ce n’est pas un nombre entier.',
    issueFreeAboveTotal: 'Plus de places libres que de places au total.',
    issueEmail: 'Ce n’est pas une adresse électronique valide.',
    issuePhone: 'Ce n’est pas un numéro de téléphone valide.',
    issueCodeFormat: 'Lettres, chiffres et . _ / - seulement, sans espaces.',
    issueCodeTaken:
      'Ce code figure déjà sur une ligne précédente du fichier, ou appartient à une institution hors de votre territoire.',
    issueExtraCells:
      'Plus de cellules que de colonnes : une valeur qui contient une virgule ou un point-virgule doit être entre guillemets.',
    issueOther: 'Cette valeur n’est pas valide.',
    issueHoursWith247:
      'La ligne dit ouvert 24 h/24 et donne des horaires : videz l’une des deux cellules.',
    issueInvisible:
      'Contient un caractère de contrôle invisible (copié d’un autre logiciel) : retapez la valeur.',
    importNotUtf8:
      'Ce fichier n’est pas enregistré dans le bon codage : ses lettres accentuées et arabes seraient abîmées. Dans votre tableur, enregistrez-le à nouveau en choisissant le type :',
    importDamagedLetters:
      'Ce fichier contient le signe � à la place de lettres perdues lors d’une conversion antérieure : corrigez-les avant de l’importer.',
    importShowLast: 'Voir le rapport du dernier import',
    importPollRetrying: 'Connexion au serveur perdue ; nouvel essai automatique…',
    importContinues:
      'L’import continue si vous fermez cette fenêtre ; son rapport se rouvre depuis la page des institutions.',
    institutionStale:
      'Quelqu’un d’autre a modifié cette institution pendant que vous la modifiiez. Ce que vous avez saisi est conservé. Enregistrer à nouveau n’écrit que les champs que vous avez changés, par-dessus les siens ; ou fermez sans enregistrer pour voir sa version.',
    institutionSaveAnyway: 'Enregistrer mes changements quand même',
    institutionToggleStale: (name) =>
      `${name} a été modifiée entre-temps par quelqu’un d’autre : la liste est à jour, réessayez.`,
  },
  zgh: {
    institutionsTitle: 'ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    institutionsCount: (shown) =>
      counted('zgh', shown, { one: '# ⵜⵎⵙⵙⵓⴷⵓⵙⵜ', other: '# ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ' }),
    newInstitution: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    noInstitutions: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵙⵜⴰⵢ ⴰⴷ.',
    filters: 'ⵙⵙⵜⵢ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    allRegions: 'ⴽⵓⵍⵍⵓ ⵜⵉⵎⵏⴰⴹⵉⵏ',
    allTypes: 'ⴽⵓⵍⵍⵓ ⵉⵏⴰⵡⵏ',
    instType: 'ⴰⵏⴰⵡ',
    colPlace: 'ⴰⴷⵖⴰⵔ',
    colServices: 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ',
    colCapacity: 'ⵉⴷⵖⴰⵔⵏ (ⵉⵍⵍⴰⵏ / ⴰⵎⴰⵜⴰ)',
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
    colHours: 'ⵜⵉⵙⵔⴰⴳⵉⵏ',
    hoursAlways: 'ⵜⵕⵥⵎ 24/7',
    hoursNotGiven: 'ⵓⵔ ⵜⵜⵓⵙⵎⵍⵏⵜ',
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
    importOpen: 'ⵙⴽⵛⵎ ⴰⴼⴰⵢⵍⵓ',
    importTitle: 'ⵙⴽⵛⵎ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    importIntro:
      'ⴰⴼⴰⵢⵍⵓ ⵙ ⵢⴰⵜ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⴳ ⴽⵓ ⴰⵣⵔⵉⴳ; ⴰⵣⵔⵉⴳ ⴰⵎⵣⵡⴰⵔⵓ ⵉⵙⵎⵎⴰ ⵜⵉⴳⵓⵎⵎⴰ. ⴰⵣⵔⵉⴳ ⵏⵏⴰ ⵖⵓⵔ ⵜⵍⵍⴰ ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⵉⵙⵏⴼⴰⵍ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⴷ, ⵡⵉⵏⵏⵉⴹⵏ ⵔⵏⵏⵓⵏ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ. ⵉⵣⵔⵉⴳⵏ ⵖⵓⵔ ⵉⵍⵍⴰ ⵓⵎⵓⴽⵔⴰⵙ ⴰⴷ ⵜⵏ ⵏⵙⵎⴰⵍ, ⵡⵉⵏⵏⵉⴹⵏ ⴰⴷ ⴽⵛⵎⵏ.',
    importFile: 'ⴰⴼⴰⵢⵍⵓ',
    importFileHint: 'ⴰⴹⵕⵉⵚ ⵏ ⵓⵙⵏⵎⴰⵍ, ⵜⵉⵙⵓⵔⴰ ⴱⴹⴰⵏⵜ ⵙ ⵜⵙⴽⵔⵜ, 5 ⵎⵉⴳⴰ ⵓⴳⴳⴰⵔ.',
    importColumnsTitle: 'ⵜⵉⴳⵓⵎⵎⴰ',
    importColumnsNote: 'ⵜⴰⴳⵓⵎⵎⴰ ⵏⵏⴰ ⵓⵔ ⵉⵍⵍⵉⵏ ⴳ ⵓⴼⴰⵢⵍⵓ ⵓⵔ ⵜⵙⵏⴼⴰⵍ ⴰⵏⵙⴰ ⵏⵏⵙ ⴳ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ.',
    importColMeaning: 'ⴰⴳⴰⵡⵏ',
    importAccepted: 'ⵜⵉⵏⴳⴰⵍⵉⵏ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ',
    importColCode: 'ⵜⴰⵏⴳⴰⵍⵜ ⵜⴰⵏⴰⵎⵓⵙⵜ',
    importColName: 'ⵉⵙⵎ, ⵙⴳ 2 ⴰⵔ 200 ⵏ ⵉⵙⴽⴽⵉⵍⵏ',
    importColType: 'ⴰⵏⴰⵡ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ',
    importColAgency: 'ⵜⴰⵎⴰⵡⴰⵙⵜ ⵏⵖ ⵜⴰⵏⴱⴰⴹⵜ ⵏⵏⴰ ⵜⵜ ⵉⵟⵟⴼⵏ',
    importColRegion: 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵜⵎⵏⴰⴹⵜ, ⵙⴳ 01 ⴰⵔ 12',
    importColProvince: 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵜⵙⴳⴰ ⵏ ⵓⵙⵉⴳ (3 ⵏ ⵉⵟⵟⴰⵏ)',
    importColCoverage: 'ⵜⵉⵙⴳⴰⵡⵉⵏ ⵏⵏⴰ ⵜⵇⴰⴷⴰ, ⵜⵉⵏⴳⴰⵍⵉⵏ ⴱⴹⴰⵏⵉⵏ ⵙ ⵜⵙⴽⵔⵜ',
    importColAreaTypes: 'ⵉⵏⴰⴹⵏ, ⵜⵉⵏⴳⴰⵍⵉⵏ ⴱⴹⴰⵏⵉⵏ ⵙ ⵜⵙⴽⵔⵜ',
    importColServices: 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ, ⵜⵉⵏⴳⴰⵍⵉⵏ ⴱⴹⴰⵏⵉⵏ ⵙ ⵜⵙⴽⵔⵜ',
    importColOpen247: '1 ⵎⴽ ⵜⵕⵥⵎ ⴽⵓ ⴰⵙⵙ ⴷ ⴽⵓ ⵢⵉⴹ, 0 ⵎⴽ ⵓⵀⵓ',
    importColOpeningHours: 'ⵎⴽ ⵓⵔ ⵜⵕⵥⵎ 24/7: ⵓⵙⵙⴰⵏ ⴷ ⵜⵉⵙⵔⴰⴳⵉⵏ, ⴰⵎⵎ ⴳ ⵓⵎⴷⵢⴰ',
    importColCapacityTotal: 'ⵎⵏⵛⴽ ⵏ ⵉⴷⵖⴰⵔⵏ ⵙ ⵓⵎⴰⵜⴰ',
    importColCapacityFree: 'ⵉⴷⵖⴰⵔⵏ ⵉⵍⵍⴰⵏ ⵖⵉⵍⴰ',
    importColContact: 'ⵜⵉⵍⵉⴼⵓⵏ, ⵉⵎⴰⵢⵍ ⴷ ⵜⴰⵏⵙⴰ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ',
    importColFocalPoint:
      'ⵢⴰⵏ ⵓⵏⵇⵇⵉⴹ: ⵉⵙⵎ, ⵜⴰⵡⵓⵔⵉ, ⵜⵉⵍⵉⴼⵓⵏ ⴷ ⵉⵎⴰⵢⵍ; ⵉⵙⵏⴼⴰⵍ ⴰⵏⵇⵇⵉⴹ ⵙ ⵢⵉⵙⵎ ⴰⴷ ⵏⵖ ⵉⵜⵜⵓⵔⵏⵓ, ⵡⵉⵢⴰⴹ ⵇⵇⵉⵎⵏ',
    importExample: 'ⴰⵎⴷⵢⴰ',
    importRequiredMark: 'ⵉⵇⵇⴰⵏ',
    importSubmit: 'ⴰⵣⵏ ⴷ ⵙⴽⵛⵎ',
    importSending: 'ⴰⵣⴰⵏ ⵏ ⵓⴼⴰⵢⵍⵓ…',
    importChooseFile: 'ⵙⵜⴰⵢ ⴰⴼⴰⵢⵍⵓ ⵣⵉⴽ.',
    importTooLarge: 'ⴰⴼⴰⵢⵍⵓ ⴰⴷ ⵉⵣⴳⵔ 5 ⵎⵉⴳⴰ: ⴱⴹⵓ ⵜ ⵖⴼ ⴽⵔⴰ ⵏ ⵉⴼⴰⵢⵍⵓⵜⵏ.',
    importProgressLabel: 'ⵉⵣⵔⵉⴳⵏ ⵉⵜⵜⵓⵙⵎⵔⵙⵏ',
    importProgress: (done, total) => `${done} ⵙⴳ ${total} ⵏ ⵉⵣⵔⵉⴳⵏ`,
    importQueued: 'ⴰⵔ ⵉⵜⵜⵔⴰⵊⵓ…',
    importRunning: 'ⴰⵙⴽⵛⵎ ⵉⵜⵜⴷⴷⵓ…',
    importDone: 'ⵉⴽⵎⵍ ⵓⵙⴽⵛⵎ.',
    importFailed:
      'ⵉⴱⴷⴷ ⵓⵙⴽⵛⵎ ⵙ ⵜⵣⴳⵍⵜ ⴳ ⵓⵎⵙⵜⵅⴷⵎ. ⴰⵣⵏ ⴰⴼⴰⵢⵍⵓ ⵏⵏⵉⴳ ⵜⵉⵙ ⵙⵏⴰⵜ: ⵜⵉⵏⴳⴰⵍⵉⵏ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⴰⴷ ⵜⵜⵓⵙⵏⴼⵍⵏⵜ.',
    importAdded: (count) =>
      counted('zgh', count, { one: '# ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵜⵜⵓⵔⵏⵓ', other: '# ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⵜⵜⵓⵔⵏⵓⵏⵜ' }),
    importUpdated: (count) =>
      counted('zgh', count, { one: '# ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵜⵜⵓⵙⵏⴼⵍ', other: '# ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⵜⵜⵓⵙⵏⴼⵍⵏⵜ' }),
    importRefused: (count) =>
      counted('zgh', count, { one: '# ⵓⵣⵔⵉⴳ ⵓⵔ ⵉⴽⵛⵉⵎ', other: '# ⵏ ⵉⵣⵔⵉⴳⵏ ⵓⵔ ⵉⴽⵛⵉⵎⵏ' }),
    importErrorsTitle: 'ⵉⵣⵔⵉⴳⵏ ⵏⵏⴰ ⵓⵔ ⵉⴽⵛⵉⵎⵏ',
    importErrorsHint: 'ⵙⵖⵓⴷ ⵉⵣⵔⵉⴳⵏ ⴰⴷ ⴳ ⵓⴼⴰⵢⵍⵓ, ⵙⴽⵛⵎ ⵜ ⵜⵉⵙ ⵙⵏⴰⵜ.',
    importColRow: 'ⴰⵣⵔⵉⴳ',
    importColColumn: 'ⵜⴰⴳⵓⵎⵎⴰ',
    importColProblem: 'ⴰⵎⵓⴽⵔⴰⵙ',
    importWholeRow: 'ⴰⵣⵔⵉⴳ ⴰⴽⴽⵯ',
    importAnother: 'ⵙⴽⵛⵎ ⵢⴰⵏ ⵓⴼⴰⵢⵍⵓ ⵢⴰⴹⵏ',
    importHeaderRefused: 'ⵓⵔ ⵉⴽⵛⵉⵎ ⵓⴼⴰⵢⵍⵓ: ⵙⵖⵓⴷ ⴰⵣⵔⵉⴳ ⵏⵏⵙ ⴰⵎⵣⵡⴰⵔⵓ.',
    importUnknownColumn: (column) => `«${column}» ⵓⵔ ⵜⴳⵉ ⵜⴰⴳⵓⵎⵎⴰ ⵉⵜⵜⵡⴰⵙⵙⵏⵏ.`,
    importMissingColumn: (column) => `ⵜⴰⴳⵓⵎⵎⴰ «${column}» ⵉⵇⵇⴰⵏ ⵜⵍⵍⴰ.`,
    importRepeatedColumn: (column) => `ⵜⴰⴳⵓⵎⵎⴰ «${column}» ⵜⵍⵍⴰ ⵙⵏⴰⵜ ⵜⵉⴽⴽⴰⵍ.`,
    importUnreadable: 'ⵓⵔ ⵉⵜⵜⵓⵖⵔ ⵓⴼⴰⵢⵍⵓ.',
    importEmpty: 'ⴰⴼⴰⵢⵍⵓ ⵢⵓⵔⴰ.',
    issueRequired: 'ⵢⵓⵔⴰ, ⵎⴰⵛⴰ ⵉⵇⵇⴰⵏ.',
    issueTooShort: 'ⵉⵎⵥⵥⵉ ⴱⵣⵣⴰⴼ.',
    issueTooLong: 'ⵉⵎⵇⵇⵓⵔ ⴱⵣⵣⴰⴼ.',
    issueNotCode: 'ⵓⵔ ⵉⴳⵉ ⵢⴰⵜ ⵙⴳ ⵜⵏⴳⴰⵍⵉⵏ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ.',
    issueRegion: 'ⵓⵔ ⵜⴳⵉ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵜⵎⵏⴰⴹⵜ (01 ⴰⵔ 12), ⵏⵖ ⵜⴰⵎⵏⴰⴹⵜ ⴰⴷ ⴱⵕⵕⴰ ⵏ ⵡⴰⵏⵙⴰ ⵏⵏⵎ.',
    issueProvince: 'ⵓⵔ ⵜⴳⵉ ⵜⴰⵙⴳⴰ ⵏ ⵜⵎⵏⴰⴹⵜ ⴰⴷ, ⵏⵖ ⵜⵍⵍⴰ ⴱⵕⵕⴰ ⵏ ⵡⴰⵏⵙⴰ ⵏⵏⵎ.',
    issueHours: 'ⵓⵔ ⵜⵜⵓⴼⵀⴰⵎⵏⵜ ⵜⵉⵙⵔⴰⴳⵉⵏ; ⴰⵔⵓ ⵜⵏⵜ ⴰⵎⵎ ⴳ ⵓⵎⴷⵢⴰ ⴰⴷ:',
    issueHoursRequired: 'ⵔⵓⵏ ⵜⵉⵙⵔⴰⴳⵉⵏ, ⵏⵖ ⵉⵏⵉ ⵉⵙ ⵜⵕⵥⵎ 24/7.',
    issueYesNo: 'ⵓⵔ ⵉⵜⵜⵓⴼⵀⴰⵎ: ⴰⵔⵓ 1 ⵏⵖ 0.',
    issueNumber: 'ⵓⵔ ⵉⴳⵉ ⴰⵎⴹⴰⵏ ⵉⵛⵛⵓⵕⵏ.',
    issueFreeAboveTotal: 'ⵉⴷⵖⴰⵔⵏ ⵉⵍⵍⴰⵏ ⵓⴳⴳⴰⵔⵏ ⵎⵏⵛⴽ ⵏ ⵉⴷⵖⴰⵔⵏ ⵙ ⵓⵎⴰⵜⴰ.',
    issueEmail: 'ⵓⵔ ⵜⴳⵉ ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵉⵖⵓⴷⴰⵏ.',
    issuePhone: 'ⵓⵔ ⵉⴳⵉ ⵓⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⵉⵖⵓⴷⴰⵏ.',
    issueCodeFormat: 'ⵉⵙⴽⴽⵉⵍⵏ, ⵉⵟⵟⴰⵏ ⴷ . _ / - ⵖⴰⵙ.',
    issueCodeTaken: 'ⵜⴰⵏⴳⴰⵍⵜ ⴰⴷ ⵜⵍⵍⴰ ⴳ ⵢⴰⵏ ⵓⵣⵔⵉⴳ ⵉⵣⵔⵉⵏ, ⵏⵖ ⵜⴳⴰ ⵜⵉⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⴱⵕⵕⴰ ⵏ ⵡⴰⵏⵙⴰ ⵏⵏⵎ.',
    issueExtraCells: 'ⵜⵉⵙⵓⵔⴰ ⵓⴳⴳⴰⵔ ⵏ ⵜⵉⴳⵓⵎⵎⴰ.',
    issueOther: 'ⴰⵣⴰⵍ ⴰⴷ ⵓⵔ ⵉⵖⵓⴷ.',
    issueHoursWith247: 'ⴰⵣⵔⵉⴳ ⵉⵏⵏⴰ ⵜⵕⵥⵎ 24/7 ⵉⴼⴽ ⴷ ⵜⵉⵙⵔⴰⴳⵉⵏ: ⴽⴽⵙ ⵢⴰⵜ ⵙⴳ ⵜⵙⵓⵔⴰ ⵙⵏⴰⵜ.',
    issueInvisible: 'ⵖⵓⵔⵙ ⵢⴰⵏ ⵓⵙⴽⴽⵉⵍ ⵓⵔ ⵉⵜⵜⵓⵥⵕⴰⵏ: ⴰⵔⵓ ⴰⵣⴰⵍ ⵜⵉⵙ ⵙⵏⴰⵜ.',
    importNotUtf8:
      'ⴰⴼⴰⵢⵍⵓ ⴰⴷ ⵓⵔ ⵉⵜⵜⵓⵙⵊⵍ ⵙ ⵓⵏⴰⵡ ⵉⵖⵓⴷⴰⵏ, ⵔⴰⴷ ⵅⵙⵔⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵏⵏⵙ. ⴳ ⵓⵙⵏⵎⴰⵍ, ⵙⵊⵊⵍ ⵜ ⵜⵉⵙ ⵙⵏⴰⵜ ⵙ ⵓⵏⴰⵡ ⴰⴷ:',
    importDamagedLetters: 'ⴰⴼⴰⵢⵍⵓ ⴰⴷ ⵖⵓⵔⵙ ⴰⵣⵎⵎⴰⵎ � ⴳ ⵓⵎⵛⵛⴰⴹ ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵉⵅⵙⵔⵏ: ⵙⵖⵓⴷ ⵜⵏ ⵣⵉⴽ.',
    importShowLast: 'ⵙⵎⵍ ⴰⵏⴰⵎⵓⵙ ⵏ ⵓⵙⴽⵛⵎ ⴰⵏⴳⵔⵓ',
    importPollRetrying: 'ⵉⴱⴱⵉ ⵓⵣⴷⴰⵢ ⴷ ⵓⵎⵥⵥⵓⵖ; ⴰⴷ ⵏⴰⵍⵙ ⴰⵔⵎ…',
    importContinues:
      'ⴰⵙⴽⵛⵎ ⴰⴷ ⵉⴽⵎⵎⵍ ⵎⴽ ⵜⵇⵇⵏⵜ ⵜⴰⵙⵇⵇⵓⵔⵜ ⴰⴷ; ⵜⵣⵎⵔⵜ ⴰⴷ ⵜⵙⵎⵍⵜ ⴰⵏⴰⵎⵓⵙ ⵏⵏⵙ ⵙⴳ ⵜⴰⵙⵏⴰ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ.',
    institutionStale:
      'ⵉⵙⵏⴼⵍ ⵢⴰⵏ ⵢⴰⴹⵏ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⴷ ⴳ ⵓⵣⵎⵣ ⵏⵏⴰ ⴳ ⵜⵜⵙⵏⴼⴰⵍⵜ. ⵎⴰⵢⵏⵏⴰ ⵜⵓⵔⵉⵜ ⵉⵍⵍⴰ ⴷⴰ. ⵙⵊⵊⵍ ⵜⵉⵙ ⵙⵏⴰⵜ: ⵖⴰⵙ ⵉⴳⵔⴰⵏ ⵏⵏⴰ ⵜⵙⵏⴼⵍⵜ ⴰⴷ ⵉⵜⵜⵓⵙⵊⵍⵏ; ⵏⵖ ⵇⵇⵏ ⴱⵍⴰ ⴰⵙⵊⵊⵍ ⴰⴷ ⵜⵥⵕⵜ ⵜⴰⵏⵙⵙ.',
    institutionSaveAnyway: 'ⵙⵊⵊⵍ ⵉⵙⵏⴼⵍⵏ ⵉⵏⵓ',
    institutionToggleStale: (name) => `ⵉⵙⵏⴼⵍ ⵢⴰⵏ ⵢⴰⴹⵏ ${name}: ⵜⵜⵓⵙⵎⴰⵢⵏⵓ ⵜⵍⴳⴰⵎⵜ, ⴰⵍⵙ ⴰⵔⵎ.`,
  },
  en: {
    institutionsTitle: 'Institutions',
    institutionsCount: (shown) =>
      shown === 0
        ? 'No institutions'
        : counted('en', shown, { one: '# institution', other: '# institutions' }),
    newInstitution: 'New institution',
    noInstitutions: 'No institution matches this choice.',
    filters: 'Filter the institutions',
    allRegions: 'All regions',
    allTypes: 'All types',
    instType: 'Type',
    colPlace: 'Place',
    colServices: 'Services',
    colCapacity: 'Places (free / total)',
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
    colHours: 'Hours',
    hoursAlways: 'Open 24/7',
    hoursNotGiven: 'Not given',
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
    importOpen: 'Import a CSV file',
    importTitle: 'Import institutions',
    importIntro:
      'A CSV file with one institution per row, the first row naming the columns. A row whose code already exists updates that institution; any other row adds one. Rows with a problem are listed with their number and left out; all the others are imported.',
    importFile: 'CSV file',
    importFileHint:
      'UTF-8 text, cells separated by commas or semicolons (as a spreadsheet saves it), 5 MB at most.',
    importColumnsTitle: 'The columns',
    importColumnsNote:
      'A column left out of the file leaves that field as it is on an institution being updated. Required columns: name, type, agency and region.',
    importColMeaning: 'What it holds',
    importAccepted: 'Accepted values',
    importColCode: 'the official code; a code already in the directory updates that institution',
    importColName: 'the name, 2 to 200 characters',
    importColType: 'the kind of institution (one code)',
    importColAgency: 'the ministry or agency it answers to',
    importColRegion: 'the region code, 01 to 12',
    importColProvince: 'the seat prefecture or province code (3 digits); empty for a regional body',
    importColCoverage:
      'the prefectures and provinces served, codes separated by semicolons; empty: the seat province, or the whole region',
    importColAreaTypes: 'town, countryside or both, as codes separated by a semicolon; empty: both',
    importColServices: 'the services offered, codes separated by semicolons',
    importColOpen247: 'yes when open day and night, every day; otherwise no (1 and 0 work too)',
    importColOpeningHours:
      'when not open 24/7 (required then): the days, then the hours; several groups separated by semicolons, as in the example',
    importColCapacityTotal: 'places in all (shelter beds), a whole number',
    importColCapacityFree: 'places free now, no more than the total',
    importColContact: 'the institution’s own phone, e-mail and address (never a survivor’s)',
    importColFocalPoint:
      'one focal point: name and function (required if any of the four cells is filled), phone and e-mail; it updates the focal point with the same name, or is added, and the others are kept',
    importExample: 'Example',
    importRequiredMark: 'required',
    importSubmit: 'Upload and import',
    importSending: 'Sending the file…',
    importChooseFile: 'Choose a CSV file first.',
    importTooLarge: 'This file is larger than 5 MB: split it into several files.',
    importProgressLabel: 'Rows processed',
    importProgress: (done, total) => `${done} of ${total} rows processed`,
    importQueued: 'Waiting for its turn…',
    importRunning: 'Importing…',
    importDone: 'Import finished.',
    importFailed:
      'The import stopped on a server error. Rows already written are kept; send the same file again: existing codes will be updated, not duplicated.',
    importAdded: (count) =>
      count === 0
        ? 'No institution added'
        : counted('en', count, { one: '# institution added', other: '# institutions added' }),
    importUpdated: (count) =>
      count === 0
        ? 'No institution updated'
        : counted('en', count, { one: '# institution updated', other: '# institutions updated' }),
    importRefused: (count) =>
      count === 0
        ? 'No row left out'
        : counted('en', count, { one: '# row left out', other: '# rows left out' }),
    importErrorsTitle: 'Rows left out',
    importErrorsHint:
      'Correct these rows in the file and import it again: the rows already imported will be updated, not duplicated.',
    importColRow: 'Row',
    importColColumn: 'Column',
    importColProblem: 'Problem',
    importWholeRow: 'the whole row',
    importAnother: 'Import another file',
    importHeaderRefused:
      'The file was not imported: its first row (the column names) must be corrected.',
    importUnknownColumn: (column) => `“${column}” is not a known column.`,
    importMissingColumn: (column) => `The required column “${column}” is missing.`,
    importRepeatedColumn: (column) => `The column “${column}” appears twice.`,
    importUnreadable: 'The file cannot be read as CSV: look for a quotation mark left open.',
    importEmpty: 'The file is empty.',
    issueRequired: 'Empty, but this value is needed.',
    issueTooShort: 'Too short.',
    issueTooLong: 'Too long or too large.',
    issueNotCode: 'Not one of the accepted codes.',
    issueRegion: 'Not a region code (01 to 12), or a region outside your territory.',
    issueProvince: 'Not a prefecture or province of this region, or outside your territory.',
    issueHours: 'Hours not understood; write them as in this example:',
    issueHoursRequired: 'Give the opening hours, or say the institution is open 24/7.',
    issueYesNo: 'Not understood: write yes or no (or 1 and 0).',
    issueNumber: 'Not a whole number.',
    issueFreeAboveTotal: 'More free places than places in all.',
    issueEmail: 'Not a valid e-mail address.',
    issuePhone: 'Not a valid phone number.',
    issueCodeFormat: 'Letters, digits and . _ / - only, without spaces.',
    issueCodeTaken:
      'This code is already on an earlier row of the file, or belongs to an institution outside your territory.',
    issueExtraCells:
      'More cells than columns: a value containing a comma or a semicolon must be in quotation marks.',
    issueOther: 'This value is not valid.',
    issueHoursWith247:
      'The row says open 24/7 and gives opening hours: empty one of the two cells.',
    issueInvisible:
      'Contains an invisible control character (copied from another program): type the value again.',
    importNotUtf8:
      'This file is not saved in the right encoding: its accented and Arabic letters would be damaged. In your spreadsheet, save it again choosing the type:',
    importDamagedLetters:
      'This file contains the sign � where letters were lost by an earlier conversion: correct them before importing it.',
    importShowLast: "Show the last import's report",
    importPollRetrying: 'Connection to the server lost; trying again…',
    importContinues:
      'The import goes on if you close this window; its report can be reopened from the institutions page.',
    institutionStale:
      'Someone else changed this institution while you were editing it. What you typed is still here. Saving again writes only the fields you changed, over theirs; or close without saving to see their version.',
    institutionSaveAnyway: 'Save my changes anyway',
    institutionToggleStale: (name) =>
      `${name} was changed by someone else meanwhile: the list is up to date, try again.`,
  },
};
