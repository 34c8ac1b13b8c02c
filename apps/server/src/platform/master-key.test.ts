import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { MASTER_KEY_FILE, MasterKeyError, resolveMasterKey } from './master-key.ts';

const dirs: string[] = [];
function configIn(env: NodeJS.ProcessEnv = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-key-'));
  dirs.push(dir);
  return loadConfig({ SANAD_DATA_DIR: dir, ...env });
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the master key', () => {
  it('comes from SANAD_MASTER_KEY when set, with a stable id', () => {
    const key = Buffer.alloc(32, 3).toString('base64');
    const a = resolveMasterKey(configIn({ SANAD_MASTER_KEY: key }), true, () => undefined);
    const b = resolveMasterKey(configIn({ SANAD_MASTER_KEY: key }), true, () => undefined);
    expect(a.key.length).toBe(32);
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is required with PostgreSQL', () => {
    const config = configIn({ DATABASE_URL: 'postgres://localhost/sanad' });
    expect(() => resolveMasterKey(config, false, () => undefined)).toThrow(
      /SANAD_MASTER_KEY is required/,
    );
  });

  it('is generated once, owner-only, with a warning, on the first embedded start', () => {
    const config = configIn();
    const warnings: string[] = [];
    const first = resolveMasterKey(config, false, (m) => warnings.push(m));
    const file = path.join(config.dataDir, MASTER_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(warnings).toEqual([expect.stringContaining('Generated a new master key')]);
    const again = resolveMasterKey(config, true, () => undefined);
    expect(again.key.equals(first.key)).toBe(true);
  });

  it('is never regenerated over an existing database: start-up fails loudly', () => {
    const config = configIn();
    expect(() => resolveMasterKey(config, true, () => undefined)).toThrow(MasterKeyError);
    expect(() => resolveMasterKey(config, true, () => undefined)).toThrow(/master key is missing/);
    expect(fs.existsSync(path.join(config.dataDir, MASTER_KEY_FILE))).toBe(false);
  });

  it('refuses a corrupted key file', () => {
    const config = configIn();
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(path.join(config.dataDir, MASTER_KEY_FILE), 'dG9vIHNob3J0');
    expect(() => resolveMasterKey(config, true, () => undefined)).toThrow(
      /does not hold a 32-byte/,
    );
  });
});
