import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/**
 * Economic pathway (issue #7): an opportunity proposed to her as both sides follow it — the
 * provider on its referral's page, the referring side on the case — with the steps each records
 * (her answer, the referral, application, enrolment, the end, the outcome); and the reasons
 * behind a match (`MATCH_REASON_CODES` of `@sanad/core`).
 */
export interface PathwayProviderMessages {
  // The enrolment card
  readonly pwEnrolmentsTitle: string;
  readonly pwNoEnrolments: string;
  readonly pwCardTitle: string;
  readonly pwCandidatesTitle: string;
  readonly pwCandidatesOpportunity: string;
  readonly pwProviderHint: string;
  readonly pwNowStatus: (title: string, status: string) => string;
  readonly pwNowOutcome: (title: string, outcome: string) => string;
  readonly pwEnrolmentStale: string;
  readonly pwPlainProposed: string;
  readonly pwPlainInterested: string;
  readonly pwPlainReferred: string;
  readonly pwPlainApplied: string;
  readonly pwPlainEnrolled: string;
  readonly pwPlainCompleted: string;
  readonly pwPlainDropped: string;
  // Steps
  readonly pwStepsLabel: (title: string) => string;
  readonly pwStepInterest: string;
  readonly pwStepNotInterested: string;
  readonly pwStepRefer: string;
  readonly pwStepApply: string;
  readonly pwStepEnrol: string;
  readonly pwStepComplete: string;
  readonly pwStepDrop: string;
  readonly pwStepNote: string;
  readonly pwReferTitle: (provider: string) => string;
  readonly pwReferHint: (provider: string) => string;
  readonly pwConsentNow: (provider: string) => string;
  readonly pwReferSubmit: string;
  readonly pwDropTitle: (title: string) => string;
  readonly pwDropReason: string;
  readonly pwDropReasonLabel: string;
  readonly pwDropSubmit: string;
  readonly pwChoose: string;
  // What came of it
  readonly pwOutcomeTitle: string;
  readonly pwOutcome: string;
  readonly pwOutcomeOn: string;
  readonly pwOutcomeSubmit: string;
  // Why an opportunity suits her, or what to check with her
  readonly pwReasonKindSought: string;
  readonly pwReasonInProvince: string;
  readonly pwReasonInRegion: string;
  readonly pwReasonInRegionFar: string;
  readonly pwReasonRemote: string;
  readonly pwReasonOutsideRegion: string;
  readonly pwReasonAgeFits: string;
  readonly pwReasonAgeToCheck: string;
  readonly pwReasonSchoolingFits: string;
  readonly pwReasonSchoolingToCheck: string;
  readonly pwReasonNoLiteracy: string;
  readonly pwReasonLiteracyToCheck: string;
  readonly pwReasonChildcare: string;
  readonly pwReasonNoChildcare: string;
  readonly pwReasonTransport: string;
  readonly pwReasonStipend: string;
  readonly pwReasonLanguage: (language: string) => string;
  readonly pwReasonPlaces: (places: number) => string;
  readonly pwReasonApplyBy: (date: string, daysLeft: number) => string;
  readonly pwReasonStartsOn: (date: string) => string;
  readonly pwReasonStartsLater: (date: string) => string;
  readonly pwReasonOtherKind: string;
}

