import { REGIONS } from '@sanad/core';
import type { FastifyInstance } from 'fastify';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  auditEvents,
  institutionCoverage,
  institutionImportRows,
  institutions,
  jobs,
} from '../db/schema/index.ts';
import { countRows } from '../db/types.ts';
import { createLogger } from '../platform/logger.ts';
import { MAX_ATTEMPTS, startJobRunner } from '../platform/jobs/runner.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { anonymous, as, type StaffClient } from '../testing/staff-session.ts';
import type { ImportView } from './import-schemas.ts';
import { runOnce, upload } from './import-test-support.ts';
import { directoryJobHandlers, IMPORT_CHUNK_ROWS } from './jobs.ts';

const HEADER =
  'code,name,type,agency,region,province,coverage,area_types,services,open_24_7,' +
  'opening_hours,capacity_total,capacity_free,phone,email,address,focal_point_name,' +
  'focal_point_role,focal_point_phone,focal_point_email';

const TYPES = ['shelter', 'emf_centre', 'ngo_listening_centre', 'dgsn_cell', 'hospital_unit'];

/** Data rows (0-based) that carry one mistake each, with the column and issue expected. */
const MISTAKES: Readonly<Record<number, { field: string; issue: string }>> = {
  3: { field: 'name', issue: 'required' },
  97: { field: 'type', issue: 'invalid_choice' },
  210: { field: 'region', issue: 'invalid_choice' },
  333: { field: 'province', issue: 'invalid_choice' },
  404: { field: 'coverage', issue: 'invalid_choice' },
  555: { field: 'opening_hours', issue: 'invalid_format' },
  612: { field: 'opening_hours', issue: 'required' },
  777: { field: 'capacity_free', issue: 'too_big' },
  888: { field: 'email', issue: 'invalid_format' },
  999: { field: 'code', issue: 'invalid' },
};
/** A blank line after this data row: a spreadsheet shows it as an empty row, so it is counted. */
const BLANK_AFTER = 500;
/** The row number a spreadsheet shows for data row `index` (the header is row 1). */
const sheetRow = (index: number) => index + 2 + (index > BLANK_AFTER ? 1 : 0);

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** 1,000 institutions over the 12 regions; `edition` changes every name, as a corrected file. */
function directoryCsv(edition = 1): string {
  const lines = [HEADER];
  for (let i = 0; i < 1000; i += 1) {
    const region = REGIONS[i % REGIONS.length];
    const province = region?.provinces[i % (region.provinces.length || 1)];
    if (!region || !province) throw new Error('territory');
    const type = TYPES[i % TYPES.length] ?? 'shelter';
    const is247 = type === 'shelter' || type === 'dgsn_cell' || type === 'hospital_unit';
    const cells: Record<string, string> = {
      code: `TST-${String(i).padStart(4, '0')}`,
      name: `Institution ${String(i)} (édition ${String(edition)})`,
      type,
      agency: 'Entraide Nationale',
      region: region.code,
      province: province.code,
      coverage: region.provinces
        .slice(0, 2)
        .map((p) => p.code)
        .join(';'),
      area_types: i % 3 === 0 ? 'urban' : 'urban;rural',
      services: 'listening;orientation',
      open_24_7: is247 ? 'yes' : 'no',
      opening_hours: is247 ? '' : 'mon-fri 08:30-16:30; sat 09:00-12:00',
      capacity_total: type === 'shelter' ? '20' : '',
      capacity_free: type === 'shelter' ? String(i % 21) : '',
      phone: `05${String(22_000_000 + i)}`,
      email: `contact${String(i)}@institution.ma`,
      address: i === 100 ? 'Rue des Écoles\nQuartier Hay Hassani' : province.name.fr,
      focal_point_name: 'Latifa Bennani',
      focal_point_role: 'Point focal',
      focal_point_phone: '',
      focal_point_email: '',
    };
    switch (i) {
      case 3:
        cells['name'] = '';
        break;
      case 97:
        cells['type'] = 'police_station';
        break;
      case 210:
        cells['region'] = '13';
        break;
      case 333:
        cells['province'] = region.code === '09' ? '141' : '541';
        break;
      case 404:
        cells['coverage'] = '141;999';
        break;
      case 555:
        cells['open_24_7'] = 'no';
        cells['opening_hours'] = 'lundi-vendredi 8h-16h';
        break;
      case 612:
        cells['open_24_7'] = 'no';
        cells['opening_hours'] = '';
        break;
      case 777:
        cells['type'] = 'shelter';
        cells['capacity_total'] = '20';
        cells['capacity_free'] = '35';
        break;
      case 888:
        cells['email'] = 'contact at institution.ma';
        break;
      case 999:
        cells['code'] = 'TST-0042';
        break;
    }
    lines.push(
      HEADER.split(',')
        .map((column) => quote(cells[column] ?? ''))
        .join(','),
    );
    if (i === BLANK_AFTER) lines.push('');
  }
  return `${lines.join('\r\n')}\r\n`;
}

