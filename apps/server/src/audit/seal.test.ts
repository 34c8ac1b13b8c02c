import { asc, eq, isNotNull } from 'drizzle-orm';
import { expect, it, vi } from 'vitest';
import type { Db } from '../db/database.ts';
import { auditEvents } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import { describeEachEngine } from '../testing/database.ts';
import { chainHash, GENESIS_HASH } from './canonical.ts';
import { recordAudit } from './record.ts';
import { sealAuditEvents, startAuditSealer } from './seal.ts';
import { recordSamples, sampleEvent } from './test-support.ts';
import { verifyAuditChain } from './verify.ts';

async function sealedChain(db: Db) {
  return db
    .select()
    .from(auditEvents)
    .where(isNotNull(auditEvents.sealedIndex))
    .orderBy(asc(auditEvents.sealedIndex));
}

describeEachEngine('sealing the audit trail', (database, engine) => {
  it('chains committed events in seq order, from 32 zero bytes, and is idempotent', async () => {
    const { db } = database();
    await recordSamples(db, 3);
    expect(await sealAuditEvents(db)).toBe(3);
    const chain = await sealedChain(db);
    expect(chain.map((e) => e.sealedIndex)).toEqual([1, 2, 3]);
    expect(chain.map((e) => e.seq)).toEqual([...chain.map((e) => e.seq)].sort((a, b) => a - b));
    let prev = GENESIS_HASH;
    for (const event of chain) {
      expect(event.prevHash?.equals(prev)).toBe(true);
      expect(event.hash?.equals(chainHash(prev, event))).toBe(true);
      prev = chainHash(prev, event);
    }
    expect(await sealAuditEvents(db)).toBe(0);
    expect(await sealedChain(db)).toEqual(chain);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, sealed: 3, unsealed: 0 });
  });

  it('seals in batches of the size asked, continuing the chain', async () => {
    const { db } = database();
    await recordSamples(db, 5);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, unsealed: 5 });
    expect(await sealAuditEvents(db, { batchSize: 2 })).toBe(2);
    expect(await sealAuditEvents(db, { batchSize: 2 })).toBe(2);
    expect(await sealAuditEvents(db, { batchSize: 2 })).toBe(1);
    expect(await sealAuditEvents(db, { batchSize: 2 })).toBe(0);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, sealed: 8, unsealed: 0 });
  });

  it('never sees an event whose transaction rolled back', async () => {
    const { db } = database();
    const id = newId();
    const requestId = `rolled-back-${id}`;
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, sampleEvent({ requestId }));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await sealAuditEvents(db)).toBe(0);
    const found = await db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId));
    expect(found).toEqual([]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, sealed: 8 });
  });

  it('seals an event committed late (lower seq) in the next batch, after later-numbered ones', async () => {
    const { db, sql: raw } = database();
    // The late transaction took its seq first, then committed after a later one was sealed.
    const [reserved] = await raw.query<{ seq: number }>(
      "SELECT nextval(pg_get_serial_sequence('audit_events', 'seq')) AS seq",
    );
    const lateSeq = reserved?.seq ?? 0;
    await recordSamples(db, 1);
    expect(await sealAuditEvents(db)).toBe(1);
    await db.insert(auditEvents).values({
      seq: lateSeq,
      id: newId(),
      occurredAt: new Date(),
      action: 'case.viewed',
      recordType: 'case',
      caseId: newId(),
    });
    expect(await sealAuditEvents(db)).toBe(1);
    const chain = await sealedChain(db);
    const last = chain.at(-1);
    const before = chain.at(-2);
    expect(last?.seq).toBe(lateSeq);
    expect(before && last && before.seq > last.seq).toBe(true);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, sealed: 10, unsealed: 0 });
  });

  it.runIf(engine === 'postgres')(
    'leaves an open transaction’s event for a later batch (real concurrency)',
    async () => {
      const { db } = database();
      let commitLate: () => void = () => undefined;
      const mayCommit = new Promise<void>((resolve) => (commitLate = resolve));
      let recorded: () => void = () => undefined;
      const hasRecorded = new Promise<void>((resolve) => (recorded = resolve));
      const slow = db.transaction(async (tx) => {
        await recordAudit(tx, sampleEvent({ purpose: 'slow request' }));
        recorded();
        await mayCommit;
      });
      await hasRecorded;
      await recordSamples(db, 1);
      expect(await sealAuditEvents(db)).toBe(1); // the slow one is invisible until it commits
      commitLate();
      await slow;
      expect(await sealAuditEvents(db)).toBe(1);
      const last = (await sealedChain(db)).at(-1);
      expect(last?.purpose).toBe('slow request');
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, unsealed: 0 });
    },
  );

  it('runs in the background, logs only counts, and seals once more on stop', async () => {
    const { db } = database();
    const log = { debug: vi.fn(), error: vi.fn() };
    const sealer = startAuditSealer(db, log, 10);
    await recordSamples(db, 2);
    await vi.waitFor(async () => {
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, unsealed: 0 });
    });
    await sealer.stop();
    // A timer that would not fire for a minute: only the final seal on stop can seal this one.
    const slow = startAuditSealer(db, log, 60_000);
    await recordSamples(db, 1);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, unsealed: 1 });
    await slow.stop();
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, unsealed: 0 });
    expect(log.error).not.toHaveBeenCalled();
    for (const call of log.debug.mock.calls)
      expect(call).toEqual([{ sealed: expect.any(Number) as number }, 'audit events sealed']);
  });
});

it('keeps sealing after a failure, logging the error without event contents', async () => {
  const failing = {
    transaction: () => Promise.reject(new Error('connection lost')),
  } as unknown as Db;
  const log = { debug: vi.fn(), error: vi.fn() };
  const sealer = startAuditSealer(failing, log, 5);
  await vi.waitFor(() => {
    expect(log.error.mock.calls.length).toBeGreaterThanOrEqual(2);
  });
  await sealer.stop();
  expect(log.error.mock.calls[0]?.[1]).toMatch(/sealing audit events failed/);
});