export const pathwayProviderMessages: Readonly<Record<Locale, PathwayProviderMessages>> = {
  ar: {
    pwEnrolmentsTitle: 'الفرص المقترحة عليها',
    pwNoEnrolments: 'لم تُقترح عليها أي فرصة بعد.',
    pwCardTitle: 'الفرصة موضوع هذه الإحالة',
    pwCandidatesTitle: 'المرشحات لفرصنا',
    pwCandidatesOpportunity: 'الفرصة',
    pwProviderHint: 'أقرّي بالإحالة واقبليها أولًا، ثم سجّلي طلبها وتسجيلها ونهاية المسار.',
    pwNowStatus: (title, status) => `${title}: الوضع الآن ${status}`,
    pwNowOutcome: (title, outcome) => `${title}: النتيجة ${outcome}`,
    pwEnrolmentStale: 'تغيّرت هذه الفرصة في الأثناء: أُعيدت قراءتها، حاولي مرة أخرى.',
    pwPlainProposed: 'اقتُرحت عليها: في انتظار جوابها (في التطبيق أو بالهاتف).',
    pwPlainInterested: 'هي مهتمة: لم تُوجَّه بعد إلى الجهة المقدِّمة.',
    pwPlainReferred: 'وُجّهت: في انتظار رد الجهة المقدِّمة.',
    pwPlainApplied: 'طلبها مقدَّم.',
    pwPlainEnrolled: 'هي مسجّلة.',
    pwPlainCompleted: 'أنهت المسار.',
    pwPlainDropped: 'توقّف المسار.',
    pwStepsLabel: (title) => `خطوات: ${title}`,
    pwStepInterest: 'هي مهتمة',
    pwStepNotInterested: 'غير مهتمة',
    pwStepRefer: 'توجيهها',
    pwStepApply: 'قدّمت طلبها',
    pwStepEnrol: 'سُجّلت',
    pwStepComplete: 'أنهت',
    pwStepDrop: 'توقفت',
    pwStepNote: 'ملاحظة (اختيارية)',
    pwReferTitle: (provider) => `توجيهها إلى ${provider}`,
    pwReferHint: (provider) =>
      `يصل طلبها إلى ${provider} مع آجال الرد. يلزم موافقتها إن لم تعطها في التطبيق.`,
    pwConsentNow: (provider) => `توافق الآن على أن يصل طلبها إلى ${provider}`,
    pwReferSubmit: 'توجيه',
    pwDropTitle: (title) => `توقف: ${title}`,
    pwDropReason: 'لماذا توقفت؟',
    pwDropReasonLabel: 'سبب التوقف',
    pwDropSubmit: 'تسجيل التوقف',
    pwChoose: 'اختاري…',
    pwOutcomeTitle: 'ماذا نتج عن ذلك',
    pwOutcome: 'النتيجة',
    pwOutcomeOn: 'منذ (التاريخ)',
    pwOutcomeSubmit: 'تسجيل النتيجة',
    pwReasonKindSought: 'ما تبحث عنه',
    pwReasonInProvince: 'في إقليمها',
    pwReasonInRegion: 'في جهتها',
    pwReasonInRegionFar: 'في جهتها، لكنها لا تغادر إقليمها',
    pwReasonRemote: 'عن بُعد',
    pwReasonOutsideRegion: 'خارج جهتها',
    pwReasonAgeFits: 'سنّها مناسب',
    pwReasonAgeToCheck: 'شرط السن للتحقق',
    pwReasonSchoolingFits: 'مستواها الدراسي مناسب',
    pwReasonSchoolingToCheck: 'المستوى الدراسي المطلوب للتحقق',
    pwReasonNoLiteracy: 'لا تلزم القراءة',
    pwReasonLiteracyToCheck: 'تلزم القراءة: اسأليها',
    pwReasonChildcare: 'رعاية الأطفال متوفرة',
    pwReasonNoChildcare: 'لا رعاية للأطفال',
    pwReasonTransport: 'النقل متوفر',
    pwReasonStipend: 'منحة مدفوعة',
    pwReasonLanguage: (language) => `بلغتها: ${language}`,
    pwReasonPlaces: (places) =>
      counted('ar', places, {
        one: 'بقي مقعد واحد',
        two: 'بقي مقعدان',
        few: 'بقيت # مقاعد',
        many: 'بقي # مقعدًا',
        other: 'بقي # مقعد',
      }),
    pwReasonApplyBy: (date, daysLeft) =>
      daysLeft <= 0
        ? `آخر أجل للتسجيل اليوم، ${date}`
        : counted('ar', daysLeft, {
            one: `التسجيل قبل ${date} (بقي يوم واحد)`,
            two: `التسجيل قبل ${date} (بقي يومان)`,
            few: `التسجيل قبل ${date} (بقيت # أيام)`,
            many: `التسجيل قبل ${date} (بقي # يومًا)`,
            other: `التسجيل قبل ${date} (بقي # يوم)`,
          }),
    pwReasonStartsOn: (date) => `تبدأ في ${date}`,
    pwReasonStartsLater: (date) => `تبدأ لاحقًا، في ${date}`,
    pwReasonOtherKind: 'ليست ما طلبته',
  },
  fr: {
    pwEnrolmentsTitle: 'Opportunités qui lui ont été proposées',
    pwNoEnrolments: 'Rien ne lui a encore été proposé.',
    pwCardTitle: 'L’opportunité dont parle cette orientation',
    pwCandidatesTitle: 'Candidates à nos opportunités',
    pwCandidatesOpportunity: 'Opportunité',
    pwProviderHint:
      'Accusez réception et acceptez d’abord l’orientation, puis enregistrez sa candidature, son inscription et la fin du parcours.',
    pwNowStatus: (title, status) => `${title} : désormais « ${status} »`,
    pwNowOutcome: (title, outcome) => `${title} : résultat « ${outcome} »`,
    pwEnrolmentStale: 'Cette opportunité a changé entre-temps : elle a été relue, réessayez.',
    pwPlainProposed: 'Proposée : on attend sa réponse (application ou appel).',
    pwPlainInterested: 'Elle est intéressée : pas encore orientée vers l’organisme.',
    pwPlainReferred: 'Orientée : on attend la réponse de l’organisme.',
    pwPlainApplied: 'Sa candidature est déposée.',
    pwPlainEnrolled: 'Elle est inscrite.',
    pwPlainCompleted: 'Elle a terminé.',
    pwPlainDropped: 'Parcours arrêté.',
    pwStepsLabel: (title) => `Étapes : ${title}`,
    pwStepInterest: 'Elle est intéressée',
    pwStepNotInterested: 'Pas intéressée',
    pwStepRefer: 'L’orienter',
    pwStepApply: 'Candidature déposée',
    pwStepEnrol: 'Inscrite',
    pwStepComplete: 'Terminé',
    pwStepDrop: 'Arrêt',
    pwStepNote: 'Note (facultative)',
    pwReferTitle: (provider) => `L’orienter vers ${provider}`,
    pwReferHint: (provider) =>
      `Sa demande part chez ${provider}, avec des délais de réponse. Il faut son accord si elle ne l’a pas donné dans l’application.`,
    pwConsentNow: (provider) => `Elle accepte maintenant que sa demande parte chez ${provider}`,
    pwReferSubmit: 'Orienter',
    pwDropTitle: (title) => `Arrêt : ${title}`,
    pwDropReason: 'Pourquoi s’est-elle arrêtée ?',
    pwDropReasonLabel: 'Raison de l’arrêt',
    pwDropSubmit: 'Enregistrer l’arrêt',
    pwChoose: 'Choisir…',
    pwOutcomeTitle: 'Ce qui en est sorti',
    pwOutcome: 'Résultat',
    pwOutcomeOn: 'Depuis le',
    pwOutcomeSubmit: 'Enregistrer le résultat',
    pwReasonKindSought: 'ce qu’elle cherche',
    pwReasonInProvince: 'dans sa province',
    pwReasonInRegion: 'dans sa région',
    pwReasonInRegionFar: 'dans sa région, mais elle reste dans sa province',
    pwReasonRemote: 'à distance',
    pwReasonOutsideRegion: 'hors de sa région',
    pwReasonAgeFits: 'son âge convient',
    pwReasonAgeToCheck: 'limite d’âge à vérifier',
    pwReasonSchoolingFits: 'sa scolarité suffit',
    pwReasonSchoolingToCheck: 'scolarité demandée à vérifier',
    pwReasonNoLiteracy: 'lecture non requise',
    pwReasonLiteracyToCheck: 'lecture requise : à lui demander',
    pwReasonChildcare: 'garde d’enfants assurée',
    pwReasonNoChildcare: 'pas de garde d’enfants',
    pwReasonTransport: 'transport assuré',
    pwReasonStipend: 'indemnité versée',
    pwReasonLanguage: (language) => `dans sa langue : ${language}`,
    pwReasonPlaces: (places) =>
      counted('fr', places, { one: '# place restante', other: '# places restantes' }),
    pwReasonApplyBy: (date, daysLeft) =>
      daysLeft <= 0
        ? `candidature aujourd’hui au plus tard, ${date}`
        : counted('fr', daysLeft, {
            one: `candidature avant le ${date} (# jour restant)`,
            other: `candidature avant le ${date} (# jours restants)`,
          }),
    pwReasonStartsOn: (date) => `commence le ${date}`,
    pwReasonStartsLater: (date) => `commence plus tard, le ${date}`,
    pwReasonOtherKind: 'pas ce qu’elle a demandé',
  },
  zgh: {
    pwEnrolmentsTitle: 'ⵜⵉⵍⵍⵉⵜⵉⵏ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ ⴰⵙ',
    pwNoEnrolments: 'ⵓⵔ ⴰⵙ ⵉⵜⵜⵓⵙⵓⵎⵔ ⴽⵔⴰ ⴰⵔ ⴷⵖⵉ.',
    pwCardTitle: 'ⵜⵉⵍⵍⵉⵜ ⵏ ⵓⵙⵉⴼⴹ ⴰⴷ',
    pwCandidatesTitle: 'ⵜⵉⵎⵙⵙⵓⵜⵔⵉⵏ ⵏ ⵜⵉⵍⵍⵉⵜⵉⵏ ⵏⵏⵖ',
    pwCandidatesOpportunity: 'ⵜⵉⵍⵍⵉⵜ',
    pwProviderHint: 'ⵙⵙⵏⵜⵎ ⵜⵇⴱⵍⴷ ⴰⵙⵉⴼⴹ ⵣⵡⴰⵔ, ⵙⵙⵉⵏ ⵙⵊⵊⵍ ⴰⵙⵓⵜⵔ ⵏⵏⵙ, ⴰⴽⵛⴰⵎ ⵏⵏⵙ ⴷ ⵜⵉⴳⵉⵔⴰ.',
    pwNowStatus: (title, status) => `${title}: ⴷⵖⵉ ${status}`,
    pwNowOutcome: (title, outcome) => `${title}: ⵜⴰⵢⴰⴼⵓⵜ ${outcome}`,
    pwEnrolmentStale: 'ⵜⵜⵓⵙⵏⴼⵍ ⵜⵉⵍⵍⵉⵜ ⴰⴷ: ⵜⵜⵓⵖⵔⴰ ⴷⴰⵖ, ⴰⵍⵙ.',
    pwPlainProposed: 'ⵜⵜⵓⵙⵓⵎⵔ: ⴰⵔ ⵏⵜⵜⵔⴰⵊⵓ ⴰⵔⵔⴰ ⵏⵏⵙ.',
    pwPlainInterested: 'ⵜⵔⴰ ⵜⵜ: ⵓⵔ ⵜⵜⵡⴰⵣⵏ ⴰⵔ ⴷⵖⵉ.',
    pwPlainReferred: 'ⵜⵜⵡⴰⵣⵏ: ⴰⵔ ⵏⵜⵜⵔⴰⵊⵓ ⴰⵔⵔⴰ ⵏ ⵜⵎⵙⵙⵓⴷⵙⵜ.',
    pwPlainApplied: 'ⵜⴼⴽⴰ ⴰⵙⵓⵜⵔ ⵏⵏⵙ.',
    pwPlainEnrolled: 'ⵜⴽⵛⵎ.',
    pwPlainCompleted: 'ⵜⴽⵎⵍ.',
    pwPlainDropped: 'ⵉⴱⴷⴷ.',
    pwStepsLabel: (title) => `ⵜⵉⴼⵔⴽⵉⵡⵉⵏ: ${title}`,
    pwStepInterest: 'ⵜⵔⴰ ⵜⵜ',
    pwStepNotInterested: 'ⵓⵔ ⵜⵔⵉ',
    pwStepRefer: 'ⵙⵉⴼⴹ ⵜⵜ',
    pwStepApply: 'ⵜⴼⴽⴰ ⴰⵙⵓⵜⵔ',
    pwStepEnrol: 'ⵜⴽⵛⵎ',
    pwStepComplete: 'ⵜⴽⵎⵍ',
    pwStepDrop: 'ⵜⴱⴷⴷ',
    pwStepNote: 'ⵜⴰⵏⵓⵜⵉ (ⵜⴰⵏⴼⵍⵉⵜ)',
    pwReferTitle: (provider) => `ⵙⵉⴼⴹ ⵜⵜ ⵖⵔ ${provider}`,
    pwReferHint: (provider) =>
      `ⴰⵙⵓⵜⵔ ⵏⵏⵙ ⴰⴷ ⵉⴷⴷⵓ ⵖⵔ ${provider}. ⵉⵍⴰⵇ ⵓⵙⵎⵓⵜⵜⴳ ⵏⵏⵙ ⵎⴰ ⵓⵔ ⵜ ⵜⴼⴽⵉ ⴳ ⵓⵙⵏⵙ.`,
    pwConsentNow: (provider) => `ⵜⵇⴱⵍ ⴷⵖⵉ ⴰⴷ ⵉⴷⴷⵓ ⵓⵙⵓⵜⵔ ⵏⵏⵙ ⵖⵔ ${provider}`,
    pwReferSubmit: 'ⵙⵉⴼⴹ',
    pwDropTitle: (title) => `ⴰⴱⴷⴰⴷ: ${title}`,
    pwDropReason: 'ⵎⴰⵅ ⴰⴷ ⵜⴱⴷⴷ?',
    pwDropReasonLabel: 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⴱⴷⴰⴷ',
    pwDropSubmit: 'ⵙⵊⵊⵍ ⴰⴱⴷⴰⴷ',
    pwChoose: 'ⴼⵔⵏ…',
    pwOutcomeTitle: 'ⵎⴰⴷ ⴷ ⵉⴼⴼⵖⵏ',
    pwOutcome: 'ⵜⴰⵢⴰⴼⵓⵜ',
    pwOutcomeOn: 'ⵙⴳ (ⴰⵙⴰⴽⵓⴷ)',
    pwOutcomeSubmit: 'ⵙⵊⵊⵍ ⵜⴰⵢⴰⴼⵓⵜ',
    pwReasonKindSought: 'ⵎⴰⴷ ⵜⵔⵣⵣⵓ',
    pwReasonInProvince: 'ⴳ ⵜⵙⴳⴰ ⵏⵏⵙ',
    pwReasonInRegion: 'ⴳ ⵜⵎⵏⴰⴹⵜ ⵏⵏⵙ',
    pwReasonInRegionFar: 'ⴳ ⵜⵎⵏⴰⴹⵜ ⵏⵏⵙ, ⵎⴰⵛⴰ ⵓⵔ ⵜⴼⴼⵓⵖ ⵜⴰⵙⴳⴰ ⵏⵏⵙ',
    pwReasonRemote: 'ⵙⴳ ⵜⴰⴷⴷⴰⵔⵜ',
    pwReasonOutsideRegion: 'ⴱⵕⵕⴰ ⵏ ⵜⵎⵏⴰⴹⵜ ⵏⵏⵙ',
    pwReasonAgeFits: 'ⴰⵙⴳⴳⵯⴰⵙ ⵏⵏⵙ ⵉⵎⵙⴰⵙⴰ',
    pwReasonAgeToCheck: 'ⴰⵙⴳⴳⵯⴰⵙ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵏⵇⴷ',
    pwReasonSchoolingFits: 'ⴰⵙⵍⵎⴷ ⵏⵏⵙ ⵉⵎⵙⴰⵙⴰ',
    pwReasonSchoolingToCheck: 'ⴰⵙⵍⵎⴷ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵏⵇⴷ',
    pwReasonNoLiteracy: 'ⵓⵔ ⵉⵍⴰⵇ ⵓⵖⵔⴰ',
    pwReasonLiteracyToCheck: 'ⵉⵍⴰⵇ ⵓⵖⵔⴰ: ⵙⵇⵙⴰ ⵜⵜ',
    pwReasonChildcare: 'ⴰⵃⵟⵟⵓ ⵏ ⵜⴰⵔⵡⴰ ⵉⵍⵍⴰ',
    pwReasonNoChildcare: 'ⵓⵔ ⵉⵍⵍⵉ ⵓⵃⵟⵟⵓ ⵏ ⵜⴰⵔⵡⴰ',
    pwReasonTransport: 'ⴰⵎⵓⴷⴷⵓ ⵉⵍⵍⴰ',
    pwReasonStipend: 'ⵜⴰⵡⵉⵙⵉ ⵏ ⵉⴷⵔⵉⵎⵏ',
    pwReasonLanguage: (language) => `ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⵙ: ${language}`,
    pwReasonPlaces: (places) =>
      counted('zgh', places, { one: '# ⵏ ⵓⴷⵖⴰⵔ ⵉⵇⵇⵉⵎⵏ', other: '# ⵏ ⵉⴷⵖⴰⵔⵏ ⵉⵇⵇⵉⵎⵏ' }),
    pwReasonApplyBy: (date, daysLeft) =>
      daysLeft <= 0
        ? `ⴰⵙⵓⵜⵔ ⴰⵙⵙⴰ, ${date}`
        : counted('zgh', daysLeft, {
            one: `ⴰⵙⵓⵜⵔ ⵇⴱⵍ ${date} (# ⵏ ⵡⴰⵙⵙ ⴰⴷ ⵉⵇⵇⵉⵎⵏ)`,
            other: `ⴰⵙⵓⵜⵔ ⵇⴱⵍ ${date} (# ⵏ ⵓⵙⵙⴰⵏ ⴰⴷ ⵉⵇⵇⵉⵎⵏ)`,
          }),
    pwReasonStartsOn: (date) => `ⴰⴷ ⵜⴱⴷⵓ ${date}`,
    pwReasonStartsLater: (date) => `ⴰⴷ ⵜⴱⴷⵓ ⴷⴼⴼⵉⵔ, ${date}`,
    pwReasonOtherKind: 'ⵓⵔ ⵉⴳⵉ ⵎⴰⴷ ⵜⵙⵓⵜⵔ',
  },
  en: {
    pwEnrolmentsTitle: 'Opportunities proposed to her',
    pwNoEnrolments: 'Nothing proposed to her yet.',
    pwCardTitle: 'The opportunity this referral is about',
    pwCandidatesTitle: 'Candidates for our opportunities',
    pwCandidatesOpportunity: 'Opportunity',
    pwProviderHint:
      'Acknowledge and accept the referral first, then record her application, her enrolment and the end.',
    pwNowStatus: (title, status) => `${title}: now “${status}”`,
    pwNowOutcome: (title, outcome) => `${title}: outcome “${outcome}”`,
    pwEnrolmentStale: 'This opportunity changed meanwhile: it was read again; try again.',
    pwPlainProposed: 'Proposed: waiting for her answer (app or call).',
    pwPlainInterested: 'She is interested: not referred to the provider yet.',
    pwPlainReferred: 'Referred: waiting for the provider’s answer.',
    pwPlainApplied: 'Her application is in.',
    pwPlainEnrolled: 'She is enrolled.',
    pwPlainCompleted: 'She completed it.',
    pwPlainDropped: 'Stopped.',
    pwStepsLabel: (title) => `Steps: ${title}`,
    pwStepInterest: 'She is interested',
    pwStepNotInterested: 'Not interested',
    pwStepRefer: 'Refer her',
    pwStepApply: 'Application made',
    pwStepEnrol: 'Enrolled',
    pwStepComplete: 'Completed',
    pwStepDrop: 'Stopped',
    pwStepNote: 'Note (optional)',
    pwReferTitle: (provider) => `Refer her to ${provider}`,
    pwReferHint: (provider) =>
      `Her request goes to ${provider}, with deadlines to answer. Her consent is needed if she did not give it in the app.`,
    pwConsentNow: (provider) => `She agrees now that her request goes to ${provider}`,
    pwReferSubmit: 'Refer',
    pwDropTitle: (title) => `Stopped: ${title}`,
    pwDropReason: 'Why did she stop?',
    pwDropReasonLabel: 'Why she stopped',
    pwDropSubmit: 'Record the stop',
    pwChoose: 'Choose…',
    pwOutcomeTitle: 'What came of it',
    pwOutcome: 'Outcome',
    pwOutcomeOn: 'Since (date)',
    pwOutcomeSubmit: 'Record the outcome',
    pwReasonKindSought: 'what she is looking for',
    pwReasonInProvince: 'in her province',
    pwReasonInRegion: 'in her region',
    pwReasonInRegionFar: 'in her region, but she stays in her province',
    pwReasonRemote: 'from home',
    pwReasonOutsideRegion: 'outside her region',
    pwReasonAgeFits: 'her age fits',
    pwReasonAgeToCheck: 'age limit to check',
    pwReasonSchoolingFits: 'her schooling is enough',
    pwReasonSchoolingToCheck: 'schooling required: to check',
    pwReasonNoLiteracy: 'no reading needed',
    pwReasonLiteracyToCheck: 'reading needed: ask her',
    pwReasonChildcare: 'childcare provided',
    pwReasonNoChildcare: 'no childcare',
    pwReasonTransport: 'transport provided',
    pwReasonStipend: 'paid allowance',
    pwReasonLanguage: (language) => `in her language: ${language}`,
    pwReasonPlaces: (places) =>
      counted('en', places, { one: '# place left', other: '# places left' }),
    pwReasonApplyBy: (date, daysLeft) =>
      daysLeft <= 0
        ? `apply today at the latest, ${date}`
        : counted('en', daysLeft, {
            one: `apply by ${date} (# day left)`,
            other: `apply by ${date} (# days left)`,
          }),
    pwReasonStartsOn: (date) => `starts ${date}`,
    pwReasonStartsLater: (date) => `starts later, ${date}`,
    pwReasonOtherKind: 'not what she asked for',
  },
};
