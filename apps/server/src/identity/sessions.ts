import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { staffSessions, staffUsers, type SessionStage } from '../db/schema/index.ts';

/**
 * Staff sessions live in the database (API nodes stay stateless). The cookie carries a random
 * 256-bit token; only its SHA-256 is stored, so a database leak yields no usable session.
 */
export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** Between the password and the second factor. */
export const PENDING_TIMEOUT_MS = 5 * 60 * 1000;
/** `last_seen_at` is written at most this often: not one write per request. */
const TOUCH_EVERY_MS = 60 * 1000;

export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * The CSRF token of a session: derived from the session token, so it needs no storage, changes
 * with every session (rotation at sign-in included), and cannot be computed without the cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('sanad/csrf/v1').digest('base64url');
}

export function csrfMatches(sessionToken: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function createSession(
  db: Db,
  userId: string,
  stage: SessionStage,
  now: Date,
  pendingTotpSecretEnc: Buffer | null = null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const lifetime = stage === 'full' ? ABSOLUTE_TIMEOUT_MS : PENDING_TIMEOUT_MS;
  await db.insert(staffSessions).values({
    tokenHash: hashToken(token),
    userId,
    stage,
    pendingTotpSecretEnc,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + lifetime),
  });
  return token;
}

export type LiveSession = typeof staffSessions.$inferSelect;

function isLive(session: LiveSession, now: Date): boolean {
  if (session.expiresAt <= now) return false;
  return !(
    session.stage === 'full' && now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS
  );
}

/** The session behind a token if it is live: not revoked, not expired, not idle too long. */
export async function findLiveSession(
  db: Db,
  token: string,
  now: Date,
): Promise<LiveSession | undefined> {
  const [session] = await db
    .select()
    .from(staffSessions)
    .where(and(eq(staffSessions.tokenHash, hashToken(token)), isNull(staffSessions.revokedAt)));
  return session && isLive(session, now) ? session : undefined;
}

/**
 * A live full session and its account, in one query: every staff request pays for this, so it
 * is one round trip, not two (measured with `npm run bench`, scenario auth_me).
 */
export async function findSignedIn(
  db: Db,
  token: string,
  now: Date,
): Promise<{ session: LiveSession; user: typeof staffUsers.$inferSelect } | undefined> {
  const [row] = await db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(
      and(
        eq(staffSessions.tokenHash, hashToken(token)),
        isNull(staffSessions.revokedAt),
        eq(staffSessions.stage, 'full'),
      ),
    );
  return row && isLive(row.session, now) ? row : undefined;
}

export async function touchSession(db: Db, session: LiveSession, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await db
    .update(staffSessions)
    .set({ lastSeenAt: now })
    .where(eq(staffSessions.tokenHash, session.tokenHash));
}

export async function revokeSession(db: Db, token: string, now: Date): Promise<void> {
  await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.tokenHash, hashToken(token)), isNull(staffSessions.revokedAt)));
}

/** Sign out everywhere: every live session of the user ends now. */
export async function revokeAllSessions(db: Db, userId: string, now: Date): Promise<number> {
  const revoked = await db
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.revokedAt)))
    .returning({ tokenHash: staffSessions.tokenHash });
  return revoked.length;
}
