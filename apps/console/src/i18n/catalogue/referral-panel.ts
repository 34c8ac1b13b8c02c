import type { Locale } from '../locale.ts';
import { bedsAr, bedsEn, bedsFr, bedsZgh } from './beds-free.ts';

/**
 * Referrals (issue #6), on the referring side: the menu and home entries, the panel on a case
 * with its proposals and the reasons for each, and sending with her consent or the emergency
 * override. The referral cards are in `referral-cards.ts`.
 */
export interface ReferralPanelMessages {
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
}

export const referralPanelMessages: Readonly<Record<Locale, ReferralPanelMessages>> = {
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
  },
};
