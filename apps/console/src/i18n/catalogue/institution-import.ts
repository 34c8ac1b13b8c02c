import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/**
 * Importing institutions from a CSV file: the dialog, the progress while the rows are handled
 * (and polling for it), and the report. The columns' help and the refused cells' problems are
 * in `institution-import-columns.ts`.
 */
export interface InstitutionImportMessages {
  // The dialog
  readonly importOpen: string;
  readonly importTitle: string;
  readonly importIntro: string;
  readonly importFile: string;
  readonly importFileHint: string;
  // Sending and progress
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
  // The report
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
  // The file's encoding
  readonly importNotUtf8: string;
  readonly importDamagedLetters: string;
  // Following an import that runs on
  readonly importShowLast: string;
  readonly importPollRetrying: string;
  readonly importContinues: string;
}

export const institutionImportMessages: Readonly<Record<Locale, InstitutionImportMessages>> = {
  ar: {
    importOpen: 'استيراد ملف CSV',
    importTitle: 'استيراد المؤسسات',
    importIntro:
      'ملف CSV فيه مؤسسة في كل سطر، والسطر الأول يحمل أسماء الأعمدة. السطر الذي يوجد رمزه من قبل يحدّث تلك المؤسسة، وأي سطر آخر يضيف مؤسسة. الأسطر التي فيها مشكل تُعرض برقمها وتُستبعد، وتُستورد كل الأسطر الأخرى.',
    importFile: 'ملف CSV',
    importFileHint:
      'نص بترميز UTF-8، والخانات مفصولة بفواصل أو بفواصل منقوطة (كما يحفظه برنامج الجداول)، 5 ميغابايت على الأكثر.',
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
    importNotUtf8:
      'لم يُحفظ هذا الملف بالترميز الصحيح، وستتلف فيه الحروف العربية والمشكولة. في برنامج الجداول، احفظه من جديد باختيار النوع:',
    importDamagedLetters:
      'يحتوي هذا الملف على العلامة � مكان حروف ضاعت في تحويل سابق: صحّح تلك الحروف قبل استيراده.',
    importShowLast: 'عرض تقرير آخر استيراد',
    importPollRetrying: 'انقطع الاتصال بالخادم؛ ستُعاد المحاولة تلقائيًا…',
    importContinues:
      'يستمر الاستيراد حتى إن أغلقت هذه النافذة؛ يمكنك إعادة فتح تقريره من صفحة المؤسسات.',
  },
  fr: {
    importOpen: 'Importer un fichier CSV',
    importTitle: 'Importer des institutions',
    importIntro:
      'Un fichier CSV avec une institution par ligne, la première ligne nommant les colonnes. Une ligne dont le code existe déjà met à jour cette institution ; toute autre ligne en ajoute une. Les lignes qui posent problème sont listées avec leur numéro et écartées ; toutes les autres sont importées.',
    importFile: 'Fichier CSV',
    importFileHint:
      'Texte UTF-8, cellules séparées par des virgules ou des points-virgules (comme l’enregistre un tableur), 5 Mo au plus.',
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
    importNotUtf8:
      'Ce fichier n’est pas enregistré dans le bon codage : ses lettres accentuées et arabes seraient abîmées. Dans votre tableur, enregistrez-le à nouveau en choisissant le type :',
    importDamagedLetters:
      'Ce fichier contient le signe � à la place de lettres perdues lors d’une conversion antérieure : corrigez-les avant de l’importer.',
    importShowLast: 'Voir le rapport du dernier import',
    importPollRetrying: 'Connexion au serveur perdue ; nouvel essai automatique…',
    importContinues:
      'L’import continue si vous fermez cette fenêtre ; son rapport se rouvre depuis la page des institutions.',
  },
  zgh: {
    importOpen: 'ⵙⴽⵛⵎ ⴰⴼⴰⵢⵍⵓ',
    importTitle: 'ⵙⴽⵛⵎ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    importIntro:
      'ⴰⴼⴰⵢⵍⵓ ⵙ ⵢⴰⵜ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⴳ ⴽⵓ ⴰⵣⵔⵉⴳ; ⴰⵣⵔⵉⴳ ⴰⵎⵣⵡⴰⵔⵓ ⵉⵙⵎⵎⴰ ⵜⵉⴳⵓⵎⵎⴰ. ⴰⵣⵔⵉⴳ ⵏⵏⴰ ⵖⵓⵔ ⵜⵍⵍⴰ ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⵉⵙⵏⴼⴰⵍ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⴷ, ⵡⵉⵏⵏⵉⴹⵏ ⵔⵏⵏⵓⵏ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ. ⵉⵣⵔⵉⴳⵏ ⵖⵓⵔ ⵉⵍⵍⴰ ⵓⵎⵓⴽⵔⴰⵙ ⴰⴷ ⵜⵏ ⵏⵙⵎⴰⵍ, ⵡⵉⵏⵏⵉⴹⵏ ⴰⴷ ⴽⵛⵎⵏ.',
    importFile: 'ⴰⴼⴰⵢⵍⵓ',
    importFileHint: 'ⴰⴹⵕⵉⵚ ⵏ ⵓⵙⵏⵎⴰⵍ, ⵜⵉⵙⵓⵔⴰ ⴱⴹⴰⵏⵜ ⵙ ⵜⵙⴽⵔⵜ, 5 ⵎⵉⴳⴰ ⵓⴳⴳⴰⵔ.',
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
    importNotUtf8:
      'ⴰⴼⴰⵢⵍⵓ ⴰⴷ ⵓⵔ ⵉⵜⵜⵓⵙⵊⵍ ⵙ ⵓⵏⴰⵡ ⵉⵖⵓⴷⴰⵏ, ⵔⴰⴷ ⵅⵙⵔⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵏⵏⵙ. ⴳ ⵓⵙⵏⵎⴰⵍ, ⵙⵊⵊⵍ ⵜ ⵜⵉⵙ ⵙⵏⴰⵜ ⵙ ⵓⵏⴰⵡ ⴰⴷ:',
    importDamagedLetters: 'ⴰⴼⴰⵢⵍⵓ ⴰⴷ ⵖⵓⵔⵙ ⴰⵣⵎⵎⴰⵎ � ⴳ ⵓⵎⵛⵛⴰⴹ ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵉⵅⵙⵔⵏ: ⵙⵖⵓⴷ ⵜⵏ ⵣⵉⴽ.',
    importShowLast: 'ⵙⵎⵍ ⴰⵏⴰⵎⵓⵙ ⵏ ⵓⵙⴽⵛⵎ ⴰⵏⴳⵔⵓ',
    importPollRetrying: 'ⵉⴱⴱⵉ ⵓⵣⴷⴰⵢ ⴷ ⵓⵎⵥⵥⵓⵖ; ⴰⴷ ⵏⴰⵍⵙ ⴰⵔⵎ…',
    importContinues:
      'ⴰⵙⴽⵛⵎ ⴰⴷ ⵉⴽⵎⵎⵍ ⵎⴽ ⵜⵇⵇⵏⵜ ⵜⴰⵙⵇⵇⵓⵔⵜ ⴰⴷ; ⵜⵣⵎⵔⵜ ⴰⴷ ⵜⵙⵎⵍⵜ ⴰⵏⴰⵎⵓⵙ ⵏⵏⵙ ⵙⴳ ⵜⴰⵙⵏⴰ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ.',
  },
  en: {
    importOpen: 'Import a CSV file',
    importTitle: 'Import institutions',
    importIntro:
      'A CSV file with one institution per row, the first row naming the columns. A row whose code already exists updates that institution; any other row adds one. Rows with a problem are listed with their number and left out; all the others are imported.',
    importFile: 'CSV file',
    importFileHint:
      'UTF-8 text, cells separated by commas or semicolons (as a spreadsheet saves it), 5 MB at most.',
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
    importNotUtf8:
      'This file is not saved in the right encoding: its accented and Arabic letters would be damaged. In your spreadsheet, save it again choosing the type:',
    importDamagedLetters:
      'This file contains the sign � where letters were lost by an earlier conversion: correct them before importing it.',
    importShowLast: "Show the last import's report",
    importPollRetrying: 'Connection to the server lost; trying again…',
    importContinues:
      'The import goes on if you close this window; its report can be reopened from the institutions page.',
  },
};
