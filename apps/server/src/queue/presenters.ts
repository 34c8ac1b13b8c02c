import type { ClaimView } from './claims.ts';
import type { QueueHealth } from './health.ts';
import type { QueueItem } from './queries.ts';

const iso = (at: Date): string => at.toISOString();
const isoOrNull = (at: Date | null): string | null => (at === null ? null : at.toISOString());

/** A queue line: codes, places and times only — nothing she said or wrote. */
export const presentQueueItem = (item: QueueItem) => ({
  caseId: item.caseId,
  reference: item.reference,
  kind: item.kind,
  urgency: item.urgency,
  status: item.status,
  channel: item.channel,
  provinceCode: item.provinceCode,
  regionCode: item.regionCode,
  createdAt: iso(item.createdAt),
  waitingSeconds: item.waitingSeconds,
  claimedBy: item.claimedBy,
  claimedAt: isoOrNull(item.claimedAt),
  version: item.version,
});

export const presentClaim = (claim: ClaimView) => ({
  caseId: claim.caseId,
  claimedBy: { id: claim.claimedBy.id, name: claim.claimedBy.name },
  claimedAt: iso(claim.claimedAt),
  version: claim.version,
});

export const presentHealth = (health: QueueHealth, now: Date) => ({
  serverTime: iso(now),
  waiting: health.waiting,
  unclaimedUrgent: health.unclaimedUrgent,
  oldestWaitingSeconds: health.oldestWaitingSeconds,
  listeners: health.listeners.map((l) => ({
    id: l.id,
    name: l.name,
    role: l.role,
    onDuty: l.onDuty,
    lastSeenAt: isoOrNull(l.lastSeenAt),
    openCases: l.openCases,
  })),
  overdueFollowUps: health.overdueFollowUps.map((f) => ({
    followUpId: f.followUpId,
    caseId: f.caseId,
    reference: f.reference,
    dueAt: iso(f.dueAt),
    ownerName: f.ownerName,
  })),
});
