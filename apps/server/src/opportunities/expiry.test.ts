import type { FastifyInstance } from 'fastify';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, jobs, opportunities } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as } from '../testing/staff-session.ts';
import { expireDaily, expireOpportunities, nextExpiryRun } from './expiry.ts';
import { loadMatchableOpportunities } from './matchable.ts';
import type { OpportunityView } from './schemas.ts';
import { casablancaToday } from './status.ts';
import { buildOpportunity, inDays, opportunityBody, put } from './test-support.ts';

describe('the daily expiry run', () => {
  it('runs at five past midnight on a Casablanca clock', () => {
    // UTC+1 in January 2025: 10:00 UTC is 11:00 in Casablanca; the next run is tonight 00:05.
    expect(nextExpiryRun(new Date('2025-01-15T10:00:00Z')).toISOString()).toBe(
      '2025-01-15T23:05:00.000Z',
    );
    // 23:30 UTC is already 00:30 on the 16th there: the next run is the night after.
    expect(nextExpiryRun(new Date('2025-01-15T23:30:00Z')).toISOString()).toBe(
      '2025-01-16T23:05:00.000Z',
    );
    // Ramadan 1446 (UTC+0): the run follows the clock change.
    expect(nextExpiryRun(new Date('2025-03-10T12:00:00Z')).toISOString()).toBe(
      '2025-03-11T00:05:00.000Z',
    );
  });

  it('reads a Casablanca calendar date, not a UTC one', () => {
    expect(casablancaToday(new Date('2025-01-15T23:30:00Z'))).toBe('2025-01-16');
    expect(casablancaToday(new Date('2025-01-15T22:30:00Z'))).toBe('2025-01-15');
  });
});

describeEachEngine('expired opportunities', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;

  it('read as expired from the day after their deadline, before the job has run', async () => {
    const manager = await as(app, db(), 'institution_manager');
    const p = manager.institutionId;
    const today = casablancaToday(new Date());
    const [deadlineToday, deadlinePassed, ended] = await Promise.all([
      buildOpportunity(db(), p, { title: 'Dernier jour', applyBy: today }),
      buildOpportunity(db(), p, { title: 'Trop tard', applyBy: inDays(-2) }),
      buildOpportunity(db(), p, { title: 'Fini', startsOn: inDays(-30), endsOn: inDays(-2) }),
    ]);
    const status = async (id: string) =>
      (await manager.request('GET', `/api/v1/opportunities/${id}`)).json<{
        opportunity: OpportunityView;
      }>().opportunity.status;
    expect(await status(deadlineToday.id)).toBe('open');
    expect(await status(deadlinePassed.id)).toBe('expired');
    expect(await status(ended.id)).toBe('expired');
    const open = await manager.request('GET', `/api/v1/opportunities?providerId=${p}`);
    expect(
      open.json<{ opportunities: OpportunityView[] }>().opportunities.map((o) => o.id),
    ).toEqual([deadlineToday.id]);
    // The rows themselves are untouched until the job runs.
    const rows = await db()
      .select()
      .from(opportunities)
      .where(inArray(opportunities.id, [deadlinePassed.id, ended.id]));
    expect(rows.map((r) => [r.active, r.expiredAt])).toEqual([
      [true, null],
      [true, null],
    ]);
  });

  it('are marked by the daily job, counted in one system audit event, once', async () => {
    const manager = await as(app, db(), 'institution_manager');
    const p = manager.institutionId;
    const [running, passed, ended, closed] = await Promise.all([
      buildOpportunity(db(), p, { applyBy: inDays(5) }),
      buildOpportunity(db(), p, { applyBy: inDays(-2) }),
      buildOpportunity(db(), p, { startsOn: inDays(-40), endsOn: inDays(-3) }),
      buildOpportunity(db(), p, { applyBy: inDays(-2), closedAt: new Date(), active: false }),
    ]);
    // Offers left from the earlier test expire too: count this provider's own below.
    const now = new Date();
    const marked = await db().transaction((tx) => expireOpportunities(tx, now));
    expect(marked).toBeGreaterThanOrEqual(2);
    const rows = await db().select().from(opportunities).where(eq(opportunities.providerId, p));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(running.id)).toMatchObject({ active: true, expiredAt: null });
    expect(byId.get(passed.id)).toMatchObject({ active: false, expiredAt: now });
    expect(byId.get(ended.id)).toMatchObject({ active: false, expiredAt: now });
    // A closed offer stays closed: not expired on top of it.
    expect(byId.get(closed.id)).toMatchObject({ expiredAt: null });

    const events = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'opportunity.expired'));
    expect(events).toEqual([
      expect.objectContaining({
        actorId: null,
        recordType: 'opportunity',
        recordId: null,
        diff: { count: marked, on: casablancaToday(now) },
      }),
    ]);
    // Matching no longer sees them.
    const candidates = await loadMatchableOpportunities(db(), {
      regionCode: '06',
      provinceCode: null,
    });
    const seen = new Set(candidates.map((c) => c.id));
    expect([running.id, passed.id, ended.id].map((id) => seen.has(id))).toEqual([
      true,
      false,
      false,
    ]);

    // A second run finds nothing new and says nothing.
    expect(await db().transaction((tx) => expireOpportunities(tx, new Date()))).toBe(0);
    expect(
      await db().select().from(auditEvents).where(eq(auditEvents.action, 'opportunity.expired')),
    ).toHaveLength(1);
  });

  it('arms the next day’s run from each run', async () => {
    const now = new Date();
    await db().transaction((tx) =>
      expireDaily(
        tx,
        {
          id: crypto.randomUUID(),
          name: 'opportunity.expire',
          payload: {},
          attempt: 1,
          runAt: now,
        },
        now,
      ),
    );
    const pending = await db()
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, 'opportunity.expire'), eq(jobs.state, 'pending')));
    expect(pending.map((j) => j.runAt.toISOString())).toEqual([nextExpiryRun(now).toISOString()]);
  });

  it('come back when their manager moves the dates ahead', async () => {
    const manager = await as(app, db(), 'institution_manager');
    const created = await manager.request(
      'POST',
      '/api/v1/opportunities',
      opportunityBody({ applyBy: null, startsOn: inDays(-30), endsOn: inDays(-2) }),
    );
    const { id } = created.json<{ opportunity: OpportunityView }>().opportunity;
    await db().transaction((tx) => expireOpportunities(tx, new Date()));
    const moved = await put(
      app,
      manager,
      `/api/v1/opportunities/${id}`,
      opportunityBody({
        version: 1,
        applyBy: inDays(10),
        startsOn: inDays(20),
        endsOn: inDays(60),
      }),
    );
    expect(moved.json()).toMatchObject({ opportunity: { status: 'open', version: 2 } });
    const [row] = await db().select().from(opportunities).where(eq(opportunities.id, id));
    expect(row).toMatchObject({ active: true, expiredAt: null });
  });
});
