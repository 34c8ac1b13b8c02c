import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { jobs } from '../../db/schema/index.ts';
import { newId } from '../ids.ts';

/**
 * The durable jobs Sanad knows. A name is a contract with the handler registered for it (see
 * `runner.ts`); payloads hold ids and codes only, never personal data.
 */
export type JobName =
  /** An urgent case still unclaimed at its deadline: alert the supervisors, re-arm. */
  | 'case.unclaimed_urgent'
  /** A follow-up or call-back fell due: remind its listener. */
  | 'followup.due'
  /** Old live events and finished jobs are deleted. */
  | 'housekeeping.purge'
  /** A referral's acknowledgement or acceptance deadline fell due: escalate if still waiting. */
  | 'referral.deadline'
  /** A directory CSV import continues with its next rows (progress is kept on the import). */
  | 'directory.import'
  /** An outbox message (SMS or e-mail) is due to be handed to its transport. */
  | 'notification.send'
  /** An opportunity CSV import continues with its next rows. */
  | 'opportunity.import'
  /** Daily: opportunities past their deadline or end leave the catalogue. */
  | 'opportunity.expire'
  /** Three or six months after she completed an opportunity: ask what came of it. */
  | 'enrolment.outcome_check';

export interface JobInput {
  readonly name: JobName;
  readonly payload: Readonly<Record<string, string | number | boolean | null>>;
  readonly runAt: Date;
  /** At most one pending job per (name, key): a second enqueue with the same key is ignored. */
  readonly singletonKey?: string;
}

/**
 * Enqueues a job inside the caller's transaction, so the job exists if and only if the change
 * that needs it was committed (a case saved without its escalation timer cannot happen).
 * Returns false when a pending job with the same singleton key already exists.
 */
export async function enqueueJob(tx: Db, job: JobInput): Promise<boolean> {
  const inserted = await tx
    .insert(jobs)
    .values({
      id: newId(),
      name: job.name,
      payload: { ...job.payload },
      runAt: job.runAt,
      singletonKey: job.singletonKey ?? null,
      state: 'pending',
      attempts: 0,
    })
    .onConflictDoNothing({
      target: [jobs.name, jobs.singletonKey],
      where: sql`state = 'pending' AND singleton_key IS NOT NULL`,
    })
    .returning({ id: jobs.id });
  return inserted.length > 0;
}

/**
 * Cancels the pending job with this key, if any (the case was claimed before its deadline).
 * A job a runner holds right now is skipped, not waited for: the runner locks the job and then
 * the record, the caller the record and then the job, and waiting would deadlock. Every handler
 * re-checks its record under that record's lock, so a job that runs anyway finds it answered.
 */
export async function cancelJob(tx: Db, name: JobName, singletonKey: string): Promise<void> {
  await tx.execute(
    sql`UPDATE jobs SET state = 'cancelled', finished_at = now()
        WHERE id IN (SELECT id FROM jobs
                     WHERE name = ${name} AND singleton_key = ${singletonKey}
                       AND state = 'pending'
                     FOR UPDATE SKIP LOCKED)`,
  );
}
