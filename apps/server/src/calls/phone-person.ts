import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { persons } from '../db/schema/index.ts';
import { createPerson } from '../persons/persons.ts';
import { phoneBlindIndex } from '../platform/crypto/blind-index.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';

/**
 * The person a number belongs to: the earliest live record with the same blind index, so every
 * call from one number gathers on one person and lookups find them all; a new person (her
 * number encrypted under her own key) when the number is new or its person was erased.
 */
export async function personForPhone(
  tx: Db,
  keyring: Keyring,
  phone: string,
  provinceCode: string | undefined,
): Promise<string> {
  const bidx = await phoneBlindIndex(tx, keyring, phone);
  const [known] = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.phoneBidx, bidx), isNull(persons.erasedAt)))
    .orderBy(asc(persons.createdAt), asc(persons.id))
    .limit(1);
  if (known) return known.id;
  const created = await createPerson(tx, keyring, {
    phone,
    ...(provinceCode !== undefined ? { provinceCode } : {}),
  });
  return created.id;
}
