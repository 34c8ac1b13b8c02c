import type { FastifyInstance } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  auditEvents,
  institutions,
  jobs,
  opportunities,
  opportunityImportRows,
} from '../db/schema/index.ts';
import type { ImportView } from '../platform/csv-import/schemas.ts';
import { MAX_ATTEMPTS } from '../platform/jobs/runner.ts';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { buildInstitution } from '../testing/factories.ts';
import { anonymous, as, type StaffClient } from '../testing/staff-session.ts';
import { IMPORT_CHUNK_ROWS } from './import.ts';
import { takePlace } from './places.ts';
import { inDays, runOnce, upload } from './test-support.ts';

const HEADER =
  'code;provider;kind;title;region;provinces;remote;apply_by;starts_on;ends_on;places;' +
  'min_age;max_age;schooling_level;childcare;stipend;languages;phone';

/** Data rows (0-based) with one mistake each, and the column and issue expected. */
const MISTAKES: Readonly<Record<number, { field: string; issue: string }>> = {
  4: { field: 'kind', issue: 'invalid_choice' },
  57: { field: 'provider', issue: 'invalid_choice' },
  120: { field: 'provinces', issue: 'invalid_choice' },
  199: { field: 'starts_on', issue: 'too_small' },
  250: { field: 'max_age', issue: 'too_small' },
  301: { field: 'apply_by', issue: 'invalid_format' },
  333: { field: 'code', issue: 'invalid' },
};
const ROWS = 420;

/** A catalogue file from two providers, one mistake on each row of `MISTAKES`. */
function catalogueCsv(edition: number, providers: readonly string[]): string {
  const lines = [HEADER];
  for (let i = 0; i < ROWS; i += 1) {
    const cells = {
      code: `T-${String(i).padStart(4, '0')}`,
      provider: providers[i % providers.length] ?? '',
      kind: i % 2 === 0 ? 'training' : 'vocational_training',
      title: `Formation ${String(i)} (édition ${String(edition)})`,
      region: '6',
      provinces: i % 3 === 0 ? '' : '141|181',
      remote: i % 10 === 0 ? 'oui' : 'non',
      apply_by: inDays(10),
      starts_on: inDays(20),
      ends_on: inDays(90),
      places: String(10 + edition),
      min_age: '18',
      max_age: '45',
      schooling_level: 'middle',
      childcare: i % 2 === 0 ? 'yes' : 'no',
      stipend: '0',
      languages: 'ar|fr',
      phone: '0522 00 00 00',
    };
    if (i === 4) cells.kind = 'internship';
    if (i === 57) cells.provider = 'NO-SUCH-INSTITUTION';
    if (i === 120) cells.provinces = '141|541';
    if (i === 199) cells.starts_on = inDays(5);
    if (i === 250) cells.max_age = '17';
    if (i === 301) cells.apply_by = '31/02/2027';
    if (i === 333) cells.code = 'T-0041';
    lines.push(Object.values(cells).join(';'));
  }
  return `${lines.join('\n')}\n`;
}

const expectedErrors = Object.entries(MISTAKES).map(([i, p]) => ({ row: Number(i) + 2, ...p }));

