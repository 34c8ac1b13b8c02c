import type { ProposalReason, ProposalReasonCode, ReferralStatus } from '@sanad/core';
import type { Messages } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { formatDateTime } from '../../helpline-format.ts';
import { areaTypeLabel } from '../../helpline-vocabulary.ts';
import { regionName, provinceName, serviceLabel } from '../../vocabulary.ts';
import { roughDuration } from './referral-deadlines.ts';

// The words for what the server sends as codes: the reasons behind a proposal ("covers her
// province, Settat", "open now", "3 beds free", "handles listening"), a referral's status in
// plain words, and how long until (or since) a deadline.

/** A vocabulary label inside a sentence: "handles listening", not "handles Listening". */
const inSentence = (label: string, locale: Locale): string =>
  label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);

/** One reason, as the listener reads it. Every code of `PROPOSAL_REASON_CODES` has words. */
export function reasonText(reason: ProposalReason, t: Messages, locale: Locale): string {
  switch (reason.code) {
    case 'covers_province':
      return t.refReasonCoversProvince(provinceName(reason.province, locale));
    case 'covers_region':
      return t.refReasonCoversRegion(regionName(reason.region, locale));
    case 'national_coverage':
      return t.refReasonNational;
    case 'outside_region':
      return t.refReasonOutsideRegion(regionName(reason.region, locale));
    case 'serves_area':
      return t.refReasonServesArea(inSentence(areaTypeLabel(reason.areaType, locale), locale));
    case 'area_not_served':
      return t.refReasonAreaNotServed(inSentence(areaTypeLabel(reason.areaType, locale), locale));
    case 'open_24_7':
      return t.refReasonOpen247;
    case 'open_now':
      return t.refReasonOpenNow;
    case 'closed_until':
      return t.refReasonClosedUntil(formatDateTime(reason.at, locale));
    case 'closed_no_opening':
      return t.refReasonClosedNoOpening;
    case 'hours_unknown':
      return t.refReasonHoursUnknown;
    case 'handles_service':
      return t.refReasonHandlesService(inSentence(serviceLabel(reason.service, locale), locale));
    case 'lacks_service':
      return t.refReasonLacksService(inSentence(serviceLabel(reason.service, locale), locale));
    case 'beds_free':
      return t.refReasonBedsFree(reason.count);
    case 'full':
      return t.refReasonFull;
    case 'consent_given':
      return t.refReasonConsentGiven;
    case 'consent_missing':
      return t.refReasonConsentMissing;
  }
}

/** Whether a reason speaks for the institution, against it, or neither (shown in colour too). */
export type ReasonTone = 'for' | 'against' | 'neutral';

const TONES: Readonly<Record<ProposalReasonCode, ReasonTone>> = {
  covers_province: 'for',
  covers_region: 'for',
  national_coverage: 'for',
  outside_region: 'against',
  serves_area: 'for',
  area_not_served: 'against',
  open_24_7: 'for',
  open_now: 'for',
  closed_until: 'against',
  closed_no_opening: 'against',
  hours_unknown: 'neutral',
  handles_service: 'for',
  lacks_service: 'against',
  beds_free: 'for',
  full: 'against',
  consent_given: 'for',
  consent_missing: 'against',
};

export function reasonTone(code: string): ReasonTone {
  return Object.hasOwn(TONES, code) ? TONES[code as ProposalReasonCode] : 'neutral';
}

/** Where a referral stands, in a sentence; an unknown status shows as its code. */
export function statusPlain(status: string, t: Messages): string {
  const words: Readonly<Record<ReferralStatus, string>> = {
    draft: t.refPlainDraft,
    sent: t.refPlainSent,
    acknowledged: t.refPlainAcknowledged,
    accepted: t.refPlainAccepted,
    declined: t.refPlainDeclined,
    in_progress: t.refPlainInProgress,
    completed: t.refPlainCompleted,
    revoked: t.refPlainRevoked,
  };
  return Object.hasOwn(words, status) ? words[status as ReferralStatus] : status;
}

/** "12 minutes", "3 hours", "2 days": how far a deadline is, ahead or behind. */
export function durationText(seconds: number, t: Messages): string {
  const { unit, value } = roughDuration(seconds);
  switch (unit) {
    case 'minute':
      return t.refDurMinutes(value);
    case 'hour':
      return t.refDurHours(value);
    case 'day':
      return t.refDurDays(value);
  }
}
