import { and, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { opportunities } from '../db/schema/index.ts';

/**
 * The places counter, moved one place at a time by enrolments (a woman enrolled takes one, a
 * woman who leaves gives it back). Each move is one conditional UPDATE: under concurrent
 * enrolments PostgreSQL re-checks the condition on the row as the first committer left it, so
 * two women can never both take the last place. A null counter means places are not counted.
 * Neither move bumps the opportunity's version: its manager's open form stays valid, and an
 * edit of the total adjusts the places left by the difference instead of overwriting them.
 */

export type TakePlaceOutcome = 'taken' | 'full' | 'closed';

/**
 * Takes one place: 'taken' (or nothing to count), 'full' when none is left, 'closed' when its
 * manager closed it (or it does not exist). The deadline is not checked here: it is the last
 * day to apply, and a woman who applied in time is enrolled after it.
 */
export async function takePlace(tx: Db, opportunityId: string): Promise<TakePlaceOutcome> {
  const [taken] = await tx
    .update(opportunities)
    .set({ placesLeft: sql`${opportunities.placesLeft} - 1`, updatedAt: new Date() })
    .where(
      and(
        eq(opportunities.id, opportunityId),
        isNull(opportunities.closedAt),
        sql`(${opportunities.placesLeft} is null or ${opportunities.placesLeft} > 0)`,
      ),
    )
    .returning({ id: opportunities.id });
  if (taken) return 'taken';
  const [row] = await tx
    .select({ closedAt: opportunities.closedAt })
    .from(opportunities)
    .where(eq(opportunities.id, opportunityId));
  return !row || row.closedAt !== null ? 'closed' : 'full';
}

/**
 * Gives one place back, never above the total (a place released twice, or after the total was
 * lowered, is not created out of nothing). Returns whether a place was given back.
 */
export async function releasePlace(tx: Db, opportunityId: string): Promise<boolean> {
  const released = await tx
    .update(opportunities)
    .set({ placesLeft: sql`${opportunities.placesLeft} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(opportunities.id, opportunityId),
        isNotNull(opportunities.placesLeft),
        isNotNull(opportunities.placesTotal),
        lt(opportunities.placesLeft, opportunities.placesTotal),
      ),
    )
    .returning({ id: opportunities.id });
  return released.length > 0;
}
