import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/**
 * Referrals (issue #6): the panel on a case (proposals and their reasons, sending with her
 * consent or the emergency override, referral cards, revoking), the receiving institution's
 * inbox and referral page (steps, services delivered, the case as shared, free beds), a
 * competent body's requests, and the live alerts about referrals.
 */
export interface ReferralsMessages {
  // Menu and home
  readonly navInbox: string;
  readonly navRequests: string;
  readonly homeInboxLead: string;
  readonly openInbox: string;
  // The panel on a case and its proposals
  readonly refPanelTitle: string;
  readonly refNone: string;
  readonly refOpenProposals: string;
  readonly refHideProposals: string;
  readonly refProposalsTitle: string;
  readonly refNeedsLegend: string;
  readonly refNeedsHint: string;
  readonly refChooseService: string;
  readonly refNoProposals: string;
  readonly refMoreProposals: (count: number) => string;
  readonly refRank: (rank: number) => string;
  readonly refOpenNowBadge: string;
  readonly refClosedNowBadge: string;
  readonly refConsentGivenBadge: string;
  readonly refConsentMissingBadge: string;
  readonly refWhyLabel: string;
  readonly refPhone: string;
  readonly refReferButton: string;
  readonly refReferTo: (name: string) => string;
  readonly refAlreadyReferred: string;
  readonly refAlreadyReferredTo: (name: string) => string;
  // Why an institution is proposed (PROPOSAL_REASON_CODES of @sanad/core)
  readonly refReasonCoversProvince: (province: string) => string;
  readonly refReasonCoversRegion: (region: string) => string;
  readonly refReasonNational: string;
  readonly refReasonOutsideRegion: (region: string) => string;
  readonly refReasonServesArea: (area: string) => string;
  readonly refReasonAreaNotServed: (area: string) => string;
  readonly refReasonOpen247: string;
  readonly refReasonOpenNow: string;
  readonly refReasonClosedUntil: (time: string) => string;
  readonly refReasonClosedNoOpening: string;
  readonly refReasonHoursUnknown: string;
  readonly refReasonHandlesService: (service: string) => string;
  readonly refReasonLacksService: (service: string) => string;
  readonly refReasonBedsFree: (count: number) => string;
  readonly refReasonFull: string;
  readonly refReasonConsentGiven: string;
  readonly refReasonConsentMissing: string;
  // Sending
  readonly refSendTitle: (name: string) => string;
  readonly refServicesAsked: string;
  readonly refConsentLegend: string;
  readonly refConsentOnRecord: (name: string) => string;
  readonly refConsentNow: (name: string) => string;
  readonly refOverride: string;
  readonly refOverrideWarning: string;
  readonly refOverrideReason: string;
  readonly refConsentNeeded: string;
  readonly refSendSubmit: string;
  readonly refSendDraft: string;
  readonly refSendDraftTo: (name: string) => string;
  readonly refStatusNow: (name: string, status: string) => string;
  readonly refStale: string;
  // A referral's card
  readonly refOverrideMark: string;
  readonly refOverrideReasonLabel: string;
  readonly refReferredBy: string;
  readonly refByHelpline: string;
  readonly refSentBy: string;
  readonly refDeclinedBecause: string;
  readonly refRevokedBecause: string;
  readonly refNoteBack: string;
  readonly refNextProposal: string;
  readonly refEscalated1: string;
  readonly refEscalated2: string;
  readonly refServicesDelivered: string;
  readonly refNoServicesYet: string;
  readonly refServiceFromTo: (from: string, to: string) => string;
  readonly refServiceSince: (from: string) => string;
  readonly refPlainDraft: string;
  readonly refPlainSent: string;
  readonly refPlainAcknowledged: string;
  readonly refPlainAccepted: string;
  readonly refPlainDeclined: string;
  readonly refPlainInProgress: string;
  readonly refPlainCompleted: string;
  readonly refPlainRevoked: string;
  // Deadlines
  readonly refOverdue: string;
  readonly refAcknowledgeBy: (time: string) => string;
  readonly refAcceptBy: (time: string) => string;
  readonly refDueIn: (duration: string) => string;
  readonly refLateBy: (duration: string) => string;
  readonly refOverdueAcknowledge: string;
  readonly refOverdueAccept: string;
  readonly refDurMinutes: (count: number) => string;
  readonly refDurHours: (count: number) => string;
  readonly refDurDays: (count: number) => string;
  // Revoking
  readonly refRevoke: string;
  readonly refRevokeTitle: (name: string) => string;
  readonly refRevokeReason: string;
  readonly refRevokeHint: string;
  readonly refRevokeWarning: string;
  readonly refRevokeSubmit: string;
  // The receiving institution's referral page
  readonly refPageTitle: (reference: string) => string;
  readonly refBackToInbox: string;
  readonly refActionsLabel: string;
  readonly refAcknowledge: string;
  readonly refAccept: string;
  readonly refStartService: string;
  readonly refComplete: string;
  readonly refDecline: string;
  readonly refDeclineTitle: string;
  readonly refDeclineReason: string;
  readonly refDeclineHint: string;
  readonly refDeclineSubmit: string;
  readonly refCompleteTitle: string;
  readonly refNoteLabel: string;
  readonly refNoteHint: string;
  readonly refCompleteSubmit: string;
  readonly refStepDone: (status: string) => string;
  readonly refRecordServiceTitle: string;
  readonly refServiceType: string;
  readonly refStartedOn: string;
  readonly refEndedOn: string;
  readonly refEndedOnHint: string;
  readonly refServiceNotes: string;
  readonly refServiceNotesHint: string;
  readonly refRecordServiceSubmit: string;
  readonly refServiceRecorded: string;
  readonly refEndBeforeStart: string;
  readonly refSharedCaseTitle: string;
  readonly refSharedCaseHint: string;
  readonly refNotSharedIntake: string;
  readonly refNotSharedNarrative: string;
  readonly refCaseNotShared: string;
  readonly refCaseReadOnly: string;
  readonly refOpenReferral: (reference: string) => string;
  readonly refOpenReferralShort: string;
  // The inbox
  readonly inboxTitle: string;
  readonly inboxTabsLabel: string;
  readonly inboxTabOpen: string;
  readonly inboxTabClosed: string;
  readonly inboxCaptionOpen: string;
  readonly inboxCaptionClosed: string;
  readonly inboxColStatus: string;
  readonly inboxColDeadline: string;
  readonly inboxCount: (count: number) => string;
  readonly inboxEmptyOpen: string;
  readonly inboxEmptyClosed: string;
  readonly inboxReceivedAnnounced: (urgency: string) => string;
  readonly inboxCapacityTitle: string;
  readonly inboxCapacityLabel: string;
  readonly inboxCapacityHint: string;
  readonly inboxCapacitySave: string;
  readonly inboxCapacitySaved: (count: number) => string;
  readonly inboxCapacityInvalid: string;
  readonly inboxCapacityNow: (free: number, total: number) => string;
  readonly inboxCapacityNowFree: (free: number) => string;
  readonly inboxCapacityNotReported: string;
  readonly inboxCapacityReportedAt: (when: string) => string;
  // Live alerts
  readonly refUrgentAlertTitle: string;
  readonly refUrgentAlertBody: string;
  readonly refOverdueAlertTitle: string;
  readonly refOverrideReminder: string;
  // A competent body's requests
  readonly reqTitle: string;
  readonly reqNew: string;
  readonly reqNewTitle: string;
  readonly reqIntro: string;
  readonly reqFirstName: string;
  readonly reqPhone: string;
  readonly reqSummary: string;
  readonly reqSummaryHint: string;
  readonly reqConsentLegend: string;
  readonly reqConsentHint: string;
  readonly reqCareConsent: string;
  readonly reqCareConsentNeeded: string;
  readonly reqSubmit: string;
  readonly reqTooLong: string;
  readonly reqCreated: (reference: string) => string;
  readonly reqEmpty: string;
  readonly reqCount: (count: number) => string;
  readonly reqColRegistered: string;
  readonly reqBack: string;
  readonly reqCaseTitle: (reference: string) => string;
  readonly reqNotFound: string;
  readonly reqOpen: string;
}

const bedsAr = (count: number) =>
  counted('ar', count, {
    zero: 'لا سرير شاغر',
    one: 'سرير واحد شاغر',
    two: 'سريران شاغران',
    few: '# أسرّة شاغرة',
    many: '# سريرًا شاغرًا',
    other: '# سرير شاغر',
  });
const bedsFr = (count: number) =>
  counted('fr', count, { one: '# lit libre', other: '# lits libres' });
const bedsZgh = (count: number) =>
  counted('zgh', count, { one: '# ⵓⵙⵓ ⵉⵅⵡⴰⵏ', other: '# ⵏ ⵉⵙⵓⵜⴰ ⵉⵅⵡⴰⵏ' });
const bedsEn = (count: number) => counted('en', count, { one: '# bed free', other: '# beds free' });

