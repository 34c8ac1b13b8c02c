import type { Locale } from '../locale.ts';

/**
 * Economic pathway (issue #7) on a case: her profile of needs, the opportunities matched to it
 * and the nearest alternatives, proposing one to her, and the pathway's entries in the case
 * timeline. The enrolment card and the match reasons are in `pathway-provider.ts`.
 */
export interface PathwayCaseMessages {
  // The section
  readonly pwContactTitle: string;
  readonly pwOnlyContactShared: string;
  readonly pwContactName: string;
  readonly pwTitle: string;
  readonly pwShow: string;
  readonly pwHide: string;
  // Her profile of needs
  readonly pwProfileTitle: string;
  readonly pwEditProfile: string;
  readonly pwSourceSaved: string;
  readonly pwSourceRequest: string;
  readonly pwSourceNone: string;
  readonly pwAskNext: string;
  readonly pwAskSeeking: string;
  readonly pwAskProvince: string;
  readonly pwAskAge: string;
  readonly pwAskSchooling: string;
  readonly pwAskLiteracy: string;
  readonly pwAskAvailability: string;
  readonly pwNotAsked: string;
  readonly pwSeeking: string;
  readonly pwProvince: string;
  readonly pwAge: string;
  readonly pwSchooling: string;
  readonly pwLiterate: string;
  readonly pwChildcare: string;
  readonly pwMobility: string;
  readonly pwAvailability: string;
  readonly pwLanguages: string;
  readonly pwSkills: string;
  readonly pwSkillsHint: string;
  readonly pwSaveProfile: string;
  readonly pwProfileSaved: string;
  readonly pwProfileStale: string;
  // Matches and alternatives
  readonly pwMatchesTitle: string;
  readonly pwNoMatch: string;
  readonly pwAlternativesTitle: string;
  readonly pwAlternativesHint: string;
  readonly pwRelaxedLabel: string;
  readonly pwRelaxedNeighbour: string;
  readonly pwRelaxedOutsideRegion: string;
  readonly pwRelaxedLater: string;
  readonly pwRelaxedOtherKind: string;
  readonly pwWhyLabel: string;
  readonly pwToCheck: string;
  readonly pwRemote: string;
  readonly pwAnywhere: string;
  readonly pwPropose: string;
  /** Begins with `pwPropose`, the button's visible words (WCAG 2.5.3, label in name). */
  readonly pwProposeTo: (title: string) => string;
  readonly pwProposed: (title: string) => string;
  readonly pwAlreadyProposed: (status: string) => string;
  // Timeline entries
  readonly tlEnrolmentProposed: string;
  readonly tlEnrolmentInterest: string;
  readonly tlEnrolmentReferred: string;
  readonly tlEnrolmentApplied: string;
  readonly tlEnrolmentEnrolled: string;
  readonly tlEnrolmentCompleted: string;
  readonly tlEnrolmentDropped: string;
  readonly tlEnrolmentOutcome: string;
  readonly tlEnrolmentOutcomeDue: string;
  readonly tlEconomicProfileUpdated: string;
}

