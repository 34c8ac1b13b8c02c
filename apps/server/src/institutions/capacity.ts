import type { Actor } from '@sanad/core';
import { and, eq } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { institutions } from '../db/schema/index.ts';
import { AppError, invalidField } from '../platform/errors.ts';

/**
 * An institution reports its free places (shelter beds, EMF places), so routing proposes a
 * place that exists. Only its own staff do this, for their own institution: the actor's
 * institution is the record, so there is no other institution to reach. Returns its id.
 */
export async function updateOwnCapacity(
  db: Db,
  actor: Actor,
  capacityFree: number,
  requestId: string,
): Promise<string> {
  const institutionId = actor.institutionId;
  if (institutionId === null) throw new AppError('not_found');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        capacityTotal: institutions.capacityTotal,
        capacityFree: institutions.capacityFree,
      })
      .from(institutions)
      .where(and(eq(institutions.id, institutionId), eq(institutions.active, true)))
      .for('update');
    if (!row) throw new AppError('not_found');
    if (row.capacityTotal !== null && capacityFree > row.capacityTotal)
      throw invalidField('body.capacityFree', 'too_big');
    const now = new Date();
    await tx
      .update(institutions)
      .set({ capacityFree, capacityUpdatedAt: now, updatedAt: now })
      .where(eq(institutions.id, institutionId));
    await recordAudit(tx, {
      action: 'institution.capacity_updated',
      actor: auditActorOf(actor),
      recordType: 'institution',
      recordId: institutionId,
      diff: { capacityFree: { from: row.capacityFree, to: capacityFree } },
      requestId,
    });
  });
  return institutionId;
}
