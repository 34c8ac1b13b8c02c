import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startServer } from './testing/processes.ts';

const dirs: string[] = [];
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the sanad command line', { timeout: 120_000 }, () => {
  it('lists its commands with --help', async () => {
    const result = await runCli(['--help'], {});
    expect(result.code).toBe(0);
    for (const name of ['serve', 'migrate', 'seed-demo', 'create-user', 'audit-verify'])
      expect(result.stdout).toContain(name);
    const sub = await runCli(['create-user', '--help'], {});
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--email');
  });

  it('refuses an unknown command with exit code 2', async () => {
    const result = await runCli(['launch-rockets'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown command "launch-rockets"');
  });

  it('stops at start-up on bad configuration, naming the variable', async () => {
    const result = await runCli(['serve'], {
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      SANAD_DATA_DIR: dataDir(),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Sanad cannot start: invalid configuration');
    expect(result.stderr).toContain('PORT must be a whole number');
    expect(result.stderr).toContain('LOG_LEVEL must be one of');
  });

  it('serves with demo data on the embedded database, and a second serve on the same directory refuses to start', async () => {
    const dir = dataDir();
    const server = await startServer({ SANAD_DATA_DIR: dir });
    try {
      expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
      expect(server.output()).toContain('Demo staff accounts');
      expect(server.output()).toContain('listener@demo.sanad.ma');
      const second = await runCli(['serve'], { SANAD_DATA_DIR: dir, PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(
        `The data directory ${dir} is already in use by another Sanad process`,
      );
      const seedAgain = await runCli(['migrate'], { SANAD_DATA_DIR: dir });
      expect(seedAgain.code).toBe(1);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // Released on a clean stop: commands work again, and the demo is not seeded twice.
    const seed = await runCli(['seed-demo'], { SANAD_DATA_DIR: dir });
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain('demo data is only ever added to an empty database');
    const migrate = await runCli(['migrate'], { SANAD_DATA_DIR: dir });
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toContain('up to date');
    // The wrong master key stops start-up loudly, naming what is wrong.
    const wrongKey = await runCli(['migrate'], {
      SANAD_DATA_DIR: dir,
      SANAD_MASTER_KEY: Buffer.alloc(32, 9).toString('base64'),
    });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('is wrapped by master key');
    // So does a lost key file: never a fresh key over existing data.
    fs.rmSync(path.join(dir, 'master.key'));
    const lostKey = await runCli(['serve'], { SANAD_DATA_DIR: dir, PORT: '0' });
    expect(lostKey.code).toBe(1);
    expect(lostKey.stderr).toContain('The master key is missing');
    expect(fs.existsSync(path.join(dir, 'master.key'))).toBe(false);
  });

  it('creates a staff user with the password from standard input', async () => {
    const dir = dataDir();
    const args = [
      'create-user',
      '--email',
      'amina@example.ma',
      '--name',
      'Amina',
      '--role',
      'analyst',
    ];
    const created = await runCli(args, { SANAD_DATA_DIR: dir }, 'a long enough passphrase\n');
    expect(created.stderr).not.toContain('Error');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created staff account [0-9a-f-]{36} \(analyst\)/);
    const again = await runCli(args, { SANAD_DATA_DIR: dir }, 'a long enough passphrase\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const bad = await runCli(
      ['create-user', '--email', 'x', '--name', 'X', '--role', 'boss'],
      { SANAD_DATA_DIR: dir },
      'short\n',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--email');
    expect(bad.stderr).toContain('--role');
    expect(bad.stderr).toContain('--password');
    const missing = await runCli(['create-user', '--email', 'x@y.ma'], { SANAD_DATA_DIR: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing --name, --role');
  });
});
