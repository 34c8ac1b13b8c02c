import { asc } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { emergencyNumbers } from '../db/schema/index.ts';
import type { EmergencyNumberList, EmergencyNumberView } from './schemas.ts';

type EmergencyNumberRow = typeof emergencyNumbers.$inferSelect;

/** One number as the survivor app and the console show it (allow-list: no timestamps). */
export function presentEmergencyNumber(row: EmergencyNumberRow): EmergencyNumberView {
  return {
    id: row.id,
    number: row.number,
    label: { ar: row.labelAr, fr: row.labelFr, zgh: row.labelZgh, en: row.labelEn },
    kind: row.kind,
    position: row.position,
  };
}

/** The public list, in display order. Public data: no actor, no scope. */
export async function listEmergencyNumbers(db: Db): Promise<EmergencyNumberList> {
  const rows = await db
    .select()
    .from(emergencyNumbers)
    .orderBy(asc(emergencyNumbers.position), asc(emergencyNumbers.number));
  return { numbers: rows.map(presentEmergencyNumber) };
}