const expectedErrors = Object.entries(MISTAKES).map(([index, problem]) => ({
  row: sheetRow(Number(index)),
  ...problem,
}));

describeEachEngine('the directory CSV import', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const progress = async (client: StaffClient, id: string) => {
    const response = await client.request('GET', `/api/v1/admin/institutions/imports/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json<{ import: ImportView }>().import;
  };
  const eventsOfImport = (action: string, importId: string) =>
    db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, action), sql`${auditEvents.diff} ->> 'importId' = ${importId}`),
      );
  const imported = async () => {
    const [row] = await db()
      .select({ n: countRows() })
      .from(institutions)
      .where(like(institutions.code, 'TST-%'));
    return row?.n ?? 0;
  };

  it('is for administrators only', async () => {
    const response = await anonymous(app, 'POST', '/api/v1/admin/institutions/imports', {});
    expect(response.statusCode).toBe(401);
    for (const role of ['listener', 'institution_manager', 'analyst'] as const) {
      const client = await as(app, db(), role);
      expect((await upload(app, client, `${HEADER}\n`)).statusCode, role).toBe(403);
      const missing = '0190a0a0-0000-7000-8000-000000000000';
      const read = await client.request('GET', `/api/v1/admin/institutions/imports/${missing}`);
      expect(read.statusCode, role).toBe(403);
    }
  });

  it('refuses a wrong header naming each column, a file over 5 MB, and anything but CSV', async () => {
    const admin = await as(app, db(), 'admin');
    const wrong = await upload(app, admin, 'code;name;kind;region;director\nX;Y;shelter;06;Z\n');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        fields: [
          { field: 'body.kind', issue: 'unknown_field' },
          { field: 'body.director', issue: 'unknown_field' },
          { field: 'body.type', issue: 'required' },
          { field: 'body.agency', issue: 'required' },
        ],
      },
    });
    const huge = await upload(app, admin, `${HEADER}\n${'x'.repeat(5 * 1024 * 1024)}`);
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const json = await admin.request('POST', '/api/v1/admin/institutions/imports', {
      csv: HEADER,
    });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('imports 1,000 institutions in chunks, reporting exactly the 10 bad rows', async () => {
    const started = Date.now();
    const admin = await as(app, db(), 'admin');
    const response = await upload(app, admin, directoryCsv());
    expect(response.statusCode).toBe(202);
    const first = response.json<{ import: ImportView }>().import;
    // Every row is checked before anything is written: the bad rows are known at once.
    expect(first).toMatchObject({ state: 'pending', total: 1000, processed: 10, imported: 0 });
    expect(first.errors).toEqual(expectedErrors);
    expect(await imported()).toBe(0);

    // Each run writes one chunk and its progress is visible before the next run.
    const seen: number[] = [];
    while (await runOnce(db(), first.id)) {
      const now = await progress(admin, first.id);
      seen.push(now.processed);
      if (now.state !== 'done') {
        expect(now.state).toBe('running');
        // Progress reads carry counts only; the refused rows come once it has finished.
        expect(now.errors).toBeUndefined();
      }
    }
    expect(seen).toEqual([210, 410, 610, 810, 1000]);
    expect(seen.length).toBe(Math.ceil(990 / IMPORT_CHUNK_ROWS));

    const done = await progress(admin, first.id);
    expect(done).toMatchObject({ state: 'done', total: 1000, imported: 990, updated: 0 });
    expect(done.errors).toEqual(expectedErrors);
    expect(done.finishedAt).not.toBeNull();
    expect(await imported()).toBe(990);
    const rowsLeft = await db()
      .select()
      .from(institutionImportRows)
      .where(eq(institutionImportRows.importId, first.id));
    expect(rowsLeft).toEqual([]);

    // What a row says is what the directory holds.
    const [shelter] = await db()
      .select()
      .from(institutions)
      .where(eq(institutions.code, 'TST-0100'));
    expect(shelter).toMatchObject({
      type: 'shelter',
      open247: true,
      capacityTotal: 20,
      capacityFree: 16,
      areaTypes: ['urban', 'rural'],
      contact: { address: 'Rue des Écoles\nQuartier Hay Hassani' },
      focalPoints: [{ name: 'Latifa Bennani', role: 'Point focal' }],
    });
    const [office] = await db()
      .select()
      .from(institutions)
      .where(eq(institutions.code, 'TST-0001'));
    expect(office?.openingHours).toEqual({
      week: {
        mon: '08:30-16:30',
        tue: '08:30-16:30',
        wed: '08:30-16:30',
        thu: '08:30-16:30',
        fri: '08:30-16:30',
        sat: '09:00-12:00',
      },
    });
    const coverage = await db()
      .select()
      .from(institutionCoverage)
      .where(eq(institutionCoverage.institutionId, office?.id ?? ''))
      .orderBy(asc(institutionCoverage.provinceCode));
    // Data row 1 is in region 02 (L'Oriental); the file lists its first two provinces.
    expect(coverage.map((c) => c.provinceCode)).toEqual(['113', '167']);

    const events = await db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'institution.imported'), eq(auditEvents.recordId, first.id)),
      );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.userId,
      diff: { state: 'done', total: 1000, imported: 990, updated: 0, refusedRows: 10 },
    });
    // Each institution written has its own event, naming the file it came from.
    const created = await eventsOfImport('institution.created', first.id);
    expect(created).toHaveLength(990);
    expect(created.find((e) => e.recordId === shelter?.id)).toMatchObject({
      actorId: admin.userId,
      diff: {
        importId: first.id,
        code: 'TST-0100',
        type: 'shelter',
        capacityTotal: 20,
        contact: 'changed',
        focalPoints: 'changed',
        coverage: REGIONS[100 % REGIONS.length]?.provinces.slice(0, 2).map((p) => p.code),
      },
    });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('updates by code on a second import instead of adding institutions', async () => {
    const admin = await as(app, db(), 'admin');
    const response = await upload(app, admin, directoryCsv(2));
    const { id } = response.json<{ import: ImportView }>().import;
    // Through the runner itself: all chunks run one after another in one pass.
    const runner = startJobRunner(db(), directoryJobHandlers(), createLogger('silent'), {
      pollMs: 3_600_000,
    });
    try {
      expect(await runner.runDue()).toBe(5);
    } finally {
      await runner.stop();
    }
    const done = await progress(admin, id);
    expect(done).toMatchObject({ state: 'done', imported: 0, updated: 990 });
    expect(done.errors).toEqual(expectedErrors);
    expect(await imported()).toBe(990);
    const [renamed] = await db()
      .select()
      .from(institutions)
      .where(eq(institutions.code, 'TST-0042'));
    // A change by a file moves the version on, as an edit in the form does.
    expect(renamed).toMatchObject({ name: 'Institution 42 (édition 2)', version: 2 });
    // Only what changed is named: the new name, nothing else of the row.
    const updatedEvents = await eventsOfImport('institution.updated', id);
    expect(updatedEvents).toHaveLength(990);
    expect(updatedEvents.find((e) => e.recordId === renamed?.id)?.diff).toEqual({
      importId: id,
      name: 'Institution 42 (édition 2)',
    });
  });

  it('leaves alone the fields whose column a file does not have', async () => {
    const admin = await as(app, db(), 'admin');
    const response = await upload(
      app,
      admin,
      'code;name;type;agency;region;capacity_free\n' +
        'TST-0100;Centre Al Amal;shelter;Entraide Nationale;05;3\n' +
        'TST-0105;Centre Al Wafa;shelter;Entraide Nationale;10;25\n',
    );
    const { id } = response.json<{ import: ImportView }>().import;
    while (await runOnce(db(), id));
    const done = await progress(admin, id);
    // Row 3 asks for more free places than the shelter has in all (checked against the row).
    expect(done).toMatchObject({ state: 'done', imported: 0, updated: 1 });
    expect(done.errors).toEqual([{ row: 3, field: 'capacity_free', issue: 'too_big' }]);
    const [shelter] = await db()
      .select()
      .from(institutions)
      .where(eq(institutions.code, 'TST-0100'));
    expect(shelter).toMatchObject({
      name: 'Centre Al Amal',
      capacityTotal: 20,
      capacityFree: 3,
      open247: true,
      focalPoints: [{ name: 'Latifa Bennani', role: 'Point focal' }],
      contact: { address: 'Rue des Écoles\nQuartier Hay Hassani' },
    });
    expect(shelter?.capacityUpdatedAt).not.toBeNull();
  });

  it("shows an import to its uploader only, and keeps a regional admin's rows in her region", async () => {
    const admin = await as(app, db(), 'admin');
    const { id } = (await upload(app, admin, `${HEADER}\n`)).json<{ import: ImportView }>().import;
    const other = await as(app, db(), 'admin');
    const read = await other.request('GET', `/api/v1/admin/institutions/imports/${id}`);
    expect(read.statusCode).toBe(404);

    const regional = await as(app, db(), 'admin', { scopeLevel: 'region', scopeRegion: '09' });
    const response = await upload(
      app,
      regional,
      'code,name,type,agency,region,province,open_24_7\n' +
        'TST-0000,Hors de ma région,shelter,Entraide,09,541,yes\n' +
        'SOUSS-1,Centre Souss,shelter,Entraide,09,541,yes\n' +
        'SOUSS-2,Centre Casablanca,shelter,Entraide,06,141,yes\n',
    );
    const started = response.json<{ import: ImportView }>().import;
    expect(started.errors).toEqual([{ row: 4, field: 'region', issue: 'invalid_choice' }]);
    while (await runOnce(db(), started.id));
    const done = await progress(regional, started.id);
    // TST-0000 exists in region 01: out of her reach, so its code is refused, nothing changed.
    expect(done).toMatchObject({ state: 'done', imported: 1, updated: 0 });
    expect(done.errors).toEqual([
      { row: 2, field: 'code', issue: 'invalid' },
      { row: 4, field: 'region', issue: 'invalid_choice' },
    ]);
    const [untouched] = await db()
      .select()
      .from(institutions)
      .where(eq(institutions.code, 'TST-0000'));
    expect(untouched?.regionCode).toBe('01');
  });

  it('marks the import failed when its chunk fails on the last attempt', async () => {
    const admin = await as(app, db(), 'admin');
    const { id } = (
      await upload(app, admin, 'name,type,agency,region\nCentre,shelter,Entraide,06\n')
    ).json<{ import: ImportView }>().import;
    // A stored row the job cannot read (as if written by a different version).
    await db()
      .update(institutionImportRows)
      .set({ data: sql`'{"name": 1}'::jsonb` })
      .where(eq(institutionImportRows.importId, id));
    await expect(runOnce(db(), id, 1)).rejects.toThrow();
    expect((await progress(admin, id)).state).toBe('pending');
    await db().update(jobs).set({ state: 'pending' }).where(eq(jobs.singletonKey, id));
    expect(await runOnce(db(), id, MAX_ATTEMPTS)).toBe(true);
    const failed = await progress(admin, id);
    expect(failed.state).toBe('failed');
    expect(failed.finishedAt).not.toBeNull();
    // The rows it never wrote are not kept (they may hold focal points' names and phones).
    const rowsLeft = await db()
      .select()
      .from(institutionImportRows)
      .where(eq(institutionImportRows.importId, id));
    expect(rowsLeft).toEqual([]);
    const [ended] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'institution.imported'), eq(auditEvents.recordId, id)));
    expect(ended).toMatchObject({
      actorId: admin.userId,
      diff: { state: 'failed', total: 1, processed: 0, imported: 0, updated: 0 },
    });
  });
});
