import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contacts, followUps, staffPresence } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildStaffUser } from '../testing/factories.ts';
import { anonymous, as } from '../testing/staff-session.ts';
import { queuedCase } from './test-support.ts';

interface Queue {
  serverTime: string;
  items: { caseId: string; urgency: string; waitingSeconds: number; channel: string }[];
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describeEachEngine('the triage queue', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;

  it('answers 401 without a session, 403 outside the helpline', async () => {
    expect((await anonymous(app, 'GET', '/api/v1/queue')).statusCode).toBe(401);
    const agent = await as(app, db(), 'institution_agent');
    expect((await agent.request('GET', '/api/v1/queue')).statusCode).toBe(403);
    const listener = await as(app, db(), 'listener');
    expect((await listener.request('GET', '/api/v1/queue/health')).statusCode).toBe(403);
  });

  it('lists emergencies first, then by urgency, oldest first within each', async () => {
    // Kénitra (281): a territory no other test of this block uses.
    const place = { regionCode: '04', provinceCode: '281' };
    const oldStandard = await queuedCase(db(), { ...place, createdAt: minutesAgo(90) });
    const newEmergency = await queuedCase(db(), {
      ...place,
      urgency: 'emergency',
      createdAt: minutesAgo(1),
    });
    const oldEmergency = await queuedCase(db(), {
      ...place,
      urgency: 'emergency',
      createdAt: minutesAgo(5),
    });
    const high = await queuedCase(db(), { ...place, urgency: 'high', createdAt: minutesAgo(30) });
    const medium = await queuedCase(db(), {
      ...place,
      urgency: 'medium',
      createdAt: minutesAgo(60),
    });
    await queuedCase(db(), { ...place, status: 'active' });
    await queuedCase(db(), { ...place, status: 'closed' });
    await db()
      .insert(contacts)
      .values({
        id: newId(),
        caseId: high.id,
        channel: 'phone',
        type: 'violence_report',
        direction: 'inbound',
        occurredAt: minutesAgo(30),
        dataKeyId: high.dataKeyId,
      });
    const listener = await as(app, db(), 'listener', {
      scopeLevel: 'province',
      scopeProvince: '281',
    });
    const answer = await listener.request('GET', '/api/v1/queue');
    expect(answer.statusCode).toBe(200);
    const queue = answer.json<Queue>();
    expect(queue.items.map((item) => item.caseId)).toEqual([
      oldEmergency.id,
      newEmergency.id,
      high.id,
      medium.id,
      oldStandard.id,
    ]);
    expect(queue.items[0]?.waitingSeconds).toBeGreaterThanOrEqual(299);
    expect(queue.items[2]?.channel).toBe('phone');
    expect(Math.abs(Date.parse(queue.serverTime) - Date.now())).toBeLessThan(5_000);
  });

  it("shows a listener only her territory's cases", async () => {
    const rabat = await queuedCase(db(), { regionCode: '04', provinceCode: '421' });
    const casablanca = await queuedCase(db(), { regionCode: '06', provinceCode: '141' });
    const nowhere = await queuedCase(db(), { regionCode: null, provinceCode: null });
    const regional = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '04' });
    const seen = (await regional.request('GET', '/api/v1/queue'))
      .json<Queue>()
      .items.map((item) => item.caseId);
    expect(seen).toContain(rabat.id);
    expect(seen).not.toContain(casablanca.id);
    expect(seen).not.toContain(nowhere.id);
    const national = await as(app, db(), 'listener');
    const all = (await national.request('GET', '/api/v1/queue'))
      .json<Queue>()
      .items.map((item) => item.caseId);
    expect(all).toEqual(expect.arrayContaining([rabat.id, casablanca.id, nowhere.id]));
  });

  it('gives supervisors the backlog, who is on duty with their load, and late follow-ups', async () => {
    // Khémisset (291): only this test's cases and staff are there.
    const place = { regionCode: '04', provinceCode: '291' };
    const scope = { scopeLevel: 'province' as const, scopeProvince: '291' };
    const supervisor = await as(app, db(), 'supervisor', scope);
    const onDuty = await buildStaffUser(db(), { role: 'listener', ...scope });
    const away = await buildStaffUser(db(), { role: 'listener', ...scope });
    const elsewhere = await buildStaffUser(db(), { role: 'listener' });
    await db()
      .insert(staffPresence)
      .values([
        { staffId: onDuty.id, lastSeenAt: new Date(Date.now() - 10_000) },
        { staffId: away.id, lastSeenAt: minutesAgo(10) },
      ]);
    await queuedCase(db(), { ...place, urgency: 'emergency', createdAt: minutesAgo(4) });
    await queuedCase(db(), { ...place, createdAt: minutesAgo(20) });
    const held = await queuedCase(db(), { ...place, ownerId: onDuty.id, status: 'in_triage' });
    await queuedCase(db(), { ...place, ownerId: onDuty.id, status: 'active' });
    await queuedCase(db(), { ...place, ownerId: onDuty.id, status: 'closed' });
    const late = newId();
    await db()
      .insert(followUps)
      .values([
        { id: late, caseId: held.id, kind: 'callback', dueAt: minutesAgo(15) },
        { id: newId(), caseId: held.id, kind: 'follow_up', dueAt: new Date(Date.now() + 3.6e6) },
        {
          id: newId(),
          caseId: held.id,
          kind: 'callback',
          dueAt: minutesAgo(30),
          doneAt: minutesAgo(20),
        },
      ]);
    const answer = await supervisor.request('GET', '/api/v1/queue/health');
    expect(answer.statusCode).toBe(200);
    const health = answer.json<{
      waiting: number;
      unclaimedUrgent: number;
      oldestWaitingSeconds: number;
      listeners: { id: string; onDuty: boolean; openCases: number; role: string }[];
      overdueFollowUps: { followUpId: string; reference: string; ownerName: string }[];
    }>();
    expect(health).toMatchObject({ waiting: 2, unclaimedUrgent: 1 });
    expect(health.oldestWaitingSeconds).toBeGreaterThanOrEqual(20 * 60 - 1);
    const byId = new Map(health.listeners.map((l) => [l.id, l]));
    expect(byId.get(onDuty.id)).toMatchObject({ onDuty: true, openCases: 2, role: 'listener' });
    expect(byId.get(away.id)).toMatchObject({ onDuty: false, openCases: 0 });
    expect(byId.has(supervisor.userId)).toBe(true);
    expect(byId.has(elsewhere.id)).toBe(false);
    expect(health.overdueFollowUps).toEqual([
      expect.objectContaining({
        followUpId: late,
        reference: held.reference,
        ownerName: 'Test Staff',
      }),
    ]);
  });
});
