import { eq, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { staffUsers } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession } from './sessions.ts';
import type { StaffSecrets } from './staff-secrets.ts';
import { clearFailures, recordFailure, secondsLocked, throttleKey } from './throttle.ts';
import { newTotpSecret, otpauthUri } from './totp.ts';

export interface SignInDeps {
  readonly db: Db;
  readonly secrets: StaffSecrets;
  /** Keys the sign-in throttle (HMAC of the e-mail typed). */
  readonly throttleSecret: Buffer;
}

export type SignInOutcome =
  | { next: 'totp'; token: string }
  | {
      next: 'enrol_totp';
      token: string;
      enrolment: { secret: string; otpauthUri: string; qrSvg: string };
    };

/** Thrown with how long to wait; the error handler turns it into 429 with Retry-After. */
export class SignInLockedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('rate_limited');
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

// Verified against when the e-mail matches no account, so both paths cost one argon2 run and
// response times do not reveal which addresses have accounts.
const decoyHash = hashPassword('decoy password, never a real one');

export const PENDING_SECRET_PLACE = 'staff_sessions.pending_totp_secret_enc';

/**
 * Step one of staff sign-in: e-mail and password. Success opens a short pending session that
 * can do one thing — present the second factor (or enrol one, the first time).
 */
export async function signIn(
  deps: SignInDeps,
  input: { email: string; password: string },
  requestId: string,
  now: Date = new Date(),
): Promise<SignInOutcome> {
  const { db } = deps;
  const key = throttleKey(deps.throttleSecret, input.email);
  const wait = await secondsLocked(db, key, now);
  if (wait > 0) throw new SignInLockedError(wait);

  const [user] = await db
    .select()
    .from(staffUsers)
    .where(sql`lower(${staffUsers.email}) = lower(${input.email.trim()})`);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await decoyHash, input.password).then(() => false);
  if (!user || !passwordOk || user.disabledAt !== null) {
    await recordFailure(db, key, now);
    await recordAudit(db, {
      action: 'auth.sign_in_failed',
      actor: null,
      recordType: 'staff_user',
      ...(user ? { recordId: user.id } : {}),
      requestId,
    });
    throw new AppError('invalid_credentials');
  }
  await clearFailures(db, key);

  if (user.totpEnrolledAt !== null) {
    return { next: 'totp', token: await createSession(db, user.id, 'second_factor', now) };
  }
  const secret = newTotpSecret();
  const sealed = await deps.secrets.seal(db, secret, PENDING_SECRET_PLACE);
  const token = await createSession(db, user.id, 'enrol', now, sealed);
  const uri = otpauthUri(secret, user.email);
  return {
    next: 'enrol_totp',
    token,
    enrolment: {
      secret,
      otpauthUri: uri,
      qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 2 }),
    },
  };
}

/** Looks a user up by id for the steps after the password (never by e-mail). */
export async function userById(db: Db, id: string) {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
  return user;
}
