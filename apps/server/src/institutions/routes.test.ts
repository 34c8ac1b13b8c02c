import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { anonymous, as } from '../testing/staff-session.ts';
import type { InstitutionView } from './presenters.ts';

const shelter = {
  name: 'Maison Dar Al Amane',
  type: 'shelter',
  agency: 'Association Amane',
  regionCode: '06',
  provinceCode: '181',
  coverage: ['181', '141'],
  services: ['shelter', 'listening'],
  open247: true,
  capacityTotal: 14,
  contact: { phone: '0522000000' },
};

describeEachEngine('institution administration', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const audited = (id: string, action: string) =>
    db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, id), eq(auditEvents.action, action)));

  it('answers 401 without a session and 403 to roles that do not administer', async () => {
    const existing = await buildInstitution(db());
    expect((await anonymous(app, 'GET', '/api/v1/admin/institutions')).statusCode).toBe(401);
    expect((await anonymous(app, 'POST', '/api/v1/admin/institutions', shelter)).statusCode).toBe(
      401,
    );
    expect(
      (await anonymous(app, 'PATCH', `/api/v1/admin/institutions/${existing.id}`, {})).statusCode,
    ).toBe(401);
    for (const role of [
      'listener',
      'supervisor',
      'institution_agent',
      'institution_manager',
      'analyst',
    ] as const) {
      const client = await as(app, db(), role);
      expect((await client.request('GET', '/api/v1/admin/institutions')).statusCode, role).toBe(
        403,
      );
      expect(
        (await client.request('POST', '/api/v1/admin/institutions', shelter)).statusCode,
        role,
      ).toBe(403);
      expect(
        (
          await client.request('PATCH', `/api/v1/admin/institutions/${existing.id}`, {
            version: 1,
            name: 'x y',
          })
        ).statusCode,
        role,
      ).toBe(403);
    }
  });

  it('creates, edits and disables an institution, auditing each change', async () => {
    const admin = await as(app, db(), 'admin');
    const created = await admin.request('POST', '/api/v1/admin/institutions', shelter);
    expect(created.statusCode).toBe(201);
    const { institution } = created.json<{ institution: InstitutionView }>();
    expect(institution).toMatchObject({
      name: shelter.name,
      type: 'shelter',
      coverage: ['141', '181'],
      capacityTotal: 14,
      active: true,
      abilities: { update: true },
    });
    expect(await audited(institution.id, 'institution.created')).toHaveLength(1);

    expect(institution.version).toBe(1);
    const edited = await admin.request('PATCH', `/api/v1/admin/institutions/${institution.id}`, {
      version: 1,
      capacityFree: 3,
      coverage: ['181'],
      active: false,
    });
    expect(edited.json()).toMatchObject({
      institution: { capacityFree: 3, coverage: ['181'], active: false, version: 2 },
    });
    const [event] = await audited(institution.id, 'institution.updated');
    expect(event?.diff).toMatchObject({ capacityFree: 3, active: false });
    const listed = (await admin.request('GET', '/api/v1/admin/institutions')).json<{
      institutions: InstitutionView[];
    }>();
    expect(listed.institutions.find((i) => i.id === institution.id)?.active).toBe(false);
  });

  it('refuses territory that does not exist or does not fit, naming the field', async () => {
    const admin = await as(app, db(), 'admin');
    const wrong = await admin.request('POST', '/api/v1/admin/institutions', {
      ...shelter,
      provinceCode: '541',
      coverage: ['999'],
    });
    expect(wrong.statusCode).toBe(400);
    const fields = wrong
      .json<{ error: { fields: { field: string }[] } }>()
      .error.fields.map((f) => f.field);
    expect(fields).toEqual(['body.provinceCode', 'body.coverage.0']);
    const unknownField = await admin.request('POST', '/api/v1/admin/institutions', {
      ...shelter,
      director: 'X',
    });
    expect(unknownField.json()).toMatchObject({
      error: { fields: [{ field: 'body.director', issue: 'unknown_field' }] },
    });
  });

  it('keeps the directory fields: code, area types, hours, focal points, capacity', async () => {
    const admin = await as(app, db(), 'admin');
    const created = await admin.request('POST', '/api/v1/admin/institutions', {
      ...shelter,
      code: 'CH-CASA-01',
      areaTypes: ['urban'],
      open247: false,
      openingHours: { days: 'mon-fri', weekdays: '08:30-12:00,14:00-16:30' },
      focalPoints: [{ name: 'Latifa Bennani', role: 'Directrice', email: 'l.bennani@amane.ma' }],
    });
    expect(created.statusCode).toBe(201);
    const { institution } = created.json<{ institution: InstitutionView }>();
    expect(institution).toMatchObject({
      code: 'CH-CASA-01',
      areaTypes: ['urban'],
      openingHours: { days: 'mon-fri', weekdays: '08:30-12:00,14:00-16:30' },
      focalPoints: [{ name: 'Latifa Bennani', role: 'Directrice', email: 'l.bennani@amane.ma' }],
      capacityTotal: 14,
      capacityFree: 14,
    });
    expect(institution.capacityUpdatedAt).toBeDefined();

    const url = `/api/v1/admin/institutions/${institution.id}`;
    const edited = await admin.request('PATCH', url, {
      version: 1,
      open247: true,
      openingHours: null,
      areaTypes: ['urban', 'rural'],
      focalPoints: [],
      capacityTotal: 10,
    });
    const after = edited.json<{ institution: InstitutionView }>().institution;
    expect(after).toMatchObject({ open247: true, areaTypes: ['urban', 'rural'], focalPoints: [] });
    expect(after.openingHours).toBeUndefined();
    // Fewer places in all than were free: the free count follows the total down.
    expect(after).toMatchObject({ capacityTotal: 10, capacityFree: 10 });
    const [event] = await audited(institution.id, 'institution.updated');
    expect(event?.diff).toMatchObject({ focalPoints: 'changed', capacityTotal: 10 });

    const cleared = await admin.request('PATCH', url, { version: 2, code: null });
    expect(cleared.json<{ institution: InstitutionView }>().institution.code).toBeUndefined();
  });

  it('refuses hours core cannot read, a taken code, and more free places than in all', async () => {
    const admin = await as(app, db(), 'admin');
    const hours = await admin.request('POST', '/api/v1/admin/institutions', {
      ...shelter,
      openingHours: { days: 'mon-fri', weekdays: '8h-16h' },
    });
    expect(hours.statusCode).toBe(400);
    expect(hours.json()).toMatchObject({
      error: { fields: [{ field: 'body.openingHours', issue: 'invalid_format' }] },
    });
    const never = await admin.request('POST', '/api/v1/admin/institutions', {
      ...shelter,
      openingHours: { week: {} },
    });
    expect(never.json()).toMatchObject({
      error: { fields: [{ field: 'body.openingHours', issue: 'invalid_format' }] },
    });

    const first = await admin.request('POST', '/api/v1/admin/institutions', {
      ...shelter,
      code: 'TPI-SETTAT',
    });
    expect(first.statusCode).toBe(201);
    const again = await admin.request('POST', '/api/v1/admin/institutions', {
      ...shelter,
      code: 'TPI-SETTAT',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: 'conflict', fields: [{ field: 'body.code', issue: 'invalid' }] },
    });
    const badCode = await admin.request('POST', '/api/v1/admin/institutions', {
      ...shelter,
      code: 'TPI SETTAT',
    });
    expect(badCode.json()).toMatchObject({
      error: { fields: [{ field: 'body.code', issue: 'invalid_format' }] },
    });

    const { institution } = first.json<{ institution: InstitutionView }>();
    const tooMany = await admin.request('PATCH', `/api/v1/admin/institutions/${institution.id}`, {
      version: 1,
      capacityFree: 15,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({
      error: { fields: [{ field: 'body.capacityFree', issue: 'too_big' }] },
    });
    const noArea = await admin.request('PATCH', `/api/v1/admin/institutions/${institution.id}`, {
      version: 1,
      areaTypes: [],
    });
    expect(noArea.json()).toMatchObject({
      error: { fields: [{ field: 'body.areaTypes', issue: 'too_small' }] },
    });
  });

  it('keeps a regional admin to their region (404 elsewhere)', async () => {
    const regional = await as(app, db(), 'admin', { scopeLevel: 'region', scopeRegion: '06' });
    const far = await buildInstitution(db(), { regionCode: '09', provinceCode: '541' });
    const listed = (await regional.request('GET', '/api/v1/admin/institutions')).json<{
      institutions: InstitutionView[];
    }>();
    expect(listed.institutions.every((i) => i.regionCode === '06')).toBe(true);
    expect(
      (
        await regional.request('PATCH', `/api/v1/admin/institutions/${far.id}`, {
          version: 1,
          name: 'Renamed',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await regional.request('POST', '/api/v1/admin/institutions', {
          ...shelter,
          regionCode: '09',
          provinceCode: '541',
          coverage: ['541'],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses an edit made from an old version (409 with the current one), changing nothing', async () => {
    const admin = await as(app, db(), 'admin');
    const other = await as(app, db(), 'admin');
    const created = await admin.request('POST', '/api/v1/admin/institutions', shelter);
    const { institution } = created.json<{ institution: InstitutionView }>();
    const url = `/api/v1/admin/institutions/${institution.id}`;

    // Both opened the form at version 1; the first to save wins and moves it to 2.
    const first = await other.request('PATCH', url, { version: 1, name: 'Dar Al Amane Settat' });
    expect(first.json()).toMatchObject({ institution: { version: 2 } });
    const late = await admin.request('PATCH', url, { version: 1, agency: 'Entraide Nationale' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      error: { code: 'stale_version', current: { version: 2 } },
    });
    const listed = (await admin.request('GET', '/api/v1/admin/institutions')).json<{
      institutions: InstitutionView[];
    }>();
    expect(listed.institutions.find((i) => i.id === institution.id)).toMatchObject({
      name: 'Dar Al Amane Settat',
      agency: shelter.agency,
      version: 2,
    });
    expect(await audited(institution.id, 'institution.updated')).toHaveLength(1);

    // Sent again from the version it now knows, the same change goes through.
    const retried = await admin.request('PATCH', url, { version: 2, agency: 'Entraide Nationale' });
    expect(retried.json()).toMatchObject({
      institution: { name: 'Dar Al Amane Settat', agency: 'Entraide Nationale', version: 3 },
    });
    const [event] = await audited(institution.id, 'institution.updated');
    expect(event?.diff).not.toHaveProperty('version');

    const unversioned = await admin.request('PATCH', url, { name: 'Sans version' });
    expect(unversioned.statusCode).toBe(400);
    expect(unversioned.json()).toMatchObject({
      error: { fields: [{ field: 'body.version', issue: 'required' }] },
    });
  });
});
