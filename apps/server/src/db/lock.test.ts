import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { DataDirLockedError, lockDataDir } from './lock.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the embedded data directory lock', () => {
  it('lets one holder in and refuses a second with a clear message', () => {
    const dir = tempDir();
    const first = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/already in use by another Sanad process \(pid \d+/);
    first.release();
    const again = lockDataDir(dir);
    again.release();
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = tempDir();
    // A real pid that has exited: spawn a process and wait for it to end.
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid ?? 0;
    await new Promise((resolve) => child.on('exit', resolve));
    fs.writeFileSync(
      path.join(dir, 'sanad.lock'),
      JSON.stringify({ pid: deadPid, host: os.hostname(), since: '2026-01-01T00:00:00Z' }),
    );
    const lock = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'sanad.lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    lock.release();
    expect(fs.existsSync(path.join(dir, 'sanad.lock'))).toBe(false);
  });

  it('never presumes a lock from another host stale', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'sanad.lock'),
      JSON.stringify({ pid: 1, host: 'another-host', since: 'x' }),
    );
    expect(() => lockDataDir(dir)).toThrow(/pid 1 on another-host/);
  });

  it('is held by an open embedded database and released when it closes', async () => {
    const dir = tempDir();
    const database = await openDatabase({ engine: 'pglite', dataDir: dir });
    await expect(openDatabase({ engine: 'pglite', dataDir: dir })).rejects.toBeInstanceOf(
      DataDirLockedError,
    );
    await database.sql.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
    await database.close();
    const reopened = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      expect(await reopened.sql.query('SELECT n FROM kept')).toEqual([{ n: 42 }]);
    } finally {
      await reopened.close();
    }
  });
});
