import type { FastifyInstance } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditEvents, institutionImports, institutions } from '../db/schema/index.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { as, type StaffClient } from '../testing/staff-session.ts';
import type { ImportView } from './import-schemas.ts';
import { runOnce, upload } from './import-test-support.ts';
import type { InstitutionView } from './presenters.ts';

/** What an import does to institutions that already exist, and the files it must refuse. */
describeEachEngine('a directory import, institution by institution', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;

  /** Uploads and runs the import to its end; its final report. */
  async function importFile(admin: StaffClient, csv: string): Promise<ImportView> {
    const response = await upload(app, admin, csv);
    expect(response.statusCode).toBe(202);
    const { id } = response.json<{ import: ImportView }>().import;
    while (await runOnce(db(), id));
    const done = await admin.request('GET', `/api/v1/admin/institutions/imports/${id}`);
    return done.json<{ import: ImportView }>().import;
  }

  const institutionByCode = async (code: string) => {
    const [row] = await db().select().from(institutions).where(eq(institutions.code, code));
    if (!row) throw new Error(`no institution ${code}`);
    return row;
  };

  it('refuses a file that is not UTF-8 rather than storing its letters as "?"', async () => {
    const admin = await as(app, db(), 'admin');
    // Saved as "CSV" by a spreadsheet in French: Windows-1252, where "è" is one byte.
    const latin1 = Buffer.from(
      'code,name,type,agency,region,open_24_7\nENC-1,Centre Al Amal Fès,shelter,Entraide,03,yes\n',
      'latin1',
    );
    const refused = await upload(app, admin, latin1);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: { code: 'validation_failed', fields: [{ field: 'body', issue: 'invalid_format' }] },
    });
    const stored = await db()
      .select()
      .from(institutionImports)
      .where(eq(institutionImports.createdBy, admin.userId));
    expect(stored).toEqual([]);
    // The same file saved as "CSV UTF-8" goes through.
    const report = await importFile(admin, latin1.toString('latin1'));
    expect(report).toMatchObject({ state: 'done', imported: 1 });
    expect((await institutionByCode('ENC-1')).name).toBe('Centre Al Amal Fès');
  });

  it('names a cell holding a control character instead of failing the import', async () => {
    const admin = await as(app, db(), 'admin');
    const report = await importFile(
      admin,
      'code,name,type,agency,region,open_24_7,address\n' +
        'CTL-1,Centre\u0000Nour,shelter,Entraide,03,yes,Fès\n' +
        'CTL-2,Centre Nour,shelter,Entraide,03,yes,"Rue 4\tBab\u000bFtouh"\n' +
        'CTL-3,Centre Nour Fès,shelter,Entraide,03,yes,"Rue 4\nBab Ftouh"\n',
    );
    expect(report).toMatchObject({ state: 'done', imported: 1 });
    expect(report.errors).toEqual([
      { row: 2, field: 'name', issue: 'invalid_format' },
      { row: 3, field: 'address', issue: 'invalid_format' },
    ]);
    // A line break inside a quoted cell is an address on two lines, not a control character.
    expect((await institutionByCode('CTL-3')).contact).toEqual({ address: 'Rue 4\nBab Ftouh' });
  });

  it('lets the corrected copy of a refused row keep its code', async () => {
    const admin = await as(app, db(), 'admin');
    const report = await importFile(
      admin,
      'code,name,type,agency,region,open_24_7\n' +
        'DUP-1,Centre Assafa,bakery,Entraide,03,yes\n' +
        'DUP-1,Centre Assafa,shelter,Entraide,03,yes\n' +
        'DUP-1,Centre Assafa bis,shelter,Entraide,03,yes\n',
    );
    expect(report).toMatchObject({ state: 'done', imported: 1 });
    expect(report.errors).toEqual([
      { row: 2, field: 'type', issue: 'invalid_choice' },
      { row: 4, field: 'code', issue: 'invalid' },
    ]);
    expect((await institutionByCode('DUP-1')).name).toBe('Centre Assafa');
  });

  it('refuses hours on a row that says open 24/7, rather than dropping them', async () => {
    const admin = await as(app, db(), 'admin');
    const report = await importFile(
      admin,
      'code,name,type,agency,region,open_24_7,opening_hours\n' +
        'H24-1,Cellule Fès,dgsn_cell,DGSN,03,yes,mon-fri 08:30-16:30\n',
    );
    expect(report).toMatchObject({ state: 'done', imported: 0 });
    expect(report.errors).toEqual([{ row: 2, field: 'opening_hours', issue: 'invalid' }]);
  });

  it('updates or adds the focal point of a row, keeping the others', async () => {
    const admin = await as(app, db(), 'admin');
    const created = await admin.request('POST', '/api/v1/admin/institutions', {
      code: 'FP-1',
      name: 'Centre Dar Al Amane',
      type: 'shelter',
      agency: 'Association Amane',
      regionCode: '06',
      provinceCode: '141',
      coverage: ['141'],
      open247: true,
      focalPoints: [
        { name: 'Latifa Bennani', role: 'Directrice', phone: '0661000001' },
        { name: 'Samira Alaoui', role: 'Assistante sociale', email: 's.alaoui@amane.ma' },
      ],
    });
    const { institution } = created.json<{ institution: InstitutionView }>();
    const header = 'code,name,type,agency,region,province,focal_point_name,focal_point_role\n';

    // The same person, whatever the case: her role changes, her phone (no column) stays.
    const first = await importFile(
      admin,
      `${header}FP-1,Centre Dar Al Amane,shelter,Association Amane,06,141,LATIFA BENNANI,Coordinatrice\n`,
    );
    expect(first).toMatchObject({ updated: 1, errors: [] });
    expect((await institutionByCode('FP-1')).focalPoints).toEqual([
      { name: 'LATIFA BENNANI', role: 'Coordinatrice', phone: '0661000001' },
      { name: 'Samira Alaoui', role: 'Assistante sociale', email: 's.alaoui@amane.ma' },
    ]);

    // Someone new is added after them; empty focal-point cells leave the list alone.
    await importFile(
      admin,
      `${header}FP-1,Centre Dar Al Amane,shelter,Association Amane,06,141,Hind Tazi,Juriste\n`,
    );
    await importFile(
      admin,
      `${header}FP-1,Centre Dar Al Amane,shelter,Association Amane,06,141,,\n`,
    );
    const after = await institutionByCode('FP-1');
    expect(after.focalPoints.map((p) => p.name)).toEqual([
      'LATIFA BENNANI',
      'Samira Alaoui',
      'Hind Tazi',
    ]);
    // Two files changed it, the third changed nothing: two versions on, two events.
    expect(after.version).toBe(institution.version + 2);
    const events = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'institution.updated'),
          eq(auditEvents.recordId, institution.id),
          sql`${auditEvents.diff} ? 'importId'`,
        ),
      );
    expect(events).toHaveLength(2);
    // Contact details are never copied into the audit trail: the field is named, that is all.
    for (const event of events) expect(event.diff).toMatchObject({ focalPoints: 'changed' });
  });

  it('makes an edit opened before an import stale (409), so the file is not overwritten', async () => {
    const admin = await as(app, db(), 'admin');
    const created = await admin.request('POST', '/api/v1/admin/institutions', {
      code: 'VER-1',
      name: 'Centre Annour',
      type: 'emf_centre',
      agency: 'Entraide Nationale',
      regionCode: '06',
      provinceCode: '141',
      coverage: ['141'],
      open247: true,
    });
    const { institution } = created.json<{ institution: InstitutionView }>();
    await importFile(
      admin,
      'code,name,type,agency,region,province\nVER-1,Centre Annour Casablanca,emf_centre,Entraide Nationale,06,141\n',
    );
    const late = await admin.request('PATCH', `/api/v1/admin/institutions/${institution.id}`, {
      version: institution.version,
      name: 'Centre Annour (form)',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      error: { code: 'stale_version', current: { version: institution.version + 1 } },
    });
    expect((await institutionByCode('VER-1')).name).toBe('Centre Annour Casablanca');
  });
});
