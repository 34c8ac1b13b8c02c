import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '../../db/database.ts';
import { auditEvents, dataKeys, persons } from '../../db/schema/index.ts';
import { erasePerson } from '../../persons/erase.ts';
import { createPerson, findPersonsByPhone, readPerson } from '../../persons/persons.ts';
import { describeEachEngine } from '../../testing/database.ts';
import { masterKeyFrom, type MasterKey } from '../master-key.ts';
import { phoneBlindIndex } from './blind-index.ts';
import { createDataKey, getSystemKey, openDataKey, UnknownMasterKeyError } from './data-keys.ts';
import { keyringOf } from './keyring.ts';
import { RotationIncompleteError, rotateMasterKey } from './rotation.ts';

const newMaster = (): MasterKey => masterKeyFrom(randomBytes(32));

/** Everything encrypted or indexed about persons, to prove rotation never touches it. */
async function encryptedData(db: Db): Promise<string> {
  const rows = await db.select().from(persons).orderBy(asc(persons.id));
  return JSON.stringify(
    rows.map((r) => [r.id, r.nameEnc, r.phoneEnc, r.addressEnc, r.phoneBidx].map(String)),
  );
}

describeEachEngine('master key rotation', (database) => {
  const old = newMaster();
  const next = newMaster();
  const third = newMaster();

  it('re-wraps every live key, leaves the data alone, and the blind index still finds her', async () => {
    const { db } = database();
    const keyring = keyringOf(old);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await createPerson(db, keyring, {
        name: `Femme ${String(i)}`,
        phone: '0600009701',
      });
      ids.push(p.id);
    }
    const erased = await createPerson(db, keyring, { name: 'Effacée' });
    await erasePerson(db, erased.id, null, 'recorded_in_error');
    await getSystemKey(db, keyring, 'staff_secrets');
    const bidxBefore = await phoneBlindIndex(db, keyring, '0600009701');
    const dataBefore = await encryptedData(db);
    const live = await db.select().from(dataKeys);
    const liveCount = live.filter((k) => k.wrappedKey !== null).length;

    const progress: number[] = [];
    const result = await rotateMasterKey(db, old, next, {
      batchSize: 3,
      onBatch: (n) => progress.push(n),
    });

    expect(result.rewrapped).toBe(liveCount); // 7 persons + blind index + staff secrets
    expect(progress.at(-1)).toBe(liveCount);
    expect(await encryptedData(db)).toBe(dataBefore);
    const after = await db.select().from(dataKeys);
    for (const key of after.filter((k) => k.wrappedKey !== null)) {
      expect(key.masterKeyId).toBe(next.id);
      const previous = live.find((k) => k.id === key.id);
      expect(key.wrappedKey?.equals(previous?.wrappedKey ?? Buffer.alloc(0))).toBe(false);
    }
    // The destroyed key stays destroyed: rotation cannot resurrect it.
    expect(after.find((k) => k.wrappedKey === null)?.masterKeyId).toBe(old.id);

    const oldOnly = keyringOf(old);
    const newOnly = keyringOf(next);
    const [first] = await db
      .select()
      .from(persons)
      .where(eq(persons.id, ids[0] ?? ''));
    await expect(openDataKey(db, oldOnly, first?.dataKeyId ?? '')).rejects.toThrow(
      UnknownMasterKeyError,
    );
    await expect(readPerson(db, oldOnly, ids[0] ?? '')).rejects.toThrow(old.id);
    expect(await readPerson(db, newOnly, ids[0] ?? '')).toMatchObject({ name: 'Femme 0' });
    expect((await phoneBlindIndex(db, newOnly, '+212600009701')).equals(bidxBefore)).toBe(true);
    expect(await findPersonsByPhone(db, newOnly, '06 00 00 97 01')).toHaveLength(7);

    const [event] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'keys.master_rotated'));
    expect(event).toMatchObject({ actorId: null, recordType: 'master_key', recordId: next.id });
    expect(event?.diff).toEqual({ from: old.id, to: next.id, count: liveCount });
  });

  it('is idempotent: running it again re-wraps nothing', async () => {
    const { db } = database();
    expect(await rotateMasterKey(db, old, next)).toEqual({ rewrapped: 0 });
  });

  it('resumes after an interruption, finishing what was left', async () => {
    const { db } = database();
    const total = (await db.select().from(dataKeys)).filter((k) => k.wrappedKey !== null).length;
    const crash = rotateMasterKey(db, next, third, {
      batchSize: 2,
      onBatch: () => {
        throw new Error('power cut');
      },
    });
    await expect(crash).rejects.toThrow('power cut');
    const moved = (await db.select().from(dataKeys)).filter((k) => k.masterKeyId === third.id);
    expect(moved).toHaveLength(2);
    // Meanwhile both keys are needed: a keyring holding both reads everything.
    const both = keyringOf(third, [next]);
    for (const k of await db.select().from(dataKeys)) {
      if (k.wrappedKey !== null) expect((await openDataKey(db, both, k.id)).length).toBe(32);
    }
    expect(await rotateMasterKey(db, next, third)).toEqual({ rewrapped: total - 2 });
    const people = await findPersonsByPhone(db, keyringOf(third), '0600009701');
    expect(people.map((p) => p.name)).toContain('Femme 6');
  });

  it('refuses to call a rotation done while keys remain under another master key', async () => {
    const { db } = database();
    const stray = newMaster();
    await createDataKey(db, keyringOf(stray));
    const target = newMaster();
    const eventsBefore = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'keys.master_rotated'));
    const attempt = rotateMasterKey(db, third, target);
    await expect(attempt).rejects.toThrow(RotationIncompleteError);
    await expect(rotateMasterKey(db, target, newMaster())).rejects.toThrow(stray.id);
    const eventsAfter = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'keys.master_rotated'));
    expect(eventsAfter).toHaveLength(eventsBefore.length);
    await expect(rotateMasterKey(db, stray, stray)).rejects.toThrow(/is the current one/);
  });
});
