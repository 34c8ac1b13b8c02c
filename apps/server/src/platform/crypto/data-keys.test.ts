import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dataKeys } from '../../db/schema/index.ts';
import { describeEachEngine } from '../../testing/database.ts';
import { masterKeyFrom } from '../master-key.ts';
import {
  assertKeyringOpensAll,
  createDataKey,
  destroyDataKey,
  getSystemKey,
  KeyDestroyedError,
  openDataKey,
  UnknownDataKeyError,
  UnknownMasterKeyError,
} from './data-keys.ts';
import { DecryptionError } from './envelope.ts';
import { keyringOf } from './keyring.ts';

const master = masterKeyFrom(randomBytes(32));
const keyring = keyringOf(master);

describeEachEngine('data keys', (database) => {
  it('stores a fresh key only wrapped, tagged with the master key id, and opens it again', async () => {
    const { db } = database();
    const { id, key } = await createDataKey(db, keyring);
    expect(key.length).toBe(32);
    const [row] = await db.select().from(dataKeys).where(eq(dataKeys.id, id));
    expect(row?.masterKeyId).toBe(master.id);
    expect(row?.purpose).toBe('record');
    expect(row?.wrappedKey?.includes(key)).toBe(false);
    expect(row?.wrappedKey?.length).toBe(1 + 12 + 16 + 32);
    expect((await openDataKey(db, keyring, id)).equals(key)).toBe(true);
  });

  it('opens keys wrapped by a previous master key the keyring still holds', async () => {
    const { db } = database();
    const { id, key } = await createDataKey(db, keyring);
    const next = keyringOf(masterKeyFrom(randomBytes(32)), [master]);
    expect((await openDataKey(db, next, id)).equals(key)).toBe(true);
  });

  it('names the missing master key when the keyring does not hold it', async () => {
    const { db } = database();
    const { id } = await createDataKey(db, keyring);
    const stranger = keyringOf(masterKeyFrom(randomBytes(32)));
    const attempt = openDataKey(db, stranger, id);
    await expect(attempt).rejects.toThrow(UnknownMasterKeyError);
    await expect(openDataKey(db, stranger, id)).rejects.toThrow(master.id);
    await expect(assertKeyringOpensAll(db, stranger)).rejects.toThrow(master.id);
    await expect(assertKeyringOpensAll(db, keyring)).resolves.toBeUndefined();
  });

  it('refuses a wrapped key copied onto another key row', async () => {
    const { db } = database();
    const a = await createDataKey(db, keyring);
    const b = await createDataKey(db, keyring);
    const [row] = await db.select().from(dataKeys).where(eq(dataKeys.id, a.id));
    await db
      .update(dataKeys)
      .set({ wrappedKey: row?.wrappedKey ?? null })
      .where(eq(dataKeys.id, b.id));
    await expect(openDataKey(db, keyring, b.id)).rejects.toThrow(DecryptionError);
  });

  it('reports a destroyed key clearly, once and for all', async () => {
    const { db } = database();
    const { id } = await createDataKey(db, keyring);
    expect(await destroyDataKey(db, id)).toBe(true);
    expect(await destroyDataKey(db, id)).toBe(false);
    const [row] = await db.select().from(dataKeys).where(eq(dataKeys.id, id));
    expect(row?.wrappedKey).toBeNull();
    expect(row?.destroyedAt).toBeInstanceOf(Date);
    await expect(openDataKey(db, keyring, id)).rejects.toThrow(KeyDestroyedError);
    await expect(openDataKey(db, keyring, crypto.randomUUID())).rejects.toThrow(
      UnknownDataKeyError,
    );
  });

  it('creates each system key once, even when first asked for concurrently', async () => {
    const { db } = database();
    const keys = await Promise.all(
      Array.from({ length: 6 }, () => getSystemKey(db, keyring, 'blind_index')),
    );
    expect(new Set(keys.map((k) => k.id)).size).toBe(1);
    expect(new Set(keys.map((k) => k.key.toString('hex'))).size).toBe(1);
    const staff = await getSystemKey(db, keyring, 'staff_secrets');
    expect(staff.id).not.toBe(keys[0]?.id);
    const rows = await db.select().from(dataKeys).where(eq(dataKeys.purpose, 'blind_index'));
    expect(rows).toHaveLength(1);
  });

  it('refuses a second live key for a system purpose and an unknown purpose', async () => {
    const { db } = database();
    await getSystemKey(db, keyring, 'blind_index');
    await expect(createDataKey(db, keyring, 'blind_index')).rejects.toThrow();
    await expect(
      database().sql.query(
        "INSERT INTO data_keys (id, wrapped_key, master_key_id, purpose) VALUES ($1, $2, $3, 'other')",
        [crypto.randomUUID(), Buffer.alloc(61), master.id],
      ),
    ).rejects.toThrow(/check constraint/);
    // A destroyed system key makes room for a new one (a deliberate reset of the blind index).
    const first = await getSystemKey(db, keyring, 'staff_secrets');
    await destroyDataKey(db, first.id);
    expect((await getSystemKey(db, keyring, 'staff_secrets')).id).not.toBe(first.id);
  });
});
