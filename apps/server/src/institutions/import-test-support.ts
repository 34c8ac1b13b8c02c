import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { jobs } from '../db/schema/index.ts';
import { SESSION_COOKIE } from '../identity/cookies.ts';
import { csrfTokenFor } from '../identity/sessions.ts';
import type { DueJob, JobHandler } from '../platform/jobs/types.ts';
import type { StaffClient } from '../testing/staff-session.ts';
import { directoryJobHandlers } from './jobs.ts';

// What the directory import's tests share: sending a file, and running its job by hand.

/** POST a CSV (text, or bytes in any encoding) as a signed-in staff member. */
export function upload(
  app: FastifyInstance,
  client: StaffClient,
  csv: string | Buffer,
  contentType = 'text/csv; charset=utf-8',
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/admin/institutions/imports',
    cookies: { [SESSION_COOKIE]: client.token },
    headers: { 'x-csrf-token': csrfTokenFor(client.token), 'content-type': contentType },
    payload: csv,
  });
}

const handler: JobHandler = (() => {
  const found = directoryJobHandlers()['directory.import'];
  if (!found) throw new Error('no directory.import handler');
  return found;
})();

/**
 * Runs the import's pending job once, as the runner does (platform/jobs/runner.ts, tested on
 * its own): one transaction that marks it done, then the handler in a savepoint. False when
 * no run is pending.
 */
export async function runOnce(db: Db, importId: string, attempt = 1): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(jobs)
      .set({ state: 'done', finishedAt: new Date() })
      .where(and(eq(jobs.singletonKey, importId), eq(jobs.state, 'pending')))
      .returning();
    if (!row) return false;
    const job: DueJob = {
      id: row.id,
      name: 'directory.import',
      payload: row.payload,
      attempt,
      runAt: row.runAt,
    };
    await tx.transaction((savepoint) => handler(savepoint, job, new Date()));
    return true;
  });
}
