import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { idempotencyKeys, jobs, liveEvents } from '../../db/schema/index.ts';
import { describeEachEngine } from '../../testing/database.ts';
import { createLogger } from '../logger.ts';
import { newId } from '../ids.ts';
import { startJobRunner } from './runner.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describeEachEngine('housekeeping', (database) => {
  it('purges day-old live events, week-old finished jobs and expired idempotency records, hourly', async () => {
    const db = database().db;
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const events = await db
      .insert(liveEvents)
      .values([
        { kind: 'case.queued', audience: 'helpline', payload: {}, createdAt: ago(DAY + HOUR) },
        { kind: 'case.queued', audience: 'helpline', payload: {}, createdAt: ago(DAY - HOUR) },
      ])
      .returning({ id: liveEvents.id });
    const job = (
      state: 'done' | 'cancelled' | 'failed' | 'pending',
      finishedAgo: number | null,
    ) => ({
      id: newId(),
      name: 'followup.due',
      payload: {},
      runAt: ago(8 * DAY),
      state,
      attempts: 1,
      finishedAt: finishedAgo === null ? null : ago(finishedAgo),
    });
    const old = [job('done', 8 * DAY), job('cancelled', 8 * DAY)];
    const kept = [job('done', 6 * DAY), job('failed', 8 * DAY), job('pending', null)];
    await db.insert(jobs).values([...old, ...kept]);

    const answer = (expiresAt: Date, tag: number) => ({
      keyHash: Buffer.alloc(32, tag),
      bodyHash: Buffer.alloc(32, tag),
      statusCode: 201,
      responseEnc: Buffer.alloc(16, tag),
      expiresAt,
    });
    await db.insert(idempotencyKeys).values([answer(ago(HOUR), 1), answer(ago(-HOUR), 2)]);

    const runner = startJobRunner(db, {}, createLogger('silent'), { pollMs: 10 });
    const nextPurge = () =>
      db
        .select()
        .from(jobs)
        .where(
          and(
            eq(jobs.name, 'housekeeping.purge'),
            eq(jobs.state, 'pending'),
            sql`${jobs.runAt} > ${new Date(now.getTime() + HOUR - 60_000)}`,
          ),
        );
    for (let i = 0; i < 200 && (await nextPurge()).length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await runner.stop();

    const eventIds = (await db.select({ id: liveEvents.id }).from(liveEvents)).map((e) => e.id);
    expect(eventIds).not.toContain(events[0]?.id);
    expect(eventIds).toContain(events[1]?.id);
    const jobIds = (await db.select({ id: jobs.id }).from(jobs)).map((j) => j.id);
    for (const gone of old) expect(jobIds).not.toContain(gone.id);
    for (const stays of kept) expect(jobIds).toContain(stays.id);
    const answers = await db.select({ keyHash: idempotencyKeys.keyHash }).from(idempotencyKeys);
    expect(answers.map((a) => a.keyHash[0])).toEqual([2]);
    // It re-armed itself for an hour later, once.
    expect(await nextPurge()).toHaveLength(1);
    const purges = await db.select().from(jobs).where(eq(jobs.name, 'housekeeping.purge'));
    expect(purges.filter((p) => p.state === 'done')).toHaveLength(1);
  });
});
