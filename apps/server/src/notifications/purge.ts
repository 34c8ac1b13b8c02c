import { and, isNotNull, lt } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { notificationOutbox } from '../db/schema/index.ts';

const DAY_MS = 24 * 60 * 60_000;
/** Long enough to answer "was the manager told?", short enough not to keep a directory of numbers. */
export const DEFAULT_NOTIFICATION_RETENTION_DAYS = 30;

/**
 * Blanks the address or phone number of messages finished (sent or failed) more than
 * `retentionDays` ago; returns how many. The rest of the row stays — template, time, outcome,
 * dedupe key — so a late repeat of the same step is still recognised and never sent again.
 * Meant for the hourly housekeeping job.
 */
export async function purgeNotificationRecipients(
  tx: Db,
  now: Date,
  retentionDays: number,
): Promise<number> {
  const purged = await tx
    .update(notificationOutbox)
    .set({ recipientEnc: null, purgedAt: now })
    .where(
      and(
        isNotNull(notificationOutbox.recipientEnc),
        isNotNull(notificationOutbox.finishedAt),
        lt(notificationOutbox.finishedAt, new Date(now.getTime() - retentionDays * DAY_MS)),
      ),
    )
    .returning({ id: notificationOutbox.id });
  return purged.length;
}
