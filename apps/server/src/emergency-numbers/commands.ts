import { inScope, type Actor } from '@sanad/core';
import { sql } from 'drizzle-orm';
import { auditActorOf, recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { emergencyNumbers } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { listEmergencyNumbers } from './queries.ts';
import type { EmergencyNumberList, ReplaceEmergencyNumbersBody } from './schemas.ts';

/** The list belongs to no region: only a national-scope administrator may change it. */
const NATIONAL = { regionCode: null, provinceCode: null } as const;

/**
 * Replaces the whole list, in the order given, and audits the change. An entry that names the
 * id of an existing one keeps it (so clients that cached the list see the same records); the
 * others get new ids. The table is locked for the transaction, so two administrators saving at
 * once are applied one after the other instead of colliding on a number.
 */
export async function replaceEmergencyNumbers(
  db: Db,
  actor: Actor,
  input: ReplaceEmergencyNumbersBody,
  requestId: string,
): Promise<EmergencyNumberList> {
  if (!inScope(actor.scope, NATIONAL)) throw new AppError('forbidden');
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE emergency_numbers IN SHARE ROW EXCLUSIVE MODE`);
    const before = await listEmergencyNumbers(tx);
    const known = new Set(before.numbers.map((entry) => entry.id));
    await tx.delete(emergencyNumbers);
    const now = new Date();
    await tx.insert(emergencyNumbers).values(
      input.numbers.map((entry, position) => ({
        id: entry.id !== undefined && known.has(entry.id) ? entry.id : newId(),
        number: entry.number,
        kind: entry.kind,
        labelAr: entry.label.ar,
        labelFr: entry.label.fr,
        labelZgh: entry.label.zgh,
        labelEn: entry.label.en,
        position,
        updatedAt: now,
      })),
    );
    const after = await listEmergencyNumbers(tx);
    const summary = (list: EmergencyNumberList) =>
      list.numbers.map((entry) => `${entry.number} ${entry.kind}`);
    const labels = (list: EmergencyNumberList) =>
      JSON.stringify(
        list.numbers
          .map((entry) => [entry.number, entry.label] as const)
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    // Public reference data, not personal data: the numbers themselves may be in the diff.
    await recordAudit(tx, {
      action: 'emergency_numbers.updated',
      actor: auditActorOf(actor),
      recordType: 'emergency_numbers',
      diff: {
        numbers: { before: summary(before), after: summary(after) },
        labelsChanged: labels(before) !== labels(after),
      },
      requestId,
    });
    return after;
  });
}