export const referralsMessages: Readonly<Record<Locale, ReferralsMessages>> = {
  ar: {
    navInbox: 'صندوق الإحالات',
    navRequests: 'الطلبات',
    homeInboxLead: 'الإحالات الموجهة إلى مؤسستكم تنتظر في صندوق الإحالات، الأقرب أجلًا أولًا.',
    openInbox: 'فتح صندوق الإحالات',
    refPanelTitle: 'الإحالات',
    refNone: 'لا توجد أي إحالة بعد.',
    refOpenProposals: 'إحالة',
    refHideProposals: 'إخفاء المقترحات',
    refProposalsTitle: 'المؤسسات المقترحة، الأنسب أولًا',
    refNeedsLegend: 'حاجياتها',
    refNeedsHint: 'تتبع المقترحات الخدمات المؤشَّر عليها.',
    refChooseService: 'أشِّر على خدمة واحدة على الأقل.',
    refNoProposals: 'لا توجد مؤسسة تقدم هذه الخدمات.',
    refMoreProposals: (count) => `عرض كل المقترحات (${String(count)})`,
    refRank: (rank) => `رقم ${String(rank)}`,
    refOpenNowBadge: 'مفتوحة الآن',
    refClosedNowBadge: 'مغلقة الآن',
    refConsentGivenBadge: 'الموافقة معطاة',
    refConsentMissingBadge: 'لا موافقة بعد',
    refWhyLabel: 'أسباب الاقتراح',
    refPhone: 'الهاتف',
    refReferButton: 'إحالة',
    refReferTo: (name) => `إحالة إلى ${name}`,
    refAlreadyReferred: 'تمت الإحالة',
    refAlreadyReferredTo: (name) => `تمت الإحالة إلى ${name}`,
    refReasonCoversProvince: (province) => `تغطي إقليمها: ${province}`,
    refReasonCoversRegion: (region) => `تغطي جهتها: ${region}`,
    refReasonNational: 'تغطي التراب الوطني كله',
    refReasonOutsideRegion: (region) => `خارج جهتها (${region})`,
    refReasonServesArea: (area) => `تخدم وسطها: ${area}`,
    refReasonAreaNotServed: (area) => `لا تخدم وسطها: ${area}`,
    refReasonOpen247: 'مفتوحة 24/24 و7/7',
    refReasonOpenNow: 'مفتوحة الآن',
    refReasonClosedUntil: (time) => `مغلقة إلى غاية ${time}`,
    refReasonClosedNoOpening: 'مغلقة، دون موعد فتح مقرر',
    refReasonHoursUnknown: 'أوقات العمل غير معروفة',
    refReasonHandlesService: (service) => `تقدم خدمة ${service}`,
    refReasonLacksService: (service) => `لا تقدم خدمة ${service}`,
    refReasonBedsFree: bedsAr,
    refReasonFull: 'لا يوجد سرير شاغر',
    refReasonConsentGiven: 'وافقت على مشاركة معطياتها معها',
    refReasonConsentMissing: 'موافقتها على المشاركة معها غير مسجلة',
    refSendTitle: (name) => `إحالة إلى ${name}`,
    refServicesAsked: 'الخدمات المطلوبة',
    refConsentLegend: 'موافقتها على المشاركة',
    refConsentOnRecord: (name) => `سبق أن وافقت على مشاركة معطياتها مع ${name}.`,
    refConsentNow: (name) => `توافق الآن على مشاركة معطياتها مع ${name}`,
    refOverride: 'الإرسال دون موافقة (استثناء حالة الخطر)',
    refOverrideWarning:
      'فقط حين تكون في خطر داهم ولا يمكن سؤالها. يُنبَّه المشرف فورًا ويُحفظ هذا الاستثناء في سجل التتبع.',
    refOverrideReason: 'لماذا لا يمكن سؤالها الآن',
    refConsentNeeded: 'أشِّر على موافقتها، أو في حالة الخطر فقط على الاستثناء مع سببه.',
    refSendSubmit: 'إرسال الإحالة',
    refSendDraft: 'إرسال',
    refSendDraftTo: (name) => `إرسال الإحالة إلى ${name}`,
    refStatusNow: (name, status) => `الإحالة إلى ${name}: ${status}.`,
    refStale: 'تغيرت هذه الإحالة في الأثناء وأُعيدت قراءتها. راجعها ثم أعد المحاولة.',
    refOverrideMark: 'أُرسلت دون موافقة (حالة خطر)',
    refOverrideReasonLabel: 'سبب الاستثناء',
    refReferredBy: 'الجهة المُحيلة',
    refByHelpline: 'خط الاستماع (8350)',
    refSentBy: 'أرسلها',
    refDeclinedBecause: 'سبب الرفض',
    refRevokedBecause: 'سبب الإلغاء',
    refNoteBack: 'ملاحظة الرد',
    refNextProposal: 'المؤسسة التالية المقترحة',
    refEscalated1: 'تم إخبار مسؤولي المؤسسة.',
    refEscalated2: 'تم إخبار المشرفين.',
    refServicesDelivered: 'الخدمات المقدمة',
    refNoServicesYet: 'لم تُسجَّل أي خدمة بعد.',
    refServiceFromTo: (from, to) => `من ${from} إلى ${to}`,
    refServiceSince: (from) => `منذ ${from}`,
    refPlainDraft: 'لم تُرسَل بعد.',
    refPlainSent: 'أُرسلت، في انتظار أن تؤكد المؤسسة التوصل بها.',
    refPlainAcknowledged: 'توصلت بها المؤسسة، في انتظار قبولها أو رفضها.',
    refPlainAccepted: 'قُبلت: ستتكفل بها المؤسسة.',
    refPlainDeclined: 'رفضتها المؤسسة.',
    refPlainInProgress: 'المؤسسة تقدم لها الخدمة.',
    refPlainCompleted: 'أنجزتها المؤسسة.',
    refPlainRevoked: 'أُلغيت: لم تعد المؤسسة تتابعها.',
    refOverdue: 'متأخرة',
    refAcknowledgeBy: (time) => `يجب تأكيد التوصل قبل ${time}`,
    refAcceptBy: (time) => `يجب القبول أو الرفض قبل ${time}`,
    refDueIn: (duration) => `بقي ${duration}`,
    refLateBy: (duration) => `تأخر ${duration}`,
    refOverdueAcknowledge: 'لم يُؤكَّد التوصل في الأجل.',
    refOverdueAccept: 'لم تُقبل ولم تُرفض في الأجل.',
    refDurMinutes: (count) =>
      counted('ar', count, {
        one: 'دقيقة واحدة',
        two: 'دقيقتان',
        few: '# دقائق',
        many: '# دقيقة',
        other: '# دقيقة',
      }),
    refDurHours: (count) =>
      counted('ar', count, {
        one: 'ساعة واحدة',
        two: 'ساعتان',
        few: '# ساعات',
        many: '# ساعة',
        other: '# ساعة',
      }),
    refDurDays: (count) =>
      counted('ar', count, {
        one: 'يوم واحد',
        two: 'يومان',
        few: '# أيام',
        many: '# يومًا',
        other: '# يوم',
      }),
    refRevoke: 'إلغاء',
    refRevokeTitle: (name) => `إلغاء الإحالة إلى ${name}`,
    refRevokeReason: 'لماذا تُلغى',
    refRevokeHint: 'مثلًا: سحبت موافقتها، أو أُرسلت خطأً.',
    refRevokeWarning: 'تُخبَر المؤسسة فورًا ولن تعود ترى ملفها.',
    refRevokeSubmit: 'إلغاء الإحالة',
    refPageTitle: (reference) => `إحالة — الملف ${reference}`,
    refBackToInbox: 'العودة إلى صندوق الإحالات',
    refActionsLabel: 'الخطوات الممكنة',
    refAcknowledge: 'تأكيد التوصل',
    refAccept: 'قبول',
    refStartService: 'بدء الخدمة',
    refComplete: 'إنهاء',
    refDecline: 'رفض',
    refDeclineTitle: 'رفض الإحالة',
    refDeclineReason: 'لماذا ترفض مؤسستكم',
    refDeclineHint: 'تقرؤه الجهة المُحيلة لتجد مؤسسة أخرى بسرعة.',
    refDeclineSubmit: 'رفض الإحالة',
    refCompleteTitle: 'إنهاء الإحالة',
    refNoteLabel: 'ملاحظة الرد إلى الجهة المُحيلة',
    refNoteHint: 'ما أُنجز وما تزال تحتاجه؛ فقط ما يلزمهم معرفته.',
    refCompleteSubmit: 'إنهاء الإحالة',
    refStepDone: (status) => `أصبحت الإحالة: ${status}.`,
    refRecordServiceTitle: 'تسجيل خدمة مقدمة',
    refServiceType: 'الخدمة',
    refStartedOn: 'تاريخ البدء',
    refEndedOn: 'تاريخ الانتهاء',
    refEndedOnHint: 'اتركه فارغًا ما دامت الخدمة مستمرة.',
    refServiceNotes: 'ملاحظات',
    refServiceNotesHint: 'فقط ما تحتاجه المتابعة.',
    refRecordServiceSubmit: 'تسجيل الخدمة',
    refServiceRecorded: 'سُجّلت الخدمة.',
    refEndBeforeStart: 'لا يمكن أن يسبق تاريخُ الانتهاء تاريخَ البدء.',
    refSharedCaseTitle: 'ما تمت مشاركته مع مؤسستكم',
    refSharedCaseHint: 'لا يظهر إلا ما وافقت على مشاركته مع مؤسستكم.',
    refNotSharedIntake: 'أجوبتها الخاصة لم تُشارَك مع مؤسستكم.',
    refNotSharedNarrative: 'روايتها لما حدث لم تُشارَك مع مؤسستكم.',
    refCaseNotShared: 'لم يعد هذا الملف مشاركًا مع مؤسستكم.',
    refCaseReadOnly: 'لا يمكن تغيير الملف من هنا.',
    refOpenReferral: (reference) => `فتح إحالة الملف ${reference}`,
    refOpenReferralShort: 'فتح الإحالة',
    inboxTitle: 'صندوق الإحالات',
    inboxTabsLabel: 'الإحالات المعروضة',
    inboxTabOpen: 'الجارية',
    inboxTabClosed: 'المنتهية',
    inboxCaptionOpen: 'الإحالات الجارية: الأقرب أجلًا أولًا',
    inboxCaptionClosed: 'الإحالات المنتهية: الأحدث أولًا',
    inboxColStatus: 'الحالة',
    inboxColDeadline: 'الأجل',
    inboxCount: (count) =>
      counted('ar', count, {
        zero: 'لا توجد أي إحالة',
        one: 'إحالة واحدة',
        two: 'إحالتان',
        few: '# إحالات',
        many: '# إحالة',
        other: '# إحالة',
      }),
    inboxEmptyOpen: 'لا توجد أي إحالة جارية.',
    inboxEmptyClosed: 'لا توجد أي إحالة منتهية.',
    inboxReceivedAnnounced: (urgency) => `وصلت إحالة جديدة: ${urgency}.`,
    inboxCapacityTitle: 'الأسرّة الشاغرة',
    inboxCapacityLabel: 'عدد الأسرّة الشاغرة الآن',
    inboxCapacityHint: 'يظهر في المقترحات للجهة المُحيلة؛ حافظوا على تحيينه.',
    inboxCapacitySave: 'تحيين',
    inboxCapacitySaved: (count) => `سُجّل: ${bedsAr(count)}.`,
    inboxCapacityInvalid: 'عدد صحيح، صفر أو أكثر.',
    inboxCapacityNow: (free, total) => `الآن: ${bedsAr(free)} من أصل ${total}.`,
    inboxCapacityNowFree: (free) => `الآن: ${bedsAr(free)}.`,
    inboxCapacityNotReported: 'لم يُسجَّل بعد أي عدد للأسرّة الشاغرة.',
    inboxCapacityReportedAt: (when) => `آخر تحيين: ${when}.`,
    refUrgentAlertTitle: 'وصلت إحالة مستعجلة.',
    refUrgentAlertBody: 'أكّدوا التوصل بها الآن.',
    refOverdueAlertTitle: 'إحالة متأخرة.',
    refOverrideReminder: 'أُرسلت إحالة دون موافقتها (استثناء حالة الخطر): راجعوا السبب.',
    reqTitle: 'الطلبات',
    reqNew: 'طلب جديد',
    reqNewTitle: 'تسجيل امرأة تتكفلون بها',
    reqIntro:
      'تسجلها مؤسستكم وتطلب من سند خدمات لدى مؤسسات أخرى (إيواء، استماع، مرافقة، دعم اقتصادي…). ثم تختارون المؤسسات.',
    reqFirstName: 'اسمها الشخصي (اختياري)',
    reqPhone: 'رقم هاتفها (اختياري)',
    reqSummary: 'ملخص (اختياري)',
    reqSummaryHint: 'فقط ما تحتاجه المؤسسات لخدمتها.',
    reqConsentLegend: 'موافقتها',
    reqConsentHint: 'تُطلب موافقتها على مشاركة معطياتها مع كل مؤسسة عند إحالتها إليها.',
    reqCareConsent: 'توافق على أن تُساعَد وتُوجَّه عبر سند',
    reqCareConsentNeeded: 'لا يُسجَّل الطلب دون موافقتها على المساعدة عبر سند.',
    reqSubmit: 'التسجيل واختيار المؤسسات',
    reqTooLong: 'النص طويل جدًا.',
    reqCreated: (reference) => `سُجّل الطلب ${reference}. اختاروا المؤسسات أسفله.`,
    reqEmpty: 'لا يوجد أي طلب بعد.',
    reqCount: (count) =>
      counted('ar', count, {
        zero: 'لا يوجد أي طلب',
        one: 'طلب واحد',
        two: 'طلبان',
        few: '# طلبات',
        many: '# طلبًا',
        other: '# طلب',
      }),
    reqColRegistered: 'تاريخ التسجيل',
    reqBack: 'العودة إلى الطلبات',
    reqCaseTitle: (reference) => `الطلب ${reference}`,
    reqNotFound: 'لم يُعثر على هذا الطلب ضمن طلبات مؤسستكم.',
    reqOpen: 'فتح الطلب',
  },
  fr: {
    navInbox: 'Boîte de réception',
    navRequests: 'Demandes',
    homeInboxLead:
      'Les orientations adressées à votre institution attendent dans la boîte de réception, l’échéance la plus proche d’abord.',
    openInbox: 'Ouvrir la boîte de réception',
    refPanelTitle: 'Orientations',
    refNone: 'Aucune orientation pour l’instant.',
    refOpenProposals: 'Orienter',
    refHideProposals: 'Masquer les propositions',
    refProposalsTitle: 'Institutions proposées, la mieux placée d’abord',
    refNeedsLegend: 'Ses besoins',
    refNeedsHint: 'Les propositions suivent les services cochés.',
    refChooseService: 'Cochez au moins un service.',
    refNoProposals: 'Aucune institution n’offre ces services.',
    refMoreProposals: (count) => `Voir les ${String(count)} propositions`,
    refRank: (rank) => `N°\u00a0${String(rank)}`,
    refOpenNowBadge: 'Ouverte maintenant',
    refClosedNowBadge: 'Fermée maintenant',
    refConsentGivenBadge: 'Consentement donné',
    refConsentMissingBadge: 'Pas encore de consentement',
    refWhyLabel: 'Pourquoi elle est proposée',
    refPhone: 'Téléphone',
    refReferButton: 'Orienter',
    refReferTo: (name) => `Orienter vers ${name}`,
    refAlreadyReferred: 'Déjà orientée',
    refAlreadyReferredTo: (name) => `Déjà orientée vers ${name}`,
    refReasonCoversProvince: (province) => `couvre sa province, ${province}`,
    refReasonCoversRegion: (region) => `couvre sa région, ${region}`,
    refReasonNational: 'couvre tout le pays',
    refReasonOutsideRegion: (region) => `hors de sa région (${region})`,
    refReasonServesArea: (area) => `dessert son milieu\u00a0: ${area}`,
    refReasonAreaNotServed: (area) => `ne dessert pas son milieu\u00a0: ${area}`,
    refReasonOpen247: 'ouverte 24\u00a0h/24, 7\u00a0j/7',
    refReasonOpenNow: 'ouverte maintenant',
    refReasonClosedUntil: (time) => `fermée jusqu’au ${time}`,
    refReasonClosedNoOpening: 'fermée, aucune ouverture prévue',
    refReasonHoursUnknown: 'horaires inconnus',
    refReasonHandlesService: (service) => `propose\u00a0: ${service}`,
    refReasonLacksService: (service) => `ne propose pas\u00a0: ${service}`,
    refReasonBedsFree: bedsFr,
    refReasonFull: 'aucun lit libre',
    refReasonConsentGiven: 'elle a accepté le partage avec elle',
    refReasonConsentMissing: 'son consentement au partage avec elle n’est pas enregistré',
    refSendTitle: (name) => `Orienter vers ${name}`,
    refServicesAsked: 'Services demandés',
    refConsentLegend: 'Son consentement au partage',
    refConsentOnRecord: (name) => `Elle a déjà accepté le partage avec ${name}.`,
    refConsentNow: (name) => `Elle accepte maintenant le partage avec ${name}`,
    refOverride: 'Envoyer sans consentement (dérogation d’urgence)',
    refOverrideWarning:
      'Seulement si elle est en danger immédiat et ne peut pas être consultée. Le superviseur est alerté aussitôt et la dérogation reste dans la piste d’audit.',
    refOverrideReason: 'Pourquoi elle ne peut pas être consultée maintenant',
    refConsentNeeded:
      'Cochez son consentement ou, en urgence seulement, la dérogation avec son motif.',
    refSendSubmit: 'Envoyer l’orientation',
    refSendDraft: 'Envoyer',
    refSendDraftTo: (name) => `Envoyer l’orientation vers ${name}`,
    refStatusNow: (name, status) => `Orientation vers ${name}\u00a0: ${status}.`,
    refStale:
      'Cette orientation a changé entre-temps et a été relue. Vérifiez-la, puis recommencez.',
    refOverrideMark: 'Envoyée sans consentement (urgence)',
    refOverrideReasonLabel: 'Motif de la dérogation',
    refReferredBy: 'Orientée par',
    refByHelpline: 'La ligne d’écoute (8350)',
    refSentBy: 'Envoyée par',
    refDeclinedBecause: 'Motif du refus',
    refRevokedBecause: 'Motif de la révocation',
    refNoteBack: 'Note de retour',
    refNextProposal: 'Institution suivante à solliciter',
    refEscalated1: 'Les responsables de l’institution ont été prévenus.',
    refEscalated2: 'Les superviseurs ont été prévenus.',
    refServicesDelivered: 'Services rendus',
    refNoServicesYet: 'Aucun service enregistré pour l’instant.',
    refServiceFromTo: (from, to) => `du ${from} au ${to}`,
    refServiceSince: (from) => `depuis le ${from}`,
    refPlainDraft: 'Pas encore envoyée.',
    refPlainSent: 'Envoyée\u00a0; en attente de l’accusé de réception de l’institution.',
    refPlainAcknowledged:
      'Reçue par l’institution\u00a0; en attente de son acceptation ou de son refus.',
    refPlainAccepted: 'Acceptée\u00a0: l’institution va la prendre en charge.',
    refPlainDeclined: 'Refusée par l’institution.',
    refPlainInProgress: 'L’institution la prend en charge.',
    refPlainCompleted: 'Terminée par l’institution.',
    refPlainRevoked: 'Révoquée\u00a0: l’institution ne la suit plus.',
    refOverdue: 'En retard',
    refAcknowledgeBy: (time) => `Accusé de réception attendu avant le ${time}`,
    refAcceptBy: (time) => `Acceptation ou refus attendu avant le ${time}`,
    refDueIn: (duration) => `reste ${duration}`,
    refLateBy: (duration) => `${duration} de retard`,
    refOverdueAcknowledge: 'Réception non confirmée dans le délai.',
    refOverdueAccept: 'Ni acceptée ni refusée dans le délai.',
    refDurMinutes: (count) => counted('fr', count, { one: '# minute', other: '# minutes' }),
    refDurHours: (count) => counted('fr', count, { one: '# heure', other: '# heures' }),
    refDurDays: (count) => counted('fr', count, { one: '# jour', other: '# jours' }),
    refRevoke: 'Révoquer',
    refRevokeTitle: (name) => `Révoquer l’orientation vers ${name}`,
    refRevokeReason: 'Pourquoi elle est révoquée',
    refRevokeHint:
      'Par exemple\u00a0: elle a retiré son consentement, ou l’envoi était une erreur.',
    refRevokeWarning: 'L’institution est prévenue aussitôt et ne voit plus son dossier.',
    refRevokeSubmit: 'Révoquer l’orientation',
    refPageTitle: (reference) => `Orientation — dossier ${reference}`,
    refBackToInbox: 'Retour à la boîte de réception',
    refActionsLabel: 'Étapes possibles',
    refAcknowledge: 'Accuser réception',
    refAccept: 'Accepter',
    refStartService: 'Commencer la prise en charge',
    refComplete: 'Terminer',
    refDecline: 'Refuser',
    refDeclineTitle: 'Refuser l’orientation',
    refDeclineReason: 'Pourquoi votre institution refuse',
    refDeclineHint: 'Le côté qui oriente le lit, pour trouver vite une autre institution.',
    refDeclineSubmit: 'Refuser l’orientation',
    refCompleteTitle: 'Terminer l’orientation',
    refNoteLabel: 'Note de retour pour le côté qui oriente',
    refNoteHint:
      'Ce qui a été fait et ce dont elle a encore besoin\u00a0; seulement ce qu’il doit savoir.',
    refCompleteSubmit: 'Terminer l’orientation',
    refStepDone: (status) => `L’orientation est maintenant\u00a0: ${status}.`,
    refRecordServiceTitle: 'Enregistrer un service rendu',
    refServiceType: 'Service',
    refStartedOn: 'Début',
    refEndedOn: 'Fin',
    refEndedOnHint: 'Laissez vide tant qu’il se poursuit.',
    refServiceNotes: 'Notes',
    refServiceNotesHint: 'Seulement ce dont le suivi a besoin.',
    refRecordServiceSubmit: 'Enregistrer le service',
    refServiceRecorded: 'Service enregistré.',
    refEndBeforeStart: 'La fin ne peut pas précéder le début.',
    refSharedCaseTitle: 'Ce qui a été partagé avec votre institution',
    refSharedCaseHint: 'Seul ce qu’elle a accepté de partager avec votre institution apparaît.',
    refNotSharedIntake: 'Ses propres réponses n’ont pas été partagées avec votre institution.',
    refNotSharedNarrative: 'Son récit des faits n’a pas été partagé avec votre institution.',
    refCaseNotShared: 'Ce dossier n’est plus partagé avec votre institution.',
    refCaseReadOnly: 'Le dossier ne peut pas être modifié d’ici.',
    refOpenReferral: (reference) => `Ouvrir l’orientation du dossier ${reference}`,
    refOpenReferralShort: 'Ouvrir l’orientation',
    inboxTitle: 'Boîte de réception',
    inboxTabsLabel: 'Orientations affichées',
    inboxTabOpen: 'En cours',
    inboxTabClosed: 'Clôturées',
    inboxCaptionOpen: 'Orientations en cours\u00a0: l’échéance la plus proche d’abord',
    inboxCaptionClosed: 'Orientations clôturées\u00a0: les plus récentes d’abord',
    inboxColStatus: 'Statut',
    inboxColDeadline: 'Échéance',
    inboxCount: (count) =>
      count === 0
        ? 'Aucune orientation'
        : counted('fr', count, { one: '# orientation', other: '# orientations' }),
    inboxEmptyOpen: 'Aucune orientation en cours.',
    inboxEmptyClosed: 'Aucune orientation clôturée.',
    inboxReceivedAnnounced: (urgency) => `Nouvelle orientation reçue\u00a0: ${urgency}.`,
    inboxCapacityTitle: 'Lits libres',
    inboxCapacityLabel: 'Lits libres maintenant',
    inboxCapacityHint: 'Les propositions l’indiquent au côté qui oriente\u00a0; tenez-le à jour.',
    inboxCapacitySave: 'Mettre à jour',
    inboxCapacitySaved: (count) => `Enregistré\u00a0: ${bedsFr(count)}.`,
    inboxCapacityInvalid: 'Un nombre entier, 0 ou plus.',
    inboxCapacityNow: (free, total) => `Maintenant\u00a0: ${bedsFr(free)} sur ${total}.`,
    inboxCapacityNowFree: (free) => `Maintenant\u00a0: ${bedsFr(free)}.`,
    inboxCapacityNotReported: 'Aucun nombre de lits libres déclaré pour l’instant.',
    inboxCapacityReportedAt: (when) => `Dernière mise à jour\u00a0: ${when}.`,
    refUrgentAlertTitle: 'Orientation d’urgence reçue.',
    refUrgentAlertBody: 'Accusez-en réception maintenant.',
    refOverdueAlertTitle: 'Orientation en retard.',
    refOverrideReminder:
      'Une orientation a été envoyée sans son consentement (dérogation d’urgence)\u00a0: vérifiez le motif.',
    reqTitle: 'Demandes',
    reqNew: 'Nouvelle demande',
    reqNewTitle: 'Enregistrer une femme que vous accompagnez',
    reqIntro:
      'Votre institution l’enregistre et demande à Sanad des services ailleurs (hébergement, écoute, accompagnement, soutien économique…). Vous choisissez ensuite les institutions.',
    reqFirstName: 'Son prénom (facultatif)',
    reqPhone: 'Son numéro de téléphone (facultatif)',
    reqSummary: 'Résumé (facultatif)',
    reqSummaryHint: 'Seulement ce dont les institutions ont besoin pour la servir.',
    reqConsentLegend: 'Son consentement',
    reqConsentHint:
      'Son consentement au partage avec chaque institution est demandé au moment de l’orienter.',
    reqCareConsent: 'Elle accepte d’être aidée et orientée par Sanad',
    reqCareConsentNeeded: 'Sans son accord pour être aidée par Sanad, rien n’est enregistré.',
    reqSubmit: 'Enregistrer et choisir les institutions',
    reqTooLong: 'Texte trop long.',
    reqCreated: (reference) =>
      `Demande ${reference} enregistrée. Choisissez les institutions ci-dessous.`,
    reqEmpty: 'Aucune demande pour l’instant.',
    reqCount: (count) => counted('fr', count, { one: '# demande', other: '# demandes' }),
    reqColRegistered: 'Enregistrée le',
    reqBack: 'Retour aux demandes',
    reqCaseTitle: (reference) => `Demande ${reference}`,
    reqNotFound: 'Cette demande ne figure pas parmi celles de votre institution.',
    reqOpen: 'Ouvrir la demande',
  },
  zgh: {
    navInbox: 'ⵉⵙⵉⴼⴹⵏ ⵉⵍⴽⵎⵏ',
    navRequests: 'ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
    homeInboxLead: 'ⵉⵙⵉⴼⴹⵏ ⵉⵜⵜⵡⴰⵣⵏⵏ ⵖⵔ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ ⵜⵜⵔⴰⵊⵓⵏ ⴷⵉⴳⵙ, ⴰⵙⴰⴽⵓⴷ ⴰⵎⵏⵣⵓ ⴷ ⴰⵎⵣⵡⴰⵔⵓ.',
    openInbox: 'ⵕⵥⵎ ⵉⵙⵉⴼⴹⵏ ⵉⵍⴽⵎⵏ',
    refPanelTitle: 'ⵉⵙⵉⴼⴹⵏ',
    refNone: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⵉⴼⴹ ⴰⵔ ⴷⵖⵉ.',
    refOpenProposals: 'ⵙⵉⴼⴹ',
    refHideProposals: 'ⵙⵏⵜⵍ ⵉⵙⵓⵎⵔⵏ',
    refProposalsTitle: 'ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ, ⵜⴰⵎⵢⴰⵏⵜ ⴷ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ',
    refNeedsLegend: 'ⵎⴰⵢⴷ ⵜⵃⵜⴰⵊ',
    refNeedsHint: 'ⵉⵙⵓⵎⵔⵏ ⴹⴼⵕⵏ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵉⵜⵜⵓⵙⵜⴰⵢⵏ.',
    refChooseService: 'ⵙⵜⵢ ⵢⴰⵜ ⵜⵏⴰⴼⵓⵜ ⵎⴰⵏⵉⵎⵉⴽ.',
    refNoProposals: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵉⵜⵜⴰⴽⴽⴰⵏ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴰ.',
    refMoreProposals: (count) => `ⵥⵕ ⵉⵙⵓⵎⵔⵏ ⴰⴽⴽ (${String(count)})`,
    refRank: (rank) => `ⵓⵟⵟⵓⵏ ${String(rank)}`,
    refOpenNowBadge: 'ⵜⵕⵥⵎ ⴷⵖⵉ',
    refClosedNowBadge: 'ⵜⵇⵇⵏ ⴷⵖⵉ',
    refConsentGivenBadge: 'ⵜⵇⴱⵍ',
    refConsentMissingBadge: 'ⵓⵔ ⵜⵇⴱⵍ ⴰⵔ ⴷⵖⵉ',
    refWhyLabel: 'ⵎⴰⵅ ⵜⵜⵓⵙⵓⵎⵔ',
    refPhone: 'ⵜⵉⵍⵉⴼⵓⵏ',
    refReferButton: 'ⵙⵉⴼⴹ',
    refReferTo: (name) => `ⵙⵉⴼⴹ ⵖⵔ ${name}`,
    refAlreadyReferred: 'ⵉⵜⵜⵡⴰⵙⵉⴼⴹ',
    refAlreadyReferredTo: (name) => `ⵉⵜⵜⵡⴰⵙⵉⴼⴹ ⵖⵔ ${name}`,
    refReasonCoversProvince: (province) => `ⵜⵅⴷⴷⵎ ⴳ ⵜⵙⴳⴰ ⵏⵏⵙ, ${province}`,
    refReasonCoversRegion: (region) => `ⵜⵅⴷⴷⵎ ⴳ ⵜⵎⵏⴰⴹⵜ ⵏⵏⵙ, ${region}`,
    refReasonNational: 'ⵜⵅⴷⴷⵎ ⴳ ⵜⵎⵓⵔⵜ ⴰⴽⴽ',
    refReasonOutsideRegion: (region) => `ⴱⵕⵕⴰ ⵏ ⵜⵎⵏⴰⴹⵜ ⵏⵏⵙ (${region})`,
    refReasonServesArea: (area) => `ⵜⵅⴷⴷⵎ ⴳ ⵓⴷⵖⴰⵔ ⵏⵏⵙ: ${area}`,
    refReasonAreaNotServed: (area) => `ⵓⵔ ⵜⵅⴷⴷⵎ ⴳ ⵓⴷⵖⴰⵔ ⵏⵏⵙ: ${area}`,
    refReasonOpen247: 'ⵜⵕⵥⵎ 24/24, 7/7',
    refReasonOpenNow: 'ⵜⵕⵥⵎ ⴷⵖⵉ',
    refReasonClosedUntil: (time) => `ⵜⵇⵇⵏ ⴰⵔ ${time}`,
    refReasonClosedNoOpening: 'ⵜⵇⵇⵏ, ⵓⵔ ⵉⵍⵍⵉ ⵓⵙⴰⴽⵓⴷ ⵏ ⵓⵕⵥⵎ',
    refReasonHoursUnknown: 'ⵉⴽⵓⴷⴰⵏ ⵏ ⵓⵕⵥⵎ ⵓⵔ ⵜⵜⵡⴰⵙⵙⵏⵏ',
    refReasonHandlesService: (service) => `ⵜⵜⴰⴽⴽ: ${service}`,
    refReasonLacksService: (service) => `ⵓⵔ ⵜⵜⴰⴽⴽ: ${service}`,
    refReasonBedsFree: bedsZgh,
    refReasonFull: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⵓ ⵉⵅⵡⴰⵏ',
    refReasonConsentGiven: 'ⵜⵇⴱⵍ ⴰⴱⴹⵓ ⴷⵉⴷⵙ',
    refReasonConsentMissing: 'ⴰⵇⴱⴰⵍ ⵏⵏⵙ ⵏ ⵓⴱⴹⵓ ⴷⵉⴷⵙ ⵓⵔ ⵉⵜⵜⵓⵙⵊⵍ',
    refSendTitle: (name) => `ⵙⵉⴼⴹ ⵖⵔ ${name}`,
    refServicesAsked: 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵉⵜⵜⵓⵜⵜⵔⵏ',
    refConsentLegend: 'ⴰⵇⴱⴰⵍ ⵏⵏⵙ ⵏ ⵓⴱⴹⵓ',
    refConsentOnRecord: (name) => `ⵜⵇⴱⵍ ⵣⵉⴽ ⴰⴱⴹⵓ ⴷ ${name}.`,
    refConsentNow: (name) => `ⵜⵇⴱⵍ ⴷⵖⵉ ⴰⴱⴹⵓ ⴷ ${name}`,
    refOverride: 'ⴰⵣⵏ ⴱⵍⴰ ⴰⵇⴱⴰⵍ (ⴰⵙⴳⵔ ⵏ ⵍⵅⴰⵟⴰⵔ)',
    refOverrideWarning:
      'ⵖⴰⵙ ⵎⴽ ⵜⵍⵍⴰ ⴳ ⵍⵅⴰⵟⴰⵔ ⴷⵖⵉ ⵓⵔ ⵜⵜⵓⵙⵇⵙⴰ. ⴰⴷ ⵉⵙⵙⵏ ⵓⵎⵙⵎⵓⵜⵜⴳ ⵙ ⵓⵣⵣⵔⴱ, ⴰⵙⴳⵔ ⴰⴷ ⵉⵇⵇⵉⵎ ⴳ ⵓⵎⵣⵔⵓⵢ.',
    refOverrideReason: 'ⵎⴰⵅ ⵓⵔ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⵜ ⵜⵙⵇⵙⴰⴷ ⴷⵖⵉ',
    refConsentNeeded: 'ⵙⵜⵢ ⴰⵇⴱⴰⵍ ⵏⵏⵙ, ⵏⵖ ⴳ ⵍⵅⴰⵟⴰⵔ ⵖⴰⵙ, ⴰⵙⴳⵔ ⴷ ⵜⵎⵏⵜⵉⵍⵜ ⵏⵏⵙ.',
    refSendSubmit: 'ⴰⵣⵏ ⴰⵙⵉⴼⴹ',
    refSendDraft: 'ⴰⵣⵏ',
    refSendDraftTo: (name) => `ⴰⵣⵏ ⴰⵙⵉⴼⴹ ⵖⵔ ${name}`,
    refStatusNow: (name, status) => `ⴰⵙⵉⴼⴹ ⵖⵔ ${name}: ${status}.`,
    refStale: 'ⵉⵙⵏⴼⵍ ⵓⵙⵉⴼⴹ ⴰ ⴳ ⵜⵉⵣⵉ ⴰ, ⵉⵜⵜⵓⵖⵔⴰ ⴷⴰⵖ. ⵙⵙⵓⴷⵙ ⵜ ⵜⴰⵍⵙⴷ.',
    refOverrideMark: 'ⵉⵜⵜⵡⴰⵣⵏ ⴱⵍⴰ ⴰⵇⴱⴰⵍ (ⵍⵅⴰⵟⴰⵔ)',
    refOverrideReasonLabel: 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵙⴳⵔ',
    refReferredBy: 'ⵡⵉⵏⵏⴰ ⵜ ⵉⵙⵉⴼⴹⵏ',
    refByHelpline: 'ⴰⵙⴰⴳⵎ ⵏ ⵓⵙⴼⵍⴷ (8350)',
    refSentBy: 'ⵉⵣⵏ ⵜ',
    refDeclinedBecause: 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⴳⵓⵢ',
    refRevokedBecause: 'ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⴽⴽⵙ',
    refNoteBack: 'ⵜⴰⵏⵎⵎⴰⵍⵜ ⵏ ⵜⵔⵔⴰⵢⵜ',
    refNextProposal: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵢⴰⴹⵏ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ',
    refEscalated1: 'ⵙⵙⵏⵏ ⵉⵎⵙⵙⵓⵔⵏ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ.',
    refEscalated2: 'ⵙⵙⵏⵏ ⵉⵎⵙⵎⵓⵜⵜⴳⵏ.',
    refServicesDelivered: 'ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⵉⵜⵜⵓⴼⴽⴰⵏ',
    refNoServicesYet: 'ⵓⵔ ⵜⵜⵓⵙⵊⵍ ⴽⵔⴰ ⵏ ⵜⵏⴰⴼⵓⵜ ⴰⵔ ⴷⵖⵉ.',
    refServiceFromTo: (from, to) => `ⵙⴳ ${from} ⴰⵔ ${to}`,
    refServiceSince: (from) => `ⵙⴳ ${from}`,
    refPlainDraft: 'ⵓⵔ ⵉⵜⵜⵡⴰⵣⵏ ⴰⵔ ⴷⵖⵉ.',
    refPlainSent: 'ⵉⵜⵜⵡⴰⵣⵏ, ⵉⵜⵜⵔⴰⵊⵓ ⴰⴷ ⵜⵙⵏⵜⵎ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⵍⴽⴰⵎ ⵏⵏⵙ.',
    refPlainAcknowledged: 'ⵉⵍⴽⵎ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ, ⵉⵜⵜⵔⴰⵊⵓ ⴰⴷ ⵜ ⵜⵇⴱⵍ ⵏⵖ ⴰⴷ ⵜ ⵜⴰⴳⵉ.',
    refPlainAccepted: 'ⵉⵜⵜⵡⴰⵇⴱⵍ: ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⴷ ⵜⵜ ⵜⴰⵟⵟⴼ.',
    refPlainDeclined: 'ⵜⵓⴳⵉ ⵜ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ.',
    refPlainInProgress: 'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵜⵜⴰⴽⴽ ⴰⵙ ⵜⴰⵏⴰⴼⵓⵜ.',
    refPlainCompleted: 'ⵜⵙⵎⴷ ⵜ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ.',
    refPlainRevoked: 'ⵉⵜⵜⵓⴽⴽⵙ: ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵓⵔ ⵜ ⵜⵜⴹⴼⵓⵕ.',
    refOverdue: 'ⵉⵄⵟⵟⵍ',
    refAcknowledgeBy: (time) => `ⴰⴷ ⵉⵜⵜⵓⵙⵏⵜⵎ ⵓⵍⴽⴰⵎ ⵣⵓⴷ ${time}`,
    refAcceptBy: (time) => `ⴰⴷ ⵉⵜⵜⵡⴰⵇⴱⵍ ⵏⵖ ⴰⴷ ⵉⵜⵜⵓⴳⴰⵢ ⵣⵓⴷ ${time}`,
    refDueIn: (duration) => `ⵉⵇⵇⵉⵎ ${duration}`,
    refLateBy: (duration) => `ⵉⵄⵟⵟⵍ ${duration}`,
    refOverdueAcknowledge: 'ⵓⵔ ⵉⵜⵜⵓⵙⵏⵜⵎ ⵓⵍⴽⴰⵎ ⴳ ⵓⵙⴰⴽⵓⴷ.',
    refOverdueAccept: 'ⵓⵔ ⵉⵜⵜⵡⴰⵇⴱⵍ ⵓⵔ ⵉⵜⵜⵓⴳⴰⵢ ⴳ ⵓⵙⴰⴽⵓⴷ.',
    refDurMinutes: (count) => counted('zgh', count, { one: '# ⵜⵓⵙⴷⵉⴷⵜ', other: '# ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ' }),
    refDurHours: (count) => counted('zgh', count, { one: '# ⵜⵙⵔⴰⴳⵜ', other: '# ⵏ ⵜⵙⵔⴰⴳⵉⵏ' }),
    refDurDays: (count) => counted('zgh', count, { one: '# ⵡⴰⵙⵙ', other: '# ⵏ ⵡⵓⵙⵙⴰⵏ' }),
    refRevoke: 'ⴽⴽⵙ',
    refRevokeTitle: (name) => `ⴽⴽⵙ ⴰⵙⵉⴼⴹ ⵖⵔ ${name}`,
    refRevokeReason: 'ⵎⴰⵅ ⵉⵜⵜⵓⴽⴽⴰⵙ',
    refRevokeHint: 'ⵙ ⵓⵎⴷⵢⴰ: ⵜⴽⴽⵙ ⴰⵇⴱⴰⵍ ⵏⵏⵙ, ⵏⵖ ⵉⵜⵜⵡⴰⵣⵏ ⵙ ⵜⵣⴳⵍⵜ.',
    refRevokeWarning: 'ⴰⴷ ⵜⵙⵙⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵙ ⵓⵣⵣⵔⴱ, ⵓⵔ ⴷⴰ ⵜⵥⵕⵕⴰ ⴰⵙⴰⴷⵓⵙ ⵏⵏⵙ.',
    refRevokeSubmit: 'ⴽⴽⵙ ⴰⵙⵉⴼⴹ',
    refPageTitle: (reference) => `ⴰⵙⵉⴼⴹ — ⴰⵙⴰⴷⵓⵙ ${reference}`,
    refBackToInbox: 'ⴰⵖⵓⵍ ⵖⵔ ⵉⵙⵉⴼⴹⵏ ⵉⵍⴽⵎⵏ',
    refActionsLabel: 'ⵜⵉⵙⵓⵔⵉⴼⵉⵏ ⵉⵣⵎⵔⵏ',
    refAcknowledge: 'ⵙⵏⵜⵎ ⴰⵍⴽⴰⵎ',
    refAccept: 'ⵇⴱⵍ',
    refStartService: 'ⵙⵙⵏⵜⵉ ⵜⴰⵏⴰⴼⵓⵜ',
    refComplete: 'ⵙⵎⴷ',
    refDecline: 'ⴰⴳⵉ',
    refDeclineTitle: 'ⴰⴳⵉ ⴰⵙⵉⴼⴹ',
    refDeclineReason: 'ⵎⴰⵅ ⵜⵓⴳⵉ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ',
    refDeclineHint: 'ⴰⴷ ⵜ ⵉⵖⵔ ⵡⵉⵏⵏⴰ ⵉⵙⵉⴼⴹⵏ, ⴰⴷ ⵢⴰⴼ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵢⴰⴹⵏ ⵙ ⵓⵣⵣⵔⴱ.',
    refDeclineSubmit: 'ⴰⴳⵉ ⴰⵙⵉⴼⴹ',
    refCompleteTitle: 'ⵙⵎⴷ ⴰⵙⵉⴼⴹ',
    refNoteLabel: 'ⵜⴰⵏⵎⵎⴰⵍⵜ ⵏ ⵜⵔⵔⴰⵢⵜ ⵉ ⵡⵉⵏⵏⴰ ⵉⵙⵉⴼⴹⵏ',
    refNoteHint: 'ⵎⴰⵢⴷ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⴷ ⵎⴰⵢⴷ ⵙⵓⵍ ⵜⵃⵜⴰⵊ; ⵖⴰⵙ ⵎⴰⵢⴷ ⵉⵃⵜⴰⵊ ⴰⴷ ⵉⵙⵙⵏ.',
    refCompleteSubmit: 'ⵙⵎⴷ ⴰⵙⵉⴼⴹ',
    refStepDone: (status) => `ⴰⵙⵉⴼⴹ ⴷⵖⵉ: ${status}.`,
    refRecordServiceTitle: 'ⵙⵊⵊⵍ ⵜⴰⵏⴰⴼⵓⵜ ⵉⵜⵜⵓⴼⴽⴰⵏ',
    refServiceType: 'ⵜⴰⵏⴰⴼⵓⵜ',
    refStartedOn: 'ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵙⵏⵜⵉ',
    refEndedOn: 'ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⴳⵉⵔⴰ',
    refEndedOnHint: 'ⴰⴷⵊ ⵜ ⵉⵅⵡⴰ ⵎⴰ ⴷ ⵜⵜⴷⴷⵓ.',
    refServiceNotes: 'ⵜⵉⵏⵎⵎⴰⵍⵉⵏ',
    refServiceNotesHint: 'ⵖⴰⵙ ⵎⴰⵢⴷ ⵉⵃⵜⴰⵊ ⵓⴹⴼⴰⵕ.',
    refRecordServiceSubmit: 'ⵙⵊⵊⵍ ⵜⴰⵏⴰⴼⵓⵜ',
    refServiceRecorded: 'ⵜⵜⵓⵙⵊⵍ ⵜⵏⴰⴼⵓⵜ.',
    refEndBeforeStart: 'ⵜⴰⴳⵉⵔⴰ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵣⵡⵉⵔ ⴰⵙⵙⵏⵜⵉ.',
    refSharedCaseTitle: 'ⵎⴰⵢⴷ ⵉⵜⵜⵓⴱⴹⴰⵏ ⴷ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ',
    refSharedCaseHint: 'ⵖⴰⵙ ⵎⴰⵢⴷ ⵜⵇⴱⵍ ⴰⴷ ⵜ ⵜⴱⴹⵓ ⴷ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ ⴰⵢⴷ ⵉⵜⵜⴱⴰⵢⵏⵏ.',
    refNotSharedIntake: 'ⵜⵉⵔⴰⵔⵉⵏ ⵏⵏⵙ ⵓⵔ ⵜⵜⵓⴱⴹⴰⵏⵜ ⴷ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ.',
    refNotSharedNarrative: 'ⴰⵎⵙⴰⵍ ⵏⵏⵙ ⵅⴼ ⵎⴰⵢⴷ ⵉⵊⵕⴰⵏ ⵓⵔ ⵉⵜⵜⵓⴱⴹⴰ ⴷ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ.',
    refCaseNotShared: 'ⴰⵙⴰⴷⵓⵙ ⴰ ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⵓⴱⴹⴰ ⴷ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ.',
    refCaseReadOnly: 'ⴰⵙⴰⴷⵓⵙ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵏⴼⵍ ⵙⴳ ⴷⵉⴷ.',
    refOpenReferral: (reference) => `ⵕⵥⵎ ⴰⵙⵉⴼⴹ ⵏ ⵓⵙⴰⴷⵓⵙ ${reference}`,
    refOpenReferralShort: 'ⵕⵥⵎ ⴰⵙⵉⴼⴹ',
    inboxTitle: 'ⵉⵙⵉⴼⴹⵏ ⵉⵍⴽⵎⵏ',
    inboxTabsLabel: 'ⵉⵙⵉⴼⴹⵏ ⵉⵜⵜⴱⴰⵢⵏⵏ',
    inboxTabOpen: 'ⵉⵜⵜⴷⴷⵓⵏ',
    inboxTabClosed: 'ⵉⴽⵎⵍⵏ',
    inboxCaptionOpen: 'ⵉⵙⵉⴼⴹⵏ ⵉⵜⵜⴷⴷⵓⵏ: ⴰⵙⴰⴽⵓⴷ ⴰⵎⵏⵣⵓ ⴷ ⴰⵎⵣⵡⴰⵔⵓ',
    inboxCaptionClosed: 'ⵉⵙⵉⴼⴹⵏ ⵉⴽⵎⵍⵏ: ⵉⵏⴳⴳⵓⵔⴰ ⴷ ⵉⵎⵣⵡⵓⵔⴰ',
    inboxColStatus: 'ⴰⴷⴷⴰⴷ',
    inboxColDeadline: 'ⴰⵙⴰⴽⵓⴷ',
    inboxCount: (count) => counted('zgh', count, { one: '# ⵓⵙⵉⴼⴹ', other: '# ⵏ ⵉⵙⵉⴼⴹⵏ' }),
    inboxEmptyOpen: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⵉⴼⴹ ⵉⵜⵜⴷⴷⵓⵏ.',
    inboxEmptyClosed: 'ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⵉⴼⴹ ⵉⴽⵎⵍⵏ.',
    inboxReceivedAnnounced: (urgency) => `ⵉⵍⴽⵎ ⴷ ⵓⵙⵉⴼⴹ ⴰⵎⴰⵢⵏⵓ: ${urgency}.`,
    inboxCapacityTitle: 'ⵉⵙⵓⵜⴰ ⵉⵅⵡⴰⵏ',
    inboxCapacityLabel: 'ⵉⵙⵓⵜⴰ ⵉⵅⵡⴰⵏ ⴷⵖⵉ',
    inboxCapacityHint: 'ⵉⵙⵓⵎⵔⵏ ⵙⴽⴰⵏⴰⵢⵏ ⵜ ⵉ ⵡⵉⵏⵏⴰ ⵉⵙⵉⴼⴹⵏ; ⵙⵎⴰⵢⵏⵓ ⵜ ⴽⵓ ⵜⵉⴽⴽⵍⵜ.',
    inboxCapacitySave: 'ⵙⵎⴰⵢⵏⵓ',
    inboxCapacitySaved: (count) => `ⵉⵜⵜⵓⵙⵊⵍ: ${bedsZgh(count)}.`,
    inboxCapacityInvalid: 'ⵓⵟⵟⵓⵏ ⴰⵎⴰⵙⵙⴰⵏ, 0 ⵏⵖ ⵓⴳⴳⴰⵔ.',
    inboxCapacityNow: (free, total) => `ⴷⵖⵉ: ${bedsZgh(free)} ⵙⴳ ${total}.`,
    inboxCapacityNowFree: (free) => `ⴷⵖⵉ: ${bedsZgh(free)}.`,
    inboxCapacityNotReported: 'ⵓⵔ ⵉⵜⵜⵓⵙⵊⵍ ⴽⵔⴰ ⵏ ⵓⵟⵟⵓⵏ ⵏ ⵉⵙⵓⵜⴰ ⵉⵅⵡⴰⵏ ⴰⵔ ⴷⵖⵉ.',
    inboxCapacityReportedAt: (when) => `ⴰⵙⵎⴰⵢⵏⵓ ⴰⵏⴳⵔⵓ: ${when}.`,
    refUrgentAlertTitle: 'ⵉⵍⴽⵎ ⴷ ⵓⵙⵉⴼⴹ ⵉⵖⵓⴷⴰⵏ.',
    refUrgentAlertBody: 'ⵙⵏⵜⵎ ⴰⵍⴽⴰⵎ ⵏⵏⵙ ⴷⵖⵉ.',
    refOverdueAlertTitle: 'ⴰⵙⵉⴼⴹ ⵉⵄⵟⵟⵍⵏ.',
    refOverrideReminder: 'ⵉⵜⵜⵡⴰⵣⵏ ⵢⴰⵏ ⵓⵙⵉⴼⴹ ⴱⵍⴰ ⴰⵇⴱⴰⵍ ⵏⵏⵙ (ⴰⵙⴳⵔ ⵏ ⵍⵅⴰⵟⴰⵔ): ⵙⵙⵓⴷⵙ ⵜⴰⵎⵏⵜⵉⵍⵜ.',
    reqTitle: 'ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
    reqNew: 'ⵜⵓⵜⵔⴰ ⵜⴰⵎⴰⵢⵏⵓⵜ',
    reqNewTitle: 'ⵙⵊⵊⵍ ⵜⴰⵎⵖⴰⵔⵜ ⵜⵟⵟⴰⴼⵎ',
    reqIntro:
      'ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ ⴰⴷ ⵜⵜ ⵜⵙⵊⵊⵍ ⵜⵜⵜⵔ ⵙⴳ ⵙⴰⵏⴰⴷ ⵜⵉⵏⴰⴼⵓⵜⵉⵏ ⴳ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⵢⴰⴹⵏⵉⵏ (ⴰⵙⵏⵙ, ⴰⵙⴼⵍⴷ, ⴰⴷⴷⵓ ⴷ ⵜⵎⵖⴰⵔⵜ, ⵜⴰⵡⵉⵙⵉ ⴳ ⵜⵡⵓⵔⵉ…). ⴷⴼⴼⵉⵔ ⴰⴷ ⵜⵙⵜⴰⵢⵎ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ.',
    reqFirstName: 'ⵉⵙⵎ ⵏⵏⵙ (ⵎⴰ ⵜⵔⵉⴷ)',
    reqPhone: 'ⵓⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⵙ (ⵎⴰ ⵜⵔⵉⴷ)',
    reqSummary: 'ⴰⴳⵣⵣⵓⵍ (ⵎⴰ ⵜⵔⵉⴷ)',
    reqSummaryHint: 'ⵖⴰⵙ ⵎⴰⵢⴷ ⵃⵜⴰⵊⵏⵜ ⵜⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⴰⴷ ⵜⵜ ⵙⵙⵓⴷⵓⵙⵏⵜ.',
    reqConsentLegend: 'ⴰⵇⴱⴰⵍ ⵏⵏⵙ',
    reqConsentHint: 'ⴰⵇⴱⴰⵍ ⵏⵏⵙ ⵏ ⵓⴱⴹⵓ ⴷ ⴽⵓ ⵜⴰⵎⵙⵙⵓⴷⵓⵙⵜ ⴰⴷ ⵉⵜⵜⵓⵙⵇⵙⴰ ⵎⴽ ⵔⴰⴷ ⵜⵜ ⵏⵙⵉⴼⴹ ⵖⵔⵙ.',
    reqCareConsent: 'ⵜⵇⴱⵍ ⴰⴷ ⵜⵜ ⵉⵄⴰⵡⵏ ⵙⴰⵏⴰⴷ ⵉⵙⵎⵍ ⴰⵙ ⴰⴱⵔⵉⴷ',
    reqCareConsentNeeded: 'ⴱⵍⴰ ⴰⵇⴱⴰⵍ ⵏⵏⵙ ⵏ ⵜⵡⵉⵙⵉ ⵙ ⵙⴰⵏⴰⴷ, ⵓⵔ ⵉⵜⵜⵓⵙⵊⴰⵍ ⵡⴰⵍⵓ.',
    reqSubmit: 'ⵙⵊⵊⵍ ⵜⵙⵜⴰⵢⴷ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ',
    reqTooLong: 'ⴰⴹⵕⵉⵙ ⵉⵖⵣⵣⵉⴼ ⴱⵣⵣⴰⴼ.',
    reqCreated: (reference) => `ⵜⵜⵓⵙⵊⵍ ⵜⵓⵜⵔⴰ ${reference}. ⵙⵜⴰⵢⵎ ⵜⵉⵎⵙⵙⵓⴷⵓⵙⵉⵏ ⴷⴷⴰⵡ.`,
    reqEmpty: 'ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵓⵜⵔⴰ ⴰⵔ ⴷⵖⵉ.',
    reqCount: (count) => counted('zgh', count, { one: '# ⵜⵓⵜⵔⴰ', other: '# ⵏ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ' }),
    reqColRegistered: 'ⵜⵜⵓⵙⵊⵍ',
    reqBack: 'ⴰⵖⵓⵍ ⵖⵔ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ',
    reqCaseTitle: (reference) => `ⵜⵓⵜⵔⴰ ${reference}`,
    reqNotFound: 'ⵓⵔ ⵏⵓⴼⵉ ⵜⵓⵜⵔⴰ ⴰ ⴳ ⵜⵓⵜⵜⵔⵉⵡⵉⵏ ⵏ ⵜⵎⵙⵙⵓⴷⵓⵙⵜ ⵏⵏⵓⵏ.',
    reqOpen: 'ⵕⵥⵎ ⵜⵓⵜⵔⴰ',
  },
  en: {
    navInbox: 'Inbox',
    navRequests: 'Requests',
    homeInboxLead:
      'Referrals addressed to your institution wait in the inbox, the nearest deadline first.',
    openInbox: 'Open the inbox',
    refPanelTitle: 'Referrals',
    refNone: 'No referral yet.',
    refOpenProposals: 'Refer',
    refHideProposals: 'Hide the proposals',
    refProposalsTitle: 'Proposed institutions, best first',
    refNeedsLegend: 'Her needs',
    refNeedsHint: 'The proposals follow the services ticked.',
    refChooseService: 'Tick at least one service.',
    refNoProposals: 'No institution offers these services.',
    refMoreProposals: (count) => `Show all ${String(count)} proposals`,
    refRank: (rank) => `No. ${String(rank)}`,
    refOpenNowBadge: 'Open now',
    refClosedNowBadge: 'Closed now',
    refConsentGivenBadge: 'Consent given',
    refConsentMissingBadge: 'No consent yet',
    refWhyLabel: 'Why it is proposed',
    refPhone: 'Phone',
    refReferButton: 'Refer',
    refReferTo: (name) => `Refer to ${name}`,
    refAlreadyReferred: 'Already referred',
    refAlreadyReferredTo: (name) => `Already referred to ${name}`,
    refReasonCoversProvince: (province) => `covers her province, ${province}`,
    refReasonCoversRegion: (region) => `covers her region, ${region}`,
    refReasonNational: 'covers the whole country',
    refReasonOutsideRegion: (region) => `outside her region (${region})`,
    refReasonServesArea: (area) => `serves her area: ${area}`,
    refReasonAreaNotServed: (area) => `does not serve her area: ${area}`,
    refReasonOpen247: 'open 24/7',
    refReasonOpenNow: 'open now',
    refReasonClosedUntil: (time) => `closed until ${time}`,
    refReasonClosedNoOpening: 'closed, no opening scheduled',
    refReasonHoursUnknown: 'opening hours unknown',
    refReasonHandlesService: (service) => `handles ${service}`,
    refReasonLacksService: (service) => `does not offer ${service}`,
    refReasonBedsFree: bedsEn,
    refReasonFull: 'no bed free',
    refReasonConsentGiven: 'she agreed to share with it',
    refReasonConsentMissing: 'her consent to share with it is not recorded',
    refSendTitle: (name) => `Refer to ${name}`,
    refServicesAsked: 'Services asked',
    refConsentLegend: 'Her consent to share',
    refConsentOnRecord: (name) => `She has already agreed to share with ${name}.`,
    refConsentNow: (name) => `She agrees now to share with ${name}`,
    refOverride: 'Send without consent (emergency override)',
    refOverrideWarning:
      'Only when she is in immediate danger and cannot be asked. The supervisor is alerted at once and the override is kept in the audit trail.',
    refOverrideReason: 'Why she cannot be asked now',
    refConsentNeeded: 'Tick her consent or, in an emergency only, the override with its reason.',
    refSendSubmit: 'Send referral',
    refSendDraft: 'Send',
    refSendDraftTo: (name) => `Send the referral to ${name}`,
    refStatusNow: (name, status) => `Referral to ${name}: ${status}.`,
    refStale: 'This referral changed in the meantime and was read again. Check it and try again.',
    refOverrideMark: 'Sent without consent (emergency)',
    refOverrideReasonLabel: 'Reason for the override',
    refReferredBy: 'Referred by',
    refByHelpline: 'The helpline (8350)',
    refSentBy: 'Sent by',
    refDeclinedBecause: 'Reason for declining',
    refRevokedBecause: 'Reason for revoking',
    refNoteBack: 'Note back',
    refNextProposal: 'Next institution to try',
    refEscalated1: 'The institution’s managers were told.',
    refEscalated2: 'The supervisors were told.',
    refServicesDelivered: 'Services delivered',
    refNoServicesYet: 'No service recorded yet.',
    refServiceFromTo: (from, to) => `from ${from} to ${to}`,
    refServiceSince: (from) => `since ${from}`,
    refPlainDraft: 'Not sent yet.',
    refPlainSent: 'Sent; waiting for the institution to acknowledge it.',
    refPlainAcknowledged: 'Received by the institution; waiting for it to accept or decline.',
    refPlainAccepted: 'Accepted: the institution will take her in charge.',
    refPlainDeclined: 'Declined by the institution.',
    refPlainInProgress: 'The institution is serving her.',
    refPlainCompleted: 'Completed by the institution.',
    refPlainRevoked: 'Revoked: the institution no longer follows it.',
    refOverdue: 'Overdue',
    refAcknowledgeBy: (time) => `To acknowledge by ${time}`,
    refAcceptBy: (time) => `To accept or decline by ${time}`,
    refDueIn: (duration) => `${duration} left`,
    refLateBy: (duration) => `${duration} late`,
    refOverdueAcknowledge: 'Not acknowledged in time.',
    refOverdueAccept: 'Not accepted or declined in time.',
    refDurMinutes: (count) => counted('en', count, { one: '# minute', other: '# minutes' }),
    refDurHours: (count) => counted('en', count, { one: '# hour', other: '# hours' }),
    refDurDays: (count) => counted('en', count, { one: '# day', other: '# days' }),
    refRevoke: 'Revoke',
    refRevokeTitle: (name) => `Revoke the referral to ${name}`,
    refRevokeReason: 'Why it is revoked',
    refRevokeHint: 'For example: she withdrew her consent, or it was sent by mistake.',
    refRevokeWarning: 'The institution is told at once and no longer sees her case.',
    refRevokeSubmit: 'Revoke referral',
    refPageTitle: (reference) => `Referral — case ${reference}`,
    refBackToInbox: 'Back to the inbox',
    refActionsLabel: 'Steps to take',
    refAcknowledge: 'Acknowledge receipt',
    refAccept: 'Accept',
    refStartService: 'Start the service',
    refComplete: 'Complete',
    refDecline: 'Decline',
    refDeclineTitle: 'Decline the referral',
    refDeclineReason: 'Why your institution declines',
    refDeclineHint: 'The referring side reads it, to find another institution quickly.',
    refDeclineSubmit: 'Decline referral',
    refCompleteTitle: 'Complete the referral',
    refNoteLabel: 'Note back to the referring side',
    refNoteHint: 'What was done and what she still needs; only what they need to know.',
    refCompleteSubmit: 'Complete referral',
    refStepDone: (status) => `The referral is now: ${status}.`,
    refRecordServiceTitle: 'Record a service delivered',
    refServiceType: 'Service',
    refStartedOn: 'Started on',
    refEndedOn: 'Ended on',
    refEndedOnHint: 'Leave empty while it goes on.',
    refServiceNotes: 'Notes',
    refServiceNotesHint: 'Only what the follow-up needs.',
    refRecordServiceSubmit: 'Record the service',
    refServiceRecorded: 'Service recorded.',
    refEndBeforeStart: 'The end cannot come before the start.',
    refSharedCaseTitle: 'What was shared with your institution',
    refSharedCaseHint: 'Only what she agreed to share with your institution is shown.',
    refNotSharedIntake: 'Her own answers were not shared with your institution.',
    refNotSharedNarrative: 'Her account of what happened was not shared with your institution.',
    refCaseNotShared: 'This case is no longer shared with your institution.',
    refCaseReadOnly: 'The case cannot be changed from here.',
    refOpenReferral: (reference) => `Open the referral of case ${reference}`,
    refOpenReferralShort: 'Open the referral',
    inboxTitle: 'Inbox',
    inboxTabsLabel: 'Referrals shown',
    inboxTabOpen: 'Open',
    inboxTabClosed: 'Closed',
    inboxCaptionOpen: 'Open referrals: the nearest deadline first',
    inboxCaptionClosed: 'Closed referrals: the latest first',
    inboxColStatus: 'Status',
    inboxColDeadline: 'Deadline',
    inboxCount: (count) =>
      count === 0
        ? 'No referral'
        : counted('en', count, { one: '# referral', other: '# referrals' }),
    inboxEmptyOpen: 'No open referral.',
    inboxEmptyClosed: 'No closed referral.',
    inboxReceivedAnnounced: (urgency) => `New referral received: ${urgency}.`,
    inboxCapacityTitle: 'Free beds',
    inboxCapacityLabel: 'Beds free now',
    inboxCapacityHint: 'Proposals show it to the referring side; keep it current.',
    inboxCapacitySave: 'Update',
    inboxCapacitySaved: (count) => `Recorded: ${bedsEn(count)}.`,
    inboxCapacityInvalid: 'A whole number, 0 or more.',
    inboxCapacityNow: (free, total) => `Now: ${bedsEn(free)} of ${total}.`,
    inboxCapacityNowFree: (free) => `Now: ${bedsEn(free)}.`,
    inboxCapacityNotReported: 'No number of free beds reported yet.',
    inboxCapacityReportedAt: (when) => `Last updated: ${when}.`,
    refUrgentAlertTitle: 'Emergency referral received.',
    refUrgentAlertBody: 'Acknowledge it now.',
    refOverdueAlertTitle: 'Referral overdue.',
    refOverrideReminder:
      'A referral was sent without her consent (emergency override): check the reason.',
    reqTitle: 'Requests',
    reqNew: 'New request',
    reqNewTitle: 'Register a woman you are seeing',
    reqIntro:
      'Your institution registers her and asks Sanad for services elsewhere (shelter, listening, accompaniment, economic support…). You then choose the institutions.',
    reqFirstName: 'Her first name (optional)',
    reqPhone: 'Her phone number (optional)',
    reqSummary: 'Summary (optional)',
    reqSummaryHint: 'Only what the institutions need to serve her.',
    reqConsentLegend: 'Her consent',
    reqConsentHint:
      'Her consent to share with each institution is asked when she is referred to it.',
    reqCareConsent: 'She agrees to be helped and guided through Sanad',
    reqCareConsentNeeded:
      'Without her agreement to be helped through Sanad, nothing is registered.',
    reqSubmit: 'Register and choose the institutions',
    reqTooLong: 'Too long.',
    reqCreated: (reference) => `Request ${reference} registered. Choose the institutions below.`,
    reqEmpty: 'No request yet.',
    reqCount: (count) => counted('en', count, { one: '# request', other: '# requests' }),
    reqColRegistered: 'Registered',
    reqBack: 'Back to the requests',
    reqCaseTitle: (reference) => `Request ${reference}`,
    reqNotFound: 'This request is not among your institution’s requests.',
    reqOpen: 'Open the request',
  },
};
