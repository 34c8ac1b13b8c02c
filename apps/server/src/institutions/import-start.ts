import type { Actor } from '@sanad/core';
import type { Db } from '../db/database.ts';
import { institutionImportRows, institutionImports } from '../db/schema/index.ts';
import {
  importViewFor as csvImportView,
  startCsvImport,
  type CsvImportSpec,
} from '../platform/csv-import/start.ts';
import type { CsvImportTables } from '../platform/csv-import/tables.ts';
import { DIRECTORY_LAYOUT } from './import-file.ts';
import { checkRow, IMPORT_COLUMNS, type ImportColumn, type ImportRow } from './import-row.ts';
import type { ImportView } from './import-schemas.ts';

export const DIRECTORY_IMPORT_TABLES: CsvImportTables = {
  imports: institutionImports,
  rows: institutionImportRows,
};

/** The directory's file: its columns, its row check, and the official code as each row's key. */
const DIRECTORY_IMPORT: CsvImportSpec<ImportColumn, ImportRow> = {
  tables: DIRECTORY_IMPORT_TABLES,
  jobName: 'directory.import',
  layout: DIRECTORY_LAYOUT,
  checker: (_db, actor) => Promise.resolve((cells) => checkRow(cells, actor.scope)),
  keyOf: (row) => row.code,
  keyColumn: 'code',
};

/**
 * Checks the whole directory file before anything is written (see `startCsvImport`) and queues
 * the first `directory.import` chunk. Returns the import's id.
 */
export function startInstitutionImport(db: Db, actor: Actor, text: string): Promise<string> {
  return startCsvImport(db, DIRECTORY_IMPORT, actor, text);
}

/** A directory import as its uploader sees it; anyone else's is not found (undefined). */
export function importViewFor(
  db: Db,
  actor: Actor,
  id: string,
  options: { withErrors?: boolean } = {},
): Promise<ImportView | undefined> {
  return csvImportView(db, DIRECTORY_IMPORT_TABLES, IMPORT_COLUMNS, actor, id, options);
}
