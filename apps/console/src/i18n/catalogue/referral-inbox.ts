import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';
import { bedsAr, bedsEn, bedsFr, bedsZgh } from './beds-free.ts';

/**
 * Referrals (issue #6), on the receiving side: the institution's inbox and referral page (steps,
 * services delivered, the case as shared, free beds), and the live alerts about referrals.
 */
export interface ReferralInboxMessages {
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
}

export const referralInboxMessages: Readonly<Record<Locale, ReferralInboxMessages>> = {
  ar: {
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
  },
  fr: {
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
  },
  zgh: {
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
  },
  en: {
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
  },
};
