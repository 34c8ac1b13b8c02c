// The two-nodes scenario's bookkeeping: urgent reports sent and timed, deliveries counted per
// case, and the escalation timers read back from the jobs table and the stored events.
import pg from 'pg';
import type { ReceivedEvent } from './live-listener.ts';
import type { PlannedReport } from './report-load.ts';

export interface Submission {
  readonly trackingCode: string;
  readonly urgency: string;
  /** `performance.now()` when the request left and when its 201 arrived. */
  readonly sentAt: number;
  readonly answeredAt: number;
}

/** Sends one report; anything but a 201 fails the scenario (nothing is being killed here). */
export async function submitReport(baseUrl: string, report: PlannedReport): Promise<Submission> {
  const sentAt = performance.now();
  const response = await fetch(`${baseUrl}/api/v1/public/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': report.key },
    body: JSON.stringify(report.body),
  });
  const text = await response.text();
  const answeredAt = performance.now();
  if (response.status !== 201) {
    throw new Error(`report answered ${String(response.status)}: ${text}`);
  }
  const answer = JSON.parse(text) as { trackingCode: string; urgency: string };
  return { trackingCode: answer.trackingCode, urgency: answer.urgency, sentAt, answeredAt };
}

/** How many distinct cases got `kind`, and how many extra copies arrived. */
export function exactlyOnce(
  events: readonly ReceivedEvent[],
  kind: string,
): { delivered: number; duplicates: number } {
  const perCase = new Map<string, number>();
  for (const e of events) {
    if (e.kind !== kind || e.caseId === null) continue;
    perCase.set(e.caseId, (perCase.get(e.caseId) ?? 0) + 1);
  }
  let duplicates = 0;
  for (const n of perCase.values()) duplicates += n - 1;
  return { delivered: perCase.size, duplicates };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const ms = (value: number): string => `${value.toFixed(1)} ms`;

/**
 * Cross-node latency per report: from its 201 on node A to its `alert.urgent` on node B (can
 * be negative: the event may beat the answer), and from the request leaving to the event.
 */
export function latencyFigures(
  submissions: readonly Submission[],
  events: readonly ReceivedEvent[],
  caseOf: ReadonlyMap<string, string>,
): { figures: Record<string, string | number>; missing: string[] } {
  const fromAnswer: number[] = [];
  const fromSend: number[] = [];
  const missing: string[] = [];
  for (const s of submissions) {
    const caseId = caseOf.get(s.trackingCode);
    const event = events.find((e) => e.kind === 'alert.urgent' && e.caseId === caseId);
    if (event === undefined) {
      missing.push(s.trackingCode);
      continue;
    }
    fromAnswer.push(event.receivedAt - s.answeredAt);
    fromSend.push(event.receivedAt - s.sentAt);
  }
  fromAnswer.sort((a, b) => a - b);
  fromSend.sort((a, b) => a - b);
  return {
    missing,
    figures: {
      'latency 201 on A → event on B, median': ms(percentile(fromAnswer, 50)),
      'latency 201 on A → event on B, max': ms(fromAnswer.at(-1) ?? Number.NaN),
      'events on B before the 201 on A': fromAnswer.filter((v) => v < 0).length,
      'latency request sent → event on B, median': ms(percentile(fromSend, 50)),
      'latency request sent → event on B, max': ms(fromSend.at(-1) ?? Number.NaN),
    },
  };
}

export interface TimerCounts {
  /** First-round `case.unclaimed_urgent` jobs marked done. */
  firstRoundDone: number;
  /** The most first-round job rows any one case has (1 = never enqueued twice). */
  firstRoundRowsMax: number;
  /** Stored first-round `alert.unclaimed` events, and extra copies for one case. */
  unclaimedStored: number;
  unclaimedDuplicates: number;
  /** Second-round timers re-armed by the runs, and the most any one case has. */
  secondRoundPending: number;
  secondRoundRowsMax: number;
  /** Times a runner took one of these timers, per node, and the most times any one was taken. */
  runsByNode: Record<string, number>;
  takenMax: number;
}

async function withClient<T>(url: string, read: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await read(client);
  } finally {
    await client.end();
  }
}

/**
 * Test-only instrumentation of the throwaway database: every time a runner takes a job (its
 * state goes from pending to done), a trigger notes which process took it, by the connection's
 * `application_name` (each node is started with its own PGAPPNAME). The server is unchanged.
 */
export async function recordJobRunsByNode(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    await client.query(`
      CREATE TABLE resilience_job_runs (job_id uuid NOT NULL, name text NOT NULL, node text NOT NULL);
      CREATE FUNCTION resilience_note_job_run() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO resilience_job_runs VALUES (NEW.id, NEW.name, current_setting('application_name'));
        RETURN NEW;
      END $$;
      CREATE TRIGGER resilience_job_runs AFTER UPDATE OF state ON jobs FOR EACH ROW
        WHEN (OLD.state = 'pending' AND NEW.state = 'done')
        EXECUTE FUNCTION resilience_note_job_run();`);
  });
}

/** Maps each submission to its case, and reads the escalation timers of those cases on demand. */
export async function readTimerLedger(
  databaseUrl: string,
  submissions: readonly Submission[],
): Promise<{ caseOf: Map<string, string>; readTimers: () => Promise<TimerCounts> }> {
  const codes = submissions.map((s) => s.trackingCode.replace('-', ''));
  const rows = await withClient(databaseUrl, async (client) => {
    const result = await client.query<{ case_id: string; tracking_code: string }>(
      'SELECT case_id, tracking_code FROM public_requests WHERE tracking_code = ANY($1)',
      [codes],
    );
    return result.rows;
  });
  const caseOf = new Map<string, string>();
  for (const s of submissions) {
    const row = rows.find((r) => r.tracking_code === s.trackingCode.replace('-', ''));
    if (row) caseOf.set(s.trackingCode, row.case_id);
  }
  const caseIds = [...caseOf.values()];

  const readTimers = () =>
    withClient(databaseUrl, async (client) => {
      const jobs = await client.query<{ case_id: string; round: string; state: string }>(
        `SELECT payload->>'caseId' AS case_id, COALESCE(payload->>'round', '1') AS round, state
         FROM jobs WHERE name = 'case.unclaimed_urgent' AND payload->>'caseId' = ANY($1)`,
        [caseIds],
      );
      const events = await client.query<{ case_id: string; n: string }>(
        `SELECT case_id, count(*) AS n FROM live_events
         WHERE kind = 'alert.unclaimed' AND (payload->>'round')::int = 1 AND case_id = ANY($1)
         GROUP BY case_id`,
        [caseIds],
      );
      const rowsPerCase = (round: string) => {
        const counts = new Map<string, number>();
        for (const j of jobs.rows) {
          if (j.round === round) counts.set(j.case_id, (counts.get(j.case_id) ?? 0) + 1);
        }
        return Math.max(0, ...counts.values());
      };
      const runs = await client.query<{ job_id: string; node: string }>(
        `SELECT r.job_id, r.node FROM resilience_job_runs r JOIN jobs j ON j.id = r.job_id
         WHERE j.name = 'case.unclaimed_urgent' AND j.payload->>'caseId' = ANY($1)`,
        [caseIds],
      );
      const runsByNode: Record<string, number> = {};
      const takenPerJob = new Map<string, number>();
      for (const r of runs.rows) {
        runsByNode[r.node] = (runsByNode[r.node] ?? 0) + 1;
        takenPerJob.set(r.job_id, (takenPerJob.get(r.job_id) ?? 0) + 1);
      }
      const stored = events.rows.map((r) => Number(r.n));
      return {
        firstRoundDone: jobs.rows.filter((j) => j.round === '1' && j.state === 'done').length,
        firstRoundRowsMax: rowsPerCase('1'),
        unclaimedStored: stored.length,
        unclaimedDuplicates: stored.reduce((sum, n) => sum + n - 1, 0),
        secondRoundPending: jobs.rows.filter((j) => j.round === '2' && j.state === 'pending')
          .length,
        secondRoundRowsMax: rowsPerCase('2'),
        runsByNode,
        takenMax: Math.max(0, ...takenPerJob.values()),
      };
    });
  return { caseOf, readTimers };
}
