import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { ZodType } from 'zod';
import { canonicalJson } from '../audit/canonical.ts';
import type { Db } from '../db/database.ts';
import { idempotencyKeys } from '../db/schema/index.ts';
import { decryptJson, encryptJson, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { AppError } from '../platform/errors.ts';
import { intakeKey } from './keys.ts';

/** How long a retry still gets the first answer: longer than any phone stays offline. */
export const IDEMPOTENCY_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface IdempotentRequest {
  /** The route, so one key sent to two routes names two submissions. */
  readonly route: string;
  readonly key: string;
  /** The validated body: compared by a keyed hash of its canonical JSON. */
  readonly body: unknown;
}

/** Another transaction stored the same key first; ours rolls back and replays theirs. */
class LostRace extends Error {}

/**
 * Runs `work` once per (route, Idempotency-Key): the survivor app retries a submission whenever
 * the network drops, and a retry must get the same tracking code and secret, not a second case.
 * The answer is stored in `work`'s transaction, so it exists if and only if the case does; a
 * retry with a different body is a client bug or a reused key and answers 409. The body hash is
 * keyed (it could otherwise confirm a guessed phone number); the stored answer holds the secret,
 * so it is encrypted. Concurrent first attempts: the primary key lets one insert win, the other
 * rolls back everything it did and replays the winner's answer.
 */
export async function idempotent<T>(
  db: Db,
  keyring: Keyring,
  request: IdempotentRequest,
  schema: ZodType<T>,
  work: (tx: Db) => Promise<T>,
): Promise<T> {
  const secret = await intakeKey(db, keyring, 'idempotency');
  const keyHash = createHash('sha256').update(`${request.route}\n${request.key}`).digest();
  const bodyHash = createHmac('sha256', secret).update(canonicalJson(request.body)).digest();
  const place = placeOf('idempotency_keys', 'response_enc', keyHash.toString('hex'));
  const replay = async (): Promise<T | undefined> => {
    const [row] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.keyHash, keyHash), gt(idempotencyKeys.expiresAt, new Date())));
    if (!row) return undefined;
    if (row.bodyHash.length !== bodyHash.length || !timingSafeEqual(row.bodyHash, bodyHash)) {
      throw new AppError('conflict', { detail: 'Idempotency-Key reused with another body' });
    }
    return decryptJson(secret, row.responseEnc, place, schema);
  };
  try {
    const earlier = await replay();
    if (earlier !== undefined) return earlier;
    return await db.transaction(async (tx) => {
      const now = new Date();
      // Expired answers go (this key's, so it can be reused, and any others while we are here).
      await tx.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, now));
      const result = await work(tx);
      const stored = await tx
        .insert(idempotencyKeys)
        .values({
          keyHash,
          bodyHash,
          statusCode: 201,
          responseEnc: encryptJson(secret, result, place),
          createdAt: now,
          expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
        })
        .onConflictDoNothing()
        .returning({ keyHash: idempotencyKeys.keyHash });
      if (stored.length === 0) throw new LostRace();
      return result;
    });
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    const winner = await replay();
    if (winner === undefined) throw new AppError('conflict');
    return winner;
  } finally {
    secret.fill(0);
  }
}
