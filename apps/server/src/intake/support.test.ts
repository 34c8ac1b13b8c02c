import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cases, contacts, intakeDetails, publicRequests } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { newKey, submit } from './test-support.ts';

const REQUEST = {
  language: 'zgh',
  seeking: ['job', 'vocational_training'],
  provinceCode: '141',
  ageBand: 'age_25_34',
  schooling: 'middle',
  skills: 'Sewing and cooking for events',
  constraints: { childcare: true },
  contact: { method: 'sms', window: 'evening' },
  consents: { care: true, sharing: true, statistics: false },
};

describeEachEngine('public support requests', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('files a request: 201, a routine case in her province, her answers kept', async () => {
    const key = newKey();
    const response = await submit(app, 'support-requests', REQUEST, key);
    expect(response.statusCode).toBe(201);
    const body = response.json<{ trackingCode: string }>();
    expect(Object.keys(body).sort()).toEqual(['secret', 'status', 'trackingCode']);
    const { db } = database();
    const [row] = await db
      .select({ c: cases, d: intakeDetails })
      .from(publicRequests)
      .innerJoin(cases, eq(cases.id, publicRequests.caseId))
      .innerJoin(intakeDetails, eq(intakeDetails.caseId, cases.id))
      .where(eq(publicRequests.trackingCode, body.trackingCode.replace('-', '')));
    expect(row?.c).toMatchObject({
      kind: 'support_request',
      urgency: 'standard',
      regionCode: '06',
    });
    expect(row?.c.survivorId).toBeNull();
    expect(row?.d).toMatchObject({
      seeking: ['job', 'vocational_training'],
      ageBand: 'age_25_34',
      schooling: 'middle',
      needsChildcare: true,
      needsMobility: null,
      sharingConsent: true,
      contactMethod: 'sms',
    });
    expect(row?.d.skillsEnc?.includes('Sewing')).toBe(false);
    const [contact] = await db
      .select()
      .from(contacts)
      .where(eq(contacts.caseId, row?.c.id ?? ''));
    expect(contact).toMatchObject({
      channel: 'app',
      type: 'support_request',
      direction: 'inbound',
    });
    expect((await submit(app, 'support-requests', REQUEST, key)).json()).toEqual(body);
  });

  it('answers two simultaneous first attempts with one case and the same body', async () => {
    const key = newKey();
    const before = (await database().db.select().from(publicRequests)).length;
    const [a, b] = await Promise.all([
      submit(app, 'support-requests', REQUEST, key),
      submit(app, 'support-requests', REQUEST, key),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json()).toEqual(b.json());
    expect((await database().db.select().from(publicRequests)).length).toBe(before + 1);
  });

  it.each([
    ['nothing sought', { ...REQUEST, seeking: [] }, 'body.seeking', 'too_small'],
    ['an unknown wish', { ...REQUEST, seeking: ['loan'] }, 'body.seeking.0', 'invalid_choice'],
    ['no province', { ...REQUEST, provinceCode: undefined }, 'body.provinceCode', 'required'],
    ['an unknown age band', { ...REQUEST, ageBand: '30' }, 'body.ageBand', 'invalid_choice'],
    [
      'a code word (reports only)',
      { ...REQUEST, contact: { codeWord: 'x' } },
      'body.contact.codeWord',
      'unknown_field',
    ],
    ['long skills', { ...REQUEST, skills: 'x'.repeat(501) }, 'body.skills', 'too_big'],
  ])('refuses %s, naming the field', async (_title, payload, field, issue) => {
    const response = await submit(app, 'support-requests', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'validation_failed', fields: [{ field, issue }] },
    });
  });

  it('refuses a missing Idempotency-Key', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/public/support-requests',
      payload: REQUEST,
    });
    expect(response.json()).toMatchObject({
      error: { fields: [{ field: 'header.idempotency-key', issue: 'required' }] },
    });
  });
});
