import type { Actor, Scope } from '@sanad/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { newId } from '../ids.ts';
import { enqueueJob, type JobName } from '../jobs/enqueue.ts';
import type { CellProblem } from './cells.ts';
import { readCsvFile, type CsvFile, type CsvLayout } from './file.ts';
import type { ImportView } from './schemas.ts';
import type { CsvImportTables, ImportRowError, ImportScope } from './tables.ts';

/** Rows per INSERT when the file's rows are stored (well under PostgreSQL's parameter limit). */
const STORE_BATCH = 500;

/** One row read: its normalised values, or every problem it has. */
export type RowCheck<C extends string, R> =
  | { readonly row: R; readonly problems: readonly [] }
  | { readonly row: null; readonly problems: readonly CellProblem<C>[] };

/** What a catalogue's import is made of; the machinery around it is the same for all. */
export interface CsvImportSpec<C extends string, R> {
  readonly tables: CsvImportTables;
  /** The durable job that writes the rows in chunks. */
  readonly jobName: JobName;
  readonly layout: CsvLayout<C>;
  /**
   * The row check for one upload. It may first read what the whole file needs (the providers
   * a column names), so that each row is then checked without a query of its own.
   */
  readonly checker: (
    db: Db,
    actor: Actor,
    file: CsvFile<C>,
  ) => Promise<(cells: FileCells<C>) => RowCheck<C, R>>;
  /**
   * A good row's identity in the catalogue (its code): a second good row with the same key
   * would update one record twice, so it is refused under `keyColumn`. Null: no key, no check.
   */
  readonly keyOf: (row: R) => string | null;
  readonly keyColumn: C;
}

export type FileCells<C extends string> = Readonly<Partial<Record<C, string>>>;

export const storedScope = (scope: Scope): ImportScope => ({
  level: scope.level,
  ...(scope.level !== 'national' ? { region: scope.region } : {}),
  ...(scope.level === 'province' ? { province: scope.province } : {}),
});

/** Errors in reading order: by row, then in the documented column order. */
export function sortedErrors(
  errors: readonly ImportRowError[],
  columns: readonly string[],
): ImportRowError[] {
  const order = (field: string): number => columns.indexOf(field);
  return [...errors].sort((a, b) => a.row - b.row || order(a.field) - order(b.field));
}

/** Rows refused: each at most once, however many of its cells were wrong. */
export const refusedRows = (errors: readonly ImportRowError[]): number =>
  new Set(errors.map((e) => e.row)).size;

/**
 * Checks the whole file before anything is written: a bad header refuses the upload (400
 * naming the column), a bad row is reported with its row number and columns and skipped, the
 * good rows are stored and the first chunk of the import's job is queued, all in one
 * transaction. Returns the import's id.
 */
export async function startCsvImport<C extends string, R>(
  db: Db,
  spec: CsvImportSpec<C, R>,
  actor: Actor,
  text: string,
): Promise<string> {
  const file = readCsvFile(text, spec.layout);
  const check = await spec.checker(db, actor, file);
  const errors: ImportRowError[] = [];
  const good: { row: number; data: R }[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const { row, cells, overflow } of file.rows) {
    if (overflow) {
      errors.push({ row, field: '*', issue: 'too_big' });
      continue;
    }
    const checked = check(cells);
    if (checked.row === null) {
      errors.push(...checked.problems.map((p) => ({ row, field: p.field, issue: p.issue })));
      continue;
    }
    // The same key twice would update one record with two different rows: the first good row
    // keeps it, each later one is refused. A refused row claims no key, so its corrected copy
    // further down the file is still written.
    const key = spec.keyOf(checked.row);
    if (key !== null && firstRowOfKey.has(key)) {
      errors.push({ row, field: spec.keyColumn, issue: 'invalid' });
      continue;
    }
    if (key !== null) firstRowOfKey.set(key, row);
    good.push({ row, data: checked.row });
  }

  const id = newId();
  const { imports, rows } = spec.tables;
  await db.transaction(async (tx) => {
    await tx.insert(imports).values({
      id,
      createdBy: actor.id,
      creatorScope: storedScope(actor.scope),
      creatorInstitutionId: actor.institutionId,
      state: 'pending',
      columns: [...file.columns],
      total: file.rows.length,
      processed: refusedRows(errors),
      errors: sortedErrors(errors, spec.layout.columns),
    });
    for (let start = 0; start < good.length; start += STORE_BATCH) {
      await tx.insert(rows).values(
        good.slice(start, start + STORE_BATCH).map(({ row, data }) => ({
          importId: id,
          rowNumber: row,
          data: data as Record<string, unknown>,
        })),
      );
    }
    await enqueueJob(tx, {
      name: spec.jobName,
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
  tables: CsvImportTables,
  columns: readonly string[],
  actor: Actor,
  id: string,
  options: { withErrors?: boolean } = {},
): Promise<ImportView | undefined> {
  const { imports } = tables;
  const [row] = await db
    .select({
      id: imports.id,
      state: imports.state,
      total: imports.total,
      processed: imports.processed,
      imported: imports.imported,
      updated: imports.updated,
      createdAt: imports.createdAt,
      finishedAt: imports.finishedAt,
    })
    .from(imports)
    .where(and(eq(imports.id, id), eq(imports.createdBy, actor.id)));
  if (!row) return undefined;
  const finished = row.state === 'done' || row.state === 'failed';
  const errors =
    finished || options.withErrors === true
      ? await db.select({ errors: imports.errors }).from(imports).where(eq(imports.id, id))
      : [];
  return {
    id: row.id,
    state: row.state,
    total: row.total,
    processed: row.processed,
    imported: row.imported,
    updated: row.updated,
    ...(errors[0] !== undefined ? { errors: sortedErrors(errors[0].errors, columns) } : {}),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
