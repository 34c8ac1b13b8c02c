import { and, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { cases, followUps, staffUsers } from '../db/schema/index.ts';
import { publishEvent } from '../platform/events/publish.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import type { JobHandler, JobHandlers } from '../platform/jobs/types.ts';
import { loadQueueCase } from './case-row.ts';
import type { QueueDeadlines } from './deadlines.ts';
import { secondsBetween } from './queries.ts';

const unclaimedPayload = z.object({ caseId: z.uuid(), round: z.number().int().min(1).default(1) });
const followUpPayload = z.object({ followUpId: z.uuid(), caseId: z.uuid() });

/**
 * An emergency still nobody's at its deadline: the supervisors in scope are alerted (round n,
 * how long she has waited), and the timer is armed again for the next round, until someone
 * claims the case, it leaves the queue, or its urgency is lowered after assessment.
 */
function unclaimedUrgent(deadlines: QueueDeadlines): JobHandler {
  return async (tx, job, now) => {
    const { caseId, round } = unclaimedPayload.parse(job.payload);
    const row = await loadQueueCase(tx, caseId, true);
    const stillWaiting =
      row !== undefined &&
      row.ownerId === null &&
      row.urgency === 'emergency' &&
      (row.status === 'new' || row.status === 'in_triage');
    if (!stillWaiting) return;
    await publishEvent(tx, {
      kind: 'alert.unclaimed',
      audience: 'supervisors',
      caseId,
      regionCode: row.regionCode,
      provinceCode: row.provinceCode,
      payload: { round, waitingSeconds: secondsBetween(row.createdAt, now) },
    });
    // Same singleton key (the case id), so a claim cancels whichever round is pending with one
    // `cancelJob(tx, name, caseId)`. The key is unique among pending jobs only, and the runner
    // marks this job done as it takes it (platform/jobs/runner.ts), so the next round fits.
    await enqueueJob(tx, {
      name: 'case.unclaimed_urgent',
      payload: { caseId, round: round + 1 },
      runAt: new Date(now.getTime() + deadlines.urgentClaimMs),
      singletonKey: caseId,
    });
  };
}

const assignee = alias(staffUsers, 'assignee');
const owner = alias(staffUsers, 'owner');

/**
 * A follow-up or call-back fell due: its assignee (else the case's owner) is reminded on their
 * console, and `reminded_at` records it. When neither is an active account any more, the
 * supervisors in scope are told instead, so a promised call-back is never silently dropped.
 */
const followUpDue: JobHandler = async (tx, job, now) => {
  const { followUpId, caseId } = followUpPayload.parse(job.payload);
  const [row] = await tx
    .select({
      dueAt: followUps.dueAt,
      doneAt: followUps.doneAt,
      caseStatus: cases.status,
      regionCode: cases.regionCode,
      provinceCode: cases.provinceCode,
      assigneeId: assignee.id,
      ownerId: owner.id,
    })
    .from(followUps)
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .leftJoin(assignee, and(eq(assignee.id, followUps.assignedTo), isNull(assignee.disabledAt)))
    .leftJoin(owner, and(eq(owner.id, cases.ownerId), isNull(owner.disabledAt)))
    .where(and(eq(followUps.id, followUpId), eq(followUps.caseId, caseId)))
    .for('update', { of: followUps });
  // A closed case's promised call-backs are moot: nobody is reminded of them.
  if (!row || row.doneAt !== null || row.caseStatus === 'closed') return;
  const staffId = row.assigneeId ?? row.ownerId;
  const payload = { followUpId, dueAt: row.dueAt.toISOString() };
  const where = { caseId, regionCode: row.regionCode, provinceCode: row.provinceCode };
  await publishEvent(
    tx,
    staffId !== null
      ? { kind: 'followup.due', audience: 'staff', staffId, ...where, payload }
      : { kind: 'followup.due', audience: 'supervisors', ...where, payload },
  );
  await tx.update(followUps).set({ remindedAt: now }).where(eq(followUps.id, followUpId));
};

/** Handlers for the helpline's durable timers (unclaimed urgent cases, follow-up reminders). */
export function queueJobHandlers(deadlines: QueueDeadlines): JobHandlers {
  return {
    'case.unclaimed_urgent': unclaimedUrgent(deadlines),
    'followup.due': followUpDue,
  };
}
