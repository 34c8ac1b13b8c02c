import { eq } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../../db/database.ts';
import { jobs } from '../../db/schema/index.ts';
import { Writable } from 'node:stream';
import { describeEachEngine, type TestDatabase } from '../../testing/database.ts';
import { createLogger } from '../logger.ts';
import { enqueueJob } from './enqueue.ts';
import { backoffMs, MAX_ATTEMPTS, startJobRunner, type JobRunner } from './runner.ts';
import type { JobHandler } from './types.ts';

/** What the runner logs (this test needs no app, so not the app's LogCapture). */
class Logs extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** Long enough that the poll never fires during a test that drives `runDue` by hand. */
const NO_POLL = { pollMs: 3_600_000 };
const silent = createLogger('silent');
const SECOND = 1_000;

/**
 * A second node's view of the same database: its own pool on PostgreSQL; on PGlite there is
 * one engine per process, so the same instance (it serialises transactions itself).
 */
async function secondNode(database: TestDatabase): Promise<{ db: Db; close(): Promise<void> }> {
  if (database.engine === 'pglite') return { db: database.db, close: async () => {} };
  const [row] = await database.sql.query<{ name: string }>('SELECT current_database() AS name');
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${row?.name ?? ''}`;
  const opened: Database = await openDatabase({
    engine: 'postgres',
    url: url.toString(),
    poolSize: 2,
  });
  return opened;
}

const pendingJob = async (db: Db, runAt = new Date(), key?: string) => {
  await enqueueJob(db, {
    name: 'followup.due',
    payload: { followUpId: 'f' },
    runAt,
    ...(key !== undefined ? { singletonKey: key } : {}),
  });
  const [row] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.name, 'followup.due'))
    .orderBy(jobs.createdAt);
  return row;
};

describeEachEngine('the job runner', (database) => {
  const runners: JobRunner[] = [];
  const start = (handler: JobHandler, log = silent, options = NO_POLL) => {
    const runner = startJobRunner(database().db, { 'followup.due': handler }, log, options);
    runners.push(runner);
    return runner;
  };
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await database().sql.exec('DELETE FROM jobs');
  });

  it('runs each due job exactly once when two runners race for them', async () => {
    const db = database().db;
    const node = await secondNode(database());
    for (let i = 0; i < 20; i += 1) await pendingJob(db, new Date(Date.now() - SECOND));
    const runs = new Map<string, number>();
    const handler: JobHandler = async (_tx, job) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const a = start(handler);
    const b = startJobRunner(node.db, { 'followup.due': handler }, silent, NO_POLL);
    runners.push(b);
    for (let round = 0; round < 3; round += 1) await Promise.all([a.runDue(), b.runDue()]);
    expect(runs.size).toBe(20);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    const states = await db.select({ state: jobs.state, attempts: jobs.attempts }).from(jobs);
    expect(states.every((s) => s.state === 'done' && s.attempts === 1)).toBe(true);
    await b.stop();
    await node.close();
  });

  it("commits a job's effects with its completion, and undoes them when it throws", async () => {
    const db = database().db;
    const job = await pendingJob(db, new Date(), 'effects');
    let fail = true;
    const handler: JobHandler = async (tx, _job, now) => {
      // An effect: a follow-on job in the same transaction.
      await enqueueJob(tx, { name: 'case.unclaimed_urgent', payload: {}, runAt: now });
      if (fail) throw new Error('handler broke');
    };
    const runner = start(handler);
    const now = new Date();
    expect(await runner.runDue(now)).toBe(1);
    const followOns = () => db.select().from(jobs).where(eq(jobs.name, 'case.unclaimed_urgent'));
    expect(await followOns()).toHaveLength(0);
    const [failed] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.id, job?.id ?? ''));
    expect(failed).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'Error: handler broke',
      finishedAt: null,
    });
    expect(failed?.runAt.getTime()).toBe(now.getTime() + backoffMs(1));
    // Not before its backoff.
    expect(await runner.runDue(new Date(now.getTime() + backoffMs(1) - 1))).toBe(0);
    fail = false;
    expect(await runner.runDue(new Date(now.getTime() + backoffMs(1)))).toBe(1);
    const [done] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.id, job?.id ?? ''));
    expect(done).toMatchObject({ state: 'done', attempts: 2 });
    expect(await followOns()).toHaveLength(1);
  });

  it('backs off exponentially and gives up after the last attempt, with a log', async () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffMs(30)).toBe(600_000);
    const db = database().db;
    const job = await pendingJob(db);
    const logs = new Logs();
    const runner = start(() => Promise.reject(new Error('always')), createLogger('info', logs));
    let now = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      expect(await runner.runDue(new Date(now))).toBe(1);
      now += backoffMs(attempt);
    }
    expect(await runner.runDue(new Date(now + 86_400_000))).toBe(0);
    const [failed] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.id, job?.id ?? ''));
    expect(failed).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS });
    expect(failed?.finishedAt).not.toBeNull();
    expect(logs.text).toContain('job failed for good');
    expect(logs.text).toContain('"job":"followup.due"');
  });

  it('keeps only the class and SQLSTATE of a database error', async () => {
    const db = database().db;
    const job = await pendingJob(db);
    const logs = new Logs();
    const runner = start(
      async (tx) => {
        await tx.execute("SELECT 'a secret value'::uuid");
      },
      createLogger('info', logs),
    );
    await runner.runDue();
    const [row] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.id, job?.id ?? ''));
    expect(row?.lastError).toBe('database error 22P02');
    expect(logs.text).toContain('database error 22P02');
    expect(logs.text).not.toContain('secret');
  });

  it('survives a restart: a job left pending by a stopped runner runs on the next one', async () => {
    const db = database().db;
    let ran = 0;
    const count: JobHandler = () => {
      ran += 1;
      return Promise.resolve();
    };
    const first = start(count);
    await first.stop();
    await pendingJob(db, new Date(Date.now() + 50));
    expect(ran).toBe(0);
    start(count, silent, { pollMs: 20 });
    for (let i = 0; i < 100 && ran === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(ran).toBe(1);
  });

  it('leaves a job it has no handler for pending, with one warning', async () => {
    const db = database().db;
    await enqueueJob(db, { name: 'case.unclaimed_urgent', payload: {}, runAt: new Date() });
    const logs = new Logs();
    start(async () => {}, createLogger('info', logs), { pollMs: 10 });
    for (let i = 0; i < 100 && !logs.text.includes('no handler'); i += 1) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(logs.text).toContain('due jobs have no handler on this node');
    expect(logs.text.match(/no handler on this node/g)).toHaveLength(1);
    const [row] = await db.select().from(jobs).where(eq(jobs.name, 'case.unclaimed_urgent'));
    expect(row).toMatchObject({ state: 'pending', attempts: 0 });
  });
});
