import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../cli/command.ts';
import { rotateKeyCommand } from '../../cli/rotate-key.ts';
import { createPerson, readPerson } from '../../persons/persons.ts';
import { openPlatform } from '../boot.ts';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { MASTER_KEY_FILE } from '../master-key.ts';
import { keyringOf } from './keyring.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

/** A data directory holding one person, created as `sanad serve` would on first start. */
async function embeddedWithPerson(env: NodeJS.ProcessEnv): Promise<string> {
  const config = loadConfig(env);
  const platform = await openPlatform(config, createLogger('silent'));
  try {
    const { id } = await createPerson(platform.database.db, keyringOf(platform.masterKey), {
      name: 'Naima Ait Ouhmad',
      phone: '0600009601',
    });
    return id;
  } finally {
    await platform.close();
  }
}

async function readBack(env: NodeJS.ProcessEnv, id: string): Promise<unknown> {
  const platform = await openPlatform(loadConfig(env), createLogger('silent'));
  try {
    return await readPerson(platform.database.db, keyringOf(platform.masterKey), id);
  } finally {
    await platform.close();
  }
}

async function rotate(env: NodeJS.ProcessEnv, args: string[], stdin = '') {
  const out = sink();
  const err = sink();
  const code = await rotateKeyCommand.run({
    args,
    env,
    stdout: out.stream,
    stderr: err.stream,
    stdin: Readable.from([stdin]) as unknown as NodeJS.ReadStream,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanad-rotate-'));
  dirs.push(dir);
  return dir;
}

describe('sanad rotate-key', { timeout: 60_000 }, () => {
  it('embedded: generates a key, prints it once, re-wraps, then replaces master.key', async () => {
    const env = { SANAD_DATA_DIR: tempDir(), LOG_LEVEL: 'silent' };
    const id = await embeddedWithPerson(env);
    const file = path.join(env.SANAD_DATA_DIR, MASTER_KEY_FILE);
    const oldKey = fs.readFileSync(file, 'utf8').trim();

    const result = await rotate(env, ['--generate']);

    expect(result.code).toBe(0);
    const newKey = fs.readFileSync(file, 'utf8').trim();
    expect(newKey).not.toBe(oldKey);
    expect(result.stdout).toContain(newKey);
    expect(result.stdout).toMatch(/shown ONCE/);
    expect(result.stdout).toMatch(/Re-wrapped 2 data keys/); // her key and the blind-index key
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(env.SANAD_DATA_DIR).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(await readBack(env, id)).toMatchObject({ name: 'Naima Ait Ouhmad' });
  });

  it('with SANAD_MASTER_KEY: reads the new key from standard input and says what to set', async () => {
    const oldKey = randomBytes(32).toString('base64');
    const newKey = randomBytes(32).toString('base64');
    const dir = tempDir();
    const env = { SANAD_DATA_DIR: dir, SANAD_MASTER_KEY: oldKey, LOG_LEVEL: 'silent' };
    const id = await embeddedWithPerson(env);

    const result = await rotate(env, [], `${newKey}\n`);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Now set SANAD_MASTER_KEY');
    expect(result.stdout).not.toContain(newKey);
    expect(fs.existsSync(path.join(dir, MASTER_KEY_FILE))).toBe(false);
    await expect(readBack(env, id)).rejects.toThrow(/wrapped by master key/);
    expect(await readBack({ ...env, SANAD_MASTER_KEY: newKey }, id)).toMatchObject({
      phone: '+212600009601',
    });
    // Running it again with the new key configured: nothing left to do.
    const again = await rotate({ ...env, SANAD_MASTER_KEY: newKey }, [], newKey);
    expect(again.stdout).toContain('already the current key');
  });

  it('refuses a malformed key and keys on the command line', async () => {
    const env = { SANAD_DATA_DIR: tempDir(), LOG_LEVEL: 'silent' };
    await expect(rotate(env, [], 'c2hvcnQ=')).rejects.toThrow(UsageError);
    await expect(rotate(env, [], '')).rejects.toThrow(/32 random bytes/);
    await expect(rotate(env, ['--key', 'abc'])).rejects.toThrow(UsageError);
  });
});
