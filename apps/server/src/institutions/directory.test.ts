import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { auditEvents, institutionCoverage, institutions } from '../db/schema/index.ts';
import { SESSION_COOKIE } from '../identity/cookies.ts';
import { csrfTokenFor } from '../identity/sessions.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { anonymous, as, type StaffClient } from '../testing/staff-session.ts';
import { presentDirectoryEntry } from './directory.ts';
import type { DirectoryEntry } from './directory-schemas.ts';
import type { InstitutionRow } from './presenters.ts';

const DIRECTORY = '/api/v1/directory/institutions';
const CAPACITY = '/api/v1/institution/capacity';

/** PUT as a signed-in staff member (the shared test client speaks GET, POST, PATCH, DELETE). */
const put = (app: FastifyInstance, client: StaffClient, payload: unknown) =>
  app.inject({
    method: 'PUT',
    url: CAPACITY,
    cookies: { [SESSION_COOKIE]: client.token },
    headers: { 'x-csrf-token': csrfTokenFor(client.token) },
    payload: payload as Record<string, unknown>,
  });

/** A fully described institution, straight into the directory. */
async function directoryInstitution(
  db: Db,
  changes: Partial<typeof institutions.$inferInsert> = {},
): Promise<string> {
  const { id } = await buildInstitution(db, {
    regionCode: changes.regionCode ?? '07',
    provinceCode: changes.provinceCode ?? '351',
  });
  await db
    .update(institutions)
    .set({
      code: `D-${id.slice(-8)}`,
      name: 'Centre Al Wafae Marrakech',
      type: 'shelter',
      services: ['shelter', 'listening'],
      open247: true,
      capacityTotal: 24,
      capacityFree: 5,
      contact: { phone: '0524000000', email: 'wafae@centre.ma' },
      focalPoints: [{ name: 'Hind Alaoui', role: 'Directrice', phone: '0661000000' }],
      ...changes,
    })
    .where(eq(institutions.id, id));
  return id;
}

