import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record.ts';
import type { Db } from '../../db/database.ts';
import { dataKeys } from '../../db/schema/index.ts';
import type { MasterKey } from '../master-key.ts';
import { liveKeysOutside, unwrapDataKey, wrapDataKey } from './data-keys.ts';

export interface RotationOptions {
  /** Keys re-wrapped per transaction: small enough to keep locks short on a live database. */
  readonly batchSize?: number;
  /** Called after each committed batch with the running total (progress for the CLI). */
  readonly onBatch?: (rewrapped: number) => void;
}

/** After re-wrapping, some live keys are still not under the new key: it cannot retire the old. */
export class RotationIncompleteError extends Error {
  override name = 'RotationIncompleteError';
}

/**
 * Re-wraps every live data key (cases, persons, system keys) from `from` to `to`. Only the
 * 32-byte wrapped keys change: no encrypted field is read or rewritten, so rotating is fast and
 * the blind index and staff secrets stay valid. Each batch is its own transaction and only keys
 * still under `from` are picked, so an interrupted rotation is finished by running it again.
 * Ends by checking that `to` now opens every live key, then writes one audit event.
 */
export async function rotateMasterKey(
  db: Db,
  from: MasterKey,
  to: MasterKey,
  options: RotationOptions = {},
): Promise<{ rewrapped: number }> {
  if (from.id === to.id) throw new RotationIncompleteError('the new master key is the current one');
  const batchSize = options.batchSize ?? 500;
  let rewrapped = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const batch = await tx
        .select({ id: dataKeys.id, wrappedKey: dataKeys.wrappedKey })
        .from(dataKeys)
        .where(and(eq(dataKeys.masterKeyId, from.id), isNotNull(dataKeys.wrappedKey)))
        .orderBy(asc(dataKeys.id))
        .limit(batchSize)
        .for('update');
      for (const { id, wrappedKey } of batch) {
        if (wrappedKey === null) continue; // cannot happen (filtered), but the type allows it
        const key = unwrapDataKey(from, id, wrappedKey);
        try {
          await tx
            .update(dataKeys)
            .set({ wrappedKey: wrapDataKey(to, id, key), masterKeyId: to.id })
            .where(and(eq(dataKeys.id, id), eq(dataKeys.masterKeyId, from.id)));
        } finally {
          key.fill(0);
        }
      }
      return batch.length;
    });
    rewrapped += done;
    if (done > 0) options.onBatch?.(rewrapped);
    if (done < batchSize) break;
  }
  const strangers = await liveKeysOutside(db, [to.id]);
  if (strangers.length > 0) {
    const list = strangers.map((s) => `${String(s.keys)} under ${s.masterKeyId}`).join(', ');
    throw new RotationIncompleteError(
      `re-wrapped ${String(rewrapped)} keys, but live keys remain outside the new master key ` +
        `(${list}): created meanwhile by a server still on the old key, or wrapped by yet another ` +
        'key. Run the rotation again with the servers stopped; keep the old key until it succeeds.',
    );
  }
  await recordAudit(db, {
    action: 'keys.master_rotated',
    actor: null,
    recordType: 'master_key',
    recordId: to.id,
    diff: { from: from.id, to: to.id, count: rewrapped },
  });
  return { rewrapped };
}
