import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { cases, followUps, jobs, staffUsers } from '../db/schema/index.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import type { DueJob, JobHandler } from '../platform/jobs/types.ts';
import { newId } from '../platform/ids.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildStaffUser } from '../testing/factories.ts';
import { queueJobHandlers } from './jobs.ts';
import { eventsOf, queuedCase, timersOf } from './test-support.ts';

const deadlines = { urgentClaimMs: 120_000 };
const handlers = queueJobHandlers(deadlines);

function handler(name: 'case.unclaimed_urgent' | 'followup.due'): JobHandler {
  const found = handlers[name];
  if (!found) throw new Error(`no handler for ${name}`);
  return found;
}

/**
 * Runs a pending job's handler the way the runner does (platform/jobs/runner.ts, tested on its
 * own): in one transaction that first marks the job done, then runs the handler.
 */
async function runJob(db: Db, jobId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(jobs)
      .set({ state: 'done', finishedAt: now })
      .where(eq(jobs.id, jobId))
      .returning();
    if (!row) throw new Error('no such job');
    const job: DueJob = {
      id: row.id,
      name: row.name as DueJob['name'],
      payload: row.payload,
      attempt: 1,
      runAt: row.runAt,
    };
    await handler(job.name as 'case.unclaimed_urgent' | 'followup.due')(tx, job, now);
  });
}

async function pendingTimer(db: Db, caseId: string) {
  return (await timersOf(db, caseId)).find((job) => job.state === 'pending');
}

describeEachEngine('queue job handlers', (database) => {
  const db = () => database().db;

  it('alerts the supervisors about an unclaimed emergency, round after round', async () => {
    const createdAt = new Date(Date.now() - 125_000);
    const { id } = await queuedCase(db(), {
      urgency: 'emergency',
      createdAt,
      regionCode: '04',
      provinceCode: '421',
    });
    await enqueueJob(db(), {
      name: 'case.unclaimed_urgent',
      payload: { caseId: id, round: 1 },
      runAt: new Date(createdAt.getTime() + 120_000),
      singletonKey: id,
    });
    const first = await pendingTimer(db(), id);
    const now = new Date();
    await runJob(db(), first?.id ?? '', now);

    const [alert] = (await eventsOf(db(), id)).filter((e) => e.kind === 'alert.unclaimed');
    expect(alert).toMatchObject({
      audience: 'supervisors',
      regionCode: '04',
      provinceCode: '421',
      payload: { round: 1 },
    });
    expect(alert?.payload['waitingSeconds']).toBeGreaterThanOrEqual(125);
    const second = await pendingTimer(db(), id);
    expect(second?.id).not.toBe(first?.id);
    expect(second?.payload).toEqual({ caseId: id, round: 2 });
    expect(second?.runAt.getTime()).toBe(now.getTime() + 120_000);

    await runJob(db(), second?.id ?? '', new Date(now.getTime() + 120_000));
    const rounds = (await eventsOf(db(), id))
      .filter((e) => e.kind === 'alert.unclaimed')
      .map((e) => e.payload['round']);
    expect(rounds).toEqual([1, 2]);
    expect((await pendingTimer(db(), id))?.payload).toEqual({ caseId: id, round: 3 });
  });

  it('stays silent and stops once the case is claimed, closed or no longer an emergency', async () => {
    const listener = await buildStaffUser(db(), { role: 'listener' });
    const claimed = await queuedCase(db(), { urgency: 'emergency', ownerId: listener.id });
    const closed = await queuedCase(db(), { urgency: 'emergency', status: 'closed' });
    const lowered = await queuedCase(db(), { urgency: 'high' });
    for (const { id } of [claimed, closed, lowered]) {
      await enqueueJob(db(), {
        name: 'case.unclaimed_urgent',
        payload: { caseId: id, round: 1 },
        runAt: new Date(),
        singletonKey: id,
      });
      await runJob(db(), (await pendingTimer(db(), id))?.id ?? '', new Date());
      expect(await eventsOf(db(), id)).toEqual([]);
      expect(await pendingTimer(db(), id)).toBeUndefined();
    }
  });

  async function followUp(
    overrides: Partial<typeof followUps.$inferInsert> & { caseId: string },
  ): Promise<{ followUpId: string; jobId: string; dueAt: Date }> {
    const followUpId = newId();
    const dueAt = new Date(Date.now() - 1_000);
    await db()
      .insert(followUps)
      .values({ id: followUpId, kind: 'callback', dueAt, ...overrides });
    await enqueueJob(db(), {
      name: 'followup.due',
      payload: { followUpId, caseId: overrides.caseId },
      runAt: dueAt,
      singletonKey: followUpId,
    });
    const [job] = await db().select().from(jobs).where(eq(jobs.singletonKey, followUpId));
    return { followUpId, jobId: job?.id ?? '', dueAt };
  }

  it('reminds the assignee of a follow-up that fell due, and records it', async () => {
    const owner = await buildStaffUser(db(), { role: 'listener' });
    const assignee = await buildStaffUser(db(), { role: 'listener' });
    const { id: caseId } = await queuedCase(db(), { ownerId: owner.id, status: 'active' });
    const due = await followUp({ caseId, assignedTo: assignee.id });
    const now = new Date();
    await runJob(db(), due.jobId, now);
    const [event] = (await eventsOf(db(), caseId)).filter((e) => e.kind === 'followup.due');
    expect(event).toMatchObject({
      audience: 'staff',
      staffId: assignee.id,
      payload: { followUpId: due.followUpId, dueAt: due.dueAt.toISOString() },
    });
    const [row] = await db().select().from(followUps).where(eq(followUps.id, due.followUpId));
    expect(row?.remindedAt?.getTime()).toBe(now.getTime());
  });

  it('falls back to the case owner, then to the supervisors; a done follow-up is left alone', async () => {
    const owner = await buildStaffUser(db(), { role: 'listener' });
    const gone = await buildStaffUser(db(), { role: 'listener' });
    await db().update(staffUsers).set({ disabledAt: new Date() }).where(eq(staffUsers.id, gone.id));
    const { id: caseId } = await queuedCase(db(), { ownerId: owner.id, status: 'active' });
    const toOwner = await followUp({ caseId, assignedTo: gone.id });
    await runJob(db(), toOwner.jobId, new Date());
    await db().update(cases).set({ ownerId: null }).where(eq(cases.id, caseId));
    const toSupervisors = await followUp({ caseId });
    await runJob(db(), toSupervisors.jobId, new Date());
    const done = await followUp({ caseId, doneAt: new Date() });
    await runJob(db(), done.jobId, new Date());

    const reminders = (await eventsOf(db(), caseId)).filter((e) => e.kind === 'followup.due');
    expect(reminders.map((e) => [e.audience, e.staffId, e.payload['followUpId']])).toEqual([
      ['staff', owner.id, toOwner.followUpId],
      ['supervisors', null, toSupervisors.followUpId],
    ]);
    const [untouched] = await db()
      .select()
      .from(followUps)
      .where(eq(followUps.id, done.followUpId));
    expect(untouched?.remindedAt).toBeNull();
  });
});
