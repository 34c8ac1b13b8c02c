import type { Locale } from '../locale.ts';
import { counted } from '../plural.ts';

/** Referrals (issue #6): a referral's card on a case, its deadlines, and revoking it. */
export interface ReferralCardsMessages {
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
}

export const referralCardsMessages: Readonly<Record<Locale, ReferralCardsMessages>> = {
  ar: {
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
  },
  fr: {
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
  },
  zgh: {
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
  },
  en: {
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
  },
};
