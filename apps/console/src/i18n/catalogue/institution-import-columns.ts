import type { Locale } from '../locale.ts';

/**
 * The columns of the institutions' CSV import: what each one holds and accepts (the help), and
 * what a refused cell got wrong (the report).
 */
export interface InstitutionImportColumnsMessages {
  // The columns' help
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
  // A refused cell's problem
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
}

export const institutionImportColumnsMessages: Readonly<
  Record<Locale, InstitutionImportColumnsMessages>
> = {
  ar: {
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
  },
  fr: {
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
  },
  zgh: {
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
  },
  en: {
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
  },
};
