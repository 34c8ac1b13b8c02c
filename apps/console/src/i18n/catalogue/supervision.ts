import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** The supervisor's page and the case search. */
export interface SupervisionMessages {
  readonly supervisionTitle: string;
  readonly refresh: string;
  readonly queueHealth: string;
  readonly statWaiting: string;
  readonly statUnclaimedUrgent: string;
  readonly statOldestWait: string;
  readonly listenersTitle: string;
  readonly colOnDuty: string;
  readonly colLastSeen: string;
  readonly colOpenCases: string;
  readonly onDuty: string;
  readonly offDuty: string;
  readonly overdueTitle: string;
  readonly noOverdue: string;
  readonly reassignSectionTitle: string;
  readonly reassignTitle: (reference: string) => string;
  readonly reassignTo: string;
  readonly listenerOption: (name: string, openCases: number, onDuty: boolean) => string;
  readonly reassignedNotice: (reference: string, name: string) => string;
  readonly searchTitle: string;
  readonly caseReference: string;
  readonly anyOption: string;
  readonly dateFrom: string;
  readonly dateTo: string;
  readonly clearSearch: string;
  readonly searchSubmit: string;
  readonly searchNeedsCriteria: string;
  readonly searchResults: string;
  readonly casesFound: (count: number) => string;
  readonly noCasesFound: string;
  readonly choose: string;
  readonly chosen: string;
}

