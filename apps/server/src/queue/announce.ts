import type { ContactChannel, UrgencyLevel } from '@sanad/core';
import type { Db } from '../db/database.ts';
import type { CaseKind } from '../db/schema/cases.ts';
import { publishEvent } from '../platform/events/publish.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import { DEFAULT_QUEUE_DEADLINES } from './deadlines.ts';
import { publishClaimed } from './events.ts';
import type { StaffRef } from './staff.ts';

export interface NewCaseInQueue {
  readonly caseId: string;
  readonly kind: CaseKind;
  readonly urgency: UrgencyLevel;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
  readonly channel: ContactChannel;
  readonly createdAt: Date;
  /**
   * Set when a listener opened the case herself (a call, a walk-in): it enters the queue
   * already hers, so no screen sounds the urgent alert and no unclaimed timer is armed.
   */
  readonly claimedBy?: StaffRef;
}

/**
 * Puts a new case in front of the helpline, inside the transaction that created it: a
 * `case.queued` event for every queue in scope and, for an emergency, the `alert.urgent` event
 * (sound and banner on every on-duty screen) and the durable timer that alerts the supervisors
 * if nobody claims it in time. A case opened already claimed is shown with its holder instead.
 */
export async function announceCase(
  tx: Db,
  item: NewCaseInQueue,
  urgentClaimMs: number = DEFAULT_QUEUE_DEADLINES.urgentClaimMs,
): Promise<void> {
  const where = {
    caseId: item.caseId,
    regionCode: item.regionCode,
    provinceCode: item.provinceCode,
  };
  const payload = {
    kind: item.kind,
    urgency: item.urgency,
    channel: item.channel,
    provinceCode: item.provinceCode,
    acceptedAt: item.createdAt.toISOString(),
  };
  await publishEvent(tx, { kind: 'case.queued', audience: 'helpline', ...where, payload });
  if (item.claimedBy !== undefined) {
    const place = { id: item.caseId, regionCode: item.regionCode, provinceCode: item.provinceCode };
    await publishClaimed(tx, place, item.claimedBy, { status: 'in_triage', version: 1 });
    return;
  }
  if (item.urgency !== 'emergency') return;
  await raiseUrgentAlert(tx, item, item.createdAt, urgentClaimMs);
}

/**
 * Sounds the urgent alert for an unclaimed emergency and arms the timer that alerts the
 * supervisors if nobody claims it by `from + urgentClaimMs`. Used when a case arrives as an
 * emergency, and when an assessment raises a waiting case to one.
 */
export async function raiseUrgentAlert(
  tx: Db,
  item: Omit<NewCaseInQueue, 'createdAt' | 'claimedBy'> & { readonly createdAt: Date },
  from: Date,
  urgentClaimMs: number = DEFAULT_QUEUE_DEADLINES.urgentClaimMs,
): Promise<void> {
  await publishEvent(tx, {
    kind: 'alert.urgent',
    audience: 'helpline',
    caseId: item.caseId,
    regionCode: item.regionCode,
    provinceCode: item.provinceCode,
    payload: {
      kind: item.kind,
      urgency: 'emergency',
      channel: item.channel,
      provinceCode: item.provinceCode,
      acceptedAt: item.createdAt.toISOString(),
    },
  });
  await enqueueJob(tx, {
    name: 'case.unclaimed_urgent',
    payload: { caseId: item.caseId, round: 1 },
    runAt: new Date(from.getTime() + urgentClaimMs),
    singletonKey: item.caseId,
  });
}
