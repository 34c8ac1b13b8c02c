import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/**
 * Importing opportunities from a CSV file: what the dialog and report say of this file, its
 * columns, and the problems only its cells have. The rest reads as every import does.
 */
export interface OpportunityImportMessages {
  readonly oppImportTitle: string;
  readonly oppImportIntro: string;
  readonly oppImportContinues: string;
  readonly oppImportAdded: (count: number) => string;
  readonly oppImportUpdated: (count: number) => string;
  readonly oppImportNote: string;
  readonly oppImpColCode: string;
  readonly oppImpColProvider: string;
  readonly oppImpColKind: string;
  readonly oppImpColTitle: string;
  readonly oppImpColRegion: string;
  readonly oppImpColProvinces: string;
  readonly oppImpColDates: string;
  readonly oppImpColPlaces: string;
  readonly oppImpColAges: string;
  readonly oppImpColSchooling: string;
  readonly oppImpColFlags: string;
  readonly oppImpColTexts: string;
  readonly oppImpColLanguages: string;
  readonly oppImpColContact: string;
  readonly oppIssueDate: string;
  readonly oppIssueProvider: string;
  readonly oppIssueCode: string;
  readonly oppIssueProvinces: string;
  readonly oppIssueAges: string;
}

export const opportunityImportMessages: Readonly<Record<Locale, OpportunityImportMessages>> = {
  ar: {
    oppImportTitle: 'استيراد الفرص',
    oppImportIntro:
      'ملف CSV فيه فرصة في كل سطر، والسطر الأول يحمل أسماء الأعمدة. السطر الذي يوجد مرجعه من قبل عند المؤسسة نفسها يحدّث تلك الفرصة، وأي سطر آخر يضيف فرصة. الأسطر التي فيها مشكل تُعرض برقمها وتُستبعد.',
    oppImportContinues:
      'يستمر الاستيراد حتى إن أغلقت هذه النافذة؛ يمكنك إعادة فتح تقريره من صفحة الفرص.',
    oppImportAdded: (count) =>
      counted('ar', count, {
        zero: 'لم تُضف أي فرصة',
        one: 'أضيفت فرصة واحدة',
        two: 'أضيفت فرصتان',
        few: 'أضيفت # فرص',
        other: 'أضيفت # فرصة',
      }),
    oppImportUpdated: (count) =>
      counted('ar', count, {
        zero: 'لم تُحدَّث أي فرصة',
        one: 'حُدِّثت فرصة واحدة',
        two: 'حُدِّثت فرصتان',
        few: 'حُدِّثت # فرص',
        other: 'حُدِّثت # فرصة',
      }),
    oppImportNote:
      'العمود الغائب عن الملف يترك المعلومة كما هي في الفرصة التي يتم تحديثها. الأعمدة الإلزامية: code و kind و title، و provider في ملف الإدارة.',
    oppImpColCode: 'مرجع الفرصة عند المؤسسة؛ مرجع موجود من قبل يحدّث تلك الفرصة',
    oppImpColProvider: 'رمز المؤسسة المقدِّمة؛ يُترك فارغًا في ملف المؤسسة نفسها',
    oppImpColKind: 'نوع الفرصة (رمز واحد)',
    oppImpColTitle: 'العنوان، من 3 إلى 200 حرف',
    oppImpColRegion: 'رمز الجهة، من 01 إلى 12؛ وتُتابع عن بعد: نعم أو لا',
    oppImpColProvinces:
      'العمالات والأقاليم من الجهة، رموز تفصل بينها فواصل منقوطة؛ فارغ: الجهة كلها',
    oppImpColDates: 'آخر أجل للترشح، البداية، النهاية',
    oppImpColPlaces: 'عدد الأماكن؛ فارغ: غير محدود',
    oppImpColAges: 'السن الأدنى والأقصى، من 14 إلى 99',
    oppImpColSchooling: 'المستوى الدراسي الأدنى (رمز واحد)',
    oppImpColFlags: 'نعم أو لا (أو 1 و0)',
    oppImpColTexts: 'الوصف وشروط أخرى',
    oppImpColLanguages: 'لغات الفرصة، رموز تفصل بينها فاصلة منقوطة',
    oppImpColContact: 'هاتف المؤسسة وبريدها وعنوانها لهذه الفرصة',
    oppIssueDate: 'تاريخ غير مفهوم؛ اكتبه على هذا الشكل:',
    oppIssueProvider: 'رمز مؤسسة غير معروف، أو مؤسسة غير مؤسستك.',
    oppIssueCode: 'هذا المرجع موجود في سطر سابق من الملف، أو أن الفرصة أُغلقت: استعمل مرجعًا جديدًا.',
    oppIssueProvinces: 'ليست عمالة أو إقليمًا من الجهة المذكورة.',
    oppIssueAges: 'سن بين 14 و99، والسن الأقصى ليس أقل من الأدنى.',
  },
  fr: {
    oppImportTitle: 'Importer des opportunités',
    oppImportIntro:
      'Un fichier CSV avec une opportunité par ligne, la première ligne nommant les colonnes. Une ligne dont la référence existe déjà chez la même institution met à jour cette opportunité ; toute autre ligne en ajoute une. Les lignes qui posent problème sont listées avec leur numéro et écartées.',
    oppImportContinues:
      'L’import continue si vous fermez cette fenêtre ; son rapport se rouvre depuis la page des opportunités.',
    oppImportAdded: (count) =>
      count === 0
        ? 'Aucune opportunité ajoutée'
        : counted('fr', count, { one: '# opportunité ajoutée', other: '# opportunités ajoutées' }),
    oppImportUpdated: (count) =>
      count === 0
        ? 'Aucune opportunité mise à jour'
        : counted('fr', count, {
            one: '# opportunité mise à jour',
            other: '# opportunités mises à jour',
          }),
    oppImportNote:
      'Une colonne absente du fichier laisse ce champ tel quel sur une opportunité mise à jour. Colonnes obligatoires : code, kind et title, et provider dans le fichier d’un administrateur.',
    oppImpColCode:
      'la référence de l’opportunité chez l’institution ; une référence existante la met à jour',
    oppImpColProvider:
      'le code de l’institution qui la propose ; vide dans le fichier de l’institution elle-même',
    oppImpColKind: 'le type d’opportunité (un code)',
    oppImpColTitle: 'l’intitulé, de 3 à 200 caractères',
    oppImpColRegion: 'le code de la région, de 01 à 12 ; et à distance : oui ou non',
    oppImpColProvinces:
      'les préfectures et provinces de la région, codes séparés par des points-virgules ; vide : toute la région',
    oppImpColDates: 'date limite de candidature, début, fin',
    oppImpColPlaces: 'le nombre de places ; vide : non limitées',
    oppImpColAges: 'âges minimum et maximum, de 14 à 99',
    oppImpColSchooling: 'le niveau scolaire minimum (un code)',
    oppImpColFlags: 'oui ou non (ou 1 et 0)',
    oppImpColTexts: 'la description et les autres prérequis',
    oppImpColLanguages: 'les langues, codes séparés par un point-virgule',
    oppImpColContact: 'le téléphone, l’e-mail et l’adresse de l’institution pour cette opportunité',
    oppIssueDate: 'Date non comprise ; écrivez-la comme ceci :',
    oppIssueProvider: 'Code d’institution inconnu, ou institution autre que la vôtre.',
    oppIssueCode:
      'Cette référence figure sur une ligne précédente du fichier, ou l’opportunité est close : prenez une nouvelle référence.',
    oppIssueProvinces: 'Pas une préfecture ou province de la région indiquée.',
    oppIssueAges: 'Un âge de 14 à 99 ans, le maximum pas en dessous du minimum.',
  },
  zgh: {
    oppImportTitle: 'ⵙⴽⵛⵎ ⵜⵉⵍⵍⵉⵖⵉⵏ',
    oppImportIntro:
      'ⴰⴼⴰⵢⵍⵓ ⵙ ⵢⴰⵜ ⵜⵍⵍⵉⵖⵜ ⴳ ⴽⵓ ⴰⵣⵔⵉⴳ; ⴰⵣⵔⵉⴳ ⴰⵎⵣⵡⴰⵔⵓ ⵉⵙⵎⵎⴰ ⵜⵉⴳⵓⵎⵎⴰ. ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⴰ ⵉⵍⵍⴰⵏ ⵜⵙⵏⴼⴰⵍ ⵜⴰⵍⵍⵉⵖⵜ ⵏⵏⵙ, ⵡⵉⵏⵏⵉⴹⵏ ⵔⵏⵏⵓⵏ ⵜⵉⵍⵍⵉⵖⵉⵏ.',
    oppImportContinues: 'ⴰⵙⴽⵛⵎ ⴰⴷ ⵉⴽⵎⵎⵍ ⵎⴽ ⵜⵇⵇⵏⵜ ⵜⴰⵙⵇⵇⵓⵔⵜ ⴰⴷ; ⴰⵏⴰⵎⵓⵙ ⵉⵍⵍⴰ ⴳ ⵜⵙⵏⴰ ⵏ ⵜⵍⵍⵉⵖⵉⵏ.',
    oppImportAdded: (count) =>
      counted('zgh', count, { one: '# ⵜⵍⵍⵉⵖⵜ ⵜⵜⵓⵔⵏⵓ', other: '# ⵏ ⵜⵍⵍⵉⵖⵉⵏ ⵜⵜⵓⵔⵏⵓⵏⵜ' }),
    oppImportUpdated: (count) =>
      counted('zgh', count, { one: '# ⵜⵍⵍⵉⵖⵜ ⵜⵜⵓⵙⵏⴼⵍ', other: '# ⵏ ⵜⵍⵍⵉⵖⵉⵏ ⵜⵜⵓⵙⵏⴼⵍⵏⵜ' }),
    oppImportNote: 'ⵜⴰⴳⵓⵎⵎⴰ ⵏⵏⴰ ⵓⵔ ⵉⵍⵍⵉⵏ ⴳ ⵓⴼⴰⵢⵍⵓ ⵜⵙⵙⵓⵏⴼⴰ ⴰⵏⵙⴰ ⴰⵏⵏⴰ ⵎⴰⵎⴽ ⵉⵍⵍⴰ.',
    oppImpColCode: 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵜⵍⵍⵉⵖⵜ',
    oppImpColProvider: 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ',
    oppImpColKind: 'ⴰⵏⴰⵡ ⵏ ⵜⵍⵍⵉⵖⵜ',
    oppImpColTitle: 'ⴰⵣⵡⵍ, ⵙⴳ 3 ⴰⵔ 200 ⵏ ⵉⵙⴽⴽⵉⵍⵏ',
    oppImpColRegion: 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵜⵎⵏⴰⴹⵜ, ⵙⴳ 01 ⴰⵔ 12',
    oppImpColProvinces: 'ⵜⵉⵙⴳⴰⵡⵉⵏ ⵏ ⵜⵎⵏⴰⴹⵜ',
    oppImpColDates: 'ⴰⵣⵎⵣ ⴰⵏⴳⴳⴰⵔⵓ, ⴰⵙⵏⵜⵉ, ⵜⵉⴳⵉⵔⴰ',
    oppImpColPlaces: 'ⵉⴷⵖⴰⵔⵏ',
    oppImpColAges: 'ⴰⵡⵜⵜⴰⵙ, ⵙⴳ 14 ⴰⵔ 99',
    oppImpColSchooling: 'ⴰⵙⵡⵉⵔ ⵏ ⵓⵖⵔⵓ',
    oppImpColFlags: 'ⵢⴰⵀ ⵏⵖ ⵓⵀⵓ (1 ⵏⵖ 0)',
    oppImpColTexts: 'ⴰⴳⵍⴰⵎ ⴷ ⵜⵉⴼⴰⴷⵉⵡⵉⵏ',
    oppImpColLanguages: 'ⵜⵓⵜⵍⴰⵢⵉⵏ',
    oppImpColContact: 'ⴰⵣⴷⴰⵢ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ',
    oppIssueDate: 'ⵓⵔ ⵉⵜⵜⵓⴼⵀⴰⵎ ⵓⵙⴰⴽⵓⴷ; ⴰⵔⵓ ⵜ ⴰⵎ ⵓⵎⴷⵢⴰ ⴰ:',
    oppIssueProvider: 'ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵓⵔ ⵉⵜⵜⵡⴰⵙⵙⵏⵏ, ⵏⵖ ⵜⴳⴰ ⵜⴰⵢⴹ.',
    oppIssueCode: 'ⵜⴰⵏⴳⴰⵍⵜ ⴰ ⵜⵍⵍⴰ ⴳ ⵢⴰⵏ ⵓⵣⵔⵉⴳ ⵉⵣⵔⵉⵏ, ⵏⵖ ⵜⵎⵔⴳⵍ ⵜⵍⵍⵉⵖⵜ.',
    oppIssueProvinces: 'ⵓⵔ ⵜⴳⵉ ⵜⴰⵙⴳⴰ ⵏ ⵜⵎⵏⴰⴹⵜ ⴰ.',
    oppIssueAges: 'ⴰⵡⵜⵜⴰⵙ ⴳⵔ 14 ⴷ 99.',
  },
  en: {
    oppImportTitle: 'Import opportunities',
    oppImportIntro:
      'A CSV file with one opportunity per row, the first row naming the columns. A row whose reference the same institution already has updates that opportunity; any other row adds one. Rows with a problem are listed with their number and left out.',
    oppImportContinues:
      'The import goes on if you close this window; its report opens again from the opportunities page.',
    oppImportAdded: (count) =>
      count === 0
        ? 'No opportunity added'
        : counted('en', count, { one: '# opportunity added', other: '# opportunities added' }),
    oppImportUpdated: (count) =>
      count === 0
        ? 'No opportunity updated'
        : counted('en', count, { one: '# opportunity updated', other: '# opportunities updated' }),
    oppImportNote:
      'A column left out of the file leaves that field as it is on an opportunity being updated. Required columns: code, kind and title, and provider in an administrator’s file.',
    oppImpColCode: 'the opportunity’s reference at its institution; an existing one updates it',
    oppImpColProvider: 'the providing institution’s code; empty in the institution’s own file',
    oppImpColKind: 'the kind of opportunity (one code)',
    oppImpColTitle: 'the title, 3 to 200 characters',
    oppImpColRegion: 'the region code, 01 to 12; and remote: yes or no',
    oppImpColProvinces:
      'prefectures and provinces of the region, codes separated by semicolons; empty: the whole region',
    oppImpColDates: 'last day to apply, start, end',
    oppImpColPlaces: 'the number of places; empty: not limited',
    oppImpColAges: 'minimum and maximum age, 14 to 99',
    oppImpColSchooling: 'the lowest schooling level (one code)',
    oppImpColFlags: 'yes or no (1 and 0 work too)',
    oppImpColTexts: 'the description and other prerequisites',
    oppImpColLanguages: 'the languages, codes separated by a semicolon',
    oppImpColContact: 'the institution’s phone, e-mail and address for this opportunity',
    oppIssueDate: 'Date not understood; write it like this:',
    oppIssueProvider: 'Unknown institution code, or an institution other than yours.',
    oppIssueCode:
      'This reference is on an earlier row of the file, or the opportunity is closed: use a new reference.',
    oppIssueProvinces: 'Not a prefecture or province of the region given.',
    oppIssueAges: 'An age from 14 to 99, the maximum not below the minimum.',
  },
};
