import { eq } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { persons } from '../db/schema/index.ts';
import { destroyDataKey } from '../platform/crypto/data-keys.ts';
import { notFound } from '../platform/errors.ts';

/**
 * Why a person is erased: a category, recorded as the audit event's purpose. Never free text,
 * which could hold exactly the personal data being erased.
 */
export const ERASURE_REASONS = [
  'survivor_request', // her own request (Law 09-08 right to erasure)
  'retention_expired', // the retention period ended
  'legal_order', // a court or the CNDP ordered it
  'recorded_in_error', // a record created by mistake (test call, wrong person)
] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/**
 * Crypto-shreds a person: her data key is destroyed, so her name, phone and address are
 * unreadable everywhere the ciphertext lives — this database, replicas, later dumps — without
 * hunting every copy. Her blind index is removed (the number no longer finds her) and the row
 * stays, marked erased, because cases and statistics point to it. One transaction with the
 * `person.erased` audit event. Needs no master key: erasure must never depend on holding one.
 * Returns false when she was already erased (nothing is written twice).
 */
export async function erasePerson(
  db: Db,
  personId: string,
  actor: AuditActor | null,
  reason: ErasureReason,
): Promise<{ erased: boolean }> {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ dataKeyId: persons.dataKeyId, erasedAt: persons.erasedAt })
      .from(persons)
      .where(eq(persons.id, personId))
      .for('update');
    if (!person) throw notFound();
    if (person.erasedAt !== null) return { erased: false };
    await destroyDataKey(tx, person.dataKeyId);
    await tx
      .update(persons)
      .set({ phoneBidx: null, erasedAt: new Date() })
      .where(eq(persons.id, personId));
    await recordAudit(tx, {
      action: 'person.erased',
      actor,
      recordType: 'person',
      recordId: personId,
      purpose: reason,
      diff: { erased: true, dataKeyId: person.dataKeyId },
    });
    return { erased: true };
  });
}
