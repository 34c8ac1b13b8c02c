import { and, eq } from 'drizzle-orm';
import { followUps } from '../db/schema/index.ts';
import { placeOf } from '../platform/crypto/envelope.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { cancelJob, enqueueJob } from '../platform/jobs/enqueue.ts';
import { UNCHANGED, type CaseCommand } from './mutate.ts';
import type { FollowUpBody } from './schemas.ts';

/** A due time a little in the past is a slow form, not a mistake; a year ahead is the limit. */
const PAST_TOLERANCE_MS = 5 * 60_000;
const FURTHEST_MS = 366 * 86_400_000;

/**
 * Plans a call-back or follow-up and arms its reminder: the durable `followup.due` job at the
 * due time, keyed by the follow-up's id (so it exists once, and "done" can cancel it), committed
 * with the follow-up or not at all. The case's owner is reminded; an unclaimed case's
 * follow-up is the planner's own. The note is encrypted.
 */
export async function scheduleFollowUp(
  context: CaseCommand,
  body: FollowUpBody,
): Promise<undefined> {
  const { tx, loaded, actor, box, now } = context;
  const dueAt = new Date(body.dueAt);
  const ahead = dueAt.getTime() - now.getTime();
  if (ahead < -PAST_TOLERANCE_MS || ahead > FURTHEST_MS)
    throw invalidField('body.dueAt', 'invalid');
  const id = newId();
  const assignedTo = loaded.row.ownerId ?? actor.id;
  await tx.insert(followUps).values({
    id,
    caseId: loaded.row.id,
    kind: body.kind,
    dueAt,
    noteEnc:
      body.note === undefined
        ? null
        : await box.sealText(
            loaded.row.dataKeyId,
            body.note,
            placeOf('follow_ups', 'note_enc', id),
          ),
    assignedTo,
    createdBy: actor.id,
    createdAt: now,
  });
  await enqueueJob(tx, {
    name: 'followup.due',
    payload: { followUpId: id, caseId: loaded.row.id },
    runAt: dueAt,
    singletonKey: id,
  });
  await context.audit({
    action: 'followup.scheduled',
    recordType: 'follow_up',
    recordId: id,
    diff: { kind: body.kind, dueAt: dueAt.toISOString(), assignedTo },
  });
  return undefined;
}

/** Marks a follow-up done and cancels its reminder; done twice changes nothing. */
export async function completeFollowUp(
  context: CaseCommand,
  followUpId: string,
): Promise<undefined | typeof UNCHANGED> {
  const { tx, loaded, now } = context;
  const [followUp] = await tx
    .select({ doneAt: followUps.doneAt, kind: followUps.kind })
    .from(followUps)
    .where(and(eq(followUps.id, followUpId), eq(followUps.caseId, loaded.row.id)));
  if (!followUp) throw new AppError('not_found');
  if (followUp.doneAt !== null) return UNCHANGED;
  await tx.update(followUps).set({ doneAt: now }).where(eq(followUps.id, followUpId));
  await cancelJob(tx, 'followup.due', followUpId);
  await context.audit({
    action: 'followup.done',
    recordType: 'follow_up',
    recordId: followUpId,
    diff: { kind: followUp.kind },
  });
  return undefined;
}
