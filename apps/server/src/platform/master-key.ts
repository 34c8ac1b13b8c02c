import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';

/** The master key and its id (stored beside every wrapped data key, so keys can be rotated). */
export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

export class MasterKeyError extends Error {
  override name = 'MasterKeyError';
}

export const MASTER_KEY_FILE = 'master.key';

export function masterKeyFrom(key: Buffer): MasterKey {
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

/**
 * A key for one narrow purpose (e.g. keying the sign-in throttle), derived from the master key
 * with HKDF so the master key itself is used for nothing but wrapping data keys.
 */
export function derivedKey(master: MasterKey, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), `sanad/${purpose}/v1`, 32));
}

/**
 * Finds the master key. With PostgreSQL it must come from `SANAD_MASTER_KEY`. In embedded mode
 * it may also live in `<data dir>/master.key` (owner-only): generated on the very first start,
 * and never regenerated over an existing database — a lost key must stop Sanad loudly, because
 * a fresh key would make every encrypted field unreadable.
 */
export function resolveMasterKey(
  config: Config,
  embeddedDatabaseExists: boolean,
  warn: (message: string) => void,
): MasterKey {
  if (config.masterKey) return masterKeyFrom(config.masterKey);
  if (config.databaseUrl !== undefined) {
    throw new MasterKeyError(
      'SANAD_MASTER_KEY is required when DATABASE_URL is set (32 random bytes in base64; ' +
        'generate one with: openssl rand -base64 32). Keep it outside the database and back it up.',
    );
  }
  const file = path.join(config.dataDir, MASTER_KEY_FILE);
  if (fs.existsSync(file)) {
    const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new MasterKeyError(`${file} does not hold a 32-byte base64 key.`);
    return masterKeyFrom(key);
  }
  if (embeddedDatabaseExists) {
    throw new MasterKeyError(
      `The master key is missing: ${file} does not exist but the database in ${config.dataDir} ` +
        'does. Restore the key file (or set SANAD_MASTER_KEY); a new key would make the ' +
        'encrypted data unreadable, so Sanad will not create one.',
    );
  }
  const key = randomBytes(32);
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  warn(
    `Generated a new master key in ${file} (readable by this user only). ` +
      'Fine for a trial; in production set SANAD_MASTER_KEY from a secret store and back it up.',
  );
  return masterKeyFrom(key);
}
