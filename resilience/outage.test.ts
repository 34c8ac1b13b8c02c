// Database outage: PostgreSQL stops for 10 s under a stream of reports and starts again. The
// server stays up the whole time, answers 503 with Retry-After (never a 500, never a stack)
// while its database is away, finds it again by itself, and loses nothing it acknowledged.
// Runs on a private PostgreSQL cluster, so the machine's shared server is never stopped.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { crashableServer } from './support/crashable-server.ts';
import { printFigures, readLedger } from './support/ledger.ts';
import { sendThroughOutage, type Answer } from './support/outage-load.ts';
import { findPostgresBinaries, privatePostgres } from './support/private-postgres.ts';
import { planReports } from './support/report-load.ts';

const REPORTS = 240;
const SENDERS = 6;
/** Acknowledgements before PostgreSQL is stopped. */
const STOP_AFTER = 40;
const OUTAGE_MS = 10_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const binaries = findPostgresBinaries();

if ('missing' in binaries) {
  console.log(
    `[resilience] database outage skipped: no PostgreSQL binaries (${binaries.missing}).`,
  );
}

const describeAnswer = (a: Answer) =>
  `${a.status === undefined ? 'no answer' : String(a.status)} retry-after=${String(a.retryAfter)} ${a.envelopeProblem ?? ''} ${a.detail}`;

