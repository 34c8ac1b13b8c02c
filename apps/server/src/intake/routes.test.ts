import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import {
  jobs,
  liveEvents,
  auditEvents,
  cases,
  consents,
  incidents,
  publicRequests,
  riskAssessments,
} from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { CONSENTS, eventually, listenForAlerts, newKey, submit } from './test-support.ts';

const REPORT = {
  kind: 'violence',
  language: 'ar',
  provinceCode: '141',
  areaType: 'urban',
  safeNow: 'unsure',
  harms: ['hit_or_hurt', 'threats_or_insults'],
  when: 'this_week',
  perpetrator: 'husband',
  risk: { choking: 'yes', isolated: 'no' },
  narrative: 'He pushed me against the wall',
  contact: { phone: '06 12 34 56 78', method: 'call', window: 'morning', codeWord: 'jasmine' },
  consents: CONSENTS,
};

const countRequests = async (db: Db) =>
  (await db.select({ id: publicRequests.caseId }).from(publicRequests)).length;

describeEachEngine('public reports', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('files a report: 201 with a code, a secret and the urgency, and the case it describes', async () => {
    const response = await submit(app, 'reports', REPORT);
    expect(response.statusCode).toBe(201);
    const body = response.json<{ trackingCode: string; secret: string; urgency: string }>();
    expect(body).toMatchObject({ urgency: 'high', status: 'received' });
    expect(body.trackingCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(body.secret).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/);
    const { db } = database();
    const [tracking] = await db
      .select()
      .from(publicRequests)
      .where(eq(publicRequests.trackingCode, body.trackingCode.replace('-', '')));
    const caseId = tracking?.caseId ?? '';
    const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
    expect(row).toMatchObject({
      kind: 'violence_report',
      urgency: 'high',
      regionCode: '06',
      status: 'new',
    });
    expect(row?.reference).toMatch(/^SN-\d{4}-\d{6}$/);
    expect(row?.survivorId).not.toBeNull();
    const [incident] = await db.select().from(incidents).where(eq(incidents.caseId, caseId));
    expect(incident).toMatchObject({
      forms: ['physical', 'psychological'],
      gbvimsType: 'physical_assault',
      contexts: ['conjugal'],
      perpetratorRelation: 'spouse',
    });
    const [risk] = await db
      .select()
      .from(riskAssessments)
      .where(eq(riskAssessments.caseId, caseId));
    expect(risk).toMatchObject({
      instrumentVersion: 'sanad-risk-1',
      score: 1,
      redFlags: ['choking'],
      finalLevel: 'high',
    });
    const purposes = await db.select().from(consents).where(eq(consents.caseId, caseId));
    expect(purposes.map((c) => [c.purpose, c.granted, c.channel]).sort()).toEqual([
      ['care', true, 'app'],
      ['location', false, 'app'],
      ['statistics', true, 'app'],
    ]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.recordId, caseId));
    expect(event).toMatchObject({
      action: 'case.created',
      actorId: null,
      purpose: 'survivor_app',
      diff: { kind: 'violence_report', urgency: 'high', channel: 'app' },
    });
  });

  it('answers a retry with the same key with the same body, and opens one case', async () => {
    const { db } = database();
    const key = newKey();
    const before = await countRequests(db);
    const first = await submit(app, 'reports', REPORT, key);
    const again = await submit(app, 'reports', REPORT, key);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await countRequests(db)).toBe(before + 1);
    const reordered = Object.fromEntries(Object.entries(REPORT).reverse());
    expect((await submit(app, 'reports', reordered, key)).json()).toEqual(first.json());
  });

  it('refuses the same key with a different body: 409', async () => {
    const key = newKey();
    expect((await submit(app, 'reports', REPORT, key)).statusCode).toBe(201);
    const changed = await submit(app, 'reports', { ...REPORT, narrative: 'something else' }, key);
    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toMatchObject({ error: { code: 'conflict' } });
  });

  it('makes the urgent button an emergency with nothing else, and alerts the console', async () => {
    const listener = await listenForAlerts(database());
    try {
      const response = await submit(app, 'reports', {
        kind: 'urgent',
        language: 'fr',
        consents: CONSENTS,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ urgency: 'emergency', status: 'received' });
      await eventually(() => listener.received.length >= 2);
      const events = await database()
        .db.select()
        .from(liveEvents)
        .where(inArray(liveEvents.id, listener.received.map(Number)));
      expect(events.map((e) => e.kind).sort()).toEqual(['alert.urgent', 'case.queued']);
      const alert = events.find((e) => e.kind === 'alert.urgent');
      expect(alert?.payload).toMatchObject({ urgency: 'emergency', kind: 'violence_report' });
      // Codes and times only: nothing she could be identified by travels in an event.
      expect(Object.keys(alert?.payload ?? {}).sort()).toEqual(
        ['acceptedAt', 'channel', 'kind', 'provinceCode', 'urgency'].sort(),
      );
      const [row] = await database()
        .db.select()
        .from(cases)
        .where(eq(cases.id, alert?.caseId ?? ''));
      expect(row?.urgency).toBe('emergency');
      expect(row?.survivorId).toBeNull();
      const timers = await database()
        .db.select()
        .from(jobs)
        .where(eq(jobs.singletonKey, alert?.caseId ?? ''));
      expect(timers).toMatchObject([{ name: 'case.unclaimed_urgent', state: 'pending' }]);
      expect(timers[0]?.runAt.getTime()).toBeGreaterThan(Date.now() + 60_000);
    } finally {
      await listener.stop();
    }
  });

  it('names the Idempotency-Key header when it is missing or malformed', async () => {
    for (const headers of [
      {},
      { 'idempotency-key': 'short' },
      { 'idempotency-key': 'has spaces in it, 16+' },
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/public/reports',
        headers,
        payload: REPORT,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'validation_failed', fields: [{ field: 'header.idempotency-key' }] },
      });
    }
  });

  it.each([
    ['an unknown field', { ...REPORT, name: 'Fatima' }, 'body.name', 'unknown_field'],
    ['an unknown harm', { ...REPORT, harms: ['slapped'] }, 'body.harms.0', 'invalid_choice'],
    [
      'a location without consent',
      { ...REPORT, location: { latitude: 34, longitude: -6.8 } },
      'body.location',
      'invalid',
    ],
    [
      'a bad phone number',
      { ...REPORT, contact: { phone: '8350' } },
      'body.contact.phone',
      'invalid',
    ],
    ['an unknown province', { ...REPORT, provinceCode: '999' }, 'body.provinceCode', 'invalid'],
    ['a long narrative', { ...REPORT, narrative: 'x'.repeat(2001) }, 'body.narrative', 'too_big'],
    [
      'a wrong risk answer',
      { ...REPORT, risk: { choking: 'maybe' } },
      'body.risk.choking',
      'invalid_choice',
    ],
    ['no consents', { kind: 'urgent', language: 'ar' }, 'body.consents', 'required'],
  ])('refuses %s, naming the field', async (_title, payload, field, issue) => {
    const response = await submit(app, 'reports', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'validation_failed', fields: [{ field, issue }] },
    });
  });
});
