import type { Actor } from '@sanad/core';
import { eq } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { staffUsers } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession, revokeAllSessions, revokeSession } from './sessions.ts';

export async function signOut(
  db: Db,
  actor: Actor,
  token: string,
  everywhere: boolean,
  requestId: string,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    if (everywhere) await revokeAllSessions(tx, actor.id, now);
    else await revokeSession(tx, token, now);
    await recordAudit(tx, {
      action: everywhere ? 'auth.signed_out_everywhere' : 'auth.signed_out',
      actor: auditActorOf(actor),
      recordType: 'staff_user',
      recordId: actor.id,
      requestId,
    });
  });
}

/**
 * Changes one's own password: every other session ends (a stolen session does not survive a
 * password change) and this one is replaced by a fresh one, whose token is returned.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  requestId: string,
  now: Date = new Date(),
): Promise<string> {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_credentials');
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now })
      .where(eq(staffUsers.id, actor.id));
    await revokeAllSessions(tx, actor.id, now);
    await recordAudit(tx, {
      action: 'auth.password_changed',
      actor: auditActorOf(actor),
      recordType: 'staff_user',
      recordId: actor.id,
      requestId,
    });
    return createSession(tx, actor.id, 'full', now);
  });
}