describe('database outage', () => {
  it.skipIf('missing' in binaries)(
    `answers 503 + Retry-After through a ${String(OUTAGE_MS / 1000)} s PostgreSQL stop and loses nothing`,
    async () => {
      if (!('bin' in binaries)) return;
      const began = performance.now();
      const cluster = await privatePostgres(binaries.bin);
      const server = await crashableServer({
        DATABASE_URL: cluster.url,
        SANAD_MASTER_KEY: randomBytes(32).toString('base64'),
        SANAD_SEED_DEMO: 'false',
        SANAD_RATE_LIMIT: '100000000',
        SANAD_URGENT_CLAIM_SECONDS: '3600',
        // Warnings too: each 503 logs `database unavailable`, the evidence if something else shows.
        LOG_LEVEL: 'warn',
      });
      try {
        const firstStartMs = await server.start();
        const plan = planReports(REPORTS);
        let acknowledged = 0;
        let acknowledgedAtStop = 0;
        const moments = { stopBegan: 0, stopped: 0, startBegan: 0, started: 0, firstAckAfter: 0 };

        const progress = { done: false };
        const operator = (async () => {
          while (acknowledged < STOP_AFTER) {
            // Every report refused before the threshold: nothing to stop PostgreSQL under.
            if (progress.done) throw new Error(`only ${String(acknowledged)} reports acknowledged`);
            await pause(5);
          }
          acknowledgedAtStop = acknowledged;
          moments.stopBegan = performance.now();
          await cluster.stop();
          moments.stopped = performance.now();
          await pause(OUTAGE_MS - (moments.stopped - moments.stopBegan));
          moments.startBegan = performance.now();
          await cluster.start();
          moments.started = performance.now();
        })();
        const sending = sendThroughOutage(plan, {
          url: server.url,
          senders: SENDERS,
          attemptTimeoutMs: 15_000,
          giveUpAfterMs: 45_000,
          onAcknowledged(count, at) {
            acknowledged = count;
            if (moments.startBegan > 0 && moments.firstAckAfter === 0) moments.firstAckAfter = at;
          },
        }).finally(() => (progress.done = true));
        const [{ answers, acknowledgements, abandoned }] = await Promise.all([sending, operator]);
        await server.stop();

        const database = await openDatabase({ engine: 'postgres', url: cluster.url, poolSize: 1 });
        const ledger = await readLedger(database.sql, acknowledgements).finally(() =>
          database.close(),
        );

        const during = answers.filter(
          (a) => a.sentAt >= moments.stopped && a.endedAt <= moments.startBegan,
        );
        const afterStart = answers.filter((a) => a.sentAt >= moments.started);
        const unanswered = answers.filter((a) => a.status === undefined);
        const unexpected = answers.filter((a) => a.status !== 201 && a.status !== 503);
        const bad503 = answers.filter(
          (a) => a.status === 503 && (a.envelopeProblem !== undefined || a.retryAfter === null),
        );
        const retryAfters = [...new Set(during.map((a) => String(a.retryAfter)))];
        // From the moment PostgreSQL was asked to start: `pg_ctl` may return after the server
        // has already reconnected and answered.
        const recoveryMs = moments.firstAckAfter - moments.startBegan;

        printFigures('database outage [postgres]', {
          'reports sent': REPORTS,
          'urgent sent': plan.filter((r) => r.urgent).length,
          'HTTP attempts': answers.length,
          'acknowledged before the stop': acknowledgedAtStop,
          'answers during the outage': during.length,
          '  of which 503 + Retry-After': during.filter(
            (a) => a.status === 503 && a.retryAfter !== null,
          ).length,
          'Retry-After values': retryAfters.join(', '),
          '503 answers (whole run)': answers.filter((a) => a.status === 503).length,
          '503s after PostgreSQL was back': afterStart.filter((a) => a.status === 503).length,
          'other 5xx / 4xx answers': unexpected.filter((a) => a.status !== undefined).length,
          'attempts with no answer': unanswered.length,
          acknowledged: acknowledgements.length,
          stored: ledger.stored,
          duplicates: ledger.duplicates.length,
          lost: ledger.lost.length,
          'emergencies stored': ledger.emergencies,
          'alerts missing': ledger.missingAlert.length,
          'escalation jobs missing': ledger.missingTimer.length,
          'PostgreSQL stop ms': Math.round(moments.stopped - moments.stopBegan),
          'PostgreSQL down ms': Math.round(moments.started - moments.stopBegan),
          'PostgreSQL start ms': Math.round(moments.started - moments.startBegan),
          'recovery ms (PostgreSQL start → first 201)': Math.round(recoveryMs),
          'server first start ms': Math.round(firstStartMs),
          'scenario ms': Math.round(performance.now() - began),
        });

        expect(unanswered.map(describeAnswer), 'the server process stayed up').toEqual([]);
        expect(acknowledgedAtStop, 'work left for after the outage').toBeLessThan(REPORTS);
        expect(during.length, 'the server was probed while PostgreSQL was down').toBeGreaterThan(
          20,
        );
        expect(during.filter((a) => a.status !== 503).map(describeAnswer)).toEqual([]);
        expect(unexpected.map(describeAnswer), 'no 500, no refusal').toEqual([]);
        expect(bad503.map(describeAnswer), 'every 503 is the envelope + Retry-After').toEqual([]);
        expect(server.output(), 'no unhandled error logged').not.toMatch(/unhandled error/);
        expect(abandoned).toEqual([]);
        expect(moments.firstAckAfter, 'reconnected without a restart').toBeGreaterThan(0);
        expect(acknowledgements).toHaveLength(REPORTS);
        expect(ledger.lost, 'acknowledged but not stored').toEqual([]);
        expect(ledger.duplicates, 'stored twice').toEqual([]);
        expect(ledger.stored).toBe(REPORTS);
        expect(ledger.idempotencyRows).toBe(REPORTS);
        expect(ledger.urgentNotEmergency).toEqual([]);
        expect(ledger.missingQueued, 'cases never announced').toEqual([]);
        expect(ledger.missingAlert, 'emergencies without alert.urgent').toEqual([]);
        expect(ledger.missingTimer, 'emergencies without a pending escalation').toEqual([]);
      } catch (error) {
        await server.kill();
        throw new Error(
          `${(error as Error).message}\n--- server output ---\n${server.output().slice(-4000)}` +
            `\n--- postgres log ---\n${(await cluster.log()).slice(-2000)}`,
          { cause: error },
        );
      } finally {
        await server.kill();
        await cluster.destroy();
      }
    },
  );
});
