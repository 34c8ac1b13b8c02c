import { isInstitutionRole, type Actor } from '@sanad/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { institutions, opportunityImportRows, opportunityImports } from '../db/schema/index.ts';
import { csvImportJob } from '../platform/csv-import/job.ts';
import { csvImportRoutes } from '../platform/csv-import/routes.ts';
import { importViewSchema, type ImportView } from '../platform/csv-import/schemas.ts';
import { importViewFor, startCsvImport, type CsvImportSpec } from '../platform/csv-import/start.ts';
import type { CsvImportTables } from '../platform/csv-import/tables.ts';
import type { JobHandlers } from '../platform/jobs/types.ts';
import {
  checkRow,
  IMPORT_COLUMNS,
  importRowSchema,
  REQUIRED_COLUMNS,
  type ImportColumn,
  type ImportRow,
} from './import-row.ts';
import { writeRows } from './import-write.ts';

/** Rows written per job run: one transaction each, so other work runs between chunks. */
export const IMPORT_CHUNK_ROWS = 200;

const TABLES: CsvImportTables = { imports: opportunityImports, rows: opportunityImportRows };

/**
 * The providers a file names, read once for the whole file: active institutions by code. A
 * provider's manager may name only their own institution (or leave the column empty).
 */
async function providerLookup(db: Db, actor: Actor, codes: readonly string[]) {
  const found =
    codes.length > 0
      ? await db
          .select({ id: institutions.id, code: institutions.code })
          .from(institutions)
          .where(and(inArray(institutions.code, [...codes]), eq(institutions.active, true)))
      : [];
  return {
    byCode: new Map(found.flatMap((i) => (i.code === null ? [] : [[i.code, i.id] as const]))),
    ownInstitutionId: isInstitutionRole(actor) ? actor.institutionId : null,
  };
}

const CATALOGUE_IMPORT: CsvImportSpec<ImportColumn, ImportRow> = {
  tables: TABLES,
  jobName: 'opportunity.import',
  layout: { columns: IMPORT_COLUMNS, required: REQUIRED_COLUMNS },
  checker: async (db, actor, file) => {
    const codes = new Set(file.rows.map((r) => r.cells.provider ?? '').filter((c) => c !== ''));
    const lookup = await providerLookup(db, actor, [...codes]);
    return (cells) => checkRow(cells, { ...lookup, columns: new Set(file.columns) });
  },
  keyOf: (row) => `${row.providerId}:${row.code}`,
  keyColumn: 'code',
};

export const opportunityImportViewSchema = importViewSchema('OpportunityImport', {
  created: 'New opportunities created',
  updated: "Existing opportunities updated by their provider's code",
});

export const IMPORT_COLUMNS_DOC =
  `Columns: ${IMPORT_COLUMNS.join(', ')} (code, kind and title required; provider — the ` +
  "institution's code — on every row of an admin's file). Dates as YYYY-MM-DD or DD/MM/YYYY, " +
  'yes/no cells as yes, no, oui, non, 1, 0; lists separated by semicolons.';

/** A catalogue import as its uploader sees it; anyone else's is not found (undefined). */
export function opportunityImportView(
  db: Db,
  actor: Actor,
  id: string,
  options: { withErrors?: boolean } = {},
): Promise<ImportView | undefined> {
  return importViewFor(db, TABLES, IMPORT_COLUMNS, actor, id, options);
}

/** The catalogue's CSV import: admins (any provider) and a provider's manager (its own). */
export const opportunityImportRoutes = csvImportRoutes({
  path: '/opportunities/imports',
  action: 'opportunity.import',
  tags: ['opportunities'],
  summary: 'Import opportunities from a CSV file',
  description:
    'Checks every row, then writes the good ones in the background (`opportunity.import` ' +
    'job); a row whose provider already has its `code` updates that opportunity. Follow the ' +
    'progress with `GET /opportunities/imports/{id}`.',
  columns: IMPORT_COLUMNS_DOC,
  view: opportunityImportViewSchema,
  start: (db, actor, text) => startCsvImport(db, CATALOGUE_IMPORT, actor, text),
  find: opportunityImportView,
});

/** Handlers for the catalogue's CSV import job, for the serve command's runner. */
export function opportunityImportJobHandlers(options: { chunkRows?: number } = {}): JobHandlers {
  return {
    'opportunity.import': csvImportJob(
      {
        tables: TABLES,
        jobName: 'opportunity.import',
        rowSchema: importRowSchema,
        write: writeRows,
        audit: { action: 'opportunity.imported', recordType: 'opportunity_import' },
      },
      options.chunkRows ?? IMPORT_CHUNK_ROWS,
    ),
  };
}
