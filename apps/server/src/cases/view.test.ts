import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents, referrals } from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import { buildTestApp, LogCapture } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { anonymous, as } from '../testing/staff-session.ts';
import { fileReport, REPORT, viewCase } from './test-support.ts';

describeEachEngine('case file view', (database) => {
  let app: FastifyInstance;
  const logs = new LogCapture();
  beforeAll(async () => {
    app = await buildTestApp(database(), { logs });
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;

  it('shows what she answered in the app, decrypted, so nobody asks her again', async () => {
    const { caseId, trackingCode } = await fileReport(app, db());
    const listener = await as(app, db(), 'listener', { scopeLevel: 'region', scopeRegion: '06' });
    const view = await viewCase(listener, caseId);
    expect(view).toMatchObject({
      id: caseId,
      kind: 'violence_report',
      status: 'new',
      urgency: 'high', // choking is a red flag
      version: 1,
      provinceCode: '141',
      regionCode: '06',
      areaType: 'urban',
      trackingCode,
      claimedBy: null,
      intake: {
        reporter: 'self',
        safeNow: 'yes',
        occurredWhen: 'this_week',
        harms: ['hit_or_hurt', 'threats_or_insults'],
        perpetrator: 'husband',
        contactMethod: 'call',
        callWindow: 'evening',
        codeWord: 'jasmine',
        phone: '+212612345678',
        sharingConsent: false,
      },
      incidents: [
        {
          forms: ['physical', 'psychological'],
          gbvimsType: 'physical_assault',
          perpetratorRelation: 'spouse',
          narrative: REPORT.narrative,
        },
      ],
      riskAssessments: [
        {
          answers: { choking: 'yes', isolated: 'yes', pregnant: 'no' },
          score: 2,
          redFlags: ['choking'],
          computedLevel: 'high',
          finalLevel: 'high',
          assessedBy: null,
          overrideReason: null,
        },
      ],
      allowedTransitions: ['in_triage', 'closed'],
      abilities: { update: true, claim: true, release: false, reassign: false, message: true },
    });
    expect(view.consents.map((c) => [c.purpose, c.granted, c.channel])).toEqual(
      expect.arrayContaining([
        ['care', true, 'app'],
        ['statistics', true, 'app'],
      ]),
    );
    expect(view.contacts).toMatchObject([{ channel: 'app', direction: 'inbound' }]);
    expect(view.timeline.map((t) => t.kind)).toEqual(['case.created']);
    expect(view.urgentPath).toMatchObject({
      security: { service: 'dgsn', reason: 'urban' },
      prosecution: [],
    });
  });

  it('audits the reading, never shows reads in the timeline, keeps personal values out', async () => {
    const { caseId } = await fileReport(app, db());
    const listener = await as(app, db(), 'listener');
    await viewCase(listener, caseId);
    const view = await viewCase(listener, caseId);
    expect(view.timeline.map((t) => t.kind)).not.toContain('case.read');
    const reads = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.caseId, caseId), eq(auditEvents.action, 'case.read')));
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ actorId: listener.userId, recordId: caseId });
    const trail = JSON.stringify(
      await db().select().from(auditEvents).where(eq(auditEvents.caseId, caseId)),
    );
    for (const secret of ['Tuesday', 'jasmine', '612345678']) expect(trail).not.toContain(secret);
    for (const secret of ['Tuesday', 'jasmine', '612345678'])
      expect(logs.text).not.toContain(secret);
  });

  it('proposes the security cell and prosecution cell of her place', async () => {
    const court = await buildInstitution(db(), {
      type: 'prosecution_cell',
      regionCode: '09',
      provinceCode: '541',
      name: 'Court cell Taroudannt',
    });
    const gendarmerie = await buildInstitution(db(), {
      type: 'gendarmerie_cell',
      regionCode: '09',
      provinceCode: '541',
    });
    const { caseId } = await fileReport(app, db(), { provinceCode: '541', areaType: 'rural' });
    const view = await viewCase(await as(app, db(), 'listener'), caseId);
    expect(view.urgentPath).toEqual({
      security: {
        service: 'gendarmerie',
        reason: 'rural',
        institutions: [expect.objectContaining({ id: gendarmerie.id, type: 'gendarmerie_cell' })],
      },
      prosecution: [
        {
          id: court.id,
          name: 'Court cell Taroudannt',
          type: 'prosecution_cell',
          provinceCode: '541',
        },
      ],
    });
  });

  it('answers 401 without a session, 403 to analysts and admins, 404 out of scope', async () => {
    const { caseId } = await fileReport(app, db());
    const url = `/api/v1/cases/${caseId}`;
    expect((await anonymous(app, 'GET', url)).statusCode).toBe(401);
    for (const role of ['analyst', 'admin'] as const) {
      expect((await (await as(app, db(), role)).request('GET', url)).statusCode).toBe(403);
    }
    const elsewhere = await as(app, db(), 'supervisor', {
      scopeLevel: 'region',
      scopeRegion: '04',
    });
    const response = await elsewhere.request('GET', url);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'not_found' } });
    const unknown = await (
      await as(app, db(), 'listener')
    ).request('GET', `/api/v1/cases/${newId()}`);
    expect(unknown.statusCode).toBe(404);
  });

  it('shows a referred institution only the core of the file, and more with her consent', async () => {
    const { caseId } = await fileReport(app, db());
    const agent = await as(app, db(), 'institution_agent');
    const url = `/api/v1/cases/${caseId}`;
    expect((await agent.request('GET', url)).statusCode).toBe(404);
    const referral = {
      id: newId(),
      caseId,
      institutionId: agent.institutionId,
      services: ['listening' as const],
      status: 'sent' as const,
      urgency: 'high' as const,
      emergencyOverride: false,
      version: 1,
    };
    await db().insert(referrals).values(referral);
    const core = await viewCase(agent, caseId);
    expect(core).toMatchObject({
      intake: null,
      trackingCode: null,
      safetyPlan: null,
      contacts: [],
      messages: [],
      followUps: [],
      timeline: [],
      urgentPath: null,
      allowedTransitions: [],
      abilities: { update: false, claim: false, release: false, reassign: false, message: false },
      incidents: [{ forms: ['physical', 'psychological'], narrative: null }],
      riskAssessments: [{ finalLevel: 'high', answers: {} }],
    });
    // With her consent to sharing with this institution, her words and contact are shared.
    const listener = await as(app, db(), 'listener');
    const consented = await listener.request('POST', `${url}/consents`, {
      purpose: 'sharing_with_institution',
      granted: true,
      channel: 'phone',
      institutionId: agent.institutionId,
    });
    expect(consented.statusCode).toBe(201);
    const shared = await viewCase(agent, caseId);
    expect(shared.intake?.phone).toBe('+212612345678');
    expect(shared.incidents[0]?.narrative).toBe(REPORT.narrative);
    expect(shared.messages).toEqual([]);
  });
});
