import type { UrgencyLevel } from '@sanad/core';
import type { QueueItem, StaffRef } from '../../api/queue-types.ts';
import {
  payloadNumber,
  payloadStaff,
  payloadString,
  type LiveEvent,
} from '../../live/live-events.ts';

const URGENCY_RANK: Readonly<Record<UrgencyLevel, number>> = {
  emergency: 0,
  high: 1,
  medium: 2,
  standard: 3,
};

const isUrgency = (value: string | undefined): value is UrgencyLevel =>
  value !== undefined && Object.hasOwn(URGENCY_RANK, value);

const rankOf = (urgency: string): number => (isUrgency(urgency) ? URGENCY_RANK[urgency] : 4);

/** The queue's order, as the server gives it: most urgent first, then longest waiting first. */
export function sortQueue(items: readonly QueueItem[]): QueueItem[] {
  return [...items].sort(
    (a, b) => rankOf(a.urgency) - rankOf(b.urgency) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** What a live event does to the list; `refetch` when the event cannot say enough by itself. */
export interface QueueChange {
  readonly items: QueueItem[];
  readonly refetch: boolean;
}

function withClaimant(items: readonly QueueItem[], caseId: string, claimedBy: StaffRef | null) {
  return items.map((item) =>
    item.caseId === caseId
      ? {
          ...item,
          claimedBy,
          claimedAt: claimedBy ? new Date().toISOString() : null,
          status: claimedBy ? ('in_triage' as const) : item.status,
        }
      : item,
  );
}

/**
 * Applies a live event to the queue. A new case is fetched (the event carries no reference);
 * claims and releases show at once; a case that left triage leaves the list.
 */
export function applyToQueue(items: readonly QueueItem[], event: LiveEvent): QueueChange {
  const caseId = event.caseId;
  if (caseId === null) return { items: [...items], refetch: false };
  const known = items.some((item) => item.caseId === caseId);
  switch (event.kind) {
    case 'case.queued':
    case 'alert.urgent':
      return { items: [...items], refetch: !known };
    case 'case.claimed': {
      const claimedBy = payloadStaff(event.payload, 'claimedBy');
      if (!claimedBy) return { items: [...items], refetch: known };
      return { items: withClaimant(items, caseId, claimedBy), refetch: false };
    }
    case 'case.released':
      return { items: withClaimant(items, caseId, null), refetch: false };
    case 'case.updated': {
      const reported = payloadString(event.payload, 'status');
      const status = reported === 'new' || reported === 'in_triage' ? reported : undefined;
      if (reported !== undefined && status === undefined) {
        return { items: items.filter((item) => item.caseId !== caseId), refetch: false };
      }
      const urgency = payloadString(event.payload, 'urgency');
      const version = payloadNumber(event.payload, 'version');
      if (!known) return { items: [...items], refetch: true };
      return {
        items: sortQueue(
          items.map((item) =>
            item.caseId === caseId
              ? {
                  ...item,
                  urgency: isUrgency(urgency) ? urgency : item.urgency,
                  status: status ?? item.status,
                  version: version ?? item.version,
                }
              : item,
          ),
        ),
        refetch: false,
      };
    }
    case 'alert.unclaimed':
    case 'followup.due':
    case 'message.received':
    case 'enrolment.updated':
    case 'enrolment.outcome_due':
      return { items: [...items], refetch: false };
  }
}
