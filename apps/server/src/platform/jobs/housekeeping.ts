import { and, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { idempotencyKeys, jobs, liveEvents } from '../../db/schema/index.ts';
import {
  DEFAULT_NOTIFICATION_RETENTION_DAYS,
  purgeNotificationRecipients,
} from '../../notifications/purge.ts';
import { enqueueJob } from './enqueue.ts';
import type { JobHandler, JobHandlers } from './types.ts';

const HOUR_MS = 60 * 60_000;
/** Live events are a delivery channel, not a record: a console replays at most a day. */
export const LIVE_EVENT_RETENTION_MS = 24 * HOUR_MS;
/** Finished jobs are kept a week, for an operator asking why a reminder did (not) fire. */
export const FINISHED_JOB_RETENTION_MS = 7 * 24 * HOUR_MS;
const PURGE_KEY = 'purge';

/** Schedules the purge unless one is pending already (every node tries at start; one wins). */
export async function schedulePurge(db: Db, runAt: Date): Promise<void> {
  await enqueueJob(db, {
    name: 'housekeeping.purge',
    payload: {},
    runAt,
    singletonKey: PURGE_KEY,
  });
}

/**
 * Deletes live events older than a day, jobs finished (done or cancelled) over a week ago —
 * failed jobs stay until an operator has looked — and expired idempotency records (the
 * encrypted answers kept for an offline phone's retry), blanks the addresses and numbers of
 * outbox messages past their retention, then schedules itself an hour later.
 */
export function purgeKeeping(notificationRetentionDays: number): JobHandler {
  return async (tx, _job, now) => {
    await tx
      .delete(liveEvents)
      .where(lt(liveEvents.createdAt, new Date(now.getTime() - LIVE_EVENT_RETENTION_MS)));
    await tx
      .delete(jobs)
      .where(
        and(
          inArray(jobs.state, ['done', 'cancelled']),
          lt(jobs.finishedAt, new Date(now.getTime() - FINISHED_JOB_RETENTION_MS)),
        ),
      );
    await tx.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now));
    await purgeNotificationRecipients(tx, now, notificationRetentionDays);
    await schedulePurge(tx, new Date(now.getTime() + HOUR_MS));
  };
}

/** With the default retentions; `sanad serve` passes `purgeKeeping` its configured one. */
export const purge = purgeKeeping(DEFAULT_NOTIFICATION_RETENTION_DAYS);

/** The platform's own jobs; the runner adds them to every handler set. */
export const HOUSEKEEPING_HANDLERS: JobHandlers = { 'housekeeping.purge': purge };
