import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { publicRequests } from '../db/schema/index.ts';
import { clearFailures, recordFailure, secondsLocked } from '../identity/throttle.ts';
import { intakeKey } from '../intake/keys.ts';
import { CODE_LENGTH, readCrockford, SECRET_LENGTH, secretMatches } from '../intake/tracking.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { AppError } from '../platform/errors.ts';
import { derivedKey } from '../platform/master-key.ts';

/** Thrown with how long to wait; the error handler turns it into 429 with Retry-After. */
export class FollowLockedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('rate_limited');
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface FollowAttempt {
  readonly trackingCode: string;
  readonly secret: string;
  /** The client's address, as Fastify resolved it (trust-proxy aware). */
  readonly address: string;
}

/**
 * Guessing is slowed twice, with the sign-in throttle's rules (five free failures, then a
 * growing lock): per tracking code, so one woman's request cannot be brute-forced from many
 * addresses, and per address, so one address cannot sweep many codes. Keys are HMACs under a
 * key derived from the master key, so the table holds neither codes nor addresses; labels keep
 * them apart from sign-in's. A success clears the code's count, never the address's (else one
 * valid pair would reset a sweep). Accepted cost: failures can lock a woman's code for a while.
 */
/**
 * The throttle's key, the same for every route opened by a tracking code and secret (reading,
 * writing, answering an opportunity), so guesses on any of them count together. A master-key
 * rotation merely resets the counts.
 */
export const followThrottleSecret = (keyring: Keyring): Buffer =>
  derivedKey(keyring.current, 'request-follow-throttle');

export const throttleKeys = (secret: Buffer, code: string, address: string) => ({
  code: createHmac('sha256', secret).update(`follow-code:${code}`).digest(),
  address: createHmac('sha256', secret).update(`follow-address:${address}`).digest(),
});

/**
 * The case a tracking code and secret open, or the same `not_found` for a wrong code, a wrong
 * secret or a malformed one — the answer never says which. Checked outside any transaction, so
 * a failure is counted even though the request then fails.
 */
export async function unlockRequest(
  db: Db,
  keyring: Keyring,
  throttleSecret: Buffer,
  attempt: FollowAttempt,
  now: Date = new Date(),
): Promise<string> {
  const code = readCrockford(attempt.trackingCode, CODE_LENGTH);
  const keys = throttleKeys(throttleSecret, code ?? attempt.trackingCode, attempt.address);
  const wait = Math.max(
    await secondsLocked(db, keys.code, now),
    await secondsLocked(db, keys.address, now),
  );
  if (wait > 0) throw new FollowLockedError(wait);
  const secret = readCrockford(attempt.secret, SECRET_LENGTH);
  const [row] =
    code === undefined
      ? []
      : await db.select().from(publicRequests).where(eq(publicRequests.trackingCode, code));
  const hmacKey = await intakeKey(db, keyring, 'request-secret');
  // Computed whether or not the code exists, so timing does not tell codes apart.
  const matches =
    secretMatches(hmacKey, code ?? '', secret ?? '', row?.secretHmac ?? Buffer.alloc(32)) &&
    row !== undefined &&
    secret !== undefined;
  hmacKey.fill(0);
  if (!row || !matches) {
    await recordFailure(db, keys.code, now);
    await recordFailure(db, keys.address, now);
    throw new AppError('not_found');
  }
  await clearFailures(db, keys.code);
  return row.caseId;
}
