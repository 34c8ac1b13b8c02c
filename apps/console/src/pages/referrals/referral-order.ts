import type { ReferralStatus } from '@sanad/core';
import type { ProposalView, ReferralView } from '../../api/referral-types.ts';
import { pendingDeadline } from './referral-deadlines.ts';

// How referral lists are ordered and kept current between two reads: the server's order,
// repeated here so that a referral changed on this screen (or announced live) lands where the
// next read would put it.

/** Awaiting the receiving institution: its inbox's "open" tab. */
export const OPEN_STATUSES: readonly ReferralStatus[] = [
  'sent',
  'acknowledged',
  'accepted',
  'in_progress',
];

/** Over: the "closed" tab. */
export const CLOSED_STATUSES: readonly ReferralStatus[] = ['declined', 'completed', 'revoked'];

/** Still going (a draft included): a new referral to the same institution would be refused. */
export function isLiveReferral(status: string): boolean {
  return status === 'draft' || (OPEN_STATUSES as readonly string[]).includes(status);
}

export type InboxTab = 'open' | 'closed';

export function inboxTabOf(status: string): InboxTab | undefined {
  if ((OPEN_STATUSES as readonly string[]).includes(status)) return 'open';
  if ((CLOSED_STATUSES as readonly string[]).includes(status)) return 'closed';
  return undefined;
}

const time = (iso: string | null): number => {
  const value = iso === null ? Number.NaN : Date.parse(iso);
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
};

/** When it ended: completed, declined or revoked (else when it was created). */
function closedAt(referral: ReferralView): number {
  const end = [referral.completedAt, referral.declinedAt, referral.revokedAt]
    .map(time)
    .find(Number.isFinite);
  return end ?? time(referral.createdAt);
}

/**
 * The open tab: a running deadline first, the nearest (or most overdue) first; then those
 * under way, the longest-standing first. Ties keep the emergency on top.
 */
export function sortOpen(referrals: readonly ReferralView[], now: number): ReferralView[] {
  const due = (referral: ReferralView) => {
    const deadline = pendingDeadline(referral, now);
    if (!deadline) return Number.POSITIVE_INFINITY;
    return deadline.dueAt === null ? Number.NEGATIVE_INFINITY : time(deadline.dueAt);
  };
  const urgencyRank = (referral: ReferralView) =>
    ['emergency', 'high', 'medium', 'standard'].indexOf(referral.urgency);
  return [...referrals].sort(
    (a, b) =>
      compare(due(a), due(b)) ||
      compare(time(a.sentAt ?? a.createdAt), time(b.sentAt ?? b.createdAt)) ||
      urgencyRank(a) - urgencyRank(b) ||
      a.id.localeCompare(b.id),
  );
}

/** The closed tab: the latest to end first. */
export function sortClosed(referrals: readonly ReferralView[]): ReferralView[] {
  return [...referrals].sort(
    (a, b) => compare(closedAt(b), closedAt(a)) || a.id.localeCompare(b.id),
  );
}

/** A case's referrals: the newest first. */
export function sortNewestFirst(referrals: readonly ReferralView[]): ReferralView[] {
  return [...referrals].sort(
    (a, b) => compare(time(b.createdAt), time(a.createdAt)) || a.id.localeCompare(b.id),
  );
}

function compare(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The list with `referral` in it: replaced where it was, or added. */
export function upsertReferral(
  referrals: readonly ReferralView[],
  referral: ReferralView,
): ReferralView[] {
  return referrals.some((item) => item.id === referral.id)
    ? referrals.map((item) => (item.id === referral.id ? referral : item))
    : [referral, ...referrals];
}

/** Referrals whose status moved between two reads, to say so aloud. */
export function statusChanges(
  before: readonly ReferralView[],
  after: readonly ReferralView[],
): ReferralView[] {
  const previous = new Map(before.map((referral) => [referral.id, referral.status]));
  return after.filter((referral) => {
    const old = previous.get(referral.id);
    return old !== undefined && old !== referral.status;
  });
}

/** How many proposals show at first, whatever their territory. */
export const FIRST_PROPOSALS = 5;

/**
 * The proposals shown before "show all", in the server's order: the first few, every one in
 * her province or region (or national), and those already referred. Institutions in other
 * regions, further down, wait behind the button: in an emergency the local ones count.
 */
export function firstProposals(proposals: readonly ProposalView[]): ProposalView[] {
  return proposals.filter(
    (proposal, index) =>
      index < FIRST_PROPOSALS || proposal.territory !== 'elsewhere' || proposal.alreadyReferred,
  );
}
