import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { staffUsers } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { issueRecoveryCodes, spendRecoveryCode } from './recovery-codes.ts';
import { createSession, findLiveSession, revokeSession } from './sessions.ts';
import { PENDING_SECRET_PLACE, userById, type SignInDeps } from './sign-in.ts';
import { recordFailure, secondsLocked, throttleKey, clearFailures } from './throttle.ts';
import { verifyTotp } from './totp.ts';
import { SignInLockedError } from './sign-in.ts';

export const TOTP_SECRET_PLACE = 'staff_users.totp_secret_enc';

export type SecondFactor = { code: string } | { recoveryCode: string };

export interface SignedIn {
  token: string;
  userId: string;
  recoveryCodes?: string[];
}

/**
 * Step two: the second factor, on the pending session from step one. Success ends the pending
 * session and opens a new full one (the session id changes at sign-in). Wrong codes count
 * toward the same throttle as wrong passwords, so the six digits cannot be brute-forced.
 */
export async function completeSecondFactor(
  deps: SignInDeps,
  pendingToken: string,
  factor: SecondFactor,
  requestId: string,
  now: Date = new Date(),
): Promise<SignedIn> {
  const { db } = deps;
  const pending = await findLiveSession(db, pendingToken, now);
  if (!pending || pending.stage === 'full') throw new AppError('unauthenticated');
  const user = await userById(db, pending.userId);
  if (!user || user.disabledAt !== null) throw new AppError('unauthenticated');
  const key = throttleKey(deps.throttleSecret, user.email);
  const wait = await secondsLocked(db, key, now);
  if (wait > 0) throw new SignInLockedError(wait);

  const fail = async (): Promise<never> => {
    await recordFailure(db, key, now);
    await recordAudit(db, {
      action: 'auth.sign_in_failed',
      actor: null,
      recordType: 'staff_user',
      recordId: user.id,
      purpose: 'second_factor',
      requestId,
    });
    throw new AppError('invalid_second_factor');
  };
  const actor = { id: user.id, institutionId: user.institutionId };

  const signedIn = await db.transaction(async (tx) => {
    let recoveryCodes: string[] | undefined;
    if (pending.stage === 'enrol') {
      if (!('code' in factor) || pending.pendingTotpSecretEnc === null) return undefined;
      const secret = await deps.secrets.open(
        tx,
        pending.pendingTotpSecretEnc,
        PENDING_SECRET_PLACE,
      );
      const step = verifyTotp(secret, factor.code, now);
      if (step === null) return undefined;
      await tx
        .update(staffUsers)
        .set({
          totpSecretEnc: await deps.secrets.seal(tx, secret, TOTP_SECRET_PLACE),
          totpEnrolledAt: now,
          totpLastStep: step,
          updatedAt: now,
        })
        .where(eq(staffUsers.id, user.id));
      recoveryCodes = await issueRecoveryCodes(tx, user.id);
      await recordAudit(tx, {
        action: 'auth.totp_enrolled',
        actor,
        recordType: 'staff_user',
        recordId: user.id,
        requestId,
      });
    } else if ('code' in factor) {
      if (user.totpSecretEnc === null) return undefined;
      const secret = await deps.secrets.open(tx, user.totpSecretEnc, TOTP_SECRET_PLACE);
      const step = verifyTotp(secret, factor.code, now, user.totpLastStep);
      if (step === null) return undefined;
      // Conditional: of two concurrent requests with the same code, only one moves the step.
      const moved = await tx
        .update(staffUsers)
        .set({ totpLastStep: step })
        .where(
          and(
            eq(staffUsers.id, user.id),
            or(isNull(staffUsers.totpLastStep), lt(staffUsers.totpLastStep, step)),
          ),
        )
        .returning({ id: staffUsers.id });
      if (moved.length === 0) return undefined;
    } else {
      if (!(await spendRecoveryCode(tx, user.id, factor.recoveryCode, now))) return undefined;
      await recordAudit(tx, {
        action: 'auth.recovery_code_used',
        actor,
        recordType: 'staff_user',
        recordId: user.id,
        requestId,
      });
    }
    await revokeSession(tx, pendingToken, now);
    const token = await createSession(tx, user.id, 'full', now);
    await recordAudit(tx, {
      action: 'auth.signed_in',
      actor,
      recordType: 'staff_user',
      recordId: user.id,
      requestId,
    });
    return { token, userId: user.id, ...(recoveryCodes ? { recoveryCodes } : {}) };
  });
  if (!signedIn) return fail();
  await clearFailures(db, key);
  return signedIn;
}
