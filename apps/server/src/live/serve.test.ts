import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { jobs } from '../db/schema/index.ts';
import { createSession } from '../identity/sessions.ts';
import { CONSENTS, newKey } from '../intake/test-support.ts';
import { buildStaffUser } from '../testing/factories.ts';
import { startServer } from '../testing/processes.ts';
import { syncTerritory } from '../territory/sync.ts';
import { connectSse } from './test-support.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-live-'));
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A listener with a live session in a fresh embedded database no server holds yet. */
async function prepareListener(dataDir: string): Promise<string> {
  const database = await openDatabase({ engine: 'pglite', dataDir });
  try {
    await migrate(database.sql);
    await syncTerritory(database.db);
    const listener = await buildStaffUser(database.db, { role: 'listener' });
    return await createSession(database.db, listener.id, 'full', new Date());
  } finally {
    await database.close();
  }
}

describe('sanad serve with the console live', { timeout: 120_000 }, () => {
  it('alerts an open console, runs the job runner, and stops at once with the stream open', async () => {
    const token = await prepareListener(dir);
    const server = await startServer({
      SANAD_DATA_DIR: dir,
      SANAD_MASTER_KEY: randomBytes(32).toString('base64'),
      SANAD_SEED_DEMO: 'false',
    });
    let stopped: number | null = null;
    try {
      const screen = await connectSse(server.url, { token });
      await screen.waitFor((f) => f.event === 'ready');
      const accepted = await fetch(`${server.url}/api/v1/public/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
        body: JSON.stringify({ kind: 'urgent', language: 'ar', consents: CONSENTS }),
      });
      expect(accepted.status).toBe(201);
      await screen.waitFor((f) => f.event === 'alert.urgent', 1_000);
      // The runner's first tick (after 500 ms) schedules and runs the hourly purge.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const started = performance.now();
      stopped = await server.stop();
      expect(performance.now() - started).toBeLessThan(5_000);
      await screen.ended;
    } finally {
      if (stopped === null) await server.stop();
    }
    expect(stopped).toBe(0);
    const database = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      const purges = await database.db
        .select({ state: jobs.state })
        .from(jobs)
        .where(eq(jobs.name, 'housekeeping.purge'));
      expect(purges.map((p) => p.state).sort()).toEqual(['done', 'pending']);
      const timers = await database.db
        .select({ state: jobs.state })
        .from(jobs)
        .where(eq(jobs.name, 'case.unclaimed_urgent'));
      expect(timers).toEqual([{ state: 'pending' }]);
    } finally {
      await database.close();
    }
  });
});
