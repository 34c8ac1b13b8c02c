import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { selectRows } from './raw.ts';

/**
 * The next case reference, `SN-<year>-<number>`, from one sequence shared by every way a case
 * is opened (survivor app, call, walk-in): gap-tolerant, never reused, so a reference read out
 * on the phone names one case only.
 */
export async function nextCaseReference(tx: Db, now: Date): Promise<string> {
  const [row] = await selectRows(
    tx,
    sql`SELECT nextval('case_reference_seq')::text AS n`,
    z.object({ n: z.string() }),
  );
  if (!row) throw new Error('case_reference_seq returned no value');
  return `SN-${String(now.getUTCFullYear())}-${row.n.padStart(6, '0')}`;
}
