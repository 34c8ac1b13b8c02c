import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../db/database.ts';
import { runImportOnce, uploadCsv } from '../platform/csv-import/test-support.ts';
import type { StaffClient } from '../testing/staff-session.ts';
import { directoryJobHandlers } from './jobs.ts';

// What the directory import's tests share: sending a file, and running its job by hand.

/** POST a CSV (text, or bytes in any encoding) as a signed-in staff member. */
export function upload(
  app: FastifyInstance,
  client: StaffClient,
  csv: string | Buffer,
  contentType?: string,
): Promise<LightMyRequestResponse> {
  return uploadCsv(app, client.token, '/api/v1/admin/institutions/imports', csv, contentType);
}

const handlers = directoryJobHandlers();

/** Runs the import's pending job once, as the runner does. False when no run is pending. */
export function runOnce(db: Db, importId: string, attempt = 1): Promise<boolean> {
  return runImportOnce(db, handlers, 'directory.import', importId, attempt);
}
