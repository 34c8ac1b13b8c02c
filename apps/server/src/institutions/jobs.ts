import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { institutionImportRows, institutionImports } from '../db/schema/index.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import { MAX_ATTEMPTS } from '../platform/jobs/runner.ts';
import type { JobHandler, JobHandlers } from '../platform/jobs/types.ts';
import { refusedRows } from './import-start.ts';
import { importRowSchema } from './import-row.ts';
import { writeRows } from './import-write.ts';

/** Rows written per job run: one transaction each, so other work runs between chunks. */
export const IMPORT_CHUNK_ROWS = 200;

const payloadSchema = z.object({ importId: z.uuid() });

const scopeSchema = z.discriminatedUnion('level', [
  z.object({ level: z.literal('national') }),
  z.object({ level: z.literal('region'), region: z.string() }),
  z.object({ level: z.literal('province'), region: z.string(), province: z.string() }),
]);

/** The import's bookkeeping, without its errors (read once, when it finishes). */
const progressColumns = {
  state: institutionImports.state,
  createdBy: institutionImports.createdBy,
  creatorScope: institutionImports.creatorScope,
  creatorInstitutionId: institutionImports.creatorInstitutionId,
  columns: institutionImports.columns,
  total: institutionImports.total,
  processed: institutionImports.processed,
  imported: institutionImports.imported,
  updated: institutionImports.updated,
};

/** The rows refused so far, each once (the errors are read here only, not at each chunk). */
async function refusedSoFar(tx: Db, importId: string): Promise<number> {
  const [row] = await tx
    .select({ errors: institutionImports.errors })
    .from(institutionImports)
    .where(eq(institutionImports.id, importId));
  return refusedRows(row?.errors ?? []);
}

/**
 * One run of an import: the next `chunkRows` rows are written, the progress is saved, and the
 * next run is queued at once (the same singleton key: the runner marks this run done as it takes
 * it). The errors found at upload were stored then; a chunk only appends the few rows it refuses
 * itself (the institution moved out of reach meanwhile, too many free places). The last run
 * marks the import done and writes its audit event with the counts.
 */
async function writeChunk(tx: Db, importId: string, chunkRows: number, now: Date): Promise<void> {
  const [current] = await tx
    .select(progressColumns)
    .from(institutionImports)
    .where(eq(institutionImports.id, importId))
    .for('update');
  if (!current || current.state === 'done' || current.state === 'failed') return;
  const pending = await tx
    .select()
    .from(institutionImportRows)
    .where(eq(institutionImportRows.importId, importId))
    .orderBy(asc(institutionImportRows.rowNumber))
    .limit(chunkRows + 1);
  const chunk = pending.slice(0, chunkRows);
  const actor = { id: current.createdBy, institutionId: current.creatorInstitutionId };
  const outcome = await writeRows(
    tx,
    chunk.map((r) => ({ row: r.rowNumber, data: importRowSchema.parse(r.data) })),
    {
      scope: scopeSchema.parse(current.creatorScope),
      columns: new Set(current.columns),
      now,
      importId,
      actor,
    },
  );
  if (chunk.length > 0) {
    await tx.delete(institutionImportRows).where(
      and(
        eq(institutionImportRows.importId, importId),
        inArray(
          institutionImportRows.rowNumber,
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
    .update(institutionImports)
    .set({
      ...totals,
      ...(outcome.errors.length > 0
        ? { errors: sql`${institutionImports.errors} || ${JSON.stringify(outcome.errors)}::jsonb` }
        : {}),
      state: finished ? 'done' : 'running',
      finishedAt: finished ? now : null,
      updatedAt: now,
    })
    .where(eq(institutionImports.id, importId));
  if (!finished) {
    await enqueueJob(tx, {
      name: 'directory.import',
      payload: { importId },
      runAt: now,
      singletonKey: importId,
    });
    return;
  }
  await recordAudit(tx, {
    action: 'institution.imported',
    actor,
    recordType: 'institution_import',
    recordId: importId,
    diff: {
      state: 'done',
      total: current.total,
      imported: totals.imported,
      updated: totals.updated,
      refusedRows: await refusedSoFar(tx, importId),
    },
  });
}

/**
 * An import given up: marked failed so the console stops waiting, its rows still to write
 * deleted (they hold focal points' names and phones, with nothing left to use them), and the
 * end recorded in the audit trail with what had been written.
 */
async function failImport(tx: Db, importId: string, now: Date): Promise<void> {
  const [failed] = await tx
    .update(institutionImports)
    .set({ state: 'failed', finishedAt: now, updatedAt: now })
    .where(eq(institutionImports.id, importId))
    .returning(progressColumns);
  await tx.delete(institutionImportRows).where(eq(institutionImportRows.importId, importId));
  if (!failed) return;
  await recordAudit(tx, {
    action: 'institution.imported',
    actor: { id: failed.createdBy, institutionId: failed.creatorInstitutionId },
    recordType: 'institution_import',
    recordId: importId,
    diff: {
      state: 'failed',
      total: failed.total,
      processed: failed.processed,
      imported: failed.imported,
      updated: failed.updated,
      refusedRows: await refusedSoFar(tx, importId),
    },
  });
}

/**
 * The import job. A failure rolls the chunk back and the runner retries it; on the last
 * attempt the import is given up instead (`failImport`).
 */
function importChunk(chunkRows: number): JobHandler {
  return async (tx, job, now) => {
    const { importId } = payloadSchema.parse(job.payload);
    try {
      await tx.transaction((chunkTx) => writeChunk(chunkTx, importId, chunkRows, now));
    } catch (error) {
      if (job.attempt < MAX_ATTEMPTS) throw error;
      await failImport(tx, importId, now);
    }
  };
}

/** Handlers for the directory's durable jobs (the CSV import), for the serve command's runner. */
export function directoryJobHandlers(options: { chunkRows?: number } = {}): JobHandlers {
  return { 'directory.import': importChunk(options.chunkRows ?? IMPORT_CHUNK_ROWS) };
}
