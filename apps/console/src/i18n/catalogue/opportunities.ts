import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/**
 * The catalogue of opportunities (jobs, trainings, programmes): the menu entry, the list and its
 * filters, each offer's dates, places and conditions, and closing an offer.
 */
export interface OpportunitiesMessages {
  readonly navOpportunities: string;
  readonly opportunitiesTitle: string;
  readonly opportunitiesCount: (total: number) => string;
  readonly newOpportunity: string;
  readonly noOpportunities: string;
  readonly oppFilters: string;
  readonly oppKind: string;
  readonly oppAllKinds: string;
  readonly oppProvince: string;
  readonly oppAllProvinces: string;
  readonly oppStatus: string;
  readonly oppStatusOpen: string;
  readonly oppStatusFull: string;
  readonly oppStatusExpired: string;
  readonly oppStatusClosed: string;
  readonly oppStatusAll: string;
  readonly oppColOffer: string;
  readonly oppColDates: string;
  readonly oppColPlaces: string;
  readonly oppColConditions: string;
  readonly oppRemote: string;
  readonly oppWholeRegion: (region: string) => string;
  readonly oppApplyBy: (date: string) => string;
  readonly oppStartsOn: (date: string) => string;
  readonly oppNoDates: string;
  readonly oppPlacesLeft: (left: number, total: number) => string;
  readonly oppPlacesUncounted: string;
  readonly chipChildcare: string;
  readonly chipTransport: string;
  readonly chipStipend: string;
  readonly oppClose: string;
  readonly oppCloseTitle: (title: string) => string;
  readonly oppCloseBody: string;
  readonly oppCloseReason: string;
  readonly oppCloseNoReason: string;
  readonly oppReasonFilled: string;
  readonly oppReasonCancelled: string;
  readonly oppReasonPostponed: string;
  readonly oppReasonOther: string;
  readonly oppClosed: (title: string) => string;
  readonly oppSaved: (title: string) => string;
  readonly oppChangedMeanwhile: (title: string) => string;
  readonly oppPrevious: string;
  readonly oppNext: string;
  readonly oppPage: (page: number, pages: number) => string;
  readonly oppPaging: string;
}

