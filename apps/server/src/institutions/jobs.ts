import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { institutionImportRows, institutionImports } from '../db/schema/index.ts';
import { enqueueJob } from '../platform/jobs/enqueue.ts';
import { MAX_ATTEMPTS } from '../platform/jobs/runner.ts';
import type { JobHandler, JobHandlers } from '../platform/jobs/types.ts';
import { refusedRows, sortedErrors } from './import-start.ts';
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

/**
 * One run of an import: the next `chunkRows` rows are written, the progress is saved, and the
 * next run is queued at once (the same singleton key: the runner marks this run done as it takes
 * it). The last run marks the import done and writes its one audit event with the counts.
 */
async function writeChunk(tx: Db, importId: string, chunkRows: number, now: Date): Promise<void> {
  const [current] = await tx
    .select()
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
  const outcome = await writeRows(
    tx,
    chunk.map((r) => ({ row: r.rowNumber, data: importRowSchema.parse(r.data) })),
    {
      scope: scopeSchema.parse(current.creatorScope),
      columns: new Set(current.columns),
      now,
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
  const errors = sortedErrors([...current.errors, ...outcome.errors]);
  const totals = {
    processed: current.processed + chunk.length,
    imported: current.imported + outcome.imported,
    updated: current.updated + outcome.updated,
  };
  await tx
    .update(institutionImports)
    .set({
      ...totals,
      errors,
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
    actor: { id: current.createdBy, institutionId: current.creatorInstitutionId },
    recordType: 'institution_import',
    recordId: importId,
    diff: {
      total: current.total,
      imported: totals.imported,
      updated: totals.updated,
      refusedRows: refusedRows(errors),
    },
  });
}

/**
 * The import job. A failure rolls the chunk back and the runner retries it; on the last
 * attempt the import is marked failed instead, so the console stops waiting for it.
 */
function importChunk(chunkRows: number): JobHandler {
  return async (tx, job, now) => {
    const { importId } = payloadSchema.parse(job.payload);
    try {
      await tx.transaction((chunkTx) => writeChunk(chunkTx, importId, chunkRows, now));
    } catch (error) {
      if (job.attempt < MAX_ATTEMPTS) throw error;
      await tx
        .update(institutionImports)
        .set({ state: 'failed', finishedAt: now, updatedAt: now })
        .where(eq(institutionImports.id, importId));
    }
  };
}

/** Handlers for the directory's durable jobs (the CSV import), for the serve command's runner. */
export function directoryJobHandlers(options: { chunkRows?: number } = {}): JobHandlers {
  return { 'directory.import': importChunk(options.chunkRows ?? IMPORT_CHUNK_ROWS) };
}
