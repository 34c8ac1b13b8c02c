import type { Scope } from '@sanad/core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AuditAction } from '../../audit/actions.ts';
import { recordAudit, type AuditActor } from '../../audit/record.ts';
import type { Db } from '../../db/database.ts';
import { enqueueJob, type JobName } from '../jobs/enqueue.ts';
import { MAX_ATTEMPTS } from '../jobs/runner.ts';
import type { JobHandler } from '../jobs/types.ts';
import { refusedRows } from './start.ts';
import type { CsvImportTables, ImportRowError } from './tables.ts';

/** What one chunk wrote, and the rows it refused itself. */
export interface ChunkOutcome {
  readonly imported: number;
  readonly updated: number;
  readonly errors: readonly ImportRowError[];
}

/** What a chunk's writer knows of its import. */
export interface ChunkContext {
  /** The uploader's scope when the file was accepted: every row is written within it. */
  readonly scope: Scope;
  /** The file's columns: on an update, a column the file does not have leaves that field. */
  readonly columns: ReadonlySet<string>;
  readonly now: Date;
  /** Named in each record's audit event, so a change can be traced to its file. */
  readonly importId: string;
  /** The uploader (with the institution they belonged to at upload): each event is theirs. */
  readonly actor: AuditActor;
}

export interface CsvImportJobSpec<R> {
  readonly tables: CsvImportTables;
  readonly jobName: JobName;
  /** How a stored row is read back (a row stored by another version fails here, loudly). */
  readonly rowSchema: z.ZodType<R>;
  readonly write: (
    tx: Db,
    rows: readonly { row: number; data: R }[],
    context: ChunkContext,
  ) => Promise<ChunkOutcome>;
  /** The import's own audit event, once it has finished or failed. */
  readonly audit: { readonly action: AuditAction; readonly recordType: string };
}

const payloadSchema = z.object({ importId: z.uuid() });

const scopeSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('national') }),
  z.object({ level: z.literal('region'), region: z.string() }),
  z.object({ level: z.literal('province'), region: z.string(), province: z.string() }),
]);

/** The import's bookkeeping, without its errors (read once, when it finishes). */
function progressColumns({ imports }: CsvImportTables) {
  return {
    state: imports.state,
    createdBy: imports.createdBy,
    creatorScope: imports.creatorScope,
    creatorInstitutionId: imports.creatorInstitutionId,
    columns: imports.columns,
    total: imports.total,
    processed: imports.processed,
    imported: imports.imported,
    updated: imports.updated,
  };
}

/** The rows refused so far, each once (the errors are read here only, not at each chunk). */
async function refusedSoFar(tx: Db, { imports }: CsvImportTables, id: string): Promise<number> {
  const [row] = await tx.select({ errors: imports.errors }).from(imports).where(eq(imports.id, id));
  return refusedRows(row?.errors ?? []);
}

/**
 * One run of an import: the next `chunkRows` rows are written, the progress is saved, and the
 * next run is queued at once (the same singleton key: the runner marks this run done as it takes
 * it). The errors found at upload were stored then; a chunk only appends the few rows it refuses
 * itself (the record moved out of reach meanwhile…). The last run marks the import done and
 * writes its audit event with the counts.
 */
async function writeChunk<R>(
  tx: Db,
  spec: CsvImportJobSpec<R>,
  importId: string,
  chunkRows: number,
  now: Date,
): Promise<void> {
  const { imports, rows } = spec.tables;
  const [current] = await tx
    .select(progressColumns(spec.tables))
    .from(imports)
    .where(eq(imports.id, importId))
    .for('update');
  if (!current || current.state === 'done' || current.state === 'failed') return;
  const pending = await tx
    .select()
    .from(rows)
    .where(eq(rows.importId, importId))
    .orderBy(asc(rows.rowNumber))
    .limit(chunkRows + 1);
  const chunk = pending.slice(0, chunkRows);
  const actor = { id: current.createdBy, institutionId: current.creatorInstitutionId };
  const outcome = await spec.write(
    tx,
    chunk.map((r) => ({ row: r.rowNumber, data: spec.rowSchema.parse(r.data) })),
    {
      scope: scopeSchema.parse(current.creatorScope),
      columns: new Set(current.columns),
      now,
      importId,
      actor,
    },
  );
  if (chunk.length > 0) {
    await tx.delete(rows).where(
      and(
        eq(rows.importId, importId),
        inArray(
          rows.rowNumber,
          chunk.map((r) => r.rowNumber),
        ),
      ),
    );
  }
  const finished = pending.length <= chunkRows;
  const totals = {
    processed: current.processed + chunk.length,
    imported: current.imported + outcome.imported,
    updated: current.updated + outcome.updated,
  };
  await tx
    .update(imports)
    .set({
      ...totals,
      ...(outcome.errors.length > 0
        ? { errors: sql`${imports.errors} || ${JSON.stringify(outcome.errors)}::jsonb` }
        : {}),
      state: finished ? 'done' : 'running',
      finishedAt: finished ? now : null,
      updatedAt: now,
    })
    .where(eq(imports.id, importId));
  if (!finished) {
    await enqueueJob(tx, {
      name: spec.jobName,
      payload: { importId },
      runAt: now,
      singletonKey: importId,
    });
    return;
  }
  await recordAudit(tx, {
    action: spec.audit.action,
    actor,
    recordType: spec.audit.recordType,
    recordId: importId,
    diff: {
      state: 'done',
      total: current.total,
      imported: totals.imported,
      updated: totals.updated,
      refusedRows: await refusedSoFar(tx, spec.tables, importId),
    },
  });
}

/**
 * An import given up: marked failed so the console stops waiting, its rows still to write
 * deleted (they may hold institutional contacts, with nothing left to use them), and the end
 * recorded in the audit trail with what had been written.
 */
async function failImport<R>(
  tx: Db,
  spec: CsvImportJobSpec<R>,
  importId: string,
  now: Date,
): Promise<void> {
  const { imports, rows } = spec.tables;
  const [failed] = await tx
    .update(imports)
    .set({ state: 'failed', finishedAt: now, updatedAt: now })
    .where(eq(imports.id, importId))
    .returning(progressColumns(spec.tables));
  await tx.delete(rows).where(eq(rows.importId, importId));
  if (!failed) return;
  await recordAudit(tx, {
    action: spec.audit.action,
    actor: { id: failed.createdBy, institutionId: failed.creatorInstitutionId },
    recordType: spec.audit.recordType,
    recordId: importId,
    diff: {
      state: 'failed',
      total: failed.total,
      processed: failed.processed,
      imported: failed.imported,
      updated: failed.updated,
      refusedRows: await refusedSoFar(tx, spec.tables, importId),
    },
  });
}

/**
 * An import's job. A failure rolls the chunk back and the runner retries it; on the last
 * attempt the import is given up instead (`failImport`).
 */
export function csvImportJob<R>(spec: CsvImportJobSpec<R>, chunkRows: number): JobHandler {
  return async (tx, job, now) => {
    const { importId } = payloadSchema.parse(job.payload);
    try {
      await tx.transaction((chunkTx) => writeChunk(chunkTx, spec, importId, chunkRows, now));
    } catch (error) {
      if (job.attempt < MAX_ATTEMPTS) throw error;
      await failImport(tx, spec, importId, now);
    }
  };
}
