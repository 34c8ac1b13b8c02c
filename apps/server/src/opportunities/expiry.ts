import { addDays, fromLocal, toLocal } from '@sanad/core';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { opportunities } from '../db/schema/index.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import type { JobHandler } from '../platform/jobs/types.ts';
import { casablancaToday, lapsedSql } from './status.ts';

const EXPIRY_KEY = 'daily';
/** Five past midnight in Casablanca: yesterday's deadlines have just passed. */
const RUN_MINUTE_OF_DAY = 5;

/** The next run: the coming 00:05 on a Casablanca wall clock (tomorrow's, past today's). */
export function nextExpiryRun(now: Date): Date {
  const local = toLocal(now);
  const today = fromLocal(local, RUN_MINUTE_OF_DAY);
  return today.getTime() > now.getTime() ? today : fromLocal(addDays(local, 1), RUN_MINUTE_OF_DAY);
}

/** Schedules the expiry unless one is pending already (every node tries at start; one wins). */
export async function scheduleOpportunityExpiry(db: Db, runAt: Date): Promise<void> {
  await enqueueJob(db, {
    name: 'opportunity.expire',
    payload: {},
    runAt,
    singletonKey: EXPIRY_KEY,
  });
}

/**
 * Marks the active offers whose last day to apply, or last day, is before today in Casablanca:
 * expired, and no longer active (matching skips them, the catalogue's indexes shrink). Reads
 * already show them as expired from midnight; this makes it so in the rows. One system audit
 * event with the count and the day, no record's details. Returns how many were marked.
 */
export async function expireOpportunities(tx: Db, now: Date): Promise<number> {
  const today = casablancaToday(now);
  const expired = await tx
    .update(opportunities)
    .set({ expiredAt: now, active: false, updatedAt: now })
    .where(
      and(
        eq(opportunities.active, true),
        isNull(opportunities.closedAt),
        isNull(opportunities.expiredAt),
        lapsedSql(today),
      ),
    )
    .returning({ id: opportunities.id });
  if (expired.length > 0) {
    await recordAudit(tx, {
      action: 'opportunity.expired',
      actor: null,
      recordType: 'opportunity',
      diff: { count: expired.length, on: today },
    });
  }
  return expired.length;
}

/** The daily job: expire, then arm the next day's run. */
export const expireDaily: JobHandler = async (tx, _job, now) => {
  await expireOpportunities(tx, now);
  await scheduleOpportunityExpiry(tx, nextExpiryRun(now));
};