describeEachEngine('the catalogue CSV import', (database) => {
  let app: FastifyInstance;
  let codes: string[];
  beforeAll(async () => {
    app = await buildTestApp(database());
    codes = [];
    for (const code of ['ANAPEC-T', 'OFPPT-T']) {
      const { id } = await buildInstitution(database().db, { type: 'vocational_training' });
      await database().db.update(institutions).set({ code }).where(eq(institutions.id, id));
      codes.push(code);
    }
  });
  afterAll(async () => {
    await app.close();
  });
  const db = () => database().db;
  const progress = async (client: StaffClient, id: string) => {
    const response = await client.request('GET', `/api/v1/opportunities/imports/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json<{ import: ImportView }>().import;
  };
  const started = async (client: StaffClient, csv: string | Buffer) => {
    const response = await upload(app, client, csv);
    expect(response.statusCode).toBe(202);
    return response.json<{ import: ImportView }>().import;
  };
  const byCode = async (code: string) =>
    (await db().select().from(opportunities).where(eq(opportunities.code, code)))[0];

  it('is for admins and providers’ managers, and refuses a wrong file whole', async () => {
    expect((await anonymous(app, 'POST', '/api/v1/opportunities/imports', {})).statusCode).toBe(
      401,
    );
    for (const role of ['listener', 'institution_agent'] as const) {
      const client = await as(app, db(), role);
      expect((await upload(app, client, `${HEADER}\n`)).statusCode, role).toBe(403);
    }
    const admin = await as(app, db(), 'admin');
    const header = await upload(app, admin, 'code,kind,titre,salary\nX,training,Y,1\n');
    expect(header.json()).toMatchObject({
      error: {
        code: 'validation_failed',
        fields: [
          { field: 'body.titre', issue: 'unknown_field' },
          { field: 'body.salary', issue: 'unknown_field' },
          { field: 'body.title', issue: 'required' },
        ],
      },
    });
    // Saved as "CSV" rather than "CSV UTF-8": every accented letter would be lost.
    const latin1 = Buffer.from('code,kind,title\nX,training,Pâtisserie\n', 'latin1');
    const encoding = await upload(app, admin, latin1);
    expect(encoding.json()).toMatchObject({
      error: { fields: [{ field: 'body', issue: 'invalid_format' }] },
    });
    const json = await admin.request('POST', '/api/v1/opportunities/imports', { csv: HEADER });
    expect(json.statusCode).toBe(415);
  });

  it('writes a file in chunks, reporting each bad row with its spreadsheet number', async () => {
    const admin = await as(app, db(), 'admin');
    const first = await started(admin, catalogueCsv(1, codes));
    expect(first).toMatchObject({ state: 'pending', total: ROWS, processed: 7, imported: 0 });
    expect(first.errors).toEqual(expectedErrors);
    const seen: number[] = [];
    while (await runOnce(db(), first.id)) seen.push((await progress(admin, first.id)).processed);
    expect(seen).toEqual([207, 407, 420]);
    expect(seen).toHaveLength(Math.ceil((ROWS - 7) / IMPORT_CHUNK_ROWS));
    const done = await progress(admin, first.id);
    expect(done).toMatchObject({
      state: 'done',
      imported: 413,
      updated: 0,
      errors: expectedErrors,
    });
    const rowsLeft = await db()
      .select()
      .from(opportunityImportRows)
      .where(eq(opportunityImportRows.importId, first.id));
    expect(rowsLeft).toEqual([]);

    expect(await byCode('T-0003')).toMatchObject({
      kind: 'vocational_training',
      regionCode: '06',
      provinceCodes: [],
      remote: false,
      placesTotal: 11,
      placesLeft: 11,
      minAge: 18,
      schoolingLevel: 'middle',
      childcare: false,
      languages: ['ar', 'fr'],
      contact: { phone: '0522 00 00 00' },
      createdBy: admin.userId,
      version: 1,
    });
    expect((await byCode('T-0010'))?.remote).toBe(true);
    const [ended] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'opportunity.imported'), eq(auditEvents.recordId, first.id)),
      );
    expect(ended).toMatchObject({
      actorId: admin.userId,
      diff: { state: 'done', total: ROWS, imported: 413, updated: 0, refusedRows: 7 },
    });
  });

  it('updates by provider and code on a second file, keeping places already taken', async () => {
    const admin = await as(app, db(), 'admin');
    const before = await byCode('T-0005');
    for (let i = 0; i < 3; i += 1) await takePlace(db(), before?.id ?? '');
    const closed = await byCode('T-0007');
    await db()
      .update(opportunities)
      .set({ closedAt: new Date(), active: false })
      .where(eq(opportunities.id, closed?.id ?? ''));
    const second = await started(admin, catalogueCsv(2, codes));
    while (await runOnce(db(), second.id));
    const done = await progress(admin, second.id);
    // A closed offer is not reopened by a file: its row is refused.
    expect(done).toMatchObject({ state: 'done', imported: 0, updated: 412 });
    expect(done.errors).toEqual(
      [...expectedErrors, { row: 9, field: 'code', issue: 'invalid' }].sort(
        (a, b) => a.row - b.row,
      ),
    );
    // 11 places, 3 taken; 12 places now: still 3 taken.
    expect(await byCode('T-0005')).toMatchObject({
      title: 'Formation 5 (édition 2)',
      placesTotal: 12,
      placesLeft: 9,
      version: 2,
    });
    expect((await byCode('T-0007'))?.title).toBe('Formation 7 (édition 1)');

    // A file without a column leaves that field as it is; a new offer still needs a place.
    const provider = codes[1] ?? '';
    const third = await started(
      admin,
      `code,provider,kind,title\nT-0005,${provider},training,Couture\nT-9999,${provider},training,Nulle part\n`,
    );
    expect(third.errors).toEqual([]);
    while (await runOnce(db(), third.id));
    expect((await progress(admin, third.id)).errors).toEqual([
      { row: 3, field: 'region', issue: 'required' },
    ]);
    expect(await byCode('T-9999')).toBeUndefined();
    expect(await byCode('T-0005')).toMatchObject({
      title: 'Couture',
      kind: 'training',
      placesTotal: 12,
      placesLeft: 9,
      childcare: false,
      version: 3,
    });
    // The same row again changes nothing: not written, the version stays.
    const again = await started(
      admin,
      `code,provider,kind,title,phone\nT-0005,${provider},training,Couture,0522 00 00 00\n`,
    );
    while (await runOnce(db(), again.id));
    expect(await progress(admin, again.id)).toMatchObject({ updated: 1, errors: [] });
    expect((await byCode('T-0005'))?.version).toBe(3);
  });

  it("keeps a provider's manager to its own institution's offers", async () => {
    const manager = await as(app, db(), 'institution_manager');
    const [own] = await db()
      .update(institutions)
      .set({ code: 'OWN-1' })
      .where(eq(institutions.id, manager.institutionId))
      .returning();
    const file =
      'code,provider,kind,title,region\n' +
      'M-1,,training,Formation sans fournisseur,06\n' +
      `M-2,${own?.code ?? ''},training,Formation nommée,06\n` +
      `M-3,${codes[0] ?? ''},training,Formation d'un autre,06\n`;
    const view = await started(manager, file);
    expect(view.errors).toEqual([{ row: 4, field: 'provider', issue: 'invalid_choice' }]);
    while (await runOnce(db(), view.id));
    const mine = await db()
      .select()
      .from(opportunities)
      .where(eq(opportunities.providerId, manager.institutionId));
    expect(mine.map((o) => o.code).sort()).toEqual(['M-1', 'M-2']);
    // Another uploader does not see this import.
    const other = await as(app, db(), 'institution_manager');
    const read = await other.request('GET', `/api/v1/opportunities/imports/${view.id}`);
    expect(read.statusCode).toBe(404);
  });

  it('gives up on the last attempt, forgetting the rows it never wrote', async () => {
    const admin = await as(app, db(), 'admin');
    const view = await started(
      admin,
      `code,provider,kind,title,remote\nF-1,${codes[0] ?? ''},training,À distance,oui\n`,
    );
    await db()
      .update(opportunityImportRows)
      .set({ data: sql`'{"code": 1}'::jsonb` })
      .where(eq(opportunityImportRows.importId, view.id));
    await expect(runOnce(db(), view.id, 1)).rejects.toThrow();
    await db().update(jobs).set({ state: 'pending' }).where(eq(jobs.singletonKey, view.id));
    expect(await runOnce(db(), view.id, MAX_ATTEMPTS)).toBe(true);
    expect((await progress(admin, view.id)).state).toBe('failed');
    const rowsLeft = await db()
      .select()
      .from(opportunityImportRows)
      .where(eq(opportunityImportRows.importId, view.id));
    expect(rowsLeft).toEqual([]);
  });
});
