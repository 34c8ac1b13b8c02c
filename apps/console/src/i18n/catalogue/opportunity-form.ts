import type { Locale } from '../locale.ts';

/**
 * Creating and editing an opportunity: who provides it, where and when, for whom, what comes
 * with it, and what a refused field got wrong.
 */
export interface OpportunityFormMessages {
  readonly oppCreateTitle: string;
  readonly oppEditTitle: (title: string) => string;
  readonly oppProvider: string;
  readonly oppProviderHint: string;
  readonly oppCode: string;
  readonly oppCodeHint: string;
  readonly oppTitleLabel: string;
  readonly oppDescription: string;
  readonly oppPlaceLegend: string;
  readonly oppPlaceHint: string;
  readonly oppNoRegion: string;
  readonly oppProvincesLegend: string;
  readonly oppProvincesHint: string;
  readonly oppRemoteLabel: string;
  readonly oppDatesLegend: string;
  readonly oppApplyByLabel: string;
  readonly oppStartsOnLabel: string;
  readonly oppEndsOnLabel: string;
  readonly oppPlacesTotal: string;
  readonly oppPlacesHint: string;
  readonly oppEligibilityLegend: string;
  readonly oppMinAge: string;
  readonly oppMaxAge: string;
  readonly oppSchooling: string;
  readonly oppSchoolingAny: string;
  readonly oppLiteracy: string;
  readonly oppPrerequisites: string;
  readonly oppConditionsLegend: string;
  readonly oppLanguagesLegend: string;
  readonly oppCreateSubmit: string;
  readonly oppStale: string;
  readonly oppSaveAnyway: string;
  readonly oppErrWhere: string;
  readonly oppErrProvince: string;
  readonly oppErrStartsBeforeDeadline: string;
  readonly oppErrEndsBeforeStart: string;
  readonly oppErrMaxBelowMin: string;
  readonly oppErrAge: string;
  readonly oppErrPlaces: string;
  readonly oppErrTitle: string;
}

