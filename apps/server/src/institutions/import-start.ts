import type { Actor, Scope } from '@sanad/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import {
  institutionImportRows,
  institutionImports,
  type ImportRowError,
  type ImportScope,
} from '../db/schema/index.ts';
import { newId } from '../platform/ids.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import { readImportFile } from './import-file.ts';
import { checkRow, IMPORT_COLUMNS, type ImportRow } from './import-row.ts';
import type { ImportView } from './import-schemas.ts';

/** Rows per INSERT when the file's rows are stored (well under PostgreSQL's parameter limit). */
const STORE_BATCH = 500;

export const storedScope = (scope: Scope): ImportScope => ({
  level: scope.level,
  ...(scope.level !== 'national' ? { region: scope.region } : {}),
  ...(scope.level === 'province' ? { province: scope.province } : {}),
});

const columnOrder = (field: string): number => (IMPORT_COLUMNS as readonly string[]).indexOf(field);

/** Errors in reading order: by row, then in the documented column order. */
export const sortedErrors = (errors: readonly ImportRowError[]): ImportRowError[] =>
  [...errors].sort((a, b) => a.row - b.row || columnOrder(a.field) - columnOrder(b.field));

/** Rows refused: each at most once, however many of its cells were wrong. */
export const refusedRows = (errors: readonly ImportRowError[]): number =>
  new Set(errors.map((e) => e.row)).size;

/**
 * Checks the whole file before anything is written: a bad header refuses the upload (400
 * naming the column), a bad row is reported with its row number and columns and skipped, the
 * good rows are stored and the first `directory.import` chunk is queued, all in one
 * transaction. Returns the import's id.
 */
export async function startInstitutionImport(db: Db, actor: Actor, text: string): Promise<string> {
  const file = readImportFile(text);
  const errors: ImportRowError[] = [];
  const good: { row: number; data: ImportRow }[] = [];
  const firstRowOfCode = new Map<string, number>();
  for (const { row, cells, overflow } of file.rows) {
    if (overflow) {
      errors.push({ row, field: '*', issue: 'too_big' });
      continue;
    }
    const checked = checkRow(cells, actor.scope);
    if (checked.row === null) {
      errors.push(...checked.problems.map((p) => ({ row, ...p })));
      continue;
    }
    // The same code twice would update one institution with two different rows: the first
    // good row keeps it, each later one is refused. A refused row claims no code, so its
    // corrected copy further down the file is still written.
    const code = checked.row.code;
    if (code !== null && firstRowOfCode.has(code)) {
      errors.push({ row, field: 'code', issue: 'invalid' });
      continue;
    }
    if (code !== null) firstRowOfCode.set(code, row);
    good.push({ row, data: checked.row });
  }

  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(institutionImports).values({
      id,
      createdBy: actor.id,
      creatorScope: storedScope(actor.scope),
      creatorInstitutionId: actor.institutionId,
      state: 'pending',
      columns: [...file.columns],
      total: file.rows.length,
      processed: refusedRows(errors),
      errors: sortedErrors(errors),
    });
    for (let start = 0; start < good.length; start += STORE_BATCH) {
      await tx.insert(institutionImportRows).values(
        good.slice(start, start + STORE_BATCH).map(({ row, data }) => ({
          importId: id,
          rowNumber: row,
          data,
        })),
      );
    }
    await enqueueJob(tx, {
      name: 'directory.import',
      payload: { importId: id },
      runAt: new Date(),
      singletonKey: id,
    });
  });
  return id;
}

/**
 * An import as its uploader sees it; anyone else's is not found (undefined). The refused rows
 * come with the upload's answer (those the row check refused) and once the import has finished
 * (all of them); a progress read carries the counts only, so polling a large file stays cheap.
 */
export async function importViewFor(
  db: Db,
  actor: Actor,
  id: string,
  options: { withErrors?: boolean } = {},
): Promise<ImportView | undefined> {
  const [row] = await db
    .select({
      id: institutionImports.id,
      state: institutionImports.state,
      total: institutionImports.total,
      processed: institutionImports.processed,
      imported: institutionImports.imported,
      updated: institutionImports.updated,
      createdAt: institutionImports.createdAt,
      finishedAt: institutionImports.finishedAt,
    })
    .from(institutionImports)
    .where(and(eq(institutionImports.id, id), eq(institutionImports.createdBy, actor.id)));
  if (!row) return undefined;
  const finished = row.state === 'done' || row.state === 'failed';
  const errors =
    finished || options.withErrors === true
      ? await db
          .select({ errors: institutionImports.errors })
          .from(institutionImports)
          .where(eq(institutionImports.id, id))
      : [];
  return {
    id: row.id,
    state: row.state,
    total: row.total,
    processed: row.processed,
    imported: row.imported,
    updated: row.updated,
    ...(errors[0] !== undefined ? { errors: sortedErrors(errors[0].errors) } : {}),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
