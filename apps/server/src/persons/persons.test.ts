import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { persons } from '../db/schema/index.ts';
import { InvalidPhoneError } from '../platform/crypto/blind-index.ts';
import { DecryptionError } from '../platform/crypto/envelope.ts';
import { keyringOf } from '../platform/crypto/keyring.ts';
import { masterKeyFrom } from '../platform/master-key.ts';
import { describeEachEngine } from '../testing/database.ts';
import { createPerson, findPersonsByPhone, readPerson } from './persons.ts';

const keyring = keyringOf(masterKeyFrom(randomBytes(32)));

describeEachEngine('persons', (database) => {
  it('stores name, phone and address encrypted, and reads them back', async () => {
    const { db } = database();
    const input = {
      name: 'خديجة بن عبد الله',
      phone: '06 00 00 99 01',
      address: 'Derb Tajriba 4, Fès',
      birthYear: 1990,
      ageBand: 'age_35_44',
      provinceCode: '231',
      areaType: 'urban',
    } as const;
    const { id } = await createPerson(db, keyring, input);
    const [row] = await db.select().from(persons).where(eq(persons.id, id));
    const stored = Buffer.concat(
      [row?.nameEnc, row?.phoneEnc, row?.addressEnc].filter(
        (b): b is Buffer => b !== null && b !== undefined,
      ),
    );
    for (const secret of [input.name, input.address, '600009901', '06 00 00 99 01']) {
      expect(stored.includes(Buffer.from(secret))).toBe(false);
    }
    expect(row?.phoneBidx?.length).toBe(32);
    expect(await readPerson(db, keyring, id)).toMatchObject({
      id,
      erased: false,
      name: input.name,
      phone: '+212600009901',
      address: input.address,
      birthYear: 1990,
      ageBand: 'age_35_44',
      provinceCode: '231',
      areaType: 'urban',
    });
  });

  it('keeps absent fields absent, and knows no unknown person', async () => {
    const { db } = database();
    const { id } = await createPerson(db, keyring, { ageBand: 'age_18_24' });
    const [row] = await db.select().from(persons).where(eq(persons.id, id));
    expect([row?.nameEnc, row?.phoneEnc, row?.phoneBidx, row?.addressEnc]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(await readPerson(db, keyring, id)).toMatchObject({ name: null, phone: null });
    expect(await readPerson(db, keyring, crypto.randomUUID())).toBeUndefined();
  });

  it('refuses an invalid phone number before writing anything', async () => {
    const { db } = database();
    const before = (await db.select({ id: persons.id }).from(persons)).length;
    await expect(createPerson(db, keyring, { name: 'X', phone: '8350' })).rejects.toThrow(
      InvalidPhoneError,
    );
    expect((await db.select({ id: persons.id }).from(persons)).length).toBe(before);
  });

  it('refuses a ciphertext moved into another row or another column', async () => {
    const { db } = database();
    const a = await createPerson(db, keyring, { name: 'Naima', address: 'Douar Tajriba' });
    const b = await createPerson(db, keyring, { name: 'Meryem' });
    const [rowA] = await db.select().from(persons).where(eq(persons.id, a.id));
    // Same key, other column: the AAD names the column.
    await db
      .update(persons)
      .set({ nameEnc: rowA?.addressEnc ?? null })
      .where(eq(persons.id, a.id));
    await expect(readPerson(db, keyring, a.id)).rejects.toThrow(DecryptionError);
    // Other row (and so other key): refused as well.
    await db
      .update(persons)
      .set({ nameEnc: rowA?.nameEnc ?? null })
      .where(eq(persons.id, b.id));
    await expect(readPerson(db, keyring, b.id)).rejects.toThrow(DecryptionError);
    // Moving the whole row's key pointer does not help either: the AAD names the row.
    await db
      .update(persons)
      .set({ nameEnc: rowA?.nameEnc ?? null, dataKeyId: rowA?.dataKeyId ?? '' })
      .where(eq(persons.id, b.id));
    await expect(readPerson(db, keyring, b.id)).rejects.toThrow(/failed authentication/);
  });

  it('finds earlier persons by any spelling of their number, oldest first', async () => {
    const { db } = database();
    const first = await createPerson(db, keyring, { name: 'Première', phone: '0600009902' });
    const second = await createPerson(db, keyring, { name: 'Deuxième', phone: '+212600009902' });
    await createPerson(db, keyring, { name: 'Autre', phone: '0600009903' });
    for (const spelling of ['06 00 00 99 02', '00212600009902', '212600009902', '٠٦٠٠٠٠٩٩٠٢']) {
      const found = await findPersonsByPhone(db, keyring, spelling);
      expect(found.map((p) => p.id)).toEqual([first.id, second.id]);
      expect(found.map((p) => p.name)).toEqual(['Première', 'Deuxième']);
    }
    expect(await findPersonsByPhone(db, keyring, '0600009999')).toEqual([]);
    await expect(findPersonsByPhone(db, keyring, '19')).rejects.toThrow(InvalidPhoneError);
  });
});