export const opportunityFormMessages: Readonly<Record<Locale, OpportunityFormMessages>> = {
  ar: {
    oppCreateTitle: 'فرصة جديدة',
    oppEditTitle: (title) => `تعديل ${title}`,
    oppProvider: 'المؤسسة المقدِّمة',
    oppProviderHint: 'المؤسسة التي تقدم الفرصة وتستقبل الترشيحات.',
    oppCode: 'مرجع المؤسسة',
    oppCodeHint: 'اختياري. ملف CSV يحمل المرجع نفسه يحدّث هذه الفرصة بدل إضافة أخرى.',
    oppTitleLabel: 'اسم الفرصة',
    oppDescription: 'الوصف',
    oppPlaceLegend: 'المكان',
    oppPlaceHint: 'جهة، أو عمالات وأقاليم من جهة واحدة، أو عن بعد.',
    oppNoRegion: 'بدون جهة',
    oppProvincesLegend: 'العمالات والأقاليم',
    oppProvincesHint: 'إذا لم تختر أي واحدة، فالفرصة تشمل الجهة كلها.',
    oppRemoteLabel: 'تُتابَع عن بعد',
    oppDatesLegend: 'التواريخ',
    oppApplyByLabel: 'آخر أجل للترشح',
    oppStartsOnLabel: 'تاريخ البداية',
    oppEndsOnLabel: 'تاريخ النهاية',
    oppPlacesTotal: 'عدد الأماكن',
    oppPlacesHint: 'اتركه فارغًا إذا لم تكن الأماكن محدودة.',
    oppEligibilityLegend: 'شروط الترشح',
    oppMinAge: 'السن الأدنى',
    oppMaxAge: 'السن الأقصى',
    oppSchooling: 'المستوى الدراسي الأدنى',
    oppSchoolingAny: 'بدون شرط',
    oppLiteracy: 'يجب إتقان القراءة والكتابة',
    oppPrerequisites: 'شروط أخرى',
    oppConditionsLegend: 'ما يوفّره المقدّم',
    oppLanguagesLegend: 'لغات التكوين أو العمل',
    oppCreateSubmit: 'إضافة الفرصة',
    oppStale:
      'عدّل شخص آخر هذه الفرصة في الأثناء. ما كتبته باقٍ: إذا حفظت من جديد، سيحل محل تعديلاته.',
    oppSaveAnyway: 'الحفظ رغم ذلك',
    oppErrWhere: 'اختر جهة، أو أشر إلى أن الفرصة عن بعد.',
    oppErrProvince: 'هذه العمالة أو الإقليم ليست من الجهة المختارة.',
    oppErrStartsBeforeDeadline: 'البداية قبل آخر أجل للترشح.',
    oppErrEndsBeforeStart: 'النهاية قبل البداية.',
    oppErrMaxBelowMin: 'السن الأقصى أقل من السن الأدنى.',
    oppErrAge: 'سن بين 14 و99 سنة.',
    oppErrPlaces: 'عدد صحيح، صفر أو أكثر.',
    oppErrTitle: 'من 3 إلى 200 حرف.',
  },
  fr: {
    oppCreateTitle: 'Nouvelle opportunité',
    oppEditTitle: (title) => `Modifier ${title}`,
    oppProvider: 'Institution qui la propose',
    oppProviderHint: 'L’institution qui offre l’opportunité et reçoit les candidatures.',
    oppCode: 'Référence de l’institution',
    oppCodeHint:
      'Facultative. Un fichier CSV portant la même référence met à jour cette opportunité au lieu d’en ajouter une.',
    oppTitleLabel: 'Intitulé',
    oppDescription: 'Description',
    oppPlaceLegend: 'Lieu',
    oppPlaceHint: 'Une région, des préfectures et provinces d’une région, ou à distance.',
    oppNoRegion: 'Sans région',
    oppProvincesLegend: 'Préfectures et provinces',
    oppProvincesHint: 'Aucune cochée : l’opportunité couvre toute la région.',
    oppRemoteLabel: 'Suivie à distance',
    oppDatesLegend: 'Dates',
    oppApplyByLabel: 'Date limite de candidature',
    oppStartsOnLabel: 'Début',
    oppEndsOnLabel: 'Fin',
    oppPlacesTotal: 'Nombre de places',
    oppPlacesHint: 'Laissez vide si les places ne sont pas limitées.',
    oppEligibilityLegend: 'Conditions d’accès',
    oppMinAge: 'Âge minimum',
    oppMaxAge: 'Âge maximum',
    oppSchooling: 'Niveau scolaire minimum',
    oppSchoolingAny: 'Aucune exigence',
    oppLiteracy: 'Savoir lire et écrire est requis',
    oppPrerequisites: 'Autres prérequis',
    oppConditionsLegend: 'Ce que l’institution fournit',
    oppLanguagesLegend: 'Langues de la formation ou du travail',
    oppCreateSubmit: 'Ajouter l’opportunité',
    oppStale:
      'Quelqu’un a modifié cette opportunité entre-temps. Votre saisie est conservée : enregistrer à nouveau remplacera ses modifications.',
    oppSaveAnyway: 'Enregistrer quand même',
    oppErrWhere: 'Choisissez une région, ou indiquez que l’opportunité est à distance.',
    oppErrProvince: 'Cette préfecture ou province n’est pas dans la région choisie.',
    oppErrStartsBeforeDeadline: 'Le début précède la date limite de candidature.',
    oppErrEndsBeforeStart: 'La fin précède le début.',
    oppErrMaxBelowMin: 'L’âge maximum est inférieur à l’âge minimum.',
    oppErrAge: 'Un âge entre 14 et 99 ans.',
    oppErrPlaces: 'Un nombre entier, zéro ou plus.',
    oppErrTitle: 'De 3 à 200 caractères.',
  },
  zgh: {
    oppCreateTitle: 'ⵜⴰⵍⵍⵉⵖⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    oppEditTitle: (title) => `ⵙⵏⴼⵍ ${title}`,
    oppProvider: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⴰ ⵜⵜ ⵉⴼⴽⴰⵏ',
    oppProviderHint: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⴰ ⵉⴼⴽⴰⵏ ⵜⴰⵍⵍⵉⵖⵜ ⵉⵇⴱⵍⵏ ⵜⵓⵜⵔⵉⵡⵉⵏ.',
    oppCode: 'ⵜⴰⵏⴳⴰⵍⵜ',
    oppCodeHint: 'ⵓⵔ ⵜⴻⵜⵜⵓⵙⵔ. ⴰⴼⴰⵢⵍⵓ ⵙ ⵜⵏⴳⴰⵍⵜ ⴰ ⵉⵙⵏⴼⴰⵍ ⵜⴰⵍⵍⵉⵖⵜ ⴰ.',
    oppTitleLabel: 'ⴰⵣⵡⵍ',
    oppDescription: 'ⴰⴳⵍⴰⵎ',
    oppPlaceLegend: 'ⴰⴷⵖⴰⵔ',
    oppPlaceHint: 'ⵜⴰⵎⵏⴰⴹⵜ, ⵏⵖ ⵜⵉⵙⴳⴰⵡⵉⵏ ⵏ ⵢⴰⵜ ⵜⵎⵏⴰⴹⵜ, ⵏⵖ ⵙ ⵜⵖⵓⵍⵉ.',
    oppNoRegion: 'ⴱⵍⴰ ⵜⴰⵎⵏⴰⴹⵜ',
    oppProvincesLegend: 'ⵜⵉⵙⴳⴰⵡⵉⵏ',
    oppProvincesHint: 'ⵎⴽ ⵓⵔ ⵜⵙⵜⴰⵢⴷ ⵃⵜⴰ ⵢⴰⵜ, ⵜⴰⵍⵍⵉⵖⵜ ⵜⵙⵙⵓⴷⵓ ⵜⴰⵎⵏⴰⴹⵜ ⴰⴽⴽⵯ.',
    oppRemoteLabel: 'ⵙ ⵜⵖⵓⵍⵉ',
    oppDatesLegend: 'ⵉⵙⴰⴽⵓⴷⵏ',
    oppApplyByLabel: 'ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵜⵓⵜⵔⵉ',
    oppStartsOnLabel: 'ⴰⵙⵏⵜⵉ',
    oppEndsOnLabel: 'ⵜⵉⴳⵉⵔⴰ',
    oppPlacesTotal: 'ⵉⴷⵖⴰⵔⵏ',
    oppPlacesHint: 'ⴰⴵⵊ ⵜ ⵢⵓⵔⴰ ⵎⴽ ⵓⵔ ⵍⵍⵉⵏ ⵉⴷⵖⴰⵔⵏ ⵉⵜⵜⵓⵙⵡⵉⵜⵏ.',
    oppEligibilityLegend: 'ⵜⵉⴼⴰⴷⵉⵡⵉⵏ',
    oppMinAge: 'ⴰⵡⵜⵜⴰⵙ ⴰⵎⵥⵥⵢⴰⵏ',
    oppMaxAge: 'ⴰⵡⵜⵜⴰⵙ ⴰⵎⵇⵇⵔⴰⵏ',
    oppSchooling: 'ⴰⵙⵡⵉⵔ ⵏ ⵓⵖⵔⵓ',
    oppSchoolingAny: 'ⴱⵍⴰ ⵜⴰⴼⴰⴷⵉⵜ',
    oppLiteracy: 'ⵉⵇⵇⴰⵏ ⵓⵖⵔⵓ ⴷ ⵜⵉⵔⴰ',
    oppPrerequisites: 'ⵜⵉⴼⴰⴷⵉⵡⵉⵏ ⵢⴰⴹⵏⵉⵏ',
    oppConditionsLegend: 'ⵎⴰ ⵜⴼⴽⴰ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ',
    oppLanguagesLegend: 'ⵜⵓⵜⵍⴰⵢⵉⵏ',
    oppCreateSubmit: 'ⵔⵏⵓ ⵜⴰⵍⵍⵉⵖⵜ',
    oppStale: 'ⵢⴰⵏ ⵢⴰⴹⵏ ⵉⵙⵏⴼⵍ ⵜⴰⵍⵍⵉⵖⵜ ⴰ. ⵎⴰ ⵜⵓⵔⵉⴷ ⵉⵇⵇⵉⵎ: ⵎⴽ ⵜⵃⵔⵣⴷ ⵜⵉⵙ ⵙⵏⴰⵜ, ⴰⴷ ⵉⴽⵛⵎ ⴳ ⵓⴷⵖⴰⵔ ⵏⵏⵙ.',
    oppSaveAnyway: 'ⵃⵔⵣ ⵖⴰⵙ',
    oppErrWhere: 'ⵙⵜⴰⵢ ⵜⴰⵎⵏⴰⴹⵜ, ⵏⵖ ⵉⵏⵉ ⵏⵏⴰ ⵜⴳⴰ ⵙ ⵜⵖⵓⵍⵉ.',
    oppErrProvince: 'ⵜⴰⵙⴳⴰ ⴰ ⵓⵔ ⵜⵍⵍⵉ ⴳ ⵜⵎⵏⴰⴹⵜ ⵉⵜⵜⵓⵙⵜⴰⵢⵏ.',
    oppErrStartsBeforeDeadline: 'ⴰⵙⵏⵜⵉ ⵣⵡⴰⵔ ⵉ ⵓⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⵜⵓⵜⵔⵉ.',
    oppErrEndsBeforeStart: 'ⵜⵉⴳⵉⵔⴰ ⵣⵡⴰⵔ ⵉ ⵓⵙⵏⵜⵉ.',
    oppErrMaxBelowMin: 'ⴰⵡⵜⵜⴰⵙ ⴰⵎⵇⵇⵔⴰⵏ ⵉⴷⵔⵓⵙ ⵅⴼ ⵓⵎⵥⵥⵢⴰⵏ.',
    oppErrAge: 'ⴰⵡⵜⵜⴰⵙ ⴳⵔ 14 ⴷ 99.',
    oppErrPlaces: 'ⴰⵎⴹⴰⵏ ⵉⵛⵛⵓⵕⵏ, 0 ⵏⵖ ⵓⴳⴳⴰⵔ.',
    oppErrTitle: 'ⵙⴳ 3 ⴰⵔ 200 ⵏ ⵉⵙⴽⴽⵉⵍⵏ.',
  },
  en: {
    oppCreateTitle: 'New opportunity',
    oppEditTitle: (title) => `Edit ${title}`,
    oppProvider: 'Providing institution',
    oppProviderHint: 'The institution that offers it and receives the applications.',
    oppCode: 'Provider’s reference',
    oppCodeHint:
      'Optional. A CSV file with the same reference updates this opportunity instead of adding another.',
    oppTitleLabel: 'Title',
    oppDescription: 'Description',
    oppPlaceLegend: 'Where',
    oppPlaceHint: 'A region, prefectures and provinces of one region, or remote.',
    oppNoRegion: 'No region',
    oppProvincesLegend: 'Prefectures and provinces',
    oppProvincesHint: 'None ticked: the opportunity covers the whole region.',
    oppRemoteLabel: 'Followed remotely',
    oppDatesLegend: 'Dates',
    oppApplyByLabel: 'Last day to apply',
    oppStartsOnLabel: 'Starts',
    oppEndsOnLabel: 'Ends',
    oppPlacesTotal: 'Number of places',
    oppPlacesHint: 'Leave empty when places are not limited.',
    oppEligibilityLegend: 'Who may apply',
    oppMinAge: 'Minimum age',
    oppMaxAge: 'Maximum age',
    oppSchooling: 'Lowest schooling level',
    oppSchoolingAny: 'No requirement',
    oppLiteracy: 'Reading and writing required',
    oppPrerequisites: 'Other prerequisites',
    oppConditionsLegend: 'What the provider offers alongside',
    oppLanguagesLegend: 'Languages of the training or the work',
    oppCreateSubmit: 'Add the opportunity',
    oppStale:
      'Someone changed this opportunity meanwhile. What you typed is kept: saving again will replace their changes.',
    oppSaveAnyway: 'Save anyway',
    oppErrWhere: 'Choose a region, or say the opportunity is remote.',
    oppErrProvince: 'This prefecture or province is not in the chosen region.',
    oppErrStartsBeforeDeadline: 'It starts before the last day to apply.',
    oppErrEndsBeforeStart: 'It ends before it starts.',
    oppErrMaxBelowMin: 'The maximum age is below the minimum age.',
    oppErrAge: 'An age from 14 to 99.',
    oppErrPlaces: 'A whole number, zero or more.',
    oppErrTitle: '3 to 200 characters.',
  },
};