export const supervisionMessages: Readonly<Record<Locale, SupervisionMessages>> = {
  ar: {
    supervisionTitle: 'الإشراف',
    refresh: 'تحديث',
    queueHealth: 'حالة القائمة',
    statWaiting: 'ملفات في الانتظار',
    statUnclaimedUrgent: 'ملفات مستعجلة دون متكفل',
    statOldestWait: 'أطول مدة انتظار',
    listenersTitle: 'المستمعات في الخدمة وعدد ملفاتهن',
    colOnDuty: 'في الخدمة',
    colLastSeen: 'آخر ظهور',
    colOpenCases: 'الملفات المفتوحة',
    onDuty: 'في الخدمة',
    offDuty: 'غير متصلة',
    overdueTitle: 'متابعات متأخرة',
    noOverdue: 'لا توجد أي متابعة متأخرة.',
    reassignSectionTitle: 'إسناد ملف من القائمة لشخص آخر',
    reassignTitle: (reference) => `إسناد الملف ${reference}`,
    reassignTo: 'إسناده إلى',
    listenerOption: (name, openCases, onDuty) =>
      `${name} — ${counted('ar', openCases, {
        zero: 'لا ملف مفتوح',
        one: 'ملف مفتوح واحد',
        two: 'ملفان مفتوحان',
        few: '# ملفات مفتوحة',
        other: '# ملفًا مفتوحًا',
      })}${onDuty ? '، في الخدمة' : '، غير متصلة'}`,
    reassignedNotice: (reference, name) => `أصبح الملف ${reference} عند ${name}.`,
    searchTitle: 'البحث عن ملف',
    caseReference: 'مرجع الملف',
    anyOption: 'الكل',
    dateFrom: 'من تاريخ',
    dateTo: 'إلى تاريخ',
    clearSearch: 'مسح',
    searchSubmit: 'بحث',
    searchNeedsCriteria: 'املأ خانة واحدة على الأقل.',
    searchResults: 'نتائج البحث',
    casesFound: (count) =>
      counted('ar', count, {
        zero: 'لم يُعثر على أي ملف',
        one: 'ملف واحد',
        two: 'ملفان',
        few: '# ملفات',
        other: '# ملفًا',
      }),
    noCasesFound: 'لا يوجد أي ملف يطابق البحث.',
    choose: 'اختيار',
    chosen: 'تم الاختيار',
  },
  fr: {
    supervisionTitle: 'Supervision',
    refresh: 'Actualiser',
    queueHealth: 'État de la file',
    statWaiting: 'Dossiers en attente',
    statUnclaimedUrgent: 'Urgents non pris en charge',
    statOldestWait: 'Attente la plus longue',
    listenersTitle: 'Écoutantes en service et leur charge',
    colOnDuty: 'En service',
    colLastSeen: 'Dernière activité',
    colOpenCases: 'Dossiers ouverts',
    onDuty: 'En service',
    offDuty: 'Non connectée',
    overdueTitle: 'Suivis en retard',
    noOverdue: 'Aucun suivi en retard.',
    reassignSectionTitle: 'Réattribuer un dossier de la file',
    reassignTitle: (reference) => `Réattribuer le dossier ${reference}`,
    reassignTo: 'Confier à',
    listenerOption: (name, openCases, onDuty) =>
      `${name} — ${counted('fr', openCases, {
        one: '# dossier ouvert',
        other: '# dossiers ouverts',
      })}${onDuty ? ', en service' : ', non connectée'}`,
    reassignedNotice: (reference, name) => `Le dossier ${reference} est confié à ${name}.`,
    searchTitle: 'Rechercher un dossier',
    caseReference: 'Référence du dossier',
    anyOption: 'Tous',
    dateFrom: 'Du',
    dateTo: 'Au',
    clearSearch: 'Effacer',
    searchSubmit: 'Rechercher',
    searchNeedsCriteria: 'Remplissez au moins un champ.',
    searchResults: 'Résultats',
    casesFound: (count) =>
      count === 0
        ? 'Aucun dossier trouvé'
        : counted('fr', count, { one: '# dossier trouvé', other: '# dossiers trouvés' }),
    noCasesFound: 'Aucun dossier ne correspond.',
    choose: 'Choisir',
    chosen: 'Choisi',
  },
  zgh: {
    supervisionTitle: 'ⴰⵙⵎⵓⵜⵜⴳ ⵏ ⵜⵡⵓⵔⵉ',
    refresh: 'ⵙⵎⴰⵢⵏⵓ',
    queueHealth: 'ⴰⴷⴷⴰⴷ ⵏ ⵜⵍⴳⴰⵎⵜ',
    statWaiting: 'ⵉⵙⴰⴷⵓⵙⵏ ⵉⵜⵜⵔⴰⵊⵓⵏ',
    statUnclaimedUrgent: 'ⵉⵙⴰⴷⵓⵙⵏ ⵉⵖⵓⴷⴰⵏ ⵓⵔ ⵉⵜⵜⵓⵟⵟⴼⵏ',
    statOldestWait: 'ⴰⵔⴰⵊⵓ ⵢⴰⴳⵓⵔⵏ',
    listenersTitle: 'ⵜⵉⵎⵙⴼⵍⴷⵉⵏ ⴳ ⵜⵡⵓⵔⵉ ⴷ ⵉⵙⴰⴷⵓⵙⵏ ⵏⵏⵙⵏⵜ',
    colOnDuty: 'ⴳ ⵜⵡⵓⵔⵉ',
    colLastSeen: 'ⵜⵉⴽⴽⵍⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ',
    colOpenCases: 'ⵉⵙⴰⴷⵓⵙⵏ ⵉⵕⵥⵎⵏ',
    onDuty: 'ⴳ ⵜⵡⵓⵔⵉ',
    offDuty: 'ⵓⵔ ⵜⵇⵇⵏ',
    overdueTitle: 'ⴰⴹⴼⴰⵕ ⵉⵄⵟⵟⵍⵏ',
    noOverdue: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⴹⴼⴰⵕ ⵉⵄⵟⵟⵍⵏ.',
    reassignSectionTitle: 'ⴼⴽ ⴰⵙⴰⴷⵓⵙ ⵙⴳ ⵜⵍⴳⴰⵎⵜ ⵉ ⵢⴰⵏ ⵢⴰⴹⵏ',
    reassignTitle: (reference) => `ⴼⴽ ⴰⵙⴰⴷⵓⵙ ${reference} ⵉ ⵢⴰⵏ ⵢⴰⴹⵏ`,
    reassignTo: 'ⴼⴽ ⵜ ⵉ',
    listenerOption: (name, openCases, onDuty) =>
      `${name} — ${counted('zgh', openCases, {
        one: '# ⵓⵙⴰⴷⵓⵙ ⵉⵕⵥⵎⵏ',
        other: '# ⵏ ⵉⵙⴰⴷⵓⵙⵏ ⵉⵕⵥⵎⵏ',
      })}${onDuty ? ', ⴳ ⵜⵡⵓⵔⵉ' : ', ⵓⵔ ⵜⵇⵇⵏ'}`,
    reassignedNotice: (reference, name) => `ⴰⵙⴰⴷⵓⵙ ${reference} ⵉⵍⵍⴰ ⵖⵔ ${name}.`,
    searchTitle: 'ⵔⵣⵓ ⵅⴼ ⵓⵙⴰⴷⵓⵙ',
    caseReference: 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵓⵙⴰⴷⵓⵙ',
    anyOption: 'ⴽⵓⵍⵍⵓ',
    dateFrom: 'ⵙⴳ',
    dateTo: 'ⴰⵔ',
    clearSearch: 'ⵙⴼⴹ',
    searchSubmit: 'ⵔⵣⵓ',
    searchNeedsCriteria: 'ⵄⵎⵎⵔ ⵢⴰⵏ ⵓⴳⵔⴰⵡ ⵎⴰⵏⵉⵎⵉⴽ.',
    searchResults: 'ⵜⵉⵢⴰⴼⵓⵜⵉⵏ',
    casesFound: (count) => counted('zgh', count, { one: '# ⵓⵙⴰⴷⵓⵙ', other: '# ⵏ ⵉⵙⴰⴷⵓⵙⵏ' }),
    noCasesFound: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⴰⴷⵓⵙ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵓⵔⵣⵣⵓ.',
    choose: 'ⵙⵜⵢ',
    chosen: 'ⵉⵜⵜⵓⵙⵜⴰⵢ',
  },
  en: {
    supervisionTitle: 'Supervision',
    refresh: 'Refresh',
    queueHealth: 'Queue health',
    statWaiting: 'Cases waiting',
    statUnclaimedUrgent: 'Urgent, not taken',
    statOldestWait: 'Longest wait',
    listenersTitle: 'Listeners on duty and their load',
    colOnDuty: 'On duty',
    colLastSeen: 'Last seen',
    colOpenCases: 'Open cases',
    onDuty: 'On duty',
    offDuty: 'Not connected',
    overdueTitle: 'Overdue follow-ups',
    noOverdue: 'No follow-up is late.',
    reassignSectionTitle: 'Reassign a case in the queue',
    reassignTitle: (reference) => `Reassign case ${reference}`,
    reassignTo: 'Give it to',
    listenerOption: (name, openCases, onDuty) =>
      `${name} — ${counted('en', openCases, {
        one: '# open case',
        other: '# open cases',
      })}${onDuty ? ', on duty' : ', not connected'}`,
    reassignedNotice: (reference, name) => `Case ${reference} is now handled by ${name}.`,
    searchTitle: 'Search cases',
    caseReference: 'Case reference',
    anyOption: 'Any',
    dateFrom: 'From',
    dateTo: 'To',
    clearSearch: 'Clear',
    searchSubmit: 'Search',
    searchNeedsCriteria: 'Fill in at least one field.',
    searchResults: 'Results',
    casesFound: (count) =>
      count === 0
        ? 'No case found'
        : counted('en', count, { one: '# case found', other: '# cases found' }),
    noCasesFound: 'No case matches.',
    choose: 'Choose',
    chosen: 'Chosen',
  },
};
