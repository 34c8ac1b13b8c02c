// Two nodes: two `sanad serve` processes on one PostgreSQL database. An urgent report accepted
// by one reaches a console connected to the other (each process listens to the database, not
// to its own requests); a session opened on one works on the other; and each durable timer
// runs exactly once although both processes poll the same jobs table. PostgreSQL only: the
// embedded database belongs to a single process.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { crashableServer } from './support/crashable-server.ts';
import { printFigures } from './support/ledger.ts';
import { openLiveListener, type LiveListener } from './support/live-listener.ts';
import { planReports } from './support/report-load.ts';
import { createStaffAccount, signInStaff } from './support/staff-account.ts';
import {
  exactlyOnce,
  latencyFigures,
  readTimerLedger,
  recordJobRunsByNode,
  submitReport,
  type Submission,
} from './support/two-nodes.ts';

const URGENT_REPORTS = 20;
/** The smallest escalation deadline the configuration accepts, so the timers fall due quickly. */
const CLAIM_SECONDS = 10;
const LISTENER = 'listener@two-nodes.sanad.ma';
const SUPERVISOR = 'supervisor@two-nodes.sanad.ma';

const adminUrl = process.env.TEST_DATABASE_URL;

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe('two nodes on one database', () => {
  it.skipIf(adminUrl === undefined || adminUrl === '')(
    'delivers alerts across nodes, shares sessions and runs each timer once [postgres]',
    async () => {
      const name = `sanad_nodes_${randomBytes(6).toString('hex')}`;
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl ?? '');
      url.pathname = `/${name}`;
      const env = {
        DATABASE_URL: url.toString(),
        SANAD_MASTER_KEY: randomBytes(32).toString('base64'),
        SANAD_SEED_DEMO: 'false',
        SANAD_URGENT_CLAIM_SECONDS: String(CLAIM_SECONDS),
      };
      const listeners: LiveListener[] = [];
      const nodeA = await crashableServer({ ...env, PGAPPNAME: 'node-a' });
      const nodeB = await crashableServer({ ...env, PGAPPNAME: 'node-b' });
      try {
        // create-user migrates the fresh database, so neither node races the other to do it.
        await createStaffAccount(env, LISTENER, 'listener');
        await createStaffAccount(env, SUPERVISOR, 'supervisor');
        await recordJobRunsByNode(env.DATABASE_URL);
        await Promise.all([nodeA.start(), nodeB.start()]);

        // One session each, opened on one node and used on both.
        const listenerCookie = await signInStaff(nodeA.url, LISTENER);
        const supervisorCookie = await signInStaff(nodeB.url, SUPERVISOR);
        for (const node of [nodeA, nodeB]) {
          for (const cookie of [listenerCookie, supervisorCookie]) {
            const me = await fetch(`${node.url}/api/v1/auth/me`, { headers: { cookie } });
            expect(me.status, `/auth/me on ${node.url}`).toBe(200);
          }
        }

        const listenerOnB = await openLiveListener(nodeB.url, listenerCookie);
        listeners.push(listenerOnB);
        const supervisorOnA = await openLiveListener(nodeA.url, supervisorCookie);
        listeners.push(supervisorOnA);

        const submissions: Submission[] = [];
        for (const report of planReports(URGENT_REPORTS * 3).filter((r) => r.urgent)) {
          submissions.push(await submitReport(nodeA.url, report));
        }
        expect(submissions.filter((s) => s.urgency !== 'emergency')).toEqual([]);

        const ledger = await readTimerLedger(env.DATABASE_URL, submissions);
        const caseIds = [...ledger.caseOf.values()];
        expect(caseIds).toHaveLength(URGENT_REPORTS);

        // Every alert crosses to node B; a short grace afterwards would catch a second copy.
        const alerted =
          (kind: string, round?: number) =>
          (
            events: readonly {
              kind: string;
              caseId: string | null;
              payload: Record<string, unknown>;
            }[],
          ) =>
            caseIds.every((id) =>
              events.some(
                (e) =>
                  e.kind === kind &&
                  e.caseId === id &&
                  (round === undefined || e.payload['round'] === round),
              ),
            );
        await listenerOnB.waitFor(alerted('alert.urgent'), 10_000);

        // Each case's first escalation falls due CLAIM_SECONDS after it arrived; both nodes'
        // runners are polling for it.
        await supervisorOnA.waitFor(alerted('alert.unclaimed', 1), CLAIM_SECONDS * 1000 + 10_000);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        // Both nodes stop before the tables are read: the second round of timers (due
        // 2 × CLAIM_SECONDS after each case) can then never run into the counts, however slow
        // the machine (stopping twice in \`finally\` is harmless).
        for (const listener of listeners) listener.close();
        await Promise.all([nodeA.stop(), nodeB.stop()]);

        const urgentOnB = exactlyOnce(listenerOnB.events, 'alert.urgent');
        const unclaimedOnA = exactlyOnce(
          supervisorOnA.events.filter((e) => e.payload['round'] === 1),
          'alert.unclaimed',
        );
        const timers = await ledger.readTimers();
        const latency = latencyFigures(submissions, listenerOnB.events, ledger.caseOf);

        printFigures('two nodes [postgres]', {
          'urgent reports accepted on node A': submissions.length,
          'alert.urgent delivered on node B': urgentOnB.delivered,
          'alert.urgent duplicates on node B': urgentOnB.duplicates,
          'alert.urgent missing on node B': caseIds.length - urgentOnB.delivered,
          ...latency.figures,
          'first-round timers run (jobs table)': timers.firstRoundDone,
          'first-round timer rows per case (max)': timers.firstRoundRowsMax,
          'alert.unclaimed stored (round 1)': timers.unclaimedStored,
          'alert.unclaimed duplicates stored': timers.unclaimedDuplicates,
          'alert.unclaimed delivered on node A': unclaimedOnA.delivered,
          'alert.unclaimed duplicates on node A': unclaimedOnA.duplicates,
          'first-round timers taken by node A': timers.runsByNode['node-a'] ?? 0,
          'first-round timers taken by node B': timers.runsByNode['node-b'] ?? 0,
          'times any one timer was taken (max)': timers.takenMax,
          'second-round timers pending': timers.secondRoundPending,
        });

        expect(urgentOnB.delivered).toBe(URGENT_REPORTS);
        expect(urgentOnB.duplicates).toBe(0);
        expect(latency.missing).toEqual([]);
        expect(timers.firstRoundDone).toBe(URGENT_REPORTS);
        expect(timers.firstRoundRowsMax).toBe(1);
        // Runs of these timers so far: the 20 first rounds (the second rounds are not due yet).
        expect((timers.runsByNode['node-a'] ?? 0) + (timers.runsByNode['node-b'] ?? 0)).toBe(
          URGENT_REPORTS,
        );
        expect(timers.takenMax).toBe(1);
        expect(timers.unclaimedStored).toBe(URGENT_REPORTS);
        expect(timers.unclaimedDuplicates).toBe(0);
        expect(unclaimedOnA.delivered).toBe(URGENT_REPORTS);
        expect(unclaimedOnA.duplicates).toBe(0);
        // Each run re-armed the next round once: one pending timer per case, not two.
        expect(timers.secondRoundPending).toBe(URGENT_REPORTS);
        expect(timers.secondRoundRowsMax).toBe(1);
      } finally {
        for (const listener of listeners) listener.close();
        await Promise.all([nodeA.stop(), nodeB.stop()]);
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    },
  );
});

if (adminUrl === undefined || adminUrl === '') {
  console.log('[resilience] two nodes [postgres] skipped: set TEST_DATABASE_URL to run it.');
}
