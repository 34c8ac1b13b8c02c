import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cases, followUps, staffUsers } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildStaffUser } from '../testing/factories.ts';
import { as } from '../testing/staff-session.ts';
import { auditedOn, eventsOf, queuedCase, timersOf } from './test-support.ts';

describeEachEngine('releasing and reassigning a case', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const ownerOf = async (id: string) =>
    (await db().select().from(cases).where(eq(cases.id, id)))[0]?.ownerId;

  it('lets the holder release; the case is back in the queue and its timer re-armed', async () => {
    const { id } = await queuedCase(db(), { urgency: 'emergency' });
    const amina = await as(app, db(), 'listener');
    await amina.request('POST', `/api/v1/cases/${id}/claim`);
    const released = await amina.request('POST', `/api/v1/cases/${id}/release`);
    expect(released.statusCode).toBe(200);
    expect(released.json()).toEqual({ caseId: id, version: 3 });
    const [row] = await db().select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({ ownerId: null, claimedAt: null, status: 'in_triage' });
    const pending = (await timersOf(db(), id)).filter((job) => job.state === 'pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]?.runAt.getTime()).toBeGreaterThan(Date.now() + 60_000);
    expect((await eventsOf(db(), id)).map((e) => e.kind)).toContain('case.released');
    expect(await auditedOn(db(), id, 'case.released')).toHaveLength(1);
  });

  it('refuses a release by another listener or of an unclaimed case (not_claimed)', async () => {
    const { id } = await queuedCase(db());
    const amina = await as(app, db(), 'listener');
    const salma = await as(app, db(), 'listener');
    const unclaimed = await salma.request('POST', `/api/v1/cases/${id}/release`);
    expect(unclaimed.statusCode).toBe(409);
    expect(unclaimed.json()).toMatchObject({ error: { code: 'not_claimed' } });
    await amina.request('POST', `/api/v1/cases/${id}/claim`);
    const notHers = await salma.request('POST', `/api/v1/cases/${id}/release`);
    expect(notHers.statusCode).toBe(409);
    expect(notHers.json()).toMatchObject({ error: { code: 'not_claimed' } });
    expect(await ownerOf(id)).toBe(amina.userId);
  });

  it('lets a supervisor release someone else’s case, not one outside the territory', async () => {
    const { id } = await queuedCase(db());
    const amina = await as(app, db(), 'listener');
    await amina.request('POST', `/api/v1/cases/${id}/claim`);
    const rabat = await as(app, db(), 'supervisor', { scopeLevel: 'region', scopeRegion: '04' });
    expect((await rabat.request('POST', `/api/v1/cases/${id}/release`)).statusCode).toBe(404);
    const supervisor = await as(app, db(), 'supervisor');
    expect((await supervisor.request('POST', `/api/v1/cases/${id}/release`)).statusCode).toBe(200);
    expect(await ownerOf(id)).toBeNull();
    const [event] = await auditedOn(db(), id, 'case.released');
    expect(event?.diff).toMatchObject({ previousOwnerId: amina.userId, bySupervisor: true });
  });

  it('lets a supervisor hand a case to a listener whose territory covers it', async () => {
    const { id } = await queuedCase(db(), { urgency: 'emergency' });
    const supervisor = await as(app, db(), 'supervisor');
    const listener = await buildStaffUser(db(), {
      role: 'listener',
      scopeLevel: 'region',
      scopeRegion: '06',
    });
    const answer = await supervisor.request('POST', `/api/v1/cases/${id}/reassign`, {
      staffId: listener.id,
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      caseId: id,
      claimedBy: { id: listener.id, name: 'Test Staff' },
      version: 2,
    });
    const [row] = await db().select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({ ownerId: listener.id, status: 'in_triage', firstContactAt: null });
    const claimed = (await eventsOf(db(), id)).find((e) => e.kind === 'case.claimed');
    expect(claimed?.payload).toMatchObject({ claimedBy: { id: listener.id } });
    const [audit] = await auditedOn(db(), id, 'case.reassigned');
    expect(audit?.diff).toMatchObject({ fromStaffId: null, toStaffId: listener.id });
  });

  it('moves the previous holder’s pending call-backs to the new holder', async () => {
    const { id } = await queuedCase(db(), { urgency: 'high' });
    const before = await as(app, db(), 'listener');
    expect((await before.request('POST', `/api/v1/cases/${id}/claim`)).statusCode).toBe(200);
    const planned = await before.request('POST', `/api/v1/cases/${id}/follow-ups`, {
      kind: 'callback',
      dueAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(planned.statusCode).toBe(201);
    const after = await buildStaffUser(db(), { role: 'listener', scopeLevel: 'national' });
    const supervisor = await as(app, db(), 'supervisor');
    const moved = await supervisor.request('POST', `/api/v1/cases/${id}/reassign`, {
      staffId: after.id,
    });
    expect(moved.statusCode).toBe(200);
    const pending = await db().select().from(followUps).where(eq(followUps.caseId, id));
    expect(pending.map((f) => f.assignedTo)).toEqual([after.id]);
  });

  it('refuses a target who could not work the case, on body.staffId', async () => {
    const { id } = await queuedCase(db());
    const supervisor = await as(app, db(), 'supervisor');
    const rabat = await buildStaffUser(db(), {
      role: 'listener',
      scopeLevel: 'region',
      scopeRegion: '04',
    });
    const analyst = await buildStaffUser(db(), { role: 'analyst' });
    const disabled = await buildStaffUser(db(), { role: 'listener' });
    await db()
      .update(staffUsers)
      .set({ disabledAt: new Date() })
      .where(eq(staffUsers.id, disabled.id));
    for (const staffId of [
      rabat.id,
      analyst.id,
      disabled.id,
      '01900000-0000-7000-8000-00000000abcd',
    ]) {
      const answer = await supervisor.request(
        'POST',
        `/api/v1/cases/${id}/reassign`,
        { staffId },
        { 'accept-language': 'fr' },
      );
      expect(answer.statusCode, staffId).toBe(400);
      expect(answer.json()).toMatchObject({
        error: {
          code: 'validation_failed',
          message: 'Certaines informations ne sont pas valides. Vérifiez les champs indiqués.',
          fields: [{ field: 'body.staffId', issue: 'invalid_choice' }],
        },
      });
    }
    expect(await ownerOf(id)).toBeNull();
  });

  it('keeps reassignment to supervisors', async () => {
    const { id } = await queuedCase(db());
    const amina = await as(app, db(), 'listener');
    const answer = await amina.request('POST', `/api/v1/cases/${id}/reassign`, {
      staffId: amina.userId,
    });
    expect(answer.statusCode).toBe(403);
  });
});
