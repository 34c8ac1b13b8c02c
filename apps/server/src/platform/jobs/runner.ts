import { and, asc, eq, inArray, lte, notInArray, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/database.ts';
import { jobs } from '../../db/schema/index.ts';
import type { JobName } from './enqueue.ts';
import { HOUSEKEEPING_HANDLERS, schedulePurge } from './housekeeping.ts';
import type { DueJob, JobHandler, JobHandlers } from './types.ts';

/** After this many failed attempts a job is marked failed and left for an operator. */
export const MAX_ATTEMPTS = 10;
/** Backoff after the n-th failure: 2 s, 4 s, 8 s … capped at 10 minutes. */
const BACKOFF_FIRST_MS = 2_000;
const BACKOFF_MAX_MS = 10 * 60_000;
/** Jobs taken per tick; a full batch is followed at once by another tick. */
const BATCH = 10;
/** How often due jobs nobody here can run are looked for (and warned about once per name). */
const ORPHAN_CHECK_MS = 60_000;

export const backoffMs = (attempt: number): number =>
  Math.min(BACKOFF_FIRST_MS * 2 ** Math.max(0, attempt - 1), BACKOFF_MAX_MS);

export interface JobRunner {
  /** Stops polling and waits for the job in hand, if any. */
  stop(): Promise<void>;
  /** Runs the jobs due at `now` (up to one batch); returns how many were taken. */
  runDue(now?: Date): Promise<number>;
}

type RunnerLog = Pick<Logger, 'info' | 'warn' | 'error'>;

/** The SQLSTATE of a database error, looked for along the `cause` chain (Drizzle wraps it). */
function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = e.cause;
  }
  return undefined;
}

/**
 * What is kept of a failure, in the job row and in the log: its class and, for errors of our
 * own code, its message. A database error's message can quote a value and Drizzle's quotes the
 * query's parameters, so of those only the SQLSTATE is kept.
 */
function describeFailure(error: unknown): { text: string; isDatabase: boolean } {
  if (!(error instanceof Error)) return { text: typeof error, isDatabase: false };
  const state = sqlState(error);
  if (state !== undefined) return { text: `database error ${state}`, isDatabase: true };
  const text = `${error.name}: ${error.message}`.split('\n')[0] ?? error.name;
  return { text: text.slice(0, 300), isDatabase: false };
}

/**
 * Takes one due job and runs it, all in one transaction. The job is marked done as it is taken
 * (so a handler may re-arm the same singleton key), and its handler runs in a savepoint: a
 * throw undoes the handler's effects only, and the failure is recorded in the same transaction
 * — the row lock is held throughout, so no other node retries it before its backoff.
 */
async function runOne(
  db: Db,
  handlers: ReadonlyMap<string, JobHandler>,
  now: Date,
  log: RunnerLog,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        and(
          eq(jobs.state, 'pending'),
          lte(jobs.runAt, now),
          inArray(jobs.name, [...handlers.keys()]),
        ),
      )
      .orderBy(asc(jobs.runAt), asc(jobs.id))
      .limit(1)
      .for('update', { skipLocked: true });
    const [taken] = await tx
      .update(jobs)
      .set({ attempts: sql`${jobs.attempts} + 1`, state: 'done', finishedAt: now })
      .where(inArray(jobs.id, due))
      .returning();
    if (!taken) return false;
    const handler = handlers.get(taken.name);
    const job: DueJob = {
      id: taken.id,
      name: taken.name as JobName,
      payload: taken.payload,
      attempt: taken.attempts,
      runAt: taken.runAt,
    };
    try {
      if (!handler) throw new Error('no handler');
      await tx.transaction((savepoint) => handler(savepoint, job, now));
    } catch (error) {
      const failed = taken.attempts >= MAX_ATTEMPTS;
      const failure = describeFailure(error);
      await tx
        .update(jobs)
        .set({
          state: failed ? 'failed' : 'pending',
          finishedAt: failed ? now : null,
          runAt: failed ? taken.runAt : new Date(now.getTime() + backoffMs(taken.attempts)),
          lastError: failure.text,
        })
        .where(eq(jobs.id, taken.id));
      const context = {
        jobId: taken.id,
        job: taken.name,
        attempt: taken.attempts,
        failure: failure.text,
        // The stack of our own errors helps; a database error's would quote the query.
        ...(failure.isDatabase ? {} : { err: error }),
      };
      if (failed) log.error(context, 'job failed for good after its last attempt');
      else log.warn(context, 'job failed; it will be retried');
    }
    return true;
  });
}

/**
 * Runs durable jobs on this node: polls every `pollMs`, and several nodes may run it at once
 * (each job is taken with FOR UPDATE SKIP LOCKED, so it runs on one node, once). Also keeps
 * the hourly housekeeping job scheduled. A due job whose name has no handler here is left
 * pending for a node that knows it (a newer version during a rolling upgrade), with a warning.
 */
export function startJobRunner(
  db: Db,
  handlers: JobHandlers,
  log: RunnerLog,
  options: { pollMs?: number } = {},
): JobRunner {
  const pollMs = options.pollMs ?? 500;
  const known = new Map<string, JobHandler>(
    Object.entries({ ...HOUSEKEEPING_HANDLERS, ...handlers }),
  );
  const warned = new Set<string>();
  let lastOrphanCheck = 0;
  let purgeScheduled = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const names = [...known.keys()];
  const runDue = async (now: Date = new Date()): Promise<number> => {
    // Most ticks find nothing: a plain read then, not a write transaction (PGlite serialises
    // every transaction, survivors' submissions included).
    const [due] = await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.state, 'pending'), lte(jobs.runAt, now), inArray(jobs.name, names)))
      .limit(1);
    if (!due) return 0;
    let taken = 0;
    while (taken < BATCH && (await runOne(db, known, now, log))) taken += 1;
    return taken;
  };

  const warnAboutOrphans = async (now: Date): Promise<void> => {
    if (now.getTime() - lastOrphanCheck < ORPHAN_CHECK_MS) return;
    lastOrphanCheck = now.getTime();
    const orphans = await db
      .selectDistinct({ name: jobs.name })
      .from(jobs)
      .where(and(eq(jobs.state, 'pending'), lte(jobs.runAt, now), notInArray(jobs.name, names)));
    for (const { name } of orphans) {
      if (warned.has(name)) continue;
      warned.add(name);
      log.warn({ job: name }, 'due jobs have no handler on this node; left for another node');
    }
  };

  const tick = async (): Promise<number> => {
    try {
      const now = new Date();
      if (!purgeScheduled) {
        await schedulePurge(db, now);
        purgeScheduled = true;
      }
      await warnAboutOrphans(now);
      return await runDue(now);
    } catch (error) {
      log.error({ err: error }, 'running jobs failed; retrying at the next tick');
      return 0;
    }
  };
  const schedule = (delayMs: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().then((taken) => {
        schedule(taken >= BATCH ? 0 : pollMs);
      });
    }, delayMs);
    timer.unref();
  };
  schedule(pollMs);

  return {
    runDue,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
