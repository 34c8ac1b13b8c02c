import { and, eq, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileReport, viewCase } from '../cases/test-support.ts';
import {
  auditEvents,
  cases,
  liveEvents,
  notificationOutbox,
  referrals,
} from '../db/schema/index.ts';
import { auditedOn } from '../queue/test-support.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import type { ProposalView, ReferralView } from './schemas.ts';
import { refer, referralNetwork, step } from './test-support.ts';

/**
 * The referral's whole life through the API: proposals with reasons, the consent gate, the
 * institution's steps, services delivered, the note back — and what each side may see.
 */
describeEachEngine('referrals', (database) => {
  let app: FastifyInstance;
  let net: Awaited<ReturnType<typeof referralNetwork>>;
  beforeAll(async () => {
    app = await buildTestApp(database());
    net = await referralNetwork(app, database().db);
  });
  afterAll(async () => {
    await app.close();
  });

  const emergencyCase = async () => {
    const { db } = database();
    const filed = await fileReport(app, db);
    await db.update(cases).set({ urgency: 'emergency' }).where(eq(cases.id, filed.caseId));
    return filed.caseId;
  };

  it('proposes institutions ranked, each with its reasons and her consent state', async () => {
    const caseId = await emergencyCase();
    const response = await net.listener.request(
      'GET',
      `/api/v1/cases/${caseId}/referral-proposals?services=accompaniment,listening`,
    );
    expect(response.statusCode).toBe(200);
    const { services, proposals } = response.json<{
      services: string[];
      proposals: ProposalView[];
    }>();
    expect(services).toEqual(['accompaniment', 'listening']);
    const first = proposals.find((p) => p.institution.id === net.gendarmerie);
    expect(first?.rank).toBeLessThan(
      proposals.find((p) => p.institution.id === net.emf)?.rank ?? 0,
    );
    expect(first?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'covers_province',
        'open_24_7',
        'handles_service',
        'consent_missing',
      ]),
    );
    expect(first?.consentGranted).toBe(false);
    // Without services, her needs are guessed from the case and echoed back.
    const guessed = await net.listener.request('GET', `/api/v1/cases/${caseId}/referral-proposals`);
    expect(guessed.json<{ services: string[] }>().services).toEqual(
      expect.arrayContaining(['listening', 'accompaniment', 'medical']),
    );
    const bad = await net.listener.request(
      'GET',
      `/api/v1/cases/${caseId}/referral-proposals?services=spa`,
    );
    expect(bad.statusCode).toBe(400);
    expect(await auditedOn(database().db, caseId, 'referral.proposals_viewed')).toHaveLength(2);
  });

  it('refuses to send without her consent, and sends once she agrees', async () => {
    const caseId = await emergencyCase();
    const body = { institutionId: net.gendarmerie, services: ['accompaniment'] };
    const refused = await net.listener.request('POST', `/api/v1/cases/${caseId}/referrals`, body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'consent_required' } });
    expect(
      await database().db.select().from(referrals).where(eq(referrals.caseId, caseId)),
    ).toEqual([]);

    const sent = await refer(net.listener, caseId, { ...body, consent: { channel: 'phone' } });
    expect(sent).toMatchObject({ status: 'sent', emergencyOverride: false, escalation: 0 });
    expect(sent.acknowledgeDueAt).not.toBeNull();
    const [consent] = await auditedOn(database().db, caseId, 'consent.recorded');
    expect(consent?.diff).toMatchObject({ institutionId: net.gendarmerie, granted: true });
    const again = await net.listener.request('POST', `/api/v1/cases/${caseId}/referrals`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'conflict' } });
  });

  it('sends without consent only for an emergency, with a reason, audited and told to supervisors', async () => {
    const { db } = database();
    const standard = (await fileReport(app, db)).caseId;
    await db.update(cases).set({ urgency: 'standard' }).where(eq(cases.id, standard));
    const override = { emergencyOverride: { reason: 'He is at the door with a knife' } };
    const body = { institutionId: net.gendarmerie, services: ['accompaniment'], ...override };
    const notEmergency = await net.listener.request(
      'POST',
      `/api/v1/cases/${standard}/referrals`,
      body,
    );
    expect(notEmergency.json()).toMatchObject({ error: { code: 'consent_required' } });

    const caseId = await emergencyCase();
    const noReason = await net.listener.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      ...body,
      emergencyOverride: { reason: '  ' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({
      error: { fields: [{ field: 'body.emergencyOverride.reason', issue: 'required' }] },
    });

    const sent = await refer(net.listener, caseId, body);
    expect(sent).toMatchObject({
      emergencyOverride: true,
      overrideReason: 'He is at the door with a knife',
    });
    const [used] = await auditedOn(db, caseId, 'referral.override_used');
    expect(used).toMatchObject({ actorId: net.listener.userId, recordId: sent.id });
    const alerts = await db
      .select()
      .from(liveEvents)
      .where(and(eq(liveEvents.caseId, caseId), eq(liveEvents.kind, 'referral.override')));
    expect(alerts).toEqual([
      expect.objectContaining({ audience: 'supervisors', payload: { referralId: sent.id } }),
    ]);
    // The receiving institution sees that it came under the override, never the justification.
    const seen = await net.agent.request('GET', `/api/v1/referrals/${sent.id}`);
    expect(seen.json<{ referral: ReferralView }>().referral).toMatchObject({
      emergencyOverride: true,
      overrideReason: null,
    });
    const [row] = await db.select().from(referrals).where(eq(referrals.id, sent.id));
    expect(row?.overrideReasonEnc?.toString('utf8')).not.toContain('knife');
  });

  it('goes from the institution acknowledging to completing with a note the listener reads', async () => {
    const { db: filedDb } = database();
    const filed = await fileReport(app, filedDb);
    await filedDb.update(cases).set({ urgency: 'emergency' }).where(eq(cases.id, filed.caseId));
    const caseId = filed.caseId;
    let referral = await refer(net.listener, caseId, {
      institutionId: net.gendarmerie,
      services: ['accompaniment'],
      consent: { channel: 'phone' },
    });
    const inbox = await net.agent.request('GET', '/api/v1/institution/referrals');
    expect(inbox.json<{ referrals: ReferralView[] }>().referrals.map((r) => r.id)).toContain(
      referral.id,
    );
    expect(referral.allowedTransitions).toEqual(['revoked']);
    const agentView = await net.agent.request('GET', `/api/v1/referrals/${referral.id}`);
    expect(agentView.json<{ referral: ReferralView }>().referral.allowedTransitions).toEqual([
      'acknowledged',
    ]);

    referral = await step(net.agent, referral, 'acknowledged');
    expect(referral.acceptDueAt).not.toBeNull();
    const noReason = await net.agent.request(
      'POST',
      `/api/v1/referrals/${referral.id}/transitions`,
      { to: 'declined', version: referral.version },
    );
    expect(noReason.json()).toMatchObject({
      error: { fields: [{ field: 'body.reason', issue: 'required' }] },
    });
    const stale = await net.agent.request('POST', `/api/v1/referrals/${referral.id}/transitions`, {
      to: 'accepted',
      version: referral.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'stale_version', current: { version: referral.version } },
    });
    referral = await step(net.agent, referral, 'accepted');

    const badDates = await net.agent.request('POST', `/api/v1/referrals/${referral.id}/services`, {
      serviceType: 'accompaniment',
      startedOn: '2026-11-20',
      endedOn: '2026-11-19',
      version: referral.version,
    });
    expect(badDates.statusCode).toBe(400);
    const recorded = await net.agent.request('POST', `/api/v1/referrals/${referral.id}/services`, {
      serviceType: 'accompaniment',
      startedOn: '2026-11-20',
      notes: 'Accompanied to the prosecutor',
      version: referral.version,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    referral = recorded.json<{ referral: ReferralView }>().referral;
    expect(referral.status).toBe('in_progress');
    expect(referral.serviceRecords).toEqual([
      expect.objectContaining({
        serviceType: 'accompaniment',
        notes: 'Accompanied to the prosecutor',
      }),
    ]);

    const listenerRevokes = await net.agent.request(
      'POST',
      `/api/v1/referrals/${referral.id}/transitions`,
      { to: 'revoked', version: referral.version, reason: 'no' },
    );
    expect(listenerRevokes.statusCode).toBe(403);
    referral = await step(net.agent, referral, 'completed', {
      note: 'Complaint filed; she is safe at her sister’s',
    });
    expect(referral.status).toBe('completed');

    const listed = await net.listener.request('GET', `/api/v1/cases/${caseId}/referrals`);
    const [seen] = listed.json<{ referrals: ReferralView[] }>().referrals;
    expect(seen).toMatchObject({
      status: 'completed',
      noteBack: 'Complaint filed; she is safe at her sister’s',
      serviceRecords: [expect.objectContaining({ serviceType: 'accompaniment' })],
    });
    const { db } = database();
    const steps = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.caseId, caseId), eq(auditEvents.recordId, referral.id)));
    expect(steps.map((s) => s.action)).toEqual(
      expect.arrayContaining([
        'referral.created',
        'referral.sent',
        'referral.acknowledged',
        'referral.accepted',
        'referral.started',
        'referral.completed',
      ]),
    );
    const [row] = await db.select().from(referrals).where(eq(referrals.id, referral.id));
    expect(row?.noteBackEnc?.toString('utf8')).not.toContain('sister');

    // Her "follow my request" shows the steps in plain words, never the institution.
    const follow = await app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${filed.trackingCode}`,
      headers: { 'x-request-secret': filed.secret },
      remoteAddress: '203.0.113.77',
    });
    expect(follow.statusCode).toBe(200);
    const progress = follow.json<{ progress: { step: string }[] }>().progress;
    expect(
      progress.map((p) => p.step),
      JSON.stringify(progress),
    ).toEqual(['received', 'referred', 'taken_in_charge', 'service_given', 'completed']);
    expect(follow.body).not.toContain('gendarmerie');

    // Beyond the console: the cell's staff were e-mailed when it arrived, the listener when it
    // was completed; she asked to be called, not texted, so no SMS went to her.
    const outbox = await db
      .select({ template: notificationOutbox.template, key: notificationOutbox.dedupeKey })
      .from(notificationOutbox)
      .where(like(notificationOutbox.dedupeKey, `%${referral.id}%`));
    expect(outbox.map((m) => m.template).sort()).toEqual([
      'referral.completed',
      'referral.received',
      'referral.received',
    ]);
    expect(outbox.map((m) => m.key)).toContain(
      `referral.completed:${referral.id}:${net.listener.userId}`,
    );
  });

  it('texts her discreetly when her request is taken in charge, if she chose SMS', async () => {
    const { db } = database();
    const { caseId } = await fileReport(app, db, {
      contact: { phone: '06 12 34 56 78', method: 'sms' },
    });
    let referral = await refer(net.listener, caseId, {
      institutionId: net.gendarmerie,
      services: ['accompaniment'],
      consent: { channel: 'app' },
    });
    referral = await step(net.agent, referral, 'acknowledged');
    referral = await step(net.agent, referral, 'accepted');
    const texts = await db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.dedupeKey, `survivor.update:${referral.id}:accepted`));
    expect(texts).toEqual([
      expect.objectContaining({
        channel: 'sms',
        audience: 'survivor',
        template: 'survivor.update',
        locale: 'fr',
        params: {},
      }),
    ]);
    expect(texts[0]?.recipientEnc?.toString('latin1')).not.toContain('612345678');
  });

  it('proposes the next institution after a decline', async () => {
    const caseId = await emergencyCase();
    let referral = await refer(net.listener, caseId, {
      institutionId: net.emf,
      services: ['listening'],
      consent: { channel: 'phone' },
    });
    referral = await step(net.emfAgent, referral, 'acknowledged');
    referral = await step(net.emfAgent, referral, 'declined', { reason: 'No bed tonight' });
    expect(referral).toMatchObject({ status: 'declined', reason: 'No bed tonight' });
    // Where she goes next is for the referring side only.
    expect(referral.nextProposal).toBeNull();
    const listed = await net.listener.request('GET', `/api/v1/referrals/${referral.id}`);
    const next = listed.json<{ referral: ReferralView }>().referral.nextProposal;
    expect(next).not.toBeNull();
    expect(next?.id).not.toBe(net.emf);
  });

  it('keeps a draft to itself, and refuses consent or override on a draft', async () => {
    const { db } = database();
    const caseId = await emergencyCase();
    const body = { institutionId: net.gendarmerie, services: ['accompaniment'], send: false };
    const withConsent = await net.listener.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      ...body,
      consent: { channel: 'phone' },
    });
    expect(withConsent.json()).toMatchObject({
      error: { fields: [{ field: 'body.consent', issue: 'unknown_field' }] },
    });
    const draft = await refer(net.listener, caseId, body);
    expect(draft.status).toBe('draft');
    expect((await net.agent.request('GET', `/api/v1/referrals/${draft.id}`)).statusCode).toBe(404);
    // Drafted in an emergency, sent once it no longer is one: the override is gone with it.
    await db.update(cases).set({ urgency: 'high' }).where(eq(cases.id, caseId));
    const late = await net.listener.request('POST', `/api/v1/referrals/${draft.id}/send`, {
      version: draft.version,
      emergencyOverride: { reason: 'urgent' },
    });
    expect(late.json()).toMatchObject({ error: { code: 'consent_required' } });
    const revoked = await step(net.listener, draft, 'revoked', { reason: 'Chose another service' });
    expect(revoked.status).toBe('revoked');
    const heard = await db
      .select()
      .from(liveEvents)
      .where(and(eq(liveEvents.caseId, caseId), eq(liveEvents.audience, 'institution')));
    expect(heard).toEqual([]);
  });

  it('hides a referral and the case from every other institution (404), and unshared fields', async () => {
    const caseId = await emergencyCase();
    const referral = await refer(net.listener, caseId, {
      institutionId: net.gendarmerie,
      services: ['accompaniment'],
      emergencyOverride: { reason: 'in danger now' },
    });
    for (const path of [`/api/v1/referrals/${referral.id}`, `/api/v1/cases/${caseId}`]) {
      expect((await net.emfAgent.request('GET', path)).statusCode).toBe(404);
    }
    const step404 = await net.emfAgent.request(
      'POST',
      `/api/v1/referrals/${referral.id}/transitions`,
      { to: 'acknowledged', version: referral.version },
    );
    expect(step404.statusCode).toBe(404);
    const inbox = await net.emfAgent.request('GET', '/api/v1/institution/referrals?view=all');
    expect(
      inbox.json<{ referrals: ReferralView[] }>().referrals.map((r) => r.caseId),
    ).not.toContain(caseId);
    // Sent under the override, without her consent to share: the institution sees the case's
    // core, never her words or how to reach her, nor the helpline's working material.
    const file = await viewCase(net.agent, caseId);
    expect(file.intake).toBeNull();
    expect(file.incidents.every((i) => i.narrative === null)).toBe(true);
    expect(file).toMatchObject({ contacts: [], messages: [], followUps: [], timeline: [] });
    expect(file.trackingCode).toBeNull();
    expect(JSON.stringify(file)).not.toContain('Tuesday evening');
    // Revoked: the institution learns that it was, never the helpline's reason.
    const revoked = await step(net.listener, referral, 'revoked', {
      reason: 'She fears someone she knows works there',
    });
    expect(revoked.reason).toBe('She fears someone she knows works there');
    const told = await net.agent.request('GET', `/api/v1/referrals/${referral.id}`);
    expect(told.json<{ referral: ReferralView }>().referral).toMatchObject({
      status: 'revoked',
      reason: null,
    });
    // With her consent, the narrative is shared with that institution.
    await refer(net.listener, caseId, {
      institutionId: net.emf,
      services: ['listening'],
      consent: { channel: 'phone' },
    });
    const shared = await viewCase(net.emfAgent, caseId);
    expect(JSON.stringify(shared)).toContain('Tuesday evening');
    // Her consents that concern another institution are not shown to this one.
    expect(shared.consents.map((c) => c.institutionId)).not.toContain(net.gendarmerie);
  });
});
