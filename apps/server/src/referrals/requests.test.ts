import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { persons } from '../db/schema/index.ts';
import { auditedOn } from '../queue/test-support.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as } from '../testing/staff-session.ts';
import type { ProposalView, ReferralView } from './schemas.ts';
import { institutionOf, refer, referralNetwork, step } from './test-support.ts';

/**
 * Aman Lki's second door: a hospital unit registers a woman it is seeing and asks for shelter
 * and accompaniment elsewhere; the request goes through the same routing and lifecycle, and
 * only that hospital (and, once referred, the receiving institution) ever sees it.
 */
describeEachEngine('requests from a competent body', (database) => {
  let app: FastifyInstance;
  let net: Awaited<ReturnType<typeof referralNetwork>>;
  beforeAll(async () => {
    app = await buildTestApp(database());
    net = await referralNetwork(app, database().db);
  });
  afterAll(async () => {
    await app.close();
  });

  const REQUEST = {
    urgency: 'high',
    provinceCode: '141',
    areaType: 'urban',
    services: ['shelter', 'listening'],
    firstName: 'Amina',
    phone: '0612345678',
    summary: 'Seen at the emergency ward; cannot go home tonight',
    consentChannel: 'walk_in',
    careConsent: true,
  };

  it('registers her, routes her, and follows the referral it made', async () => {
    const { db } = database();
    const hospital = await as(app, db, 'institution_agent', { institutionId: net.hospital });
    const created = await hospital.request('POST', '/api/v1/institution/requests', REQUEST);
    expect(created.statusCode, created.body).toBe(201);
    const { caseId, reference } = created.json<{ caseId: string; reference: string }>();
    expect(reference).toMatch(/\S/);
    const [person] = await db.select().from(persons);
    expect(person?.nameEnc?.toString('utf8') ?? '').not.toContain('Amina');
    expect(await auditedOn(db, caseId, 'request.registered')).toHaveLength(1);

    const proposals = await hospital.request(
      'GET',
      `/api/v1/cases/${caseId}/referral-proposals?services=shelter,listening`,
    );
    expect(proposals.statusCode).toBe(200);
    const ranked = proposals.json<{ proposals: ProposalView[] }>().proposals;
    expect(ranked[0]?.institution.id).toBe(net.emf);
    const ownRefused = await hospital.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      institutionId: net.hospital,
      services: ['listening'],
      consent: { channel: 'walk_in' },
    });
    expect(ownRefused.statusCode).toBe(400);

    let referral = await refer(hospital, caseId, {
      institutionId: net.emf,
      services: ['shelter'],
      consent: { channel: 'walk_in' },
    });
    expect(referral.referredBy).toMatchObject({
      kind: 'institution',
      institution: { id: net.hospital },
    });
    referral = await step(net.emfAgent, referral, 'acknowledged');
    const listed = await hospital.request('GET', '/api/v1/institution/requests');
    const [mine] = listed.json<{
      requests: { caseId: string; referrals: ReferralView[] }[];
    }>().requests;
    expect(mine).toMatchObject({
      caseId,
      referrals: [{ id: referral.id, status: 'acknowledged' }],
    });

    // The registering hospital reads the case; another institution does not.
    const own = await hospital.request('GET', `/api/v1/cases/${caseId}`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('cannot go home tonight');
    const asked = await hospital.request('GET', `/api/v1/cases/${caseId}/referral-proposals`);
    expect(asked.json<{ services: string[] }>().services).toEqual(['shelter', 'listening']);
    // The helpline cannot refer her back to the body that registered her.
    const back = await net.listener.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      institutionId: net.hospital,
      services: ['listening'],
      consent: { channel: 'phone' },
    });
    expect(back.statusCode).toBe(400);
    const stranger = await as(app, db, 'institution_agent', {
      institutionId: await institutionOf(db, 'ngo_listening_centre', ['listening']),
    });
    for (const path of [`/api/v1/cases/${caseId}`, `/api/v1/referrals/${referral.id}`]) {
      expect((await stranger.request('GET', path)).statusCode).toBe(404);
    }
    const strangerRefers = await stranger.request('POST', `/api/v1/cases/${caseId}/referrals`, {
      institutionId: net.emf,
      services: ['listening'],
    });
    expect(strangerRefers.statusCode).toBe(404);
  });

  it('explains each bad field', async () => {
    const hospital = await as(app, database().db, 'institution_manager', {
      institutionId: net.hospital,
    });
    const response = await hospital.request('POST', '/api/v1/institution/requests', {
      ...REQUEST,
      provinceCode: '999',
      services: [],
      phone: 'not a phone',
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ error: { fields: { field: string }[] } }>().error.fields;
    expect(fields.map((f) => f.field)).toEqual(expect.arrayContaining(['body.services']));
    const badProvince = await hospital.request('POST', '/api/v1/institution/requests', {
      ...REQUEST,
      provinceCode: '999',
    });
    expect(badProvince.json()).toMatchObject({
      error: { fields: [{ field: 'body.provinceCode', issue: 'invalid_choice' }] },
    });
    const listenerCannot = await net.listener.request(
      'POST',
      '/api/v1/institution/requests',
      REQUEST,
    );
    expect(listenerCannot.statusCode).toBe(403);
    const rows = await database().db.select().from(persons).where(eq(persons.provinceCode, '999'));
    expect(rows).toEqual([]);
  });
});
