import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.ts';
import { runCli } from '../testing/processes.ts';
import { recordAudit } from './record.ts';
import { sampleEvent } from './test-support.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens the embedded database directly, as an operator (or an intruder) can while no server runs. */
async function withDataDir<T>(dir: string, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ engine: 'pglite', dataDir: dir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

describe('sanad audit-verify', { timeout: 120_000 }, () => {
  it('says intact on a fresh data directory, then names the tampered event with exit code 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-audit-'));
    dirs.push(dir);
    const env = { SANAD_DATA_DIR: dir, LOG_LEVEL: 'warn' };

    const fresh = await runCli(['audit-verify'], env);
    expect(fresh.stderr).toBe('');
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toContain('Audit trail intact: 0 events sealed, 0 pending.');

    // Recorded while no sealer ran: the command seals them before it checks.
    await withDataDir(dir, async ({ db }) => {
      for (let i = 0; i < 3; i += 1) await recordAudit(db, sampleEvent());
    });
    const sealed = await runCli(['audit-verify'], env);
    expect(sealed.code).toBe(0);
    expect(sealed.stdout).toContain('Audit trail intact: 3 events sealed, 0 pending.');
    expect(sealed.stdout).toMatch(/Chain head: position 3, sha256 [0-9a-f]{64}/);

    const seq = await withDataDir(dir, async ({ sql }) => {
      const [second] = await sql.query<{ seq: number }>(
        'SELECT seq FROM audit_events WHERE sealed_index = 2',
      );
      await sql.exec(`
        ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
        UPDATE audit_events SET purpose = 'nothing to see' WHERE sealed_index = 2;
        ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
      return second?.seq ?? 0;
    });
    const broken = await runCli(['audit-verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      `Audit trail BROKEN at event seq ${seq} (chain position 2): its content was changed after it was sealed.`,
    );
    expect(broken.stdout).not.toContain('intact');
  });

  it('refuses arguments it does not know', async () => {
    const result = await runCli(['audit-verify', '--fix'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unexpected argument "--fix"');
  });
});
