import { canReassignCase, canWorkCase, type Actor } from '@sanad/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { cases, followUps, staffUsers } from '../db/schema/index.ts';
import { actorOf } from '../identity/actor.ts';
import { AppError, invalidField, notFound } from '../platform/errors.ts';
import { cancelJob, enqueueJob } from '../platform/jobs/enqueue.ts';
import { caseRecordOf, loadQueueCase, statusAfterClaim } from './case-row.ts';
import type { ClaimView } from './claims.ts';
import type { QueueDeadlines } from './deadlines.ts';
import { publishClaimed, publishReleased } from './events.ts';
import { staffRef } from './staff.ts';

/**
 * Puts a claimed case back in the queue. Its owner may, and so may a supervisor over the case
 * (a listener going off duty, or a case stuck with someone absent); anyone else gets 409
 * `not_claimed`. The status does not move back: "in triage" says someone already looked. An
 * emergency back in the queue gets its unclaimed timer again, counted from now.
 */
export async function releaseCase(
  db: Db,
  actor: Actor,
  caseId: string,
  deadlines: QueueDeadlines,
  requestId: string,
  now: Date = new Date(),
): Promise<{ caseId: string; version: number }> {
  return db.transaction(async (tx) => {
    // Locked: a release and a reassignment of the same case must not interleave.
    const row = await loadQueueCase(tx, caseId, true);
    const record = row ? caseRecordOf(row) : undefined;
    const asSupervisor = record !== undefined && canReassignCase(actor, record);
    if (!row || !record || !(asSupervisor || canWorkCase(actor, 'case.claim', record)))
      throw notFound();
    const owner = row.ownerId;
    if (owner === null || (owner !== actor.id && !asSupervisor)) throw new AppError('not_claimed');
    const [released] = await tx
      .update(cases)
      .set({ ownerId: null, claimedAt: null, version: sql`${cases.version} + 1`, updatedAt: now })
      .where(and(eq(cases.id, caseId), eq(cases.ownerId, owner)))
      .returning({ version: cases.version, status: cases.status, urgency: cases.urgency });
    if (!released) throw new AppError('not_claimed');
    await publishReleased(tx, row, released);
    const backInQueue = released.status === 'new' || released.status === 'in_triage';
    if (released.urgency === 'emergency' && backInQueue) {
      await enqueueJob(tx, {
        name: 'case.unclaimed_urgent',
        payload: { caseId, round: 1 },
        runAt: new Date(now.getTime() + deadlines.urgentClaimMs),
        singletonKey: caseId,
      });
    }
    await recordAudit(tx, {
      action: 'case.released',
      actor: auditActorOf(actor),
      recordType: 'case',
      recordId: caseId,
      caseId,
      diff: { previousOwnerId: owner, bySupervisor: owner !== actor.id },
      requestId,
    });
    return { caseId, version: released.version };
  });
}

/**
 * A supervisor hands a case to a listener or supervisor. The new holder must be an active
 * helpline account whose own scope covers the case — a case must never land with someone who
 * could not open it — else the request is refused on `body.staffId`.
 */
export async function reassignCase(
  db: Db,
  actor: Actor,
  caseId: string,
  staffId: string,
  requestId: string,
  now: Date = new Date(),
): Promise<ClaimView> {
  return db.transaction(async (tx) => {
    const row = await loadQueueCase(tx, caseId, true);
    if (!row || !canReassignCase(actor, caseRecordOf(row))) throw notFound();
    if (row.status === 'closed') throw new AppError('invalid_transition');
    const [target] = await tx.select().from(staffUsers).where(eq(staffUsers.id, staffId));
    const eligible =
      target !== undefined &&
      target.disabledAt === null &&
      (target.role === 'listener' || target.role === 'supervisor') &&
      canWorkCase(actorOf(target), 'case.claim', caseRecordOf(row));
    if (!eligible) throw invalidField('body.staffId', 'invalid_choice');
    const claimedBy = await staffRef(tx, staffId);
    if (row.ownerId === staffId) {
      return { caseId, claimedBy, claimedAt: row.claimedAt ?? row.createdAt, version: row.version };
    }
    const [moved] = await tx
      .update(cases)
      .set({
        ownerId: staffId,
        claimedAt: now,
        status: statusAfterClaim,
        version: sql`${cases.version} + 1`,
        updatedAt: now,
      })
      .where(eq(cases.id, caseId))
      .returning({ version: cases.version, status: cases.status });
    if (!moved) throw notFound();
    await cancelJob(tx, 'case.unclaimed_urgent', caseId);
    if (row.ownerId !== null) {
      // The call-backs the previous holder promised move with the case: the reminder must reach
      // whoever now handles her, not someone who may no longer cover her file.
      await tx
        .update(followUps)
        .set({ assignedTo: staffId })
        .where(
          and(
            eq(followUps.caseId, caseId),
            eq(followUps.assignedTo, row.ownerId),
            isNull(followUps.doneAt),
          ),
        );
    }
    await publishClaimed(tx, row, claimedBy, moved);
    await recordAudit(tx, {
      action: 'case.reassigned',
      actor: auditActorOf(actor),
      recordType: 'case',
      recordId: caseId,
      caseId,
      diff: { fromStaffId: row.ownerId, toStaffId: staffId, status: moved.status },
      requestId,
    });
    return { caseId, claimedBy, claimedAt: now, version: moved.version };
  });
}