export const pathwayCaseMessages: Readonly<Record<Locale, PathwayCaseMessages>> = {
  ar: {
    pwOnlyContactShared:
      'هذا التوجيه يخص فرصة عمل أو تكوين: تتوصل مؤسستكم بطريقة الاتصال بها فقط، وليس بملفها.',
    pwContactTitle: 'كيف يمكن الاتصال بها',
    pwContactName: 'الاسم الشخصي',
    pwTitle: 'الشغل والتكوين والدخل',
    pwShow: 'البحث عن فرص لها',
    pwHide: 'إخفاء',
    pwProfileTitle: 'احتياجاتها',
    pwEditProfile: 'تعديل الاحتياجات',
    pwSourceSaved: 'سجّلتها مستمِعة.',
    pwSourceRequest: 'من طلبها في التطبيق.',
    pwSourceNone: 'لم تُسأل بعد.',
    pwAskNext: 'اسأليها عن:',
    pwAskSeeking: 'ما تبحث عنه',
    pwAskProvince: 'مكان سكنها',
    pwAskAge: 'سنّها',
    pwAskSchooling: 'مستواها الدراسي',
    pwAskLiteracy: 'هل تقرأ وتكتب',
    pwAskAvailability: 'متى تكون متفرغة',
    pwNotAsked: 'لم تُسأل',
    pwSeeking: 'ما تبحث عنه',
    pwProvince: 'مكان سكنها',
    pwAge: 'السن',
    pwSchooling: 'المستوى الدراسي',
    pwLiterate: 'تقرأ وتكتب',
    pwChildcare: 'تحتاج من يرعى أطفالها',
    pwMobility: 'إلى أين يمكنها التنقل',
    pwAvailability: 'متى تكون متفرغة',
    pwLanguages: 'اللغات التي ترتاح فيها',
    pwSkills: 'ما تعرف فعله',
    pwSkillsHint: 'بكلماتها: الخياطة، الطبخ، الحاسوب…',
    pwSaveProfile: 'حفظ الاحتياجات',
    pwProfileSaved: 'حُفظت احتياجاتها.',
    pwProfileStale: 'عدّل شخص آخر احتياجاتها للتو: أُعيدت قراءتها، تحقّقي ثم احفظي.',
    pwMatchesTitle: 'فرص تناسبها، الأنسب أولًا',
    pwNoMatch: 'لا فرصة تناسب احتياجاتها الآن.',
    pwAlternativesTitle: 'أقرب البدائل',
    pwAlternativesHint: 'كل بديل يختلف عمّا طلبته: تحقّقي معها أولًا.',
    pwRelaxedLabel: 'يختلف:',
    pwRelaxedNeighbour: 'في إقليم مجاور',
    pwRelaxedOutsideRegion: 'خارج جهتها',
    pwRelaxedLater: 'دورة لاحقة',
    pwRelaxedOtherKind: 'نوع آخر من الفرص',
    pwWhyLabel: 'لماذا تناسبها',
    pwToCheck: 'للتحقق',
    pwRemote: 'عن بُعد',
    pwAnywhere: 'في كل مكان',
    pwPropose: 'اقتراحها عليها',
    pwProposeTo: (title) => `اقتراحها عليها: ${title}`,
    pwProposed: (title) => `اقتُرح ${title}: ستراه في «تتبّع طلبي».`,
    pwAlreadyProposed: (status) => `سبق اقتراحها — ${status}`,
    tlEnrolmentProposed: 'اقتُرحت عليها فرصة',
    tlEnrolmentInterest: 'أبدت اهتمامها بفرصة',
    tlEnrolmentReferred: 'وُجّهت إلى الجهة المقدِّمة للفرصة',
    tlEnrolmentApplied: 'قدّمت طلبها',
    tlEnrolmentEnrolled: 'سُجّلت',
    tlEnrolmentCompleted: 'أنهت الفرصة',
    tlEnrolmentDropped: 'توقفت الفرصة',
    tlEnrolmentOutcome: 'سُجّلت النتيجة',
    tlEnrolmentOutcomeDue: 'حان وقت السؤال عن النتيجة',
    tlEconomicProfileUpdated: 'عُدّلت احتياجاتها',
  },
  fr: {
    pwOnlyContactShared:
      'Cette orientation concerne une offre : votre institution reçoit seulement le moyen de la joindre, pas son dossier.',
    pwContactTitle: 'Comment la joindre',
    pwContactName: 'Prénom',
    pwTitle: 'Emploi, formation et revenu',
    pwShow: 'Chercher des opportunités pour elle',
    pwHide: 'Masquer',
    pwProfileTitle: 'Ses besoins',
    pwEditProfile: 'Modifier ses besoins',
    pwSourceSaved: 'Enregistrés par une écoutante.',
    pwSourceRequest: 'D’après sa demande dans l’application.',
    pwSourceNone: 'Pas encore demandés.',
    pwAskNext: 'À lui demander :',
    pwAskSeeking: 'ce qu’elle cherche',
    pwAskProvince: 'où elle vit',
    pwAskAge: 'son âge',
    pwAskSchooling: 'sa scolarité',
    pwAskLiteracy: 'si elle lit et écrit',
    pwAskAvailability: 'quand elle est libre',
    pwNotAsked: 'Non demandé',
    pwSeeking: 'Ce qu’elle cherche',
    pwProvince: 'Où elle vit',
    pwAge: 'Âge',
    pwSchooling: 'Scolarité',
    pwLiterate: 'Lit et écrit',
    pwChildcare: 'A besoin d’une garde pour ses enfants',
    pwMobility: 'Jusqu’où elle peut aller',
    pwAvailability: 'Quand elle est libre',
    pwLanguages: 'Langues où elle est à l’aise',
    pwSkills: 'Ce qu’elle sait faire',
    pwSkillsHint: 'Avec ses mots : couture, cuisine, informatique…',
    pwSaveProfile: 'Enregistrer ses besoins',
    pwProfileSaved: 'Ses besoins sont enregistrés.',
    pwProfileStale:
      'Quelqu’un vient de modifier ses besoins : ils ont été relus, vérifiez puis enregistrez.',
    pwMatchesTitle: 'Opportunités pour elle, la mieux adaptée d’abord',
    pwNoMatch: 'Aucune opportunité ne correspond à ses besoins pour l’instant.',
    pwAlternativesTitle: 'Alternatives les plus proches',
    pwAlternativesHint: 'Chacune s’écarte de sa demande : vérifiez avec elle d’abord.',
    pwRelaxedLabel: 'Écart :',
    pwRelaxedNeighbour: 'dans une province voisine',
    pwRelaxedOutsideRegion: 'hors de sa région',
    pwRelaxedLater: 'une session plus tardive',
    pwRelaxedOtherKind: 'un autre type d’opportunité',
    pwWhyLabel: 'Pourquoi elle lui convient',
    pwToCheck: 'à vérifier',
    pwRemote: 'à distance',
    pwAnywhere: 'partout',
    pwPropose: 'Lui proposer',
    pwProposeTo: (title) => `Lui proposer : ${title}`,
    pwProposed: (title) => `${title} est proposée : elle la verra dans « Suivre ma demande ».`,
    pwAlreadyProposed: (status) => `Déjà proposée — ${status}`,
    tlEnrolmentProposed: 'Opportunité proposée',
    tlEnrolmentInterest: 'Elle est intéressée',
    tlEnrolmentReferred: 'Orientée vers l’organisme',
    tlEnrolmentApplied: 'Candidature déposée',
    tlEnrolmentEnrolled: 'Inscrite',
    tlEnrolmentCompleted: 'Parcours terminé',
    tlEnrolmentDropped: 'Parcours arrêté',
    tlEnrolmentOutcome: 'Résultat enregistré',
    tlEnrolmentOutcomeDue: 'Résultat à demander',
    tlEconomicProfileUpdated: 'Besoins modifiés',
  },
  zgh: {
    pwOnlyContactShared:
      'ⴰⵙⵙⵉⵡⴹ ⴰ ⵉⵇⵇⴰⵏ ⵜⴰⵍⵍⵉⵖⵜ: ⵜⵜⴰⵡⵉ ⵜⵎⵙⵙⵓⴷⵙⵜ ⵏⵏⵓⵏ ⵖⴰⵙ ⴰⵎⴽ ⴰⴷ ⵜⵜⵓⵙⵙⴰⵡⴰⵍ, ⵓⵔ ⴰⵙⴰⴷⵓⵙ ⵏⵏⵙ.',
    pwContactTitle: 'ⵎⴰⵎⴽ ⴰⴷ ⵜⵜⵓⵙⵙⴰⵡⴰⵍ',
    pwContactName: 'ⵉⵙⵎ',
    pwTitle: 'ⵜⴰⵡⵓⵔⵉ, ⴰⵍⵎⵎⵓⴷ ⴷ ⵉⴷⵔⵉⵎⵏ',
    pwShow: 'ⴰⵔⵣⵣⵓ ⵅⴼ ⵜⵉⵍⵍⵉⵜⵉⵏ ⵉ ⵏⵜⵜⴰⵜ',
    pwHide: 'ⴼⴼⵔ',
    pwProfileTitle: 'ⵜⵉⵅⵚⵚⴰⵜⵉⵏ ⵏⵏⵙ',
    pwEditProfile: 'ⵙⵏⴼⵍ ⵜⵉⵅⵚⵚⴰⵜⵉⵏ',
    pwSourceSaved: 'ⵜⵓⵙⵎⴰⵔ ⵜⵏⵏ ⵢⴰⵜ ⵜⵎⵙⵙⴼⵍⴷⵜ.',
    pwSourceRequest: 'ⵙⴳ ⵓⵙⵓⵜⵔ ⵏⵏⵙ ⴳ ⵓⵙⵏⵙ.',
    pwSourceNone: 'ⵓⵔ ⵜⵜⵓⵙⵇⵙⴰ ⴰⵔ ⴷⵖⵉ.',
    pwAskNext: 'ⵙⵇⵙⴰ ⵜⵜ ⵅⴼ:',
    pwAskSeeking: 'ⵎⴰⴷ ⵜⵔⵣⵣⵓ',
    pwAskProvince: 'ⴰⵏⵙⴰ ⴳ ⵜⵣⴷⵖ',
    pwAskAge: 'ⴰⵙⴳⴳⵯⴰⵙ ⵏⵏⵙ',
    pwAskSchooling: 'ⴰⵙⵍⵎⴷ ⵏⵏⵙ',
    pwAskLiteracy: 'ⵎⴰ ⵜⵖⵔⵔⴰ ⵜⴰⵔⴰ',
    pwAskAvailability: 'ⵎⵉⴳ ⵜⵍⵍⴰ ⵜⵉⵍⵍⵉ',
    pwNotAsked: 'ⵓⵔ ⵜⵜⵓⵙⵇⵙⴰ',
    pwSeeking: 'ⵎⴰⴷ ⵜⵔⵣⵣⵓ',
    pwProvince: 'ⴰⵏⵙⴰ ⴳ ⵜⵣⴷⵖ',
    pwAge: 'ⴰⵙⴳⴳⵯⴰⵙ',
    pwSchooling: 'ⴰⵙⵍⵎⴷ',
    pwLiterate: 'ⵜⵖⵔⵔⴰ ⵜⴰⵔⴰ',
    pwChildcare: 'ⵜⵔⴰ ⵡⵉⵏⵏⴰ ⵉⵜⵜⵃⴹⴰⵏ ⵜⴰⵔⵡⴰ ⵏⵏⵙ',
    pwMobility: 'ⵎⴰⵏⵉ ⵖⵔ ⵜⵣⵎⵔ ⴰⴷ ⵜⵎⵓⴷⴷⵓ',
    pwAvailability: 'ⵎⵉⴳ ⵜⵍⵍⴰ ⵜⵉⵍⵍⵉ',
    pwLanguages: 'ⵜⵓⵜⵍⴰⵢⵉⵏ ⵏⵏⵙ',
    pwSkills: 'ⵎⴰⴷ ⵜⵙⵙⵏ ⴰⴷ ⵜⴳ',
    pwSkillsHint: 'ⵙ ⵡⴰⵡⴰⵍ ⵏⵏⵙ: ⴰⵅⵢⴰⴹ, ⴰⵙⵏⵡⵉ, ⴰⵎⵙⵙⵓⴷⵙ…',
    pwSaveProfile: 'ⵙⵊⵊⵍ ⵜⵉⵅⵚⵚⴰⵜⵉⵏ',
    pwProfileSaved: 'ⵜⵜⵓⵙⵊⵊⵍⵏⵜ ⵜⵉⵅⵚⵚⴰⵜⵉⵏ ⵏⵏⵙ.',
    pwProfileStale: 'ⵢⴰⵏ ⵢⴰⴹⵏ ⵉⵙⵏⴼⵍ ⵜⵉⵅⵚⵚⴰⵜⵉⵏ ⵏⵏⵙ: ⵜⵜⵓⵖⵔⴰⵏⵜ ⴷⴰⵖ, ⵙⵙⵏⵇⴷ ⵜⵙⵊⵊⵍⴷ.',
    pwMatchesTitle: 'ⵜⵉⵍⵍⵉⵜⵉⵏ ⵉ ⵏⵜⵜⴰⵜ, ⵜⴰⵎⵢⴰⵏⵜ ⴷ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ',
    pwNoMatch: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵉⵍⵍⵉⵜ ⵉⵎⵙⴰⵙⴰⵏ ⴷ ⵜⵉⵅⵚⵚⴰⵜⵉⵏ ⵏⵏⵙ ⴷⵖⵉ.',
    pwAlternativesTitle: 'ⵜⵉⵍⵍⵉⵜⵉⵏ ⵢⴰⴹⵏⵉⵏ ⵉⵇⵔⴱⵏ',
    pwAlternativesHint: 'ⴽⵓ ⵢⴰⵜ ⵜⵎⵣⴰⵔⴰ ⴷ ⵎⴰⴷ ⵜⵙⵓⵜⵔ: ⵙⵙⵏⵇⴷ ⴷⵉⴷⵙ ⵣⵡⴰⵔ.',
    pwRelaxedLabel: 'ⴰⵎⵣⴰⵔⴰⵢ:',
    pwRelaxedNeighbour: 'ⴳ ⵢⴰⵜ ⵜⵙⴳⴰ ⵜⴰⵎⵣⴷⵖⴰ',
    pwRelaxedOutsideRegion: 'ⴱⵕⵕⴰ ⵏ ⵜⵎⵏⴰⴹⵜ ⵏⵏⵙ',
    pwRelaxedLater: 'ⵢⴰⵜ ⵜⵉⵣⵉ ⵢⴰⴹⵏ ⴷⴼⴼⵉⵔ',
    pwRelaxedOtherKind: 'ⵢⴰⵏ ⵡⴰⵏⴰⵡ ⵢⴰⴹⵏ',
    pwWhyLabel: 'ⵎⴰⵅ ⴰⴷ ⵜⵎⵙⴰⵙⴰ ⴷⵉⴷⵙ',
    pwToCheck: 'ⴰⴷ ⵉⵜⵜⵓⵙⵙⵏⵇⴷ',
    pwRemote: 'ⵙⴳ ⵜⴰⴷⴷⴰⵔⵜ',
    pwAnywhere: 'ⴳ ⴽⵓ ⴰⴷⵖⴰⵔ',
    pwPropose: 'ⵙⵓⵎⵔ ⴰⵙ ⵜⵜ',
    pwProposeTo: (title) => `ⵙⵓⵎⵔ ⴰⵙ ⵜⵜ: ${title}`,
    pwProposed: (title) => `ⵉⵜⵜⵓⵙⵓⵎⵔ ${title}: ⴰⴷ ⵜ ⵜⵥⵕ ⴳ «ⴹⴼⵕ ⵜⵓⵜⵔⴰ ⵉⵏⵓ».`,
    pwAlreadyProposed: (status) => `ⵉⵜⵜⵓⵙⵓⵎⵔ ⵢⴰⴷ — ${status}`,
    tlEnrolmentProposed: 'ⵜⵜⵓⵙⵓⵎⵔ ⴰⵙ ⵢⴰⵜ ⵜⵍⵍⵉⵜ',
    tlEnrolmentInterest: 'ⵜⵔⴰ ⵜⵉⵍⵍⵉⵜ',
    tlEnrolmentReferred: 'ⵜⵜⵡⴰⵣⵏ ⵖⵔ ⵜⵎⵙⵙⵓⴷⵙⵜ',
    tlEnrolmentApplied: 'ⵜⴼⴽⴰ ⴰⵙⵓⵜⵔ ⵏⵏⵙ',
    tlEnrolmentEnrolled: 'ⵜⴽⵛⵎ',
    tlEnrolmentCompleted: 'ⵜⴽⵎⵍ ⵜⵉⵍⵍⵉⵜ',
    tlEnrolmentDropped: 'ⵜⴱⴷⴷ ⵜⵉⵍⵍⵉⵜ',
    tlEnrolmentOutcome: 'ⵜⵜⵓⵙⵊⵊⵍ ⵜⵢⴰⴼⵓⵜ',
    tlEnrolmentOutcomeDue: 'ⵉⵍⴽⵎ ⵓⴽⵓⴷ ⵏ ⵓⵙⵇⵙⵉ ⵅⴼ ⵜⵢⴰⴼⵓⵜ',
    tlEconomicProfileUpdated: 'ⵜⵜⵓⵙⵏⴼⵍⵏⵜ ⵜⵉⵅⵚⵚⴰⵜⵉⵏ ⵏⵏⵙ',
  },
  en: {
    pwOnlyContactShared:
      'This referral is about an opportunity: your institution receives how to reach her, not her file.',
    pwContactTitle: 'How to reach her',
    pwContactName: 'First name',
    pwTitle: 'Work, training and income',
    pwShow: 'Look for opportunities for her',
    pwHide: 'Hide',
    pwProfileTitle: 'Her needs',
    pwEditProfile: 'Edit her needs',
    pwSourceSaved: 'Recorded by a listener.',
    pwSourceRequest: 'From her request in the app.',
    pwSourceNone: 'Not asked yet.',
    pwAskNext: 'Ask her about:',
    pwAskSeeking: 'what she is looking for',
    pwAskProvince: 'where she lives',
    pwAskAge: 'her age',
    pwAskSchooling: 'her schooling',
    pwAskLiteracy: 'whether she reads and writes',
    pwAskAvailability: 'when she is free',
    pwNotAsked: 'Not asked',
    pwSeeking: 'What she is looking for',
    pwProvince: 'Where she lives',
    pwAge: 'Age',
    pwSchooling: 'Schooling',
    pwLiterate: 'Reads and writes',
    pwChildcare: 'Needs someone to look after her children',
    pwMobility: 'How far she can go',
    pwAvailability: 'When she is free',
    pwLanguages: 'Languages she is at ease in',
    pwSkills: 'What she knows how to do',
    pwSkillsHint: 'In her words: sewing, cooking, computers…',
    pwSaveProfile: 'Save her needs',
    pwProfileSaved: 'Her needs are saved.',
    pwProfileStale: 'Someone just changed her needs: they were read again; check, then save.',
    pwMatchesTitle: 'Opportunities for her, best first',
    pwNoMatch: 'No opportunity matches her needs right now.',
    pwAlternativesTitle: 'Nearest alternatives',
    pwAlternativesHint: 'Each departs from what she asked: check with her first.',
    pwRelaxedLabel: 'Differs:',
    pwRelaxedNeighbour: 'in a neighbouring province',
    pwRelaxedOutsideRegion: 'outside her region',
    pwRelaxedLater: 'a later session',
    pwRelaxedOtherKind: 'another kind of opportunity',
    pwWhyLabel: 'Why it suits her',
    pwToCheck: 'to check',
    pwRemote: 'remote',
    pwAnywhere: 'anywhere',
    pwPropose: 'Propose to her',
    pwProposeTo: (title) => `Propose to her: ${title}`,
    pwProposed: (title) => `${title} is proposed: she will see it in “Follow my request”.`,
    pwAlreadyProposed: (status) => `Already proposed — ${status}`,
    tlEnrolmentProposed: 'Opportunity proposed',
    tlEnrolmentInterest: 'She is interested',
    tlEnrolmentReferred: 'Referred to the provider',
    tlEnrolmentApplied: 'Application made',
    tlEnrolmentEnrolled: 'Enrolled',
    tlEnrolmentCompleted: 'Completed',
    tlEnrolmentDropped: 'Stopped',
    tlEnrolmentOutcome: 'Outcome recorded',
    tlEnrolmentOutcomeDue: 'Time to ask about the outcome',
    tlEconomicProfileUpdated: 'Her needs changed',
  },
};
