import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cases } from '../db/schema/index.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { anonymous, as } from '../testing/staff-session.ts';
import { auditedOn, eventsOf, queuedCase, timersOf } from './test-support.ts';

describeEachEngine('claiming a case', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const claim = (client: Awaited<ReturnType<typeof as>>, caseId: string) =>
    client.request('POST', `/api/v1/cases/${caseId}/claim`);

  it('answers 401 without a session and 403 to roles outside the helpline', async () => {
    const { id } = await queuedCase(db());
    expect((await anonymous(app, 'POST', `/api/v1/cases/${id}/claim`)).statusCode).toBe(401);
    for (const role of ['institution_agent', 'analyst', 'admin'] as const) {
      expect((await claim(await as(app, db(), role), id)).statusCode, role).toBe(403);
    }
  });

  it('lets exactly one of two racing listeners win; the other hears who did', async () => {
    const { id } = await queuedCase(db(), { urgency: 'emergency' });
    await enqueueJob(db(), {
      name: 'case.unclaimed_urgent',
      payload: { caseId: id, round: 1 },
      runAt: new Date(Date.now() + 60_000),
      singletonKey: id,
    });
    const amina = await as(app, db(), 'listener');
    const salma = await as(app, db(), 'listener');
    const answers = await Promise.all([claim(amina, id), claim(salma, id)]);
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = answers.find((a) => a.statusCode === 200);
    const loser = answers.find((a) => a.statusCode === 409);
    const won = winner?.json<{ claimedBy: { id: string; name: string }; version: number }>();
    expect([amina.userId, salma.userId]).toContain(won?.claimedBy.id);
    expect(won?.claimedBy.name).toBe('Test Staff');
    expect(won?.version).toBe(2);
    expect(loser?.json()).toMatchObject({
      error: { code: 'already_claimed', current: { claimedBy: won?.claimedBy } },
    });

    const [row] = await db().select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({ ownerId: won?.claimedBy.id, status: 'in_triage', version: 2 });
    expect(row?.claimedAt).toBeInstanceOf(Date);
    expect(row?.firstContactAt).toEqual(row?.claimedAt);
    expect((await timersOf(db(), id)).map((job) => job.state)).toEqual(['cancelled']);
    const claimed = (await eventsOf(db(), id)).filter((e) => e.kind === 'case.claimed');
    expect(claimed).toHaveLength(1);
    expect(claimed[0]).toMatchObject({
      audience: 'helpline',
      regionCode: '06',
      payload: { claimedBy: won?.claimedBy, status: 'in_triage', version: 2 },
    });
    expect(await auditedOn(db(), id, 'case.claimed')).toHaveLength(1);
  });

  it('answers a second claim by the holder as the first, changing nothing', async () => {
    const { id } = await queuedCase(db());
    const amina = await as(app, db(), 'listener');
    const first = await claim(amina, id);
    const again = await claim(amina, id);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await auditedOn(db(), id, 'case.claimed')).toHaveLength(1);
    const [row] = await db().select().from(cases).where(eq(cases.id, id));
    expect(row?.version).toBe(2);
  });

  it('keeps the first contact time when a case is claimed again later', async () => {
    const { id } = await queuedCase(db());
    const amina = await as(app, db(), 'listener');
    await claim(amina, id);
    const [first] = await db().select().from(cases).where(eq(cases.id, id));
    await amina.request('POST', `/api/v1/cases/${id}/release`);
    await claim(await as(app, db(), 'listener'), id);
    const [later] = await db().select().from(cases).where(eq(cases.id, id));
    expect(later?.firstContactAt).toEqual(first?.firstContactAt);
    expect(later?.claimedAt?.getTime()).toBeGreaterThanOrEqual(first?.claimedAt?.getTime() ?? 0);
  });

  it('answers 404 for a case outside the listener’s territory and for no case at all', async () => {
    const casablanca = await queuedCase(db(), { regionCode: '06', provinceCode: '141' });
    const rabat = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '04' });
    const outside = await claim(rabat, casablanca.id);
    expect(outside.statusCode).toBe(404);
    expect(outside.json()).toMatchObject({ error: { code: 'not_found' } });
    const [row] = await db().select().from(cases).where(eq(cases.id, casablanca.id));
    expect(row?.ownerId).toBeNull();
    expect((await claim(rabat, '01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('refuses to claim a closed case', async () => {
    const { id } = await queuedCase(db(), { status: 'closed' });
    const answer = await claim(await as(app, db(), 'listener'), id);
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ error: { code: 'invalid_transition' } });
  });
});
