import type { AgeBand, AreaType } from '@sanad/core';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { persons } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import { normalisePhone, phoneBlindIndex } from '../platform/crypto/blind-index.ts';
import { createDataKey, KeyDestroyedError, openDataKey } from '../platform/crypto/data-keys.ts';
import { decryptText, encryptText, placeOf } from '../platform/crypto/envelope.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';

/** What is known about a survivor (or someone reporting for her); every field is optional. */
export interface PersonInput {
  readonly name?: string;
  readonly phone?: string;
  readonly address?: string;
  readonly birthYear?: number;
  readonly ageBand?: AgeBand;
  readonly provinceCode?: string;
  readonly areaType?: AreaType;
}

/** A person's record, decrypted. The phone number is in its canonical form (`+212…`). */
export interface PersonView {
  readonly id: string;
  readonly erased: false;
  readonly name: string | null;
  readonly phone: string | null;
  readonly address: string | null;
  readonly birthYear: number | null;
  readonly ageBand: AgeBand | null;
  readonly provinceCode: string | null;
  readonly areaType: AreaType | null;
  readonly createdAt: Date;
}

/** A crypto-shredded person: the row remains (cases point to it), nothing identifying does. */
export interface ErasedPerson {
  readonly id: string;
  readonly erased: true;
}

type PersonRow = typeof persons.$inferSelect;

/** Where each encrypted field lives; the AAD, so a value moved to another row fails to decrypt. */
const place = (column: 'name_enc' | 'phone_enc' | 'address_enc', id: string): string =>
  placeOf('persons', column, id);

/**
 * Creates a person under her own fresh data key: name, phone and address are encrypted, the
 * phone number is also indexed by its keyed blind index so earlier contacts can be found.
 * An invalid phone number is refused (InvalidPhoneError) before anything is written.
 */
export async function createPerson(
  db: Db,
  keyring: Keyring,
  input: PersonInput,
): Promise<{ id: string; dataKeyId: string }> {
  const phone = input.phone === undefined ? undefined : normalisePhone(input.phone);
  return db.transaction(async (tx) => {
    const id = newId();
    const dataKey = await createDataKey(tx, keyring, 'record');
    try {
      const seal = (column: Parameters<typeof place>[0], text: string | undefined) =>
        text === undefined ? null : encryptText(dataKey.key, text, place(column, id));
      await tx.insert(persons).values({
        id,
        dataKeyId: dataKey.id,
        nameEnc: seal('name_enc', input.name),
        phoneEnc: seal('phone_enc', phone),
        phoneBidx: phone === undefined ? null : await phoneBlindIndex(tx, keyring, phone),
        addressEnc: seal('address_enc', input.address),
        birthYear: input.birthYear ?? null,
        ageBand: input.ageBand ?? null,
        provinceCode: input.provinceCode ?? null,
        areaType: input.areaType ?? null,
      });
    } finally {
      dataKey.key.fill(0);
    }
    return { id, dataKeyId: dataKey.id };
  });
}

/** Decrypts a row; undefined when its key was destroyed meanwhile (erased while we read). */
async function present(db: Db, keyring: Keyring, row: PersonRow): Promise<PersonView | undefined> {
  let key: Buffer;
  try {
    key = await openDataKey(db, keyring, row.dataKeyId);
  } catch (error) {
    if (error instanceof KeyDestroyedError) return undefined;
    throw error;
  }
  try {
    const open = (column: Parameters<typeof place>[0], blob: Buffer | null) =>
      blob === null ? null : decryptText(key, blob, place(column, row.id));
    return {
      id: row.id,
      erased: false,
      name: open('name_enc', row.nameEnc),
      phone: open('phone_enc', row.phoneEnc),
      address: open('address_enc', row.addressEnc),
      birthYear: row.birthYear,
      ageBand: row.ageBand,
      provinceCode: row.provinceCode,
      areaType: row.areaType,
      createdAt: row.createdAt,
    };
  } finally {
    key.fill(0);
  }
}

/**
 * A person, decrypted; `{ erased: true }` once crypto-shredded; undefined if there is no such
 * person. Not scoped and not audited: the caller authorises through the case and records
 * `person.viewed` itself.
 */
export async function readPerson(
  db: Db,
  keyring: Keyring,
  id: string,
): Promise<PersonView | ErasedPerson | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  if (!row) return undefined;
  if (row.erasedAt !== null) return { id, erased: true };
  return (await present(db, keyring, row)) ?? { id, erased: true };
}

/**
 * Earlier records of the same phone number, however it is spelt, oldest first; erased persons
 * are never found (their blind index is gone). Throws InvalidPhoneError for a non-number.
 */
export async function findPersonsByPhone(
  db: Db,
  keyring: Keyring,
  phone: string,
): Promise<PersonView[]> {
  const bidx = await phoneBlindIndex(db, keyring, phone);
  const rows = await db
    .select()
    .from(persons)
    .where(and(eq(persons.phoneBidx, bidx), isNull(persons.erasedAt)))
    .orderBy(asc(persons.createdAt), asc(persons.id));
  const found: PersonView[] = [];
  for (const row of rows) {
    const view = await present(db, keyring, row);
    if (view) found.push(view);
  }
  return found;
}
