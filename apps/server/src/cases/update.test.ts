import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, cases, jobs, liveEvents, safetyPlans } from '../db/schema/index.ts';
import { buildTestApp, LogCapture } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as, type StaffClient } from '../testing/staff-session.ts';
import { fileReport } from './test-support.ts';
import type { CaseView } from './view-schema.ts';

describeEachEngine('case file changes', (database) => {
  let app: FastifyInstance;
  let listener: StaffClient;
  const logs = new LogCapture();
  beforeAll(async () => {
    app = await buildTestApp(database(), { logs });
    listener = await as(app, database().db, 'listener');
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const newCase = async () => (await fileReport(app, db())).caseId;

  describe('PATCH with optimistic concurrency', () => {
    it('changes what differs, bumps the version, audits codes and announces the change', async () => {
      const caseId = await newCase();
      const response = await listener.request('PATCH', `/api/v1/cases/${caseId}`, {
        version: 1,
        urgency: 'emergency',
        areaType: 'rural',
        safetyPlan: 'Keep a bag at her sister’s; code word with neighbour',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        version: 2,
        urgency: 'emergency',
        areaType: 'rural',
        safetyPlan: 'Keep a bag at her sister’s; code word with neighbour',
      });
      const [plan] = await db().select().from(safetyPlans).where(eq(safetyPlans.caseId, caseId));
      expect(plan?.planEnc.toString('latin1')).not.toContain('sister');
      const events = await db().select().from(auditEvents).where(eq(auditEvents.caseId, caseId));
      const updated = events.find((e) => e.action === 'case.updated');
      expect(updated?.diff).toEqual({
        urgency: 'emergency',
        urgencyBefore: 'high',
        areaType: 'rural',
        areaTypeBefore: 'urban',
      });
      expect(events.find((e) => e.action === 'safety_plan.updated')?.diff).toEqual({
        plan: 'written',
      });
      expect(JSON.stringify(events)).not.toContain('sister');
      const [live] = await db()
        .select()
        .from(liveEvents)
        .where(and(eq(liveEvents.caseId, caseId), eq(liveEvents.kind, 'case.updated')));
      expect(live).toMatchObject({
        audience: 'helpline',
        regionCode: '06',
        provinceCode: '141',
        payload: { status: 'new', urgency: 'emergency', version: 2 },
      });
    });

    it('refuses a stale write with the current version, and changes nothing', async () => {
      const caseId = await newCase();
      const url = `/api/v1/cases/${caseId}`;
      expect(
        (await listener.request('PATCH', url, { version: 1, urgency: 'medium' })).statusCode,
      ).toBe(200);
      const stale = await listener.request('PATCH', url, { version: 1, urgency: 'standard' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        error: { code: 'stale_version', current: { version: 2 } },
      });
      const [row] = await db().select().from(cases).where(eq(cases.id, caseId));
      expect(row).toMatchObject({ urgency: 'medium', version: 2 });
      // Saving the same values again is not a change: nobody else's copy goes stale.
      const same = await listener.request('PATCH', url, { version: 2, urgency: 'medium' });
      expect(same.json()).toMatchObject({ urgency: 'medium', version: 2 });
      // It still answered the whole file: that reading is in the audit trail.
      const reads = await db()
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.caseId, caseId),
            eq(auditEvents.action, 'case.read'),
            eq(auditEvents.actorId, listener.userId),
          ),
        );
      expect(reads).toHaveLength(1);
    });

    it('lets exactly one of two concurrent writers of the same version win', async () => {
      const caseId = await newCase();
      const url = `/api/v1/cases/${caseId}`;
      const other = await as(app, db(), 'supervisor');
      const answers = await Promise.all([
        listener.request('PATCH', url, { version: 1, urgency: 'medium' }),
        other.request('PATCH', url, { version: 1, urgency: 'emergency' }),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      const winner = answers.find((a) => a.statusCode === 200)?.json<CaseView>();
      const [row] = await db().select().from(cases).where(eq(cases.id, caseId));
      expect(row).toMatchObject({ version: 2, urgency: winner?.urgency });
      const loser = answers.find((a) => a.statusCode === 409);
      expect(loser?.json()).toMatchObject({ error: { current: { version: 2 } } });
    });

    it('refuses to move a case out of the mover’s territory', async () => {
      const caseId = await newCase();
      const regional = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '06' });
      const moved = await regional.request('PATCH', `/api/v1/cases/${caseId}`, {
        version: 1,
        provinceCode: '541',
      });
      expect(moved.statusCode).toBe(403);
      const national = await listener.request('PATCH', `/api/v1/cases/${caseId}`, {
        version: 1,
        provinceCode: '541',
      });
      expect(national.json()).toMatchObject({ provinceCode: '541', regionCode: '09', version: 2 });
      // The old place hears of it too, so its screens drop the case.
      const announced = await db()
        .select({ regionCode: liveEvents.regionCode })
        .from(liveEvents)
        .where(and(eq(liveEvents.caseId, caseId), eq(liveEvents.kind, 'case.updated')));
      expect(announced.map((e) => e.regionCode).sort()).toEqual(['06', '09']);
    });
  });

  describe('status transitions', () => {
    const move = (caseId: string, body: Record<string, unknown>) =>
      listener.request('POST', `/api/v1/cases/${caseId}/status`, body);

    it('walks new → in_triage → active → closed → active, with reason codes', async () => {
      const caseId = await newCase();
      expect((await move(caseId, { version: 1, status: 'in_triage' })).json()).toMatchObject({
        status: 'in_triage',
        allowedTransitions: ['active', 'closed'],
      });
      await move(caseId, { version: 2, status: 'active' });
      const closed = await move(caseId, {
        version: 3,
        status: 'closed',
        reason: 'referred_onward',
      });
      expect(closed.json()).toMatchObject({ status: 'closed', allowedTransitions: ['active'] });
      const [row] = await db().select().from(cases).where(eq(cases.id, caseId));
      expect(row?.closedReason).toBe('referred_onward');
      expect(row?.closedAt).not.toBeNull();
      const reopened = await move(caseId, { version: 4, status: 'active', reason: 'new_contact' });
      expect(reopened.json()).toMatchObject({ status: 'active', version: 5 });
      const [again] = await db().select().from(cases).where(eq(cases.id, caseId));
      expect(again).toMatchObject({ closedReason: null, closedAt: null });
      const view = reopened.json<CaseView>();
      expect(view.timeline.filter((t) => t.kind === 'case.status_changed').at(-1)).toMatchObject({
        by: { id: listener.userId },
        summary: { from: 'closed', to: 'active', reason: 'new_contact' },
      });
    });

    it('refuses an impossible transition with 409 and a missing or wrong reason with 400', async () => {
      const caseId = await newCase();
      const skip = await move(caseId, { version: 1, status: 'active' });
      expect(skip.statusCode).toBe(409);
      expect(skip.json()).toMatchObject({ error: { code: 'invalid_transition' } });
      expect((await move(caseId, { version: 1, status: 'new' })).statusCode).toBe(409);
      for (const [body, issue] of [
        [{ version: 1, status: 'closed' }, 'required'],
        [{ version: 1, status: 'closed', reason: 'she is fine now' }, 'invalid_choice'],
        [{ version: 1, status: 'in_triage', reason: 'resolved' }, 'unknown_field'],
      ] as const) {
        const refused = await move(caseId, body);
        expect(refused.statusCode).toBe(400);
        expect(refused.json()).toMatchObject({
          error: { code: 'validation_failed', fields: [{ field: 'body.reason', issue }] },
        });
      }
      const [row] = await db().select().from(cases).where(eq(cases.id, caseId));
      expect(row).toMatchObject({ status: 'new', version: 1 });
    });
  });

  describe('a waiting case raised to an emergency', () => {
    it('sounds the urgent alert and arms the unclaimed timer, as the urgent button does', async () => {
      const caseId = await newCase();
      const response = await listener.request('POST', `/api/v1/cases/${caseId}/risk-assessments`, {
        version: 1,
        answers: { isolated: 'yes' },
        overrideLevel: 'emergency',
        overrideReason: 'He is outside her door right now',
      });
      expect(response.statusCode).toBe(201);
      const alerts = await db()
        .select()
        .from(liveEvents)
        .where(and(eq(liveEvents.caseId, caseId), eq(liveEvents.kind, 'alert.urgent')));
      expect(alerts).toHaveLength(1);
      const timers = await db()
        .select()
        .from(jobs)
        .where(and(eq(jobs.singletonKey, caseId), eq(jobs.name, 'case.unclaimed_urgent')));
      expect(timers).toMatchObject([{ state: 'pending', payload: { caseId, round: 1 } }]);
      // Raising it again (already an emergency) does not sound a second alert.
      await listener.request('PATCH', `/api/v1/cases/${caseId}`, {
        version: 2,
        safetyPlan: 'Go to her sister',
      });
      const again = await db()
        .select()
        .from(liveEvents)
        .where(and(eq(liveEvents.caseId, caseId), eq(liveEvents.kind, 'alert.urgent')));
      expect(again).toHaveLength(1);
    });
  });

  describe('risk assessment by a listener', () => {
    const assess = (caseId: string, body: Record<string, unknown>) =>
      listener.request('POST', `/api/v1/cases/${caseId}/risk-assessments`, body);

    it('scores with the app’s checklist; a red flag raises the level; urgency follows', async () => {
      const caseId = await newCase();
      const response = await assess(caseId, {
        version: 1,
        answers: { threats_to_kill: 'yes', isolated: 'no' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        urgency: 'high',
        version: 2,
        riskAssessments: [
          {
            answers: { threats_to_kill: 'yes', isolated: 'no' },
            redFlags: ['threats_to_kill'],
            computedLevel: 'high',
            finalLevel: 'high',
            assessedBy: { id: listener.userId },
          },
          { assessedBy: null },
        ],
      });
    });

    it('never lowers an emergency silently: only an explicit judgement with a reason does', async () => {
      const { caseId } = await fileReport(app, db(), {
        kind: 'urgent',
        risk: undefined,
        harms: undefined,
        when: undefined,
        perpetrator: undefined,
        narrative: undefined,
        safeNow: undefined,
        contact: undefined,
        areaType: undefined,
      });
      const kept = await assess(caseId, { version: 1, answers: { isolated: 'no' } });
      expect(kept.statusCode).toBe(201);
      expect(kept.json()).toMatchObject({
        urgency: 'emergency',
        riskAssessments: [{ computedLevel: 'standard', finalLevel: 'emergency' }, {}],
      });
      const lowered = await assess(caseId, {
        version: 2,
        answers: { isolated: 'no' },
        overrideLevel: 'medium',
        overrideReason: 'She is safe at her sister’s house now',
      });
      expect(lowered.statusCode).toBe(201);
      expect(lowered.json()).toMatchObject({ urgency: 'medium' });
    });

    it('accepts professional judgement with a reason, encrypted, and refuses it without', async () => {
      const caseId = await newCase();
      const without = await assess(caseId, {
        version: 1,
        answers: { isolated: 'yes' },
        overrideLevel: 'emergency',
      });
      expect(without.statusCode).toBe(400);
      expect(without.json()).toMatchObject({
        error: { fields: [{ field: 'body.overrideReason', issue: 'required' }] },
      });
      const lowered = await assess(caseId, {
        version: 1,
        answers: { choking: 'yes' },
        overrideLevel: 'standard',
        overrideReason: 'She says it was years ago',
      });
      expect(lowered.json()).toMatchObject({
        error: { fields: [{ field: 'body.overrideLevel', issue: 'invalid_choice' }] },
      });
      const overridden = await assess(caseId, {
        version: 1,
        answers: { isolated: 'yes' },
        overrideLevel: 'emergency',
        overrideReason: 'He is outside her door right now',
      });
      expect(overridden.statusCode).toBe(201);
      expect(overridden.json()).toMatchObject({
        urgency: 'emergency',
        riskAssessments: [
          {
            computedLevel: 'standard',
            finalLevel: 'emergency',
            overrideReason: 'He is outside her door right now',
          },
          {},
        ],
      });
      const trail = JSON.stringify(
        await db().select().from(auditEvents).where(eq(auditEvents.caseId, caseId)),
      );
      expect(trail).not.toContain('outside her door');
      expect(trail).toContain('"overridden":true');
      // Requests, refusals and answers are logged by route, never with what she said.
      expect(logs.lines.length).toBeGreaterThan(0);
      for (const words of ['outside her door', 'years ago', 'sister']) {
        expect(logs.text).not.toContain(words);
      }
    });
  });
});
