import { createHmac } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { signInThrottle } from '../db/schema/index.ts';

/**
 * Slows down password guessing per account, with a growing delay: five failures are free
 * (typos), then each further failure locks the address for twice as long (30 s, 1 min, 2 min…,
 * at most an hour). It is keyed by the e-mail typed, not by the account, so an address that has
 * no account behaves exactly like one that has: the lock reveals nothing.
 */
export const FREE_FAILURES = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 60 * 60 * 1000;

export function throttleKey(secret: Buffer, email: string): Buffer {
  return createHmac('sha256', secret).update(`sign-in:${email.trim().toLowerCase()}`).digest();
}

export function lockDuration(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - FREE_FAILURES), MAX_LOCK_MS);
}

/** Seconds to wait before the next attempt, or 0 when an attempt is allowed now. */
export async function secondsLocked(db: Db, key: Buffer, now: Date): Promise<number> {
  const [row] = await db.select().from(signInThrottle).where(eq(signInThrottle.keyHash, key));
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

export async function recordFailure(db: Db, key: Buffer, now: Date): Promise<void> {
  const [row] = await db
    .insert(signInThrottle)
    .values({ keyHash: key, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.keyHash,
      set: { failures: sql`${signInThrottle.failures} + 1`, updatedAt: now },
    })
    .returning({ failures: signInThrottle.failures });
  const lock = lockDuration(row?.failures ?? 1);
  if (lock > 0) {
    await db
      .update(signInThrottle)
      .set({ lockedUntil: new Date(now.getTime() + lock) })
      .where(eq(signInThrottle.keyHash, key));
  }
}

export async function clearFailures(db: Db, key: Buffer): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.keyHash, key));
}
