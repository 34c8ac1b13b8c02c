import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { jobs } from '../../db/schema/index.ts';
import { SESSION_COOKIE } from '../../identity/cookies.ts';
import { csrfTokenFor } from '../../identity/sessions.ts';
import type { JobName } from '../jobs/enqueue.ts';
import type { DueJob, JobHandlers } from '../jobs/types.ts';

// What every CSV import's tests share: sending a file, and running its job by hand.

/** POST a CSV (text, or bytes in any encoding) as a signed-in staff member. */
export function uploadCsv(
  app: FastifyInstance,
  token: string,
  url: string,
  csv: string | Buffer,
  contentType = 'text/csv; charset=utf-8',
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    cookies: { [SESSION_COOKIE]: token },
    headers: { 'x-csrf-token': csrfTokenFor(token), 'content-type': contentType },
    payload: csv,
  });
}

/**
 * Runs an import's pending job once, as the runner does (platform/jobs/runner.ts, tested on its
 * own): one transaction that marks it done, then the handler in a savepoint. False when no run
 * is pending.
 */
export async function runImportOnce(
  db: Db,
  handlers: JobHandlers,
  name: JobName,
  importId: string,
  attempt = 1,
): Promise<boolean> {
  const handler = handlers[name];
  if (!handler) throw new Error(`no ${name} handler`);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(jobs)
      .set({ state: 'done', finishedAt: new Date() })
      .where(and(eq(jobs.singletonKey, importId), eq(jobs.state, 'pending')))
      .returning();
    if (!row) return false;
    const job: DueJob = { id: row.id, name, payload: row.payload, attempt, runAt: row.runAt };
    await tx.transaction((savepoint) => handler(savepoint, job, new Date()));
    return true;
  });
}
