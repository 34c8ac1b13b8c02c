import { randomBytes } from 'node:crypto';
import { and, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { dataKeys, type KeyPurpose } from '../../db/schema/index.ts';
import { countRows } from '../../db/types.ts';
import { newId } from '../ids.ts';
import type { MasterKey } from '../master-key.ts';
import { placeOf, seal, unseal } from './envelope.ts';
import { keyringIds, masterKeyById, type Keyring } from './keyring.ts';

/** A data key unwrapped for the duration of one piece of work. Zero `key` when done with it. */
export interface DataKey {
  readonly id: string;
  readonly key: Buffer;
}

/** The system keys: one live key each, shared by the whole platform. */
export type SystemKeyPurpose = Exclude<KeyPurpose, 'record'>;

/** The key was crypto-shredded: what it protected is gone for good (by design). */
export class KeyDestroyedError extends Error {
  override name = 'KeyDestroyedError';
  readonly keyId: string;
  constructor(keyId: string) {
    super(`data key ${keyId} was destroyed (crypto-shredded); its data cannot be read`);
    this.keyId = keyId;
  }
}

/** The key is wrapped by a master key this process does not hold. */
export class UnknownMasterKeyError extends Error {
  override name = 'UnknownMasterKeyError';
  readonly keyId: string;
  readonly masterKeyId: string;
  constructor(keyId: string, masterKeyId: string, held: readonly string[]) {
    super(
      `data key ${keyId} is wrapped by master key ${masterKeyId}, but this process only holds ` +
        `master key ${held.join(', ')}. Was the master key rotated (sanad rotate-key) without ` +
        'updating SANAD_MASTER_KEY, or the database restored with the wrong key?',
    );
    this.keyId = keyId;
    this.masterKeyId = masterKeyId;
  }
}

export class UnknownDataKeyError extends Error {
  override name = 'UnknownDataKeyError';
  readonly keyId: string;
  constructor(keyId: string) {
    super(`data key ${keyId} does not exist`);
    this.keyId = keyId;
  }
}

/** A wrapped key is bound to its own row: copied onto another key's row, it does not unwrap. */
const wrapPlace = (id: string): string => placeOf('data_keys', 'wrapped_key', id);

export function wrapDataKey(master: MasterKey, id: string, key: Buffer): Buffer {
  return seal(master.key, key, wrapPlace(id));
}

export function unwrapDataKey(master: MasterKey, id: string, wrapped: Buffer): Buffer {
  return unseal(master.key, wrapped, wrapPlace(id));
}

/** Creates a fresh random data key, stores it wrapped by the current master key, returns it. */
export async function createDataKey(
  db: Db,
  keyring: Keyring,
  purpose: KeyPurpose = 'record',
): Promise<DataKey> {
  const id = newId();
  const key = randomBytes(32);
  await db.insert(dataKeys).values({
    id,
    wrappedKey: wrapDataKey(keyring.current, id, key),
    masterKeyId: keyring.current.id,
    purpose,
  });
  return { id, key };
}

/**
 * Unwraps one data key. Deliberately uncached: unwrapping is one AES-GCM operation on 32 bytes
 * next to a database round trip, and a cache would keep every recently read woman's key in
 * memory (and in a heap dump) for no measurable gain.
 */
export async function openDataKey(db: Db, keyring: Keyring, id: string): Promise<Buffer> {
  const [row] = await db
    .select({ wrappedKey: dataKeys.wrappedKey, masterKeyId: dataKeys.masterKeyId })
    .from(dataKeys)
    .where(eq(dataKeys.id, id));
  if (!row) throw new UnknownDataKeyError(id);
  if (row.wrappedKey === null) throw new KeyDestroyedError(id);
  const master = masterKeyById(keyring, row.masterKeyId);
  if (!master) throw new UnknownMasterKeyError(id, row.masterKeyId, keyringIds(keyring));
  return unwrapDataKey(master, id, row.wrappedKey);
}

/**
 * Crypto-shreds a key: the wrapped key is erased, so everything encrypted under it becomes
 * unreadable wherever copies of the ciphertext remain. Returns false if already destroyed.
 */
export async function destroyDataKey(db: Db, id: string): Promise<boolean> {
  const destroyed = await db
    .update(dataKeys)
    .set({ wrappedKey: null, destroyedAt: new Date() })
    .where(and(eq(dataKeys.id, id), isNull(dataKeys.destroyedAt)))
    .returning({ id: dataKeys.id });
  return destroyed.length > 0;
}

/**
 * The platform's key for `purpose`, created on first use. Race-safe: the partial unique index
 * lets only one live key per purpose exist, so concurrent first uses insert at most one row
 * (the others' INSERT does nothing) and all then read the same one.
 */
export async function getSystemKey(
  db: Db,
  keyring: Keyring,
  purpose: SystemKeyPurpose,
): Promise<DataKey> {
  const live = () =>
    db
      .select({ id: dataKeys.id })
      .from(dataKeys)
      .where(and(eq(dataKeys.purpose, purpose), isNull(dataKeys.destroyedAt)));
  let [row] = await live();
  if (!row) {
    const id = newId();
    const fresh = randomBytes(32);
    const wrappedKey = wrapDataKey(keyring.current, id, fresh);
    fresh.fill(0); // only the wrapped form is needed; the winner's key is read back below
    await db
      .insert(dataKeys)
      .values({ id, wrappedKey, masterKeyId: keyring.current.id, purpose })
      .onConflictDoNothing();
    [row] = await live();
    if (!row) throw new Error(`system key ${purpose} could not be created`);
  }
  return { id: row.id, key: await openDataKey(db, keyring, row.id) };
}

/**
 * Live keys wrapped by a master key outside `masterKeyIds`, counted per master key. Empty means
 * those master keys open every live key — what a start-up check or a finished rotation expects.
 */
export async function liveKeysOutside(
  db: Db,
  masterKeyIds: readonly string[],
): Promise<{ masterKeyId: string; keys: number }[]> {
  return db
    .select({ masterKeyId: dataKeys.masterKeyId, keys: countRows() })
    .from(dataKeys)
    .where(and(isNotNull(dataKeys.wrappedKey), notInArray(dataKeys.masterKeyId, [...masterKeyIds])))
    .groupBy(dataKeys.masterKeyId);
}

/**
 * Refuses to go on when some live data key is wrapped by a master key the keyring lacks:
 * better to stop at start-up, naming the key, than to fail on the first survivor's file.
 */
export async function assertKeyringOpensAll(db: Db, keyring: Keyring): Promise<void> {
  const [stranger] = await liveKeysOutside(db, keyringIds(keyring));
  if (!stranger) return;
  const [sample] = await db
    .select({ id: dataKeys.id })
    .from(dataKeys)
    .where(and(eq(dataKeys.masterKeyId, stranger.masterKeyId), isNotNull(dataKeys.wrappedKey)))
    .limit(1);
  throw new UnknownMasterKeyError(sample?.id ?? '?', stranger.masterKeyId, keyringIds(keyring));
}
