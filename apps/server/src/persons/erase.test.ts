import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvents, dataKeys, persons } from '../db/schema/index.ts';
import { KeyDestroyedError, openDataKey } from '../platform/crypto/data-keys.ts';
import { keyringOf } from '../platform/crypto/keyring.ts';
import { AppError } from '../platform/errors.ts';
import { masterKeyFrom } from '../platform/master-key.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildStaffUser } from '../testing/factories.ts';
import { erasePerson } from './erase.ts';
import { createPerson, findPersonsByPhone, readPerson } from './persons.ts';

const keyring = keyringOf(masterKeyFrom(randomBytes(32)));

describeEachEngine('erasing a person (crypto-shredding)', (database) => {
  it('destroys her key, forgets her number, keeps the row and audits why', async () => {
    const { db } = database();
    const staff = await buildStaffUser(db, { role: 'supervisor' });
    const actor = { id: staff.id, institutionId: staff.institutionId };
    const { id, dataKeyId } = await createPerson(db, keyring, {
      name: 'Souad El Mrabet',
      phone: '0600009801',
      address: 'Zankat Al Mithal 3, Tanger',
      provinceCode: '511',
    });
    const [before] = await db.select().from(persons).where(eq(persons.id, id));

    expect(await erasePerson(db, id, actor, 'survivor_request')).toEqual({ erased: true });

    expect(await readPerson(db, keyring, id)).toEqual({ id, erased: true });
    const [after] = await db.select().from(persons).where(eq(persons.id, id));
    expect(after?.erasedAt).toBeInstanceOf(Date);
    expect(after?.phoneBidx).toBeNull();
    // The ciphertext is still there — and useless: its key is gone.
    expect(after?.nameEnc?.equals(before?.nameEnc ?? Buffer.alloc(0))).toBe(true);
    expect(after?.provinceCode).toBe('511');
    const [key] = await db.select().from(dataKeys).where(eq(dataKeys.id, dataKeyId));
    expect(key?.wrappedKey).toBeNull();
    expect(key?.destroyedAt).toBeInstanceOf(Date);
    await expect(openDataKey(db, keyring, dataKeyId)).rejects.toThrow(KeyDestroyedError);
    expect(await findPersonsByPhone(db, keyring, '06 00 00 98 01')).toEqual([]);

    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.erased'), eq(auditEvents.recordId, id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: staff.id,
      actorInstitutionId: staff.institutionId,
      recordType: 'person',
      purpose: 'survivor_request',
    });
    expect(JSON.stringify(events[0])).not.toMatch(/Souad|Mrabet|Tanger|600009801/);
  });

  it('is idempotent: a second erasure changes nothing and writes no second event', async () => {
    const { db } = database();
    const { id } = await createPerson(db, keyring, { name: 'Rachida' });
    expect(await erasePerson(db, id, null, 'retention_expired')).toEqual({ erased: true });
    expect(await erasePerson(db, id, null, 'retention_expired')).toEqual({ erased: false });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.recordId, id));
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBeNull();
  });

  it('does not touch other persons, and answers not_found for an unknown one', async () => {
    const { db } = database();
    const kept = await createPerson(db, keyring, { name: 'Hanane', phone: '0600009802' });
    const gone = await createPerson(db, keyring, { name: 'Zineb', phone: '0600009802' });
    await erasePerson(db, gone.id, null, 'recorded_in_error');
    const found = await findPersonsByPhone(db, keyring, '0600009802');
    expect(found.map((p) => p.name)).toEqual(['Hanane']);
    expect(await readPerson(db, keyring, kept.id)).toMatchObject({ name: 'Hanane' });
    const unknown = erasePerson(db, crypto.randomUUID(), null, 'legal_order');
    await expect(unknown).rejects.toBeInstanceOf(AppError);
  });
});
