import { csvImportJob } from '../platform/csv-import/job.ts';
import type { JobHandlers } from '../platform/jobs/types.ts';
import { DIRECTORY_IMPORT_TABLES } from './import-start.ts';
import { importRowSchema } from './import-row.ts';
import { writeRows } from './import-write.ts';

/** Rows written per job run: one transaction each, so other work runs between chunks. */
export const IMPORT_CHUNK_ROWS = 200;

/** Handlers for the directory's durable jobs (the CSV import), for the serve command's runner. */
export function directoryJobHandlers(options: { chunkRows?: number } = {}): JobHandlers {
  return {
    'directory.import': csvImportJob(
      {
        tables: DIRECTORY_IMPORT_TABLES,
        jobName: 'directory.import',
        rowSchema: importRowSchema,
        write: writeRows,
        audit: { action: 'institution.imported', recordType: 'institution_import' },
      },
      options.chunkRows ?? IMPORT_CHUNK_ROWS,
    ),
  };
}
