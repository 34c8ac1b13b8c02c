import type { Db } from '../../db/database.ts';
import type { JobName } from './enqueue.ts';

/** A job as its handler receives it. */
export interface DueJob {
  readonly id: string;
  readonly name: JobName;
  readonly payload: Readonly<Record<string, unknown>>;
  /** 1 on the first try. */
  readonly attempt: number;
  readonly runAt: Date;
}

/**
 * Runs one job inside the transaction that marks it done: its effects (events, new jobs,
 * updates) commit with that mark or not at all, so a job's effect happens exactly once even
 * when a node dies mid-run. Throwing rolls everything back and the job is retried later.
 */
export type JobHandler = (tx: Db, job: DueJob, now: Date) => Promise<void>;

export type JobHandlers = Partial<Record<JobName, JobHandler>>;
