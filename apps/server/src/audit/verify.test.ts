import { asc, isNotNull, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.ts';
import { describeEachEngine } from '../testing/database.ts';
import { sealAuditEvents } from './seal.ts';
import { recordSamples, whileTampered } from './test-support.ts';
import { describeChainBreak, verifyAuditChain, VERIFY_PAGE_SIZE } from './verify.ts';

/** What someone with owner rights could do to the third of five sealed events. */
const COLUMN_CHANGES: Readonly<Record<string, string>> = {
  id: 'id = gen_random_uuid()',
  occurred_at: "occurred_at = occurred_at + interval '1 millisecond'",
  action: "action = 'case.viewed'",
  actor_id: 'actor_id = gen_random_uuid()',
  actor_institution_id: 'actor_institution_id = NULL',
  record_type: "record_type = 'person'",
  record_id: "record_id = 'another record'",
  case_id: 'case_id = gen_random_uuid()',
  purpose: "purpose = 'routine check'",
  diff: `diff = jsonb_set(diff, '{status,after}', '"closed"')`,
  request_id: "request_id = 'req-forged'",
  hash: "hash = sha256('forged'::bytea)",
};

describeEachEngine('verifying the audit chain', (database) => {
  const seqAt: number[] = []; // seqAt[i] = seq of the event at chain position i
  beforeAll(async () => {
    const { db } = database();
    expect(await verifyAuditChain(db)).toEqual({ ok: true, sealed: 0, unsealed: 0, head: null });
    await recordSamples(db, 5);
    await sealAuditEvents(db);
    const chain = await db
      .select({ seq: auditEvents.seq, sealedIndex: auditEvents.sealedIndex })
      .from(auditEvents)
      .where(isNotNull(auditEvents.sealedIndex))
      .orderBy(asc(auditEvents.sealedIndex));
    for (const event of chain) seqAt[event.sealedIndex ?? 0] = event.seq;
  });

  it('finds an intact chain intact, and reports its head', async () => {
    const result = await verifyAuditChain(database().db);
    expect(result).toMatchObject({ ok: true, sealed: 5, unsealed: 0 });
    expect(result.ok && result.head?.sealedIndex).toBe(5);
    expect(result.ok && result.head?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  for (const [column, change] of Object.entries(COLUMN_CHANGES)) {
    it(`names the event whose ${column} was changed after sealing`, async () => {
      const seq = seqAt[3] ?? 0;
      const result = await whileTampered(
        database().db,
        sql.raw(`UPDATE audit_events SET ${change} WHERE seq = ${seq}`),
        verifyAuditChain,
      );
      expect(result).toEqual({ ok: false, seq, sealedIndex: 3, problem: 'content_changed' });
    });
  }

  it('names the event by its new seq when seq itself was changed', async () => {
    const seq = (seqAt[3] ?? 0) + 1_000_000;
    const result = await whileTampered(
      database().db,
      sql.raw(`UPDATE audit_events SET seq = ${seq} WHERE seq = ${seqAt[3] ?? 0}`),
      verifyAuditChain,
    );
    expect(result).toEqual({ ok: false, seq, sealedIndex: 3, problem: 'content_changed' });
  });

  it('reports a broken link when prev_hash was changed', async () => {
    const seq = seqAt[3] ?? 0;
    const result = await whileTampered(
      database().db,
      sql.raw(`UPDATE audit_events SET prev_hash = sha256('x'::bytea) WHERE seq = ${seq}`),
      verifyAuditChain,
    );
    expect(result).toEqual({ ok: false, seq, sealedIndex: 3, problem: 'link_broken' });
  });

  it('reports a deleted event as missing at its position, naming the next survivor', async () => {
    const result = await whileTampered(
      database().db,
      sql.raw(`DELETE FROM audit_events WHERE seq = ${seqAt[3] ?? 0}`),
      verifyAuditChain,
    );
    expect(result).toEqual({
      ok: false,
      seq: seqAt[4],
      sealedIndex: 3,
      problem: 'missing_event',
    });
    if (result.ok) return;
    expect(describeChainBreak(result)).toBe(
      `Audit trail BROKEN at chain position 3: the event sealed there is missing (deleted or moved); the next surviving event is seq ${seqAt[4] ?? 0}.`,
    );
  });

  it('reports a broken link when an event was deleted and the positions closed up', async () => {
    const result = await whileTampered(
      database().db,
      [
        sql.raw(`DELETE FROM audit_events WHERE seq = ${seqAt[3] ?? 0}`),
        // In two steps: positions are unique at every row, not only at the end of the statement.
        sql.raw(
          'UPDATE audit_events SET sealed_index = sealed_index + 1000 WHERE sealed_index > 3',
        ),
        sql.raw(
          'UPDATE audit_events SET sealed_index = sealed_index - 1001 WHERE sealed_index > 1003',
        ),
      ],
      verifyAuditChain,
    );
    expect(result).toEqual({ ok: false, seq: seqAt[4], sealedIndex: 3, problem: 'link_broken' });
  });

  it('reports the first event missing when the chain does not start at 1', async () => {
    const result = await whileTampered(
      database().db,
      sql.raw(`DELETE FROM audit_events WHERE seq = ${seqAt[1] ?? 0}`),
      verifyAuditChain,
    );
    expect(result).toEqual({ ok: false, seq: seqAt[2], sealedIndex: 1, problem: 'missing_event' });
  });

  it('cannot see its own tail cut off (the documented limit: keep the head elsewhere)', async () => {
    const result = await whileTampered(
      database().db,
      sql.raw(`DELETE FROM audit_events WHERE seq = ${seqAt[5] ?? 0}`),
      verifyAuditChain,
    );
    expect(result).toMatchObject({ ok: true, sealed: 4, head: { sealedIndex: 4 } });
  });

  it('walks page by page past the page size', async () => {
    const { db } = database();
    await recordSamples(db, VERIFY_PAGE_SIZE + 2);
    await sealAuditEvents(db, { batchSize: VERIFY_PAGE_SIZE + 10 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, sealed: VERIFY_PAGE_SIZE + 7 });
    const last = VERIFY_PAGE_SIZE + 6;
    const result = await whileTampered(
      db,
      sql.raw(`UPDATE audit_events SET purpose = 'late edit' WHERE sealed_index = ${last}`),
      verifyAuditChain,
    );
    expect(result).toMatchObject({ ok: false, sealedIndex: last, problem: 'content_changed' });
  });
});
