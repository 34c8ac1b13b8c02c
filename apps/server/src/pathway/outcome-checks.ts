import { outcomeCheckDates } from '@sanad/core';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { cases, enrolments, followUps, opportunities } from '../db/schema/index.ts';
import { publishEvent } from '../platform/events/publish.ts';
import { newId } from '../platform/ids.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import type { JobHandler, JobHandlers } from '../platform/jobs/types.ts';
import { casablancaDate, morningOf } from './dates.ts';

const payloadSchema = z.object({ enrolmentId: z.uuid(), after: z.enum(['3m', '6m']) });

/**
 * At completion, two durable reminders: three and six months later, in the morning, the helpline
 * is asked to find out what came of it (a job, a business, an income, more training). Keyed per
 * enrolment and stage, so completing twice never asks twice.
 */
export async function armOutcomeChecks(tx: Db, enrolmentId: string, now: Date): Promise<void> {
  const [three, six] = outcomeCheckDates(casablancaDate(now));
  for (const [after, date] of [
    ['3m', three],
    ['6m', six],
  ] as const) {
    await enqueueJob(tx, {
      name: 'enrolment.outcome_check',
      payload: { enrolmentId, after },
      runAt: morningOf(date),
      singletonKey: `${enrolmentId}:${after}`,
    });
  }
}

/**
 * An outcome check fell due: a follow-up call lands in the list of whoever holds her case (or
 * proposed the opportunity, when nobody holds it), with its usual reminder, and the helpline in
 * scope hears it live. The outcome already recorded is re-checked, not skipped: at six months a
 * job found at three may be gone, which is what the indicators need to know.
 */
const outcomeCheckDue: JobHandler = async (tx, job, now) => {
  const { enrolmentId, after } = payloadSchema.parse(job.payload);
  // The case first, as every writer of a case does, then the enrolment.
  const [head] = await tx
    .select({ caseId: enrolments.caseId })
    .from(enrolments)
    .where(eq(enrolments.id, enrolmentId));
  if (!head) return;
  await tx
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.id, head.caseId))
    .for('no key update');
  const [found] = await tx
    .select({ enrolment: enrolments, kase: cases, kind: opportunities.kind })
    .from(enrolments)
    .innerJoin(cases, eq(cases.id, enrolments.caseId))
    .innerJoin(opportunities, eq(opportunities.id, enrolments.opportunityId))
    .where(eq(enrolments.id, enrolmentId))
    .for('update', { of: enrolments });
  if (!found || found.enrolment.status !== 'completed') return;
  const { enrolment, kase } = found;
  // A closed case is not called back: her file says why it was closed.
  if (kase.status === 'closed') return;
  const assignedTo = kase.ownerId ?? enrolment.proposedBy;
  const followUpId = newId();
  await tx.insert(followUps).values({
    id: followUpId,
    caseId: kase.id,
    kind: 'follow_up',
    dueAt: now,
    noteEnc: null,
    assignedTo,
    createdBy: null,
    createdAt: now,
  });
  if (assignedTo !== null) {
    await enqueueJob(tx, {
      name: 'followup.due',
      payload: { followUpId, caseId: kase.id },
      runAt: now,
      singletonKey: followUpId,
    });
  }
  await recordAudit(tx, {
    action: 'enrolment.outcome_check_due',
    actor: null,
    recordType: 'enrolment',
    recordId: enrolmentId,
    caseId: kase.id,
    diff: { after, opportunityKind: found.kind, followUpId },
  });
  const payload = { enrolmentId, after };
  await publishEvent(
    tx,
    kase.registeredByInstitutionId !== null
      ? {
          kind: 'enrolment.outcome_due',
          audience: 'institution',
          institutionId: kase.registeredByInstitutionId,
          caseId: kase.id,
          payload,
        }
      : {
          kind: 'enrolment.outcome_due',
          audience: 'helpline',
          caseId: kase.id,
          regionCode: kase.regionCode,
          provinceCode: kase.provinceCode,
          payload,
        },
  );
};

export const pathwayJobHandlers = (): JobHandlers => ({
  'enrolment.outcome_check': outcomeCheckDue,
});
