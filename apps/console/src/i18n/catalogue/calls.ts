import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** Logging a call: the number's earlier contacts, the timer, where the call goes. */
export interface CallsMessages {
  readonly logCallTitle: string;
  readonly direction: string;
  readonly callType: string;
  readonly phoneNumber: string;
  readonly phoneHint: string;
  readonly lookingUp: string;
  readonly noEarlierContacts: string;
  readonly earlierContacts: (count: number) => string;
  readonly attachToThisCase: string;
  readonly attachedNotice: (reference: string) => string;
  readonly durationSeconds: string;
  readonly startTimer: string;
  readonly stopTimer: string;
  readonly afterTheFact: string;
  readonly occurredAt: string;
  readonly callNotes: string;
  readonly callNotesHint: string;
  readonly callOutcome: string;
  readonly callOutcomeHint: string;
  readonly outcomeAutomatic: string;
  readonly destinationTitle: string;
  readonly destinationNone: string;
  readonly destinationExisting: string;
  readonly destinationNew: string;
  readonly attachedTo: string;
  readonly changeCase: string;
  readonly findCase: string;
  readonly findCaseHint: string;
  readonly caseKind: string;
  readonly saveCall: string;
  readonly callLogged: string;
  readonly invalidNumber: string;
}

export const callsMessages: Readonly<Record<Locale, CallsMessages>> = {
  ar: {
    logCallTitle: 'تسجيل مكالمة',
    direction: 'اتجاه المكالمة',
    callType: 'نوع المكالمة',
    phoneNumber: 'رقم الهاتف',
    phoneHint: 'تظهر اتصالاتها السابقة بمجرد كتابة الرقم.',
    lookingUp: 'جارٍ البحث عن الاتصالات السابقة…',
    noEarlierContacts: 'لا يوجد أي اتصال سابق من هذا الرقم.',
    earlierContacts: (count) =>
      counted('ar', count, {
        one: 'اتصال سابق واحد من هذا الرقم',
        two: 'اتصالان سابقان من هذا الرقم',
        few: '# اتصالات سابقة من هذا الرقم',
        other: '# اتصالًا سابقًا من هذا الرقم',
      }),
    attachToThisCase: 'إضافة هذه المكالمة إلى هذا الملف',
    attachedNotice: (reference) => `ستُضاف المكالمة إلى الملف ${reference}.`,
    durationSeconds: 'المدة (بالثواني)',
    startTimer: 'بدء التوقيت',
    stopTimer: 'إيقاف التوقيت',
    afterTheFact: 'أسجّلها بعد انتهاء المكالمة',
    occurredAt: 'وقت المكالمة',
    callNotes: 'ملاحظات',
    callNotesHint: 'ما يحتاجه الملف، لا أكثر.',
    callOutcome: 'نتيجة المكالمة',
    callOutcomeHint: 'إن تُركت فارغة، يسجّلها «سند» حسب وجهة المكالمة.',
    outcomeAutomatic: 'حسب وجهة المكالمة',
    destinationTitle: 'الملف',
    destinationNone: 'مكالمة فقط، بدون ملف',
    destinationExisting: 'إضافتها إلى ملف قائم',
    destinationNew: 'فتح ملف جديد',
    attachedTo: 'تُضاف إلى الملف',
    changeCase: 'تغيير',
    findCase: 'مرجع الملف أو رمز التتبع',
    findCaseHint: 'المرجع الظاهر في صفحة الملف، أو الرمز الذي أُعطي لها.',
    caseKind: 'نوع الملف',
    saveCall: 'حفظ المكالمة',
    callLogged: 'سُجّلت المكالمة.',
    invalidNumber: 'اكتب عددًا صحيحًا.',
  },
  fr: {
    logCallTitle: 'Saisir un appel',
    direction: 'Sens de l’appel',
    callType: 'Nature de l’appel',
    phoneNumber: 'Numéro de téléphone',
    phoneHint: 'Ses contacts précédents s’affichent dès que le numéro est saisi.',
    lookingUp: 'Recherche des contacts précédents…',
    noEarlierContacts: 'Aucun contact précédent depuis ce numéro.',
    earlierContacts: (count) =>
      counted('fr', count, {
        one: '# contact précédent depuis ce numéro',
        other: '# contacts précédents depuis ce numéro',
      }),
    attachToThisCase: 'Ajouter cet appel à ce dossier',
    attachedNotice: (reference) => `L’appel sera ajouté au dossier ${reference}.`,
    durationSeconds: 'Durée (secondes)',
    startTimer: 'Démarrer le chrono',
    stopTimer: 'Arrêter le chrono',
    afterTheFact: 'Saisi après l’appel',
    occurredAt: 'Heure de l’appel',
    callNotes: 'Notes',
    callNotesHint: 'Ce dont le dossier a besoin, pas plus.',
    callOutcome: 'Suite donnée',
    callOutcomeHint: 'Laissée vide, Sanad la déduit de la destination de l’appel.',
    outcomeAutomatic: 'Selon la destination de l’appel',
    destinationTitle: 'Dossier',
    destinationNone: 'Appel seul, sans dossier',
    destinationExisting: 'Ajouter à un dossier existant',
    destinationNew: 'Ouvrir un nouveau dossier',
    attachedTo: 'Ajouté au dossier',
    changeCase: 'Changer',
    findCase: 'Référence du dossier ou code de suivi',
    findCaseHint: 'La référence affichée sur le dossier, ou le code qui lui a été donné.',
    caseKind: 'Type de dossier',
    saveCall: 'Enregistrer l’appel',
    callLogged: 'Appel enregistré.',
    invalidNumber: 'Saisissez un nombre entier.',
  },
  zgh: {
    logCallTitle: 'ⵙⵊⵊⵍ ⵜⵉⵖⵔⵉ',
    direction: 'ⴰⵏⵎⵉⵍ ⵏ ⵜⵖⵔⵉ',
    callType: 'ⴰⵏⴰⵡ ⵏ ⵜⵖⵔⵉ',
    phoneNumber: 'ⵓⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ',
    phoneHint: 'ⵉⵣⴷⴰⵢⵏ ⵏⵏⵙ ⵉⵣⵔⵉⵏ ⴰⴷ ⴷ ⴼⴼⵖⵏ ⵎⴽ ⴰⴷ ⵜⴰⵔⵉⴷ ⵓⵟⵟⵓⵏ.',
    lookingUp: 'ⴰⵔ ⵏⵔⵣⵣⵓ ⵅⴼ ⵉⵣⴷⴰⵢⵏ ⵉⵣⵔⵉⵏ…',
    noEarlierContacts: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵣⴷⴰⵢ ⵉⵣⵔⵉⵏ ⵙⴳ ⵓⵟⵟⵓⵏ ⴰ.',
    earlierContacts: (count) =>
      counted('zgh', count, {
        one: '# ⵓⵣⴷⴰⵢ ⵉⵣⵔⵉⵏ ⵙⴳ ⵓⵟⵟⵓⵏ ⴰ',
        other: '# ⵏ ⵉⵣⴷⴰⵢⵏ ⵉⵣⵔⵉⵏ ⵙⴳ ⵓⵟⵟⵓⵏ ⴰ',
      }),
    attachToThisCase: 'ⵔⵏⵓ ⵜⵉⵖⵔⵉ ⴰ ⵖⵔ ⵓⵙⴰⴷⵓⵙ ⴰ',
    attachedNotice: (reference) => `ⴰⴷ ⵜⵜⵓⵔⵏⵓ ⵜⵉⵖⵔⵉ ⵖⵔ ⵓⵙⴰⴷⵓⵙ ${reference}.`,
    durationSeconds: 'ⵜⴰⵏⵣⴳⵉⵜ (ⵜⵙⵉⵏⵜⵉⵎⵉⵏ)',
    startTimer: 'ⵙⵙⴽⵔ ⴰⵎⵙⵙⵉⴹⵏ',
    stopTimer: 'ⵙⴱⴷⴷ ⴰⵎⵙⵙⵉⴹⵏ',
    afterTheFact: 'ⵙⵊⵊⵍⵖ ⵜⵜ ⴷⴼⴼⵉⵔ ⵏ ⵜⵖⵔⵉ',
    occurredAt: 'ⴰⴽⵓⴷ ⵏ ⵜⵖⵔⵉ',
    callNotes: 'ⵜⵉⵏⵎⵎⴰⵍⵉⵏ',
    callNotesHint: 'ⵎⴰⵢⴷ ⵉⵃⵜⴰⵊ ⵓⵙⴰⴷⵓⵙ ⵡⴰⵍⴰ.',
    callOutcome: 'ⵜⴰⵢⴰⴼⵓⵜ ⵏ ⵜⵖⵔⵉ',
    callOutcomeHint: 'ⵎⴽ ⵜⵇⵇⵉⵎ ⵜⵅⵡⴰ, ⴰⴷ ⵜⵜ ⵉⵙⵊⵊⵍ ⵙⴰⵏⴰⴷ ⵙ ⵜⵏⵏⵉⴹⵜ ⵏ ⵜⵖⵔⵉ.',
    outcomeAutomatic: 'ⵙ ⵜⵏⵏⵉⴹⵜ ⵏ ⵜⵖⵔⵉ',
    destinationTitle: 'ⴰⵙⴰⴷⵓⵙ',
    destinationNone: 'ⵜⵉⵖⵔⵉ ⵡⴰⵍⴰ, ⴱⵍⴰ ⴰⵙⴰⴷⵓⵙ',
    destinationExisting: 'ⵔⵏⵓ ⵜⵜ ⵖⵔ ⵓⵙⴰⴷⵓⵙ ⵉⵍⵍⴰⵏ',
    destinationNew: 'ⵕⵥⵎ ⴰⵙⴰⴷⵓⵙ ⴰⵎⴰⵢⵏⵓ',
    attachedTo: 'ⵜⵜⵓⵔⵏⴰ ⵖⵔ ⵓⵙⴰⴷⵓⵙ',
    changeCase: 'ⵙⵏⴼⵍ',
    findCase: 'ⴰⵎⵙⵙⵓⴷⵙ ⵏ ⵓⵙⴰⴷⵓⵙ ⵏⵖ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⴹⴼⴰⵕ',
    findCaseHint: 'ⴰⵎⵙⵙⵓⴷⵙ ⵉⵍⵍⴰⵏ ⴳ ⵜⵙⵏⴰ ⵏ ⵓⵙⴰⴷⵓⵙ, ⵏⵖ ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⴰⵙ ⵉⵜⵜⵓⴼⴽⴰⵏ.',
    caseKind: 'ⴰⵏⴰⵡ ⵏ ⵓⵙⴰⴷⵓⵙ',
    saveCall: 'ⵙⵊⵊⵍ ⵜⵉⵖⵔⵉ',
    callLogged: 'ⵜⵜⵓⵙⵊⵍ ⵜⵉⵖⵔⵉ.',
    invalidNumber: 'ⴰⵔⵓ ⴰⵎⴹⴰⵏ ⴰⵎⴷⴷⴰⴷ.',
  },
  en: {
    logCallTitle: 'Log a call',
    direction: 'Direction',
    callType: 'What the call was',
    phoneNumber: 'Phone number',
    phoneHint: 'Her earlier contacts show as soon as the number is typed.',
    lookingUp: 'Looking for earlier contacts…',
    noEarlierContacts: 'No earlier contact from this number.',
    earlierContacts: (count) =>
      counted('en', count, {
        one: '# earlier contact from this number',
        other: '# earlier contacts from this number',
      }),
    attachToThisCase: 'Add this call to this case',
    attachedNotice: (reference) => `The call will be added to case ${reference}.`,
    durationSeconds: 'Length (seconds)',
    startTimer: 'Start the timer',
    stopTimer: 'Stop the timer',
    afterTheFact: 'Logged after the call',
    occurredAt: 'When the call took place',
    callNotes: 'Notes',
    callNotesHint: 'What the case needs, no more.',
    callOutcome: 'Outcome',
    callOutcomeHint: 'Left empty, Sanad records it from where the call goes.',
    outcomeAutomatic: 'From where the call goes',
    destinationTitle: 'Case',
    destinationNone: 'Call only, no case',
    destinationExisting: 'Add to an existing case',
    destinationNew: 'Open a new case',
    attachedTo: 'Added to case',
    changeCase: 'Change',
    findCase: 'Case reference or tracking code',
    findCaseHint: 'The reference shown on the case page, or the code she was given.',
    caseKind: 'Kind of case',
    saveCall: 'Save the call',
    callLogged: 'Call recorded.',
    invalidNumber: 'Enter a whole number.',
  },
};