describeEachEngine('the directory', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const read = async (client: StaffClient, query = '') => {
    const response = await client.request('GET', `${DIRECTORY}${query}`);
    expect(response.statusCode).toBe(200);
    return response.json<{ institutions: DirectoryEntry[] }>().institutions;
  };

  it('answers 401 without a session and 403 to a role that does not refer', async () => {
    expect((await anonymous(app, 'GET', DIRECTORY)).statusCode).toBe(401);
    const analyst = await as(app, db(), 'analyst');
    expect((await analyst.request('GET', DIRECTORY)).statusCode).toBe(403);
  });

  it('lists active institutions with their public directory fields, for everyone who refers', async () => {
    const id = await directoryInstitution(db());
    const closed = await directoryInstitution(db(), { name: 'Centre fermé', active: false });
    for (const role of ['listener', 'supervisor', 'institution_agent', 'admin'] as const) {
      const client = await as(app, db(), role);
      const listed = await read(client);
      expect(
        listed.some((i) => i.id === closed),
        role,
      ).toBe(false);
      const entry = listed.find((i) => i.id === id);
      expect(entry, role).toEqual({
        id,
        code: `D-${id.slice(-8)}`,
        name: 'Centre Al Wafae Marrakech',
        type: 'shelter',
        agency: 'Test agency',
        regionCode: '07',
        provinceCode: '351',
        coverage: ['351'],
        areaTypes: ['urban', 'rural'],
        services: ['shelter', 'listening'],
        open247: true,
        openingHours: null,
        openNow: true,
        hoursKnown: true,
        nextOpeningAt: null,
        capacityTotal: 24,
        capacityFree: 5,
        capacityUpdatedAt: null,
        contact: { phone: '0524000000', email: 'wafae@centre.ma' },
        focalPoints: [{ name: 'Hind Alaoui', role: 'Directrice', phone: '0661000000' }],
      });
    }
  });

  it('filters by type, service, territory served and words, in the database', async () => {
    const listener = await as(app, db(), 'listener');
    const emf = await directoryInstitution(db(), {
      name: 'EMF Settat',
      type: 'emf_centre',
      regionCode: '06',
      provinceCode: '461',
      services: ['economic_support'],
      open247: false,
      openingHours: null,
    });
    const ids = async (query: string) => (await read(listener, query)).map((i) => i.id);
    expect(await ids('?type=emf_centre')).toContain(emf);
    expect(await ids('?type=shelter')).not.toContain(emf);
    expect(await ids('?service=economic_support')).toContain(emf);
    expect(await ids('?service=medical')).not.toContain(emf);
    expect(await ids('?provinceCode=461')).toContain(emf);
    expect(await ids('?provinceCode=141')).not.toContain(emf);
    expect(await ids('?regionCode=06')).toContain(emf);
    expect(await ids('?regionCode=07')).not.toContain(emf);
    expect(await ids('?q=emf%20SETTAT')).toContain(emf);
    expect(await ids(`?q=${encodeURIComponent('EMF%')}`)).not.toContain(emf);
    // Serving a province elsewhere (its coverage) is enough to be found there.
    const mobile = await directoryInstitution(db(), { name: 'Unité mobile' });
    await db().insert(institutionCoverage).values({ institutionId: mobile, provinceCode: '461' });
    expect(await ids('?provinceCode=461')).toContain(mobile);
    expect(await ids('?regionCode=06')).toContain(mobile);
    // Hours nobody entered: the directory says so instead of guessing.
    const entry = (await read(listener, '?type=emf_centre')).find((i) => i.id === emf);
    expect(entry).toMatchObject({ openNow: false, hoursKnown: false, nextOpeningAt: null });
    const bad = await listener.request('GET', `${DIRECTORY}?type=bakery`);
    expect(bad.json()).toMatchObject({
      error: { fields: [{ field: 'query.type', issue: 'invalid_choice' }] },
    });
  });

  it('lets an institution set its own free places, up to its total, audited', async () => {
    const id = await directoryInstitution(db());
    const agent = await as(app, db(), 'institution_agent', { institutionId: id });
    // What the capacity editor shows before a change: free, total, when last reported.
    const before = await agent.request('GET', CAPACITY);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      institution: { id, capacityFree: 5, capacityTotal: 24, capacityUpdatedAt: null },
    });
    const response = await put(app, agent, { capacityFree: 2 });
    expect(response.statusCode).toBe(200);
    const { institution } = response.json<{ institution: DirectoryEntry }>();
    expect(institution).toMatchObject({ id, capacityFree: 2, capacityTotal: 24 });
    expect(Date.parse(institution.capacityUpdatedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const events = await db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.recordId, id), eq(auditEvents.action, 'institution.capacity_updated')),
      );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: agent.userId,
      diff: { capacityFree: { from: 5, to: 2 } },
    });

    const tooMany = await put(app, agent, { capacityFree: 25 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({
      error: { fields: [{ field: 'body.capacityFree', issue: 'too_big' }] },
    });
    expect((await put(app, agent, { capacityFree: -1 })).statusCode).toBe(400);
    const after = (await agent.request('GET', CAPACITY)).json<{ institution: DirectoryEntry }>();
    expect(after.institution).toMatchObject({ capacityFree: 2 });
    expect(after.institution.capacityUpdatedAt).toBe(institution.capacityUpdatedAt);
  });

  it('refuses the capacity to other roles (403) and to a disabled institution (404)', async () => {
    const id = await directoryInstitution(db());
    for (const role of ['listener', 'supervisor', 'admin', 'analyst'] as const) {
      const client = await as(app, db(), role, { institutionId: id });
      expect((await put(app, client, { capacityFree: 1 })).statusCode, role).toBe(403);
    }
    expect((await anonymous(app, 'GET', CAPACITY)).statusCode).toBe(401);
    for (const role of ['listener', 'admin'] as const) {
      const client = await as(app, db(), role, { institutionId: id });
      expect((await client.request('GET', CAPACITY)).statusCode, role).toBe(403);
    }
    const closed = await directoryInstitution(db(), { active: false });
    const manager = await as(app, db(), 'institution_manager', { institutionId: closed });
    expect((await put(app, manager, { capacityFree: 1 })).statusCode).toBe(404);
    expect((await manager.request('GET', CAPACITY)).statusCode).toBe(404);
    const [row] = await db().select().from(institutions).where(eq(institutions.id, closed));
    expect(row?.capacityFree).toBe(5);
  });
});

describe('a directory entry', () => {
  const office = {
    id: '0190a0a0-0000-7000-8000-000000000001',
    code: null,
    name: 'Cellule',
    type: 'prosecution_cell',
    agency: 'Parquet',
    regionCode: '06',
    provinceCode: '141',
    areaTypes: ['urban', 'rural'],
    services: ['legal'],
    open247: false,
    openingHours: { days: 'mon-fri', weekdays: '08:30-16:30' },
    capacityTotal: null,
    capacityFree: null,
    capacityUpdatedAt: null,
    contact: {},
    focalPoints: [],
    active: true,
    version: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
  } satisfies InstitutionRow;

  it('is open during its hours and closed outside them and on public holidays, per core', () => {
    // Tuesday 24 November 2026, mid-morning in Casablanca whatever its offset (UTC+0 or +1).
    expect(presentDirectoryEntry(office, [], new Date('2026-11-24T10:00:00Z'))).toMatchObject({
      openNow: true,
      hoursKnown: true,
      nextOpeningAt: null,
    });
    const evening = presentDirectoryEntry(office, [], new Date('2026-11-24T20:00:00Z'));
    expect(evening).toMatchObject({ openNow: false, hoursKnown: true });
    // The next morning, at 08:30 on the Casablanca clock.
    expect(evening.nextOpeningAt).toMatch(/^2026-11-25T0[78]:30:00\.000Z$/);
    // Wednesday 18 November 2026 is Independence Day: closed although a weekday.
    expect(presentDirectoryEntry(office, [], new Date('2026-11-18T10:00:00Z')).openNow).toBe(false);
  });
});
