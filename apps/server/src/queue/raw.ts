import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.ts';

/**
 * Runs a raw query and validates its rows: both drivers answer `{ rows }`, but nothing in the
 * types says what the rows hold, so they are parsed like any other input. Used where the
 * Drizzle schema cannot help (a table owned by another module, sequences, `FOR UPDATE OF`).
 */
export async function selectRows<T>(tx: Db, query: SQL, row: z.ZodType<T>): Promise<T[]> {
  const result = (await tx.execute(query)) as { rows?: unknown };
  return z.array(row).parse(result.rows ?? []);
}
