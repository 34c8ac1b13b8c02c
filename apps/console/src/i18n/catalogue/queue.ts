import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** The triage queue: columns, who handles a case, taking and handing back. */
export interface QueueMessages {
  readonly queueTitle: string;
  readonly queueCaption: string;
  readonly queueCount: (count: number) => string;
  readonly unclaimedUrgentCount: (count: number) => string;
  readonly queueEmpty: string;
  readonly colUrgency: string;
  readonly colCase: string;
  readonly colProvince: string;
  readonly colChannel: string;
  readonly colWaiting: string;
  readonly colHandledBy: string;
  readonly placeUnknown: string;
  readonly handlerNobody: string;
  readonly handlerYou: string;
  readonly claim: string;
  readonly release: string;
  readonly logCall: string;
  readonly actionsForCase: (reference: string) => string;
  readonly claimedNotice: (reference: string) => string;
  readonly releasedNotice: (reference: string) => string;
  readonly alreadyClaimedBy: (reference: string, name: string) => string;
  readonly newCaseAnnounced: (urgency: string, place: string) => string;
}

export const queueMessages: Readonly<Record<Locale, QueueMessages>> = {
  ar: {
    queueTitle: 'قائمة الفرز',
    queueCaption: 'الملفات المفتوحة: الأكثر استعجالًا أولًا، ثم الأطول انتظارًا',
    queueCount: (count) =>
      counted('ar', count, {
        zero: 'لا يوجد أي ملف في القائمة',
        one: 'ملف واحد في القائمة',
        two: 'ملفان في القائمة',
        few: '# ملفات في القائمة',
        other: '# ملفًا في القائمة',
      }),
    unclaimedUrgentCount: (count) =>
      counted('ar', count, {
        one: 'ملف مستعجل واحد دون متكفل',
        two: 'ملفان مستعجلان دون متكفل',
        few: '# ملفات مستعجلة دون متكفل',
        other: '# ملفًا مستعجلًا دون متكفل',
      }),
    queueEmpty: 'لا يوجد أي ملف في الانتظار.',
    colUrgency: 'درجة الاستعجال',
    colCase: 'الملف',
    colProvince: 'العمالة أو الإقليم',
    colChannel: 'القناة',
    colWaiting: 'مدة الانتظار',
    colHandledBy: 'المتكفّل بالملف',
    placeUnknown: 'المكان غير معروف',
    handlerNobody: 'لا أحد بعد',
    handlerYou: 'أنت',
    claim: 'التكفّل',
    release: 'التخلي عنه',
    logCall: 'تسجيل مكالمة',
    actionsForCase: (reference) => `إجراءات الملف ${reference}`,
    claimedNotice: (reference) => `أنت الآن المتكفّل بالملف ${reference}.`,
    releasedNotice: (reference) => `عاد الملف ${reference} إلى القائمة.`,
    alreadyClaimedBy: (reference, name) => `تكفّل ${name} بالملف ${reference} قبلك.`,
    newCaseAnnounced: (urgency, place) => `ملف جديد في القائمة: ${urgency}، ${place}.`,
  },
  fr: {
    queueTitle: 'File de tri',
    queueCaption:
      'Dossiers ouverts\u00a0: les plus urgents d’abord, puis ceux qui attendent depuis le plus longtemps',
    queueCount: (count) =>
      count === 0
        ? 'Aucun dossier dans la file'
        : counted('fr', count, { one: '# dossier dans la file', other: '# dossiers dans la file' }),
    unclaimedUrgentCount: (count) =>
      counted('fr', count, {
        one: '# urgent non pris en charge',
        other: '# urgents non pris en charge',
      }),
    queueEmpty: 'Aucun dossier n’attend.',
    colUrgency: 'Urgence',
    colCase: 'Dossier',
    colProvince: 'Préfecture ou province',
    colChannel: 'Canal',
    colWaiting: 'Attente',
    colHandledBy: 'Pris en charge par',
    placeUnknown: 'Lieu inconnu',
    handlerNobody: 'Personne pour l’instant',
    handlerYou: 'Vous',
    claim: 'Prendre en charge',
    release: 'Rendre',
    logCall: 'Saisir un appel',
    actionsForCase: (reference) => `Actions pour le dossier ${reference}`,
    claimedNotice: (reference) => `Vous prenez en charge le dossier ${reference}.`,
    releasedNotice: (reference) => `Le dossier ${reference} est de retour dans la file.`,
    alreadyClaimedBy: (reference, name) => `${name} a pris le dossier ${reference} avant vous.`,
    newCaseAnnounced: (urgency, place) =>
      `Nouveau dossier dans la file\u00a0: ${urgency}, ${place}.`,
  },
  zgh: {
    queueTitle: 'ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵓⵙⴼⵔⵣ',
    queueCaption: 'ⵉⵙⴰⴷⵓⵙⵏ ⵉⵕⵥⵎⵏ: ⵉⵖⵓⴷⴰⵏ ⴷ ⵉⵣⵡⴰⵔⵏ, ⴷⴼⴼⵉⵔ ⵏⵏⴰ ⵢⴰⴳⵓⵔⵏ ⴰⵔⴰⵊⵓ',
    queueCount: (count) =>
      counted('zgh', count, { one: '# ⵓⵙⴰⴷⵓⵙ ⴳ ⵜⵍⴳⴰⵎⵜ', other: '# ⵏ ⵉⵙⴰⴷⵓⵙⵏ ⴳ ⵜⵍⴳⴰⵎⵜ' }),
    unclaimedUrgentCount: (count) =>
      counted('zgh', count, {
        one: '# ⵓⵙⴰⴷⵓⵙ ⵉⵖⵓⴷⴰⵏ ⵓⵔ ⵉⵜⵜⵓⵟⵟⴼ',
        other: '# ⵏ ⵉⵙⴰⴷⵓⵙⵏ ⵉⵖⵓⴷⴰⵏ ⵓⵔ ⵉⵜⵜⵓⵟⵟⴼⵏ',
      }),
    queueEmpty: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⴰⴷⵓⵙ ⵉⵜⵜⵔⴰⵊⵓⵏ.',
    colUrgency: 'ⴰⵙⵡⵉⵔ ⵏ ⵍⵅⴰⵟⴰⵔ',
    colCase: 'ⴰⵙⴰⴷⵓⵙ',
    colProvince: 'ⵜⴰⵙⴳⴰ',
    colChannel: 'ⴰⴱⵔⵉⴷ',
    colWaiting: 'ⴰⵔⴰⵊⵓ',
    colHandledBy: 'ⵡⵉⵏⵏⴰ ⵜ ⵉⵟⵟⴼⵏ',
    placeUnknown: 'ⴰⴷⵖⴰⵔ ⵓⵔ ⵉⵜⵜⵡⴰⵙⵙⵏ',
    handlerNobody: 'ⵓⵍⴰ ⵢⴰⵏ ⴰⵔ ⴷⵖⵉ',
    handlerYou: 'ⴽⵢⵢⵉ',
    claim: 'ⴰⵎⵥ ⵜ',
    release: 'ⵔⴰⵔ ⵜ',
    logCall: 'ⵙⵊⵊⵍ ⵜⵉⵖⵔⵉ',
    actionsForCase: (reference) => `ⵜⵉⴳⴰⵡⵉⵏ ⵏ ⵓⵙⴰⴷⵓⵙ ${reference}`,
    claimedNotice: (reference) => `ⵜⵟⵟⴼⴷ ⴷⵖⵉ ⴰⵙⴰⴷⵓⵙ ${reference}.`,
    releasedNotice: (reference) => `ⵉⵖⵓⵍ ⵓⵙⴰⴷⵓⵙ ${reference} ⵖⵔ ⵜⵍⴳⴰⵎⵜ.`,
    alreadyClaimedBy: (reference, name) => `ⵉⵟⵟⴼ ${name} ⴰⵙⴰⴷⵓⵙ ${reference} ⵣⵓⴷ ⴽⵢⵢⵉ.`,
    newCaseAnnounced: (urgency, place) => `ⴰⵙⴰⴷⵓⵙ ⴰⵎⴰⵢⵏⵓ ⴳ ⵜⵍⴳⴰⵎⵜ: ${urgency}, ${place}.`,
  },
  en: {
    queueTitle: 'Triage queue',
    queueCaption: 'Open cases: most urgent first, then longest waiting',
    queueCount: (count) =>
      count === 0
        ? 'No case in the queue'
        : counted('en', count, { one: '# case in the queue', other: '# cases in the queue' }),
    unclaimedUrgentCount: (count) =>
      counted('en', count, { one: '# urgent not taken', other: '# urgent not taken' }),
    queueEmpty: 'No case is waiting.',
    colUrgency: 'Urgency',
    colCase: 'Case',
    colProvince: 'Prefecture or province',
    colChannel: 'Channel',
    colWaiting: 'Waiting',
    colHandledBy: 'Handled by',
    placeUnknown: 'Place not known',
    handlerNobody: 'Nobody yet',
    handlerYou: 'You',
    claim: 'Take it',
    release: 'Hand it back',
    logCall: 'Log a call',
    actionsForCase: (reference) => `Actions for case ${reference}`,
    claimedNotice: (reference) => `You now handle case ${reference}.`,
    releasedNotice: (reference) => `Case ${reference} is back in the queue.`,
    alreadyClaimedBy: (reference, name) => `${name} took case ${reference} first.`,
    newCaseAnnounced: (urgency, place) => `New case in the queue: ${urgency}, ${place}.`,
  },
};