export const opportunitiesMessages: Readonly<Record<Locale, OpportunitiesMessages>> = {
  ar: {
    navOpportunities: 'فرص الشغل والتكوين',
    opportunitiesTitle: 'فرص الشغل والتكوين',
    opportunitiesCount: (total) =>
      counted('ar', total, {
        zero: 'لا توجد أي فرصة',
        one: 'فرصة واحدة',
        two: 'فرصتان',
        few: '# فرص',
        other: '# فرصة',
      }),
    newOpportunity: 'فرصة جديدة',
    noOpportunities: 'لا توجد أي فرصة تطابق هذا الاختيار.',
    oppFilters: 'تصفية الفرص',
    oppKind: 'نوع الفرصة',
    oppAllKinds: 'كل الأنواع',
    oppProvince: 'العمالة أو الإقليم',
    oppAllProvinces: 'كل العمالات والأقاليم',
    oppStatus: 'الحالة',
    oppStatusOpen: 'مفتوحة',
    oppStatusFull: 'لا أماكن شاغرة',
    oppStatusExpired: 'انتهى أجلها',
    oppStatusClosed: 'مغلقة',
    oppStatusAll: 'كل الحالات',
    oppColOffer: 'الفرصة',
    oppColDates: 'التواريخ',
    oppColPlaces: 'الأماكن',
    oppColConditions: 'ما يُوفَّر',
    oppRemote: 'عن بُعد',
    oppWholeRegion: (region) => `الجهة كلها: ${region}`,
    oppApplyBy: (date) => `آخر أجل للترشح: ${date}`,
    oppStartsOn: (date) => `البداية: ${date}`,
    oppNoDates: 'بدون تاريخ محدد',
    oppPlacesLeft: (left, total) => `${left} شاغرة من أصل ${total}`,
    oppPlacesUncounted: 'غير محدود',
    chipChildcare: 'حضانة الأطفال',
    chipTransport: 'النقل',
    chipStipend: 'منحة',
    oppClose: 'إغلاق',
    oppCloseTitle: (title) => `إغلاق ${title}`,
    oppCloseBody:
      'لن تُقترح هذه الفرصة بعد الآن، ولن يمكن تعديلها. تبقى النساء اللواتي سجّلن فيها مسجلات.',
    oppCloseReason: 'السبب',
    oppCloseNoReason: 'بدون ذكر السبب',
    oppReasonFilled: 'مُلئت الأماكن',
    oppReasonCancelled: 'أُلغيت',
    oppReasonPostponed: 'أُجّلت',
    oppReasonOther: 'سبب آخر',
    oppClosed: (title) => `أُغلقت ${title}.`,
    oppSaved: (title) => `حُفظت ${title}.`,
    oppChangedMeanwhile: (title) => `عدّل شخص آخر ${title} في الأثناء: حُدّثت القائمة، أعد المحاولة.`,
    oppPrevious: 'السابق',
    oppNext: 'التالي',
    oppPage: (page, pages) => `الصفحة ${page} من ${pages}`,
    oppPaging: 'صفحات الفرص',
  },
  fr: {
    navOpportunities: 'Emploi et formation',
    opportunitiesTitle: 'Opportunités d’emploi et de formation',
    opportunitiesCount: (total) =>
      total === 0
        ? 'Aucune opportunité'
        : counted('fr', total, { one: '# opportunité', other: '# opportunités' }),
    newOpportunity: 'Nouvelle opportunité',
    noOpportunities: 'Aucune opportunité ne correspond à ce choix.',
    oppFilters: 'Filtrer les opportunités',
    oppKind: 'Type d’opportunité',
    oppAllKinds: 'Tous les types',
    oppProvince: 'Préfecture ou province',
    oppAllProvinces: 'Toutes les préfectures et provinces',
    oppStatus: 'État',
    oppStatusOpen: 'Ouverte',
    oppStatusFull: 'Complète',
    oppStatusExpired: 'Échue',
    oppStatusClosed: 'Close',
    oppStatusAll: 'Tous les états',
    oppColOffer: 'Opportunité',
    oppColDates: 'Dates',
    oppColPlaces: 'Places',
    oppColConditions: 'Ce qui est fourni',
    oppRemote: 'À distance',
    oppWholeRegion: (region) => `Toute la région : ${region}`,
    oppApplyBy: (date) => `Candidature jusqu’au ${date}`,
    oppStartsOn: (date) => `Début : ${date}`,
    oppNoDates: 'Sans date fixée',
    oppPlacesLeft: (left, total) => `${left} libres sur ${total}`,
    oppPlacesUncounted: 'Non limitées',
    chipChildcare: 'Garde d’enfants',
    chipTransport: 'Transport',
    chipStipend: 'Indemnité',
    oppClose: 'Clore',
    oppCloseTitle: (title) => `Clore ${title}`,
    oppCloseBody:
      'Cette opportunité ne sera plus proposée ni modifiable. Les femmes déjà inscrites le restent.',
    oppCloseReason: 'Motif',
    oppCloseNoReason: 'Sans motif',
    oppReasonFilled: 'Places pourvues',
    oppReasonCancelled: 'Annulée',
    oppReasonPostponed: 'Reportée',
    oppReasonOther: 'Autre motif',
    oppClosed: (title) => `${title} est close.`,
    oppSaved: (title) => `${title} est enregistrée.`,
    oppChangedMeanwhile: (title) =>
      `Quelqu’un a modifié ${title} entre-temps : la liste est à jour, recommencez.`,
    oppPrevious: 'Précédente',
    oppNext: 'Suivante',
    oppPage: (page, pages) => `Page ${page} sur ${pages}`,
    oppPaging: 'Pages des opportunités',
  },
  zgh: {
    navOpportunities: 'ⵜⴰⵡⵓⵔⵉ ⴷ ⵓⵍⵎⵎⵓⴷ',
    opportunitiesTitle: 'ⵜⵉⵍⵍⵉⵖⵉⵏ ⵏ ⵜⵡⵓⵔⵉ ⴷ ⵓⵍⵎⵎⵓⴷ',
    opportunitiesCount: (total) => counted('zgh', total, { one: '# ⵜⵍⵍⵉⵖⵜ', other: '# ⵏ ⵜⵍⵍⵉⵖⵉⵏ' }),
    newOpportunity: 'ⵜⴰⵍⵍⵉⵖⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    noOpportunities: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵍⵍⵉⵖⵜ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵙⵜⴰⵢ ⴰ.',
    oppFilters: 'ⵙⵙⵎⵣⵣⵉ ⵜⵉⵍⵍⵉⵖⵉⵏ',
    oppKind: 'ⴰⵏⴰⵡ',
    oppAllKinds: 'ⴰⴽⴽ ⵉⵏⴰⵡⵏ',
    oppProvince: 'ⵜⴰⵙⴳⴰ',
    oppAllProvinces: 'ⴰⴽⴽ ⵜⵉⵙⴳⴰⵡⵉⵏ',
    oppStatus: 'ⴰⴷⴷⴰⴷ',
    oppStatusOpen: 'ⵜⵕⵥⵎ',
    oppStatusFull: 'ⵜⵛⵓⵕ',
    oppStatusExpired: 'ⵉⵣⵔⵉ ⵓⵣⵎⵣ ⵏⵏⵙ',
    oppStatusClosed: 'ⵜⵎⵔⴳⵍ',
    oppStatusAll: 'ⴰⴽⴽ ⵉⴷⴷⴰⴷⵏ',
    oppColOffer: 'ⵜⴰⵍⵍⵉⵖⵜ',
    oppColDates: 'ⵉⵙⴰⴽⵓⴷⵏ',
    oppColPlaces: 'ⵉⴷⵖⴰⵔⵏ',
    oppColConditions: 'ⵎⴰ ⵉⵜⵜⵓⴼⴽⴰⵏ',
    oppRemote: 'ⵙ ⵜⵖⵓⵍⵉ',
    oppWholeRegion: (region) => `ⵜⴰⵎⵏⴰⴹⵜ ⴰⴽⴽⵯ: ${region}`,
    oppApplyBy: (date) => `ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ: ${date}`,
    oppStartsOn: (date) => `ⴰⵙⵏⵜⵉ: ${date}`,
    oppNoDates: 'ⴱⵍⴰ ⴰⵙⴰⴽⵓⴷ',
    oppPlacesLeft: (left, total) => `${left} ⵙⴳ ${total}`,
    oppPlacesUncounted: 'ⴱⵍⴰ ⵜⵉⵍⵉⵙⵜ',
    chipChildcare: 'ⴰⵃⴹⴰⵏ ⵏ ⵜⵔⵡⴰ',
    chipTransport: 'ⴰⵙⵎⵓⵙⵙⵓ',
    chipStipend: 'ⵜⴰⵡⵉⵙⵉ',
    oppClose: 'ⵔⴳⵍ',
    oppCloseTitle: (title) => `ⵔⴳⵍ ${title}`,
    oppCloseBody: 'ⵜⴰⵍⵍⵉⵖⵜ ⴰ ⵓⵔ ⴷⴰ ⵜⵜⵓⵙⵙⵓⵎⵔ, ⵓⵔ ⴷⴰ ⵜⵜⵓⵙⵏⴼⴰⵍ. ⵜⵉⵎⵖⴰⵔⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⴻⵎⵏ ⴰⴷ ⵇⵇⵉⵎⵏⵜ.',
    oppCloseReason: 'ⴰⵙⵔⴰⴳ',
    oppCloseNoReason: 'ⴱⵍⴰ ⴰⵙⵔⴰⴳ',
    oppReasonFilled: 'ⵛⵓⵕⵏ ⵉⴷⵖⴰⵔⵏ',
    oppReasonCancelled: 'ⵜⵜⵓⵙⵔⵎ',
    oppReasonPostponed: 'ⵜⵜⵓⵙⵎⵓⵜⵜⵉ',
    oppReasonOther: 'ⴰⵙⵔⴰⴳ ⵢⴰⴹⵏ',
    oppClosed: (title) => `ⵜⵎⵔⴳⵍ ${title}.`,
    oppSaved: (title) => `ⵜⵜⵓⵃⵔⵣ ${title}.`,
    oppChangedMeanwhile: (title) => `ⵢⴰⵏ ⵢⴰⴹⵏ ⵉⵙⵏⴼⵍ ${title}: ⴰⵍⵙ ⴰⵔⵎ.`,
    oppPrevious: 'ⵜⴰⵣⵡⴰⵔⵓⵜ',
    oppNext: 'ⵜⴰⴹⴼⴼⴰⵔⵜ',
    oppPage: (page, pages) => `ⵜⴰⵙⵏⴰ ${page} ⵙⴳ ${pages}`,
    oppPaging: 'ⵜⵉⵙⵏⵉⵡⵉⵏ ⵏ ⵜⵍⵍⵉⵖⵉⵏ',
  },
  en: {
    navOpportunities: 'Jobs and training',
    opportunitiesTitle: 'Job and training opportunities',
    opportunitiesCount: (total) =>
      total === 0
        ? 'No opportunity'
        : counted('en', total, { one: '# opportunity', other: '# opportunities' }),
    newOpportunity: 'New opportunity',
    noOpportunities: 'No opportunity matches this choice.',
    oppFilters: 'Filter the opportunities',
    oppKind: 'Kind of opportunity',
    oppAllKinds: 'All kinds',
    oppProvince: 'Prefecture or province',
    oppAllProvinces: 'All prefectures and provinces',
    oppStatus: 'Status',
    oppStatusOpen: 'Open',
    oppStatusFull: 'Full',
    oppStatusExpired: 'Past its deadline',
    oppStatusClosed: 'Closed',
    oppStatusAll: 'All statuses',
    oppColOffer: 'Opportunity',
    oppColDates: 'Dates',
    oppColPlaces: 'Places',
    oppColConditions: 'What is provided',
    oppRemote: 'Remote',
    oppWholeRegion: (region) => `Whole region: ${region}`,
    oppApplyBy: (date) => `Apply by ${date}`,
    oppStartsOn: (date) => `Starts ${date}`,
    oppNoDates: 'No set dates',
    oppPlacesLeft: (left, total) => `${left} left of ${total}`,
    oppPlacesUncounted: 'Not limited',
    chipChildcare: 'Childcare',
    chipTransport: 'Transport',
    chipStipend: 'Stipend',
    oppClose: 'Close',
    oppCloseTitle: (title) => `Close ${title}`,
    oppCloseBody:
      'This opportunity will no longer be offered or edited. Women already enrolled stay enrolled.',
    oppCloseReason: 'Reason',
    oppCloseNoReason: 'No reason given',
    oppReasonFilled: 'Places filled',
    oppReasonCancelled: 'Cancelled',
    oppReasonPostponed: 'Postponed',
    oppReasonOther: 'Another reason',
    oppClosed: (title) => `${title} is closed.`,
    oppSaved: (title) => `${title} is saved.`,
    oppChangedMeanwhile: (title) =>
      `Someone changed ${title} meanwhile: the list is up to date, try again.`,
    oppPrevious: 'Previous',
    oppNext: 'Next',
    oppPage: (page, pages) => `Page ${page} of ${pages}`,
    oppPaging: 'Pages of opportunities',
  },
};
