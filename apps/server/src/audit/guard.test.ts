import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import { describeEachEngine } from '../testing/database.ts';
import { sealAuditEvents } from './seal.ts';
import { failureOf, recordSamples } from './test-support.ts';

/** The database itself refuses to rewrite history, whatever the application does. */
describeEachEngine('the audit_events guard', (database) => {
  let sealedSeq = 0;
  let unsealedSeq = 0;
  beforeAll(async () => {
    const { db, sql: raw } = database();
    await recordSamples(db, 2);
    await sealAuditEvents(db);
    await recordSamples(db, 1);
    const rows = await raw.query<{ seq: number; sealed: boolean }>(
      'SELECT seq, sealed_index IS NOT NULL AS sealed FROM audit_events ORDER BY seq',
    );
    sealedSeq = rows.find((r) => r.sealed)?.seq ?? 0;
    unsealedSeq = rows.find((r) => !r.sealed)?.seq ?? 0;
  });

  const refused = async (statement: string, operation: string) => {
    const failure = await failureOf(database().sql.exec(statement));
    expect(failure.text).toContain(`audit_events is append-only (${operation} refused)`);
    expect(failure.code).toBe('42501'); // insufficient_privilege
  };

  it('refuses a plain UPDATE of a sealed or an unsealed event', async () => {
    for (const seq of [sealedSeq, unsealedSeq])
      await refused(`UPDATE audit_events SET purpose = 'covering up' WHERE seq = ${seq}`, 'UPDATE');
  });

  it('refuses DELETE and TRUNCATE', async () => {
    await refused(`DELETE FROM audit_events WHERE seq = ${sealedSeq}`, 'DELETE');
    await refused(`DELETE FROM audit_events WHERE seq = ${unsealedSeq}`, 'DELETE');
    await refused('TRUNCATE audit_events', 'TRUNCATE');
  });

  it('refuses to seal a sealed event again', async () => {
    await refused(
      `UPDATE audit_events SET hash = sha256('forged'::bytea), prev_hash = hash,
         sealed_index = sealed_index WHERE seq = ${sealedSeq}`,
      'UPDATE',
    );
  });

  it('refuses a seal that changes anything else, or seals only in part', async () => {
    const seal = `hash = sha256('x'::bytea), prev_hash = sha256('y'::bytea), sealed_index = 1000`;
    await refused(
      `UPDATE audit_events SET ${seal}, action = 'case.viewed' WHERE seq = ${unsealedSeq}`,
      'UPDATE',
    );
    await refused(
      `UPDATE audit_events SET hash = sha256('x'::bytea) WHERE seq = ${unsealedSeq}`,
      'UPDATE',
    );
  });

  it('allows the sealing update exactly once', async () => {
    const { db, sql: raw } = database();
    const seq = unsealedSeq;
    await raw.exec(
      `UPDATE audit_events SET hash = sha256('x'::bytea), prev_hash = sha256('y'::bytea),
         sealed_index = 1000 WHERE seq = ${seq}`,
    );
    await refused(
      `UPDATE audit_events SET hash = sha256('z'::bytea), prev_hash = sha256('y'::bytea),
         sealed_index = 1001 WHERE seq = ${seq}`,
      'UPDATE',
    );
    expect(await sealAuditEvents(db)).toBe(0);
  });

  it('refuses an event inserted already sealed, so no one can claim a chain position', async () => {
    const { db } = database();
    const failure = await failureOf(
      db.insert(auditEvents).values({
        id: newId(),
        action: 'case.viewed',
        recordType: 'case',
        sealedIndex: 1_000_000,
        hash: Buffer.alloc(32, 7),
        prevHash: Buffer.alloc(32),
      }),
    );
    expect(failure.text).toContain('an event is inserted unsealed');
  });

  it('stores the default time in milliseconds, the precision the chain hashes', async () => {
    const { db, sql: raw } = database();
    await db.execute(
      sql`INSERT INTO audit_events (id, action, record_type) VALUES (${newId()}, 'case.viewed', 'case')`,
    );
    const [row] = await raw.query<{ micros: number }>(
      `SELECT (extract(microseconds FROM occurred_at)::int % 1000) AS micros
         FROM audit_events ORDER BY seq DESC LIMIT 1`,
    );
    expect(row?.micros).toBe(0);
  });
});
