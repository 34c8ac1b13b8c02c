import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileReport } from '../cases/test-support.ts';
import { jobs, liveEvents } from '../db/schema/index.ts';
import { startJobRunner } from '../platform/jobs/runner.ts';
import { createLogger } from '../platform/logger.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as } from '../testing/staff-session.ts';
import { DEFAULT_QUEUE_DEADLINES } from './deadlines.ts';
import { queueJobHandlers } from './jobs.ts';

/**
 * A call-back promised through the API is a durable job: the node that was running when it
 * was planned goes away before it falls due, and another node (a fresh runner over the same
 * database) reminds the listener — once.
 */
describeEachEngine('follow-up reminders across a restart', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('fires from the job after the first runner stopped, exactly once', async () => {
    const { db } = database();
    const listener = await as(app, db, 'listener');
    const { caseId } = await fileReport(app, db);
    expect((await listener.request('POST', `/api/v1/cases/${caseId}/claim`)).statusCode).toBe(200);
    const dueAt = new Date(Date.now() + 60_000);
    const planned = await listener.request('POST', `/api/v1/cases/${caseId}/follow-ups`, {
      kind: 'callback',
      dueAt: dueAt.toISOString(),
    });
    expect(planned.statusCode).toBe(201);

    const handlers = queueJobHandlers(DEFAULT_QUEUE_DEADLINES);
    const silent = createLogger('silent');
    const before = startJobRunner(db, handlers, silent, { pollMs: 3_600_000 });
    expect(await before.runDue(new Date())).toBe(0); // not due yet
    await before.stop(); // the node goes away

    const after = startJobRunner(db, handlers, silent, { pollMs: 3_600_000 });
    try {
      const later = new Date(dueAt.getTime() + 1_000);
      expect(await after.runDue(later)).toBe(1);
      expect(await after.runDue(later)).toBe(0);
    } finally {
      await after.stop();
    }
    const reminders = await db
      .select()
      .from(liveEvents)
      .where(and(eq(liveEvents.caseId, caseId), eq(liveEvents.kind, 'followup.due')));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ audience: 'staff', staffId: listener.userId });
    const [job] = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, 'followup.due'), eq(jobs.state, 'done')));
    expect(job?.payload).toMatchObject({ caseId });
  });
});
