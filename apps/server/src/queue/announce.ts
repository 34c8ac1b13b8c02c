import type { ContactChannel, UrgencyLevel } from '@sanad/core';
import type { Db } from '../db/database.ts';
import type { CaseKind } from '../db/schema/cases.ts';
import { publishEvent } from '../platform/events/publish.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import { DEFAULT_QUEUE_DEADLINES } from './deadlines.ts';

export interface NewCaseInQueue {
  readonly caseId: string;
  readonly kind: CaseKind;
  readonly urgency: UrgencyLevel;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
  readonly channel: ContactChannel;
  readonly createdAt: Date;
}

/**
 * Puts a new case in front of the helpline, inside the transaction that created it: a
 * `case.queued` event for every queue in scope and, for an emergency, the `alert.urgent` event
 * (sound and banner on every on-duty screen) and the durable timer that alerts the supervisors
 * if nobody claims it in time.
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
  if (item.urgency !== 'emergency') return;
  await publishEvent(tx, { kind: 'alert.urgent', audience: 'helpline', ...where, payload });
  await enqueueJob(tx, {
    name: 'case.unclaimed_urgent',
    payload: { caseId: item.caseId, round: 1 },
    runAt: new Date(item.createdAt.getTime() + urgentClaimMs),
    singletonKey: item.caseId,
  });
}
