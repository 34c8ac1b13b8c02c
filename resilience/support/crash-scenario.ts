// One crash scenario: reports pour in while the server is killed (SIGKILL) at random moments
// and restarted on the same database; the clients retry whatever got no answer. The figures
// say what was sent, acknowledged and stored, and how long each restart took.
import type { SqlClient } from '../../apps/server/src/db/sql-client.ts';
import { crashableServer } from './crashable-server.ts';
import { readLedger, type Ledger } from './ledger.ts';
import { planReports, sendUntilAcknowledged, type LoadFigures } from './report-load.ts';

export interface CrashScenario {
  /** Environment of `sanad serve` (engine, data directory, master key). */
  readonly env: NodeJS.ProcessEnv;
  readonly reports: number;
  readonly kills: number;
  readonly senders: number;
  /** Reads the stored rows once the server has stopped. */
  readonly inspect: <T>(read: (sql: SqlClient) => Promise<T>) => Promise<T>;
}

export interface CrashOutcome {
  readonly load: LoadFigures;
  readonly ledger: Ledger;
  /** Milliseconds from each SIGKILL to `/health` answering again. */
  readonly recoveries: number[];
  readonly firstStartMs: number;
  readonly elapsedMs: number;
  readonly urgentSent: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Acknowledgement counts at which to kill: spread at random over the middle of the run. */
function killPoints(reports: number, kills: number): number[] {
  const low = Math.floor(reports * 0.1);
  const span = Math.floor(reports * 0.8);
  const points = new Set<number>();
  while (points.size < kills) points.add(low + Math.floor(Math.random() * span));
  return [...points].sort((a, b) => a - b);
}

export async function runCrashScenario(scenario: CrashScenario): Promise<CrashOutcome> {
  const server = await crashableServer({
    SANAD_SEED_DEMO: 'false',
    // One client address sends everything: the per-address limit would refuse the test itself.
    SANAD_RATE_LIMIT: '100000000',
    // Long enough that no timer fires during the run: the ledger checks they are still pending.
    SANAD_URGENT_CLAIM_SECONDS: '3600',
    ...scenario.env,
  });
  const began = performance.now();
  const firstStartMs = await server.start();
  const plan = planReports(scenario.reports);
  let acknowledged = 0;
  const recoveries: number[] = [];
  try {
    const killer = (async () => {
      for (const point of killPoints(scenario.reports, scenario.kills)) {
        while (acknowledged < point) await pause(5);
        // A random moment after the threshold, so kills land inside transactions as well as between.
        await pause(Math.random() * 150);
        const killedAt = performance.now();
        await server.kill();
        await server.start();
        recoveries.push(performance.now() - killedAt);
      }
    })();
    const sending = sendUntilAcknowledged(plan, {
      url: () => server.url,
      senders: scenario.senders,
      attemptTimeoutMs: 15_000,
      giveUpAfterMs: 60_000,
      onAcknowledged: (count) => (acknowledged = count),
    });
    const [{ figures, acknowledgements }] = await Promise.all([sending, killer]);
    await server.stop();
    const ledger = await scenario.inspect((sql) => readLedger(sql, acknowledgements));
    return {
      load: figures,
      ledger,
      recoveries,
      firstStartMs,
      elapsedMs: performance.now() - began,
      urgentSent: plan.filter((r) => r.urgent).length,
    };
  } catch (error) {
    await server.kill();
    throw new Error(
      `${(error as Error).message}\n--- server output ---\n${server.output().slice(-4000)}`,
      {
        cause: error,
      },
    );
  }
}

/** The figures the issue asks each scenario to print. */
export function crashFigures(outcome: CrashOutcome): Record<string, number | string> {
  const { load, ledger, recoveries } = outcome;
  return {
    'reports sent': load.sent,
    'urgent sent': outcome.urgentSent,
    'HTTP attempts': load.attempts,
    'attempts with no answer': load.unanswered,
    'attempts answered 5xx': load.serverErrors,
    acknowledged: load.acknowledged,
    stored: ledger.stored,
    duplicates: ledger.duplicates.length,
    lost: ledger.lost.length,
    'emergencies stored': ledger.emergencies,
    'alerts missing': ledger.missingAlert.length,
    'escalation jobs missing': ledger.missingTimer.length,
    'SIGKILL restarts': recoveries.length,
    'recovery ms (each)': recoveries.map((ms) => Math.round(ms)).join(', '),
    'longest recovery ms': Math.round(Math.max(0, ...recoveries)),
    'scenario ms': Math.round(outcome.elapsedMs),
  };
}
