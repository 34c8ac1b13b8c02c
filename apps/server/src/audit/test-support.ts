import { SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { newId } from '../platform/ids.ts';
import type { AuditEventInput } from './record.ts';
import { recordAudit } from './record.ts';

/** Helpers for the audit tests only (imported by *.test.ts files, never by the application). */

/** A full event (every optional column set), so tampering with any column is visible. */
export function sampleEvent(overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  return {
    action: 'case.updated',
    actor: { id: newId(), institutionId: newId() },
    recordType: 'case',
    recordId: newId(),
    caseId: newId(),
    purpose: 'follow-up call',
    diff: { status: { before: 'open', after: 'in_progress' }, urgency: 'high', flags: [1, 2] },
    requestId: `req-${newId().slice(-8)}`,
    ...overrides,
  };
}

export async function recordSamples(db: Db, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) await recordAudit(db, sampleEvent());
}

/**
 * The error text a rejected query produced: Drizzle wraps the driver's error ("Failed query…"),
 * the database's own message and SQLSTATE sit in its cause.
 */
export async function failureOf(work: Promise<unknown>): Promise<{ text: string; code: unknown }> {
  try {
    await work;
  } catch (error) {
    const parts: string[] = [];
    let code: unknown;
    for (let e: unknown = error; e instanceof Error; e = e.cause) {
      parts.push(e.message);
      code ??= (e as { code?: unknown }).code;
    }
    return { text: parts.join(' | '), code };
  }
  throw new Error('expected the query to be refused, but it succeeded');
}

class Undo extends Error {}

/**
 * Does what an attacker with owner rights could: switches the guard trigger off, changes the
 * table, switches it back on — then runs `check` on the tampered table, and rolls everything
 * back so the next test starts from the intact chain.
 */
export async function whileTampered<T>(
  db: Db,
  tampering: SQL | readonly SQL[],
  check: (tampered: Db) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
      for (const statement of tampering instanceof SQL ? [tampering] : tampering)
        await tx.execute(statement);
      await tx.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
      result = await check(tx);
      throw new Undo();
    });
  } catch (error) {
    if (!(error instanceof Undo)) throw error;
  }
  return result as T;
}
