import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, followUps, incidents, jobs } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildCase, buildInstitution } from '../testing/factories.ts';
import { as, type StaffClient } from '../testing/staff-session.ts';
import { fileReport } from './test-support.ts';
import type { CaseView } from './view-schema.ts';

describeEachEngine('case file records', (database) => {
  let app: FastifyInstance;
  let listener: StaffClient;
  beforeAll(async () => {
    app = await buildTestApp(database());
    listener = await as(app, database().db, 'listener');
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const newCase = async () => (await fileReport(app, db())).caseId;

  describe('incidents', () => {
    it('proposes the GBVIMS type from the legal forms, and keeps one she chose', async () => {
      const caseId = await newCase();
      const url = `/api/v1/cases/${caseId}/incidents`;
      const proposed = await listener.request('POST', url, {
        forms: ['psychological', 'economic', 'sexual_harassment'],
        contexts: ['conjugal'],
        perpetratorRelation: 'former_spouse',
        occurredOn: '2026-10-02',
        narrative: 'Took her salary card in October',
      });
      expect(proposed.statusCode).toBe(201);
      const view = proposed.json<CaseView>();
      expect(view.version).toBe(2);
      expect(view.incidents.at(-1)).toMatchObject({
        gbvimsType: 'denial_of_resources',
        occurredOn: '2026-10-02',
        narrative: 'Took her salary card in October',
      });
      const chosen = await listener.request('POST', url, {
        forms: ['sexual'],
        gbvimsType: 'rape',
        contexts: ['conjugal'],
      });
      expect(chosen.json<CaseView>().incidents.at(-1)?.gbvimsType).toBe('rape');
      const stored = await db().select().from(incidents).where(eq(incidents.caseId, caseId));
      expect(JSON.stringify(stored)).not.toContain('salary');
      const [added] = await db()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.caseId, caseId), eq(auditEvents.action, 'incident.added')));
      expect(added?.diff).toMatchObject({ gbvimsType: 'denial_of_resources', narrative: true });
    });

    it('refuses a date in the future', async () => {
      const response = await listener.request(
        'POST',
        `/api/v1/cases/${await newCase()}/incidents`,
        {
          forms: ['physical'],
          contexts: [],
          occurredOn: '2999-01-01',
        },
      );
      expect(response.json()).toMatchObject({
        error: { fields: [{ field: 'body.occurredOn' }] },
      });
    });
  });

  describe('consents', () => {
    it('records consent per purpose with time and channel, and its withdrawal', async () => {
      const caseId = await newCase();
      const url = `/api/v1/cases/${caseId}/consents`;
      const missing = await listener.request('POST', url, {
        purpose: 'sharing_with_institution',
        granted: true,
        channel: 'phone',
      });
      expect(missing.json()).toMatchObject({
        error: { fields: [{ field: 'body.institutionId', issue: 'required' }] },
      });
      const unknown = await listener.request('POST', url, {
        purpose: 'sharing_with_institution',
        granted: true,
        channel: 'phone',
        institutionId: newId(),
      });
      expect(unknown.json()).toMatchObject({
        error: { fields: [{ field: 'body.institutionId', issue: 'invalid_choice' }] },
      });
      const institution = await buildInstitution(db(), { type: 'emf_centre' });
      const granted = await listener.request('POST', url, {
        purpose: 'sharing_with_institution',
        granted: true,
        channel: 'phone',
        institutionId: institution.id,
      });
      expect(granted.statusCode).toBe(201);
      const consent = granted.json<CaseView>().consents.at(-1);
      expect(consent).toMatchObject({
        purpose: 'sharing_with_institution',
        granted: true,
        channel: 'phone',
        institutionId: institution.id,
        recordedBy: { id: listener.userId },
        withdrawnAt: null,
      });
      const withdraw = `${url}/${consent?.id ?? ''}/withdraw`;
      const withdrawn = await listener.request('POST', withdraw);
      expect(withdrawn.statusCode).toBe(200);
      const after = withdrawn.json<CaseView>();
      expect(after.consents.at(-1)?.withdrawnAt).not.toBeNull();
      // A repeated click changes nothing, not even the version.
      const again = await listener.request('POST', withdraw);
      expect(again.json<CaseView>().version).toBe(after.version);
      const refusal = await listener.request('POST', url, {
        purpose: 'location',
        granted: false,
        channel: 'phone',
      });
      const refusalId = refusal.json<CaseView>().consents.at(-1)?.id ?? '';
      expect((await listener.request('POST', `${url}/${refusalId}/withdraw`)).statusCode).toBe(409);
    });
  });

  describe('follow-ups', () => {
    it('arms the reminder job at the due time, and done cancels it', async () => {
      const caseId = await newCase();
      const dueAt = new Date(Date.now() + 3_600_000).toISOString();
      const response = await listener.request('POST', `/api/v1/cases/${caseId}/follow-ups`, {
        kind: 'callback',
        dueAt,
        note: 'Call on the sister’s number',
      });
      expect(response.statusCode).toBe(201);
      const followUp = response.json<CaseView>().followUps[0];
      expect(followUp).toMatchObject({
        kind: 'callback',
        dueAt,
        note: 'Call on the sister’s number',
        doneAt: null,
        assignedTo: { id: listener.userId },
      });
      const id = followUp?.id ?? '';
      const [job] = await db().select().from(jobs).where(eq(jobs.singletonKey, id));
      expect(job).toMatchObject({
        name: 'followup.due',
        state: 'pending',
        payload: { followUpId: id, caseId },
      });
      expect(job?.runAt.toISOString()).toBe(dueAt);
      const [stored] = await db().select().from(followUps).where(eq(followUps.id, id));
      expect(stored?.noteEnc?.toString('latin1')).not.toContain('sister');
      const done = await listener.request('POST', `/api/v1/cases/${caseId}/follow-ups/${id}/done`);
      expect(done.json<CaseView>().followUps[0]?.doneAt).not.toBeNull();
      const [cancelled] = await db().select().from(jobs).where(eq(jobs.singletonKey, id));
      expect(cancelled?.state).toBe('cancelled');
    });

    it('refuses a due time in the past or more than a year away', async () => {
      const caseId = await newCase();
      for (const dueAt of ['2020-01-01T10:00:00Z', '2999-01-01T10:00:00Z']) {
        const response = await listener.request('POST', `/api/v1/cases/${caseId}/follow-ups`, {
          kind: 'follow_up',
          dueAt,
        });
        expect(response.json()).toMatchObject({ error: { fields: [{ field: 'body.dueAt' }] } });
      }
    });
  });

  describe('staff messages', () => {
    it('writes in her thread, audited without the words', async () => {
      const caseId = await newCase();
      const response = await listener.request('POST', `/api/v1/cases/${caseId}/messages`, {
        body: 'We will call you this evening',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json<CaseView>().messages).toMatchObject([
        { from: 'staff', staffName: 'Test Staff', body: 'We will call you this evening' },
      ]);
      const trail = JSON.stringify(
        await db().select().from(auditEvents).where(eq(auditEvents.caseId, caseId)),
      );
      expect(trail).not.toContain('this evening');
    });

    it('has no thread to write in for a case she does not follow in the app', async () => {
      const { id } = await buildCase(db());
      const response = await listener.request('POST', `/api/v1/cases/${id}/messages`, {
        body: 'Hello',
      });
      expect(response.statusCode).toBe(404);
    });

    it('offers the templates in the four languages', async () => {
      const response = await listener.request('GET', '/api/v1/message-templates');
      const { templates } = response.json<{ templates: { id: string; text: object }[] }>();
      expect(templates.length).toBeGreaterThanOrEqual(5);
      expect(templates[0]?.text).toHaveProperty('zgh');
      const analyst = await as(app, db(), 'analyst');
      expect((await analyst.request('GET', '/api/v1/message-templates')).statusCode).toBe(403);
    });
  });

  describe('who may change a case', () => {
    const routes = (caseId: string): [string, string, Record<string, unknown>?][] => [
      ['GET', `/api/v1/cases/${caseId}`],
      ['PATCH', `/api/v1/cases/${caseId}`, { version: 1, urgency: 'medium' }],
      ['POST', `/api/v1/cases/${caseId}/status`, { version: 1, status: 'in_triage' }],
      ['POST', `/api/v1/cases/${caseId}/incidents`, { forms: ['physical'], contexts: [] }],
      ['POST', `/api/v1/cases/${caseId}/risk-assessments`, { version: 1, answers: {} }],
      [
        'POST',
        `/api/v1/cases/${caseId}/consents`,
        { purpose: 'care', granted: true, channel: 'phone' },
      ],
      ['POST', `/api/v1/cases/${caseId}/consents/${newId()}/withdraw`],
      [
        'POST',
        `/api/v1/cases/${caseId}/follow-ups`,
        { kind: 'callback', dueAt: new Date(Date.now() + 60_000).toISOString() },
      ],
      ['POST', `/api/v1/cases/${caseId}/follow-ups/${newId()}/done`],
      ['POST', `/api/v1/cases/${caseId}/messages`, { body: 'Hello' }],
    ];

    it('answers 404 on every route for a case outside the actor’s territory', async () => {
      const caseId = await newCase();
      const elsewhere = await as(app, db(), 'supervisor', {
        scopeLevel: 'province',
        scopeRegion: '06',
        scopeProvince: '181',
      });
      for (const [method, url, body] of routes(caseId)) {
        const response = await elsewhere.request(method as 'GET', url, body);
        expect([method, url, response.statusCode]).toEqual([method, url, 404]);
      }
      const events = await db()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.caseId, caseId), eq(auditEvents.actorId, elsewhere.userId)));
      expect(events).toEqual([]);
    });

    it('answers 403 to institution roles, analysts and admins on every change', async () => {
      const caseId = await newCase();
      for (const role of [
        'institution_agent',
        'institution_manager',
        'analyst',
        'admin',
      ] as const) {
        const client = await as(app, db(), role);
        for (const [method, url, body] of routes(caseId).slice(1)) {
          const response = await client.request(method as 'POST', url, body);
          expect([role, url, response.statusCode]).toEqual([role, url, 403]);
        }
      }
    });
  });
});
