import type { FieldIssue, ScopeLevel } from '@sanad/core';
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './columns.ts';

/** Where an import's uploader may write: their scope when the file was accepted. */
export interface ImportScope {
  level: ScopeLevel;
  region?: string;
  province?: string;
}

/** One problem in an imported file: the row as a spreadsheet numbers it, the column, the issue. */
export interface ImportRowError {
  row: number;
  field: string;
  issue: FieldIssue;
}

export type ImportState = 'pending' | 'running' | 'done' | 'failed';

/**
 * The two tables every CSV import keeps: the import itself (who sent it, within which scope,
 * its progress and refused cells) and its checked rows still to be written. Each catalogue that
 * imports a file declares its own pair with this shape (`institution_imports`,
 * `opportunity_imports`), so the shared machinery reads and writes either.
 */
export function csvImportTables<I extends string, R extends string>(names: {
  readonly imports: I;
  readonly rows: R;
}) {
  const imports = pgTable(names.imports, {
    id: uuid().primaryKey(),
    createdBy: uuid('created_by').notNull(),
    creatorScope: jsonb('creator_scope').$type<ImportScope>().notNull(),
    creatorInstitutionId: uuid('creator_institution_id'),
    state: text().$type<ImportState>().notNull(),
    columns: text().array().notNull(),
    total: integer().notNull(),
    processed: integer().notNull().default(0),
    imported: integer().notNull().default(0),
    updated: integer().notNull().default(0),
    errors: jsonb().$type<ImportRowError[]>().notNull().default([]),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps,
  });
  const rows = pgTable(
    names.rows,
    {
      importId: uuid('import_id').notNull(),
      rowNumber: integer('row_number').notNull(),
      data: jsonb().$type<Record<string, unknown>>().notNull(),
    },
    (t) => [primaryKey({ columns: [t.importId, t.rowNumber] })],
  );
  return { imports, rows };
}

/** Any catalogue's pair of import tables, as the shared machinery takes them. */
export type CsvImportTables = ReturnType<typeof csvImportTables<string, string>>;
