// Crash without loss: a server killed with SIGKILL at random moments under a stream of reports
// loses none that it acknowledged, stores none twice, and never saves an emergency without its
// alert and its escalation timer. Run on the embedded database and, when TEST_DATABASE_URL is
// set, on PostgreSQL.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../apps/server/src/db/database.ts';
import { crashFigures, runCrashScenario, type CrashOutcome } from './support/crash-scenario.ts';
import { printFigures } from './support/ledger.ts';

const REPORTS = 300;
const KILLS = 4;
const SENDERS = 6;

function expectNothingLostOrDuplicated(outcome: CrashOutcome): void {
  const { load, ledger } = outcome;
  expect(load.refusals, 'answers the outbox cannot retry past').toEqual([]);
  expect(load.acknowledged).toBe(REPORTS);
  expect(outcome.recoveries).toHaveLength(KILLS);
  expect(ledger.lost, 'acknowledged but not stored').toEqual([]);
  expect(ledger.duplicates, 'stored twice').toEqual([]);
  expect(ledger.stored).toBe(REPORTS);
  expect(ledger.idempotencyRows).toBe(REPORTS);
  expect(ledger.urgentNotEmergency).toEqual([]);
  expect(ledger.emergencies).toBeGreaterThanOrEqual(outcome.urgentSent);
  expect(ledger.missingQueued, 'cases never announced').toEqual([]);
  expect(ledger.missingAlert, 'emergencies without alert.urgent').toEqual([]);
  expect(ledger.missingTimer, 'emergencies without a pending escalation').toEqual([]);
}

describe('crash without loss', () => {
  it(`keeps every acknowledged report exactly once through ${String(KILLS)} SIGKILLs [pglite]`, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sanad-crash-'));
    try {
      const outcome = await runCrashScenario({
        env: { SANAD_DATA_DIR: dataDir, DATABASE_URL: undefined },
        reports: REPORTS,
        kills: KILLS,
        senders: SENDERS,
        async inspect(read) {
          // Opening the directory also takes its lock, proving the last process let go of it.
          const database = await openDatabase({ engine: 'pglite', dataDir });
          try {
            return await read(database.sql);
          } finally {
            await database.close();
          }
        },
      });
      printFigures('crash without loss [pglite]', crashFigures(outcome));
      expectNothingLostOrDuplicated(outcome);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  const adminUrl = process.env.TEST_DATABASE_URL;
  it.skipIf(adminUrl === undefined || adminUrl === '')(
    `keeps every acknowledged report exactly once through ${String(KILLS)} SIGKILLs [postgres]`,
    async () => {
      const name = `sanad_crash_${randomBytes(6).toString('hex')}`;
      const admin = async (statement: string) => {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        try {
          await client.query(statement);
        } finally {
          await client.end();
        }
      };
      await admin(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl ?? '');
      url.pathname = `/${name}`;
      try {
        const outcome = await runCrashScenario({
          env: {
            DATABASE_URL: url.toString(),
            SANAD_MASTER_KEY: randomBytes(32).toString('base64'),
          },
          reports: REPORTS,
          kills: KILLS,
          senders: SENDERS,
          async inspect(read) {
            const database = await openDatabase({
              engine: 'postgres',
              url: url.toString(),
              poolSize: 1,
            });
            try {
              return await read(database.sql);
            } finally {
              await database.close();
            }
          },
        });
        printFigures('crash without loss [postgres]', crashFigures(outcome));
        expectNothingLostOrDuplicated(outcome);
      } finally {
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    },
  );
});

if (process.env.TEST_DATABASE_URL === undefined || process.env.TEST_DATABASE_URL === '') {
  console.log(
    '[resilience] crash without loss [postgres] skipped: set TEST_DATABASE_URL to run it on PostgreSQL.',
  );
}
