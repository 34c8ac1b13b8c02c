import type { Actor } from '@sanad/core';
import { and, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { liveEvents, staffPresence } from '../db/schema/index.ts';
import type { LiveEventRow } from '../platform/events/hub.ts';
import { eventsVisibleTo } from './visibility.ts';

/** Events older than this are not replayed (and are purged): the queue itself is the record. */
export const REPLAY_WINDOW_HOURS = 24;
/** A console away for longer than this many events reloads the queue rather than replaying. */
export const REPLAY_LIMIT = 1_000;

/** The stored events after `afterId` the actor may see, oldest first (the reconnection replay). */
export function eventsSince(db: Db, actor: Actor, afterId: number): Promise<LiveEventRow[]> {
  return db
    .select()
    .from(liveEvents)
    .where(
      and(
        gt(liveEvents.id, afterId),
        sql`${liveEvents.createdAt} > now() - make_interval(hours => ${REPLAY_WINDOW_HOURS})`,
        eventsVisibleTo(actor),
      ),
    )
    .orderBy(liveEvents.id)
    .limit(REPLAY_LIMIT);
}

/**
 * Marks a staff member on duty now. The database's clock, not this node's, so "seen within
 * the last 60 s" means the same on every node that reads it.
 */
export async function markOnDuty(db: Db, staffId: string): Promise<void> {
  await db
    .insert(staffPresence)
    .values({ staffId, lastSeenAt: sql`now()` })
    .onConflictDoUpdate({ target: staffPresence.staffId, set: { lastSeenAt: sql`now()` } });
}
