import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, opportunities } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { anonymous, as } from '../testing/staff-session.ts';
import { takePlace } from './places.ts';
import type { OpportunityView } from './schemas.ts';
import { inDays, opportunityBody, put } from './test-support.ts';

type Answer = { opportunity: OpportunityView };

describeEachEngine('the catalogue of opportunities', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const eventsFor = (action: string, recordId: string) =>
    db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.recordId, recordId)));

  it('is read by the network and written by its managers only', async () => {
    expect((await anonymous(app, 'GET', '/api/v1/opportunities')).statusCode).toBe(401);
    const analyst = await as(app, db(), 'analyst');
    expect((await analyst.request('GET', '/api/v1/opportunities')).statusCode).toBe(403);
    const listener = await as(app, db(), 'listener');
    expect((await listener.request('GET', '/api/v1/opportunities')).statusCode).toBe(200);
    const created = await listener.request('POST', '/api/v1/opportunities', opportunityBody());
    expect(created.statusCode).toBe(403);
    const imported = await listener.request(
      'GET',
      `/api/v1/opportunities/imports/${crypto.randomUUID()}`,
    );
    expect(imported.statusCode).toBe(403);
  });

  it("adds to a provider's own catalogue, and makes an admin name the provider", async () => {
    const agent = await as(app, db(), 'institution_agent');
    const response = await agent.request('POST', '/api/v1/opportunities', opportunityBody());
    expect(response.statusCode).toBe(201);
    const { opportunity } = response.json<Answer>();
    expect(opportunity).toMatchObject({
      provider: { id: agent.institutionId },
      kind: 'vocational_training',
      placesTotal: 12,
      placesLeft: 12,
      status: 'open',
      version: 1,
      eligibility: { minAge: 18, maxAge: 45, schoolingLevel: 'primary' },
      conditions: { childcare: true, transport: false, stipend: true },
      abilities: { canManage: true },
    });
    const [event] = await eventsFor('opportunity.created', opportunity.id);
    expect(event).toMatchObject({
      actorId: agent.userId,
      diff: { providerId: agent.institutionId, kind: 'vocational_training', placesTotal: 12 },
    });

    // Another institution's catalogue is not hers to add to: a wrong choice, named.
    const elsewhere = await buildInstitution(db(), { type: 'vocational_training' });
    const foreign = await agent.request(
      'POST',
      '/api/v1/opportunities',
      opportunityBody({ providerId: elsewhere.id }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({
      error: { fields: [{ field: 'body.providerId', issue: 'invalid_choice' }] },
    });

    const admin = await as(app, db(), 'admin');
    const unnamed = await admin.request('POST', '/api/v1/opportunities', opportunityBody());
    expect(unnamed.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        fields: [{ field: 'body.providerId', issue: 'required' }],
      },
    });
    const named = await admin.request(
      'POST',
      '/api/v1/opportunities',
      opportunityBody({ providerId: elsewhere.id, code: 'OFPPT-PAT-1', placesLeft: 4 }),
    );
    expect(named.statusCode).toBe(201);
    expect(named.json<Answer>().opportunity).toMatchObject({
      provider: { id: elsewhere.id },
      code: 'OFPPT-PAT-1',
      placesLeft: 4,
    });
    // One code per provider.
    const again = await admin.request(
      'POST',
      '/api/v1/opportunities',
      opportunityBody({ providerId: elsewhere.id, code: 'OFPPT-PAT-1' }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: 'conflict', fields: [{ field: 'body.code', issue: 'invalid' }] },
    });
  });

  describe('what does not hold together', () => {
    const refused = async (overrides: Record<string, unknown>) => {
      const agent = await as(app, db(), 'institution_manager');
      const response = await agent.request(
        'POST',
        '/api/v1/opportunities',
        opportunityBody(overrides),
      );
      expect(response.statusCode).toBe(400);
      return response.json<{
        error: { code: string; fields: { field: string; issue: string }[] };
      }>().error;
    };

    it('names each field across the form', async () => {
      const error = await refused({
        applyBy: inDays(40),
        startsOn: inDays(30),
        endsOn: inDays(10),
        provinceCodes: ['141', '541'],
        placesTotal: 5,
        placesLeft: 6,
        eligibility: {
          minAge: 30,
          maxAge: 25,
          schoolingLevel: null,
          literacyRequired: false,
          prerequisites: '',
        },
      });
      expect(error.code).toBe('validation_failed');
      expect(error.fields).toEqual([
        // 541 (Agadir) is not in region 06.
        expect.objectContaining({ field: 'body.provinceCodes.1', issue: 'invalid_choice' }),
        expect.objectContaining({ field: 'body.startsOn', issue: 'too_small' }),
        expect.objectContaining({ field: 'body.endsOn', issue: 'too_small' }),
        expect.objectContaining({ field: 'body.eligibility.maxAge', issue: 'too_small' }),
        expect.objectContaining({ field: 'body.placesLeft', issue: 'too_big' }),
      ]);
    });

    it('wants a place: provinces with their region, a region, or remote', async () => {
      const nowhere = await refused({ regionCode: null, provinceCodes: [], remote: false });
      expect(nowhere.fields).toEqual([
        expect.objectContaining({ field: 'body.regionCode', issue: 'required' }),
      ]);
      const noRegion = await refused({ regionCode: null, provinceCodes: ['141'] });
      expect(noRegion.fields).toEqual([
        expect.objectContaining({ field: 'body.regionCode', issue: 'required' }),
      ]);
    });

    it('checks languages and the contact formats', async () => {
      const error = await refused({
        languages: ['ar', 'es'],
        contact: { phone: 'call us', email: 'not-an-email' },
      });
      expect(error.fields.map((f) => [f.field, f.issue])).toEqual(
        expect.arrayContaining([
          ['body.languages.1', 'invalid_choice'],
          ['body.contact.phone', 'invalid_format'],
          ['body.contact.email', 'invalid_format'],
        ]),
      );
    });
  });

  it('edits with the version read, and a new total keeps the places already taken', async () => {
    const manager = await as(app, db(), 'institution_manager');
    const created = await manager.request('POST', '/api/v1/opportunities', opportunityBody());
    const { id } = created.json<Answer>().opportunity;
    // Three women enrolled meanwhile (the pathway takes places without touching the version).
    for (let i = 0; i < 3; i += 1) expect(await takePlace(db(), id)).toBe('taken');

    const url = `/api/v1/opportunities/${id}`;
    const edited = await put(app, manager, url, opportunityBody({ version: 1, placesTotal: 10 }));
    expect(edited.statusCode).toBe(200);
    // 12 places, 3 taken (9 left); 10 places now: still 3 taken, 7 left.
    expect(edited.json<Answer>().opportunity).toMatchObject({
      placesTotal: 10,
      placesLeft: 7,
      version: 2,
    });
    const stale = await put(app, manager, url, opportunityBody({ version: 1, title: 'Autre' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'stale_version', current: { version: 2 } },
    });
    // Fewer places than were taken: none left, never below zero, and the offer reads full.
    const shrunk = await put(app, manager, url, opportunityBody({ version: 2, placesTotal: 2 }));
    expect(shrunk.json<Answer>().opportunity).toMatchObject({ placesLeft: 0, status: 'full' });
    const [event] = await eventsFor('opportunity.updated', id);
    expect(event).toMatchObject({
      actorId: manager.userId,
      diff: { placesTotal: 10, placesLeft: 7 },
    });
  });

  it('closes with a reason, after which the offer is no longer edited', async () => {
    const manager = await as(app, db(), 'institution_manager');
    const created = await manager.request('POST', '/api/v1/opportunities', opportunityBody());
    const { id } = created.json<Answer>().opportunity;
    const closed = await manager.request('POST', `/api/v1/opportunities/${id}/close`, {
      version: 1,
      reason: 'filled',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json<Answer>().opportunity).toMatchObject({
      status: 'closed',
      closedReason: 'filled',
      version: 2,
    });
    const [row] = await db().select().from(opportunities).where(eq(opportunities.id, id));
    expect(row).toMatchObject({ active: false, closedReason: 'filled' });
    expect(row?.closedAt).not.toBeNull();
    const edit = await put(
      app,
      manager,
      `/api/v1/opportunities/${id}`,
      opportunityBody({ version: 2 }),
    );
    expect(edit.json()).toMatchObject({ error: { code: 'opportunity_closed' } });
    const twice = await manager.request('POST', `/api/v1/opportunities/${id}/close`, {
      version: 2,
    });
    expect(twice.statusCode).toBe(409);
    expect(await eventsFor('opportunity.closed', id)).toEqual([
      expect.objectContaining({ actorId: manager.userId, diff: { reason: 'filled' } }),
    ]);
  });
});
