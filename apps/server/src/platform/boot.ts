import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate, readMigrations, type Migration } from '../db/migrate.ts';
import { syncTerritory } from '../territory/sync.ts';
import type { Config } from './config.ts';
import { assertKeyringOpensAll } from './crypto/data-keys.ts';
import { keyringOf, type Keyring } from './crypto/keyring.ts';
import { resolveMasterKey, type MasterKey } from './master-key.ts';

/** Everything a command needs once the platform is up: config, database, keys. */
export interface Platform {
  readonly config: Config;
  readonly database: Database;
  readonly masterKey: MasterKey;
  /** The master keys this process unwraps data keys with (the current one, for now). */
  readonly keyring: Keyring;
  readonly migrations: readonly Migration[];
  /** True when this start created the embedded database (first start). */
  readonly createdDatabase: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database (PostgreSQL when `DATABASE_URL` is set, else the embedded one, locked),
 * finds the master key, applies pending migrations and syncs the territory reference data.
 */
export async function openPlatform(config: Config, log: Logger): Promise<Platform> {
  const embedded = config.databaseUrl === undefined;
  const existedBefore =
    embedded && fs.existsSync(path.join(config.dataDir, 'pgdata', 'PG_VERSION'));
  const database = await openDatabase(
    config.databaseUrl !== undefined
      ? { engine: 'postgres', url: config.databaseUrl }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  try {
    const masterKey = resolveMasterKey(config, existedBefore, (message) => {
      log.warn(message);
    });
    const migrations = readMigrations();
    const applied = await migrate(database.sql, migrations);
    if (applied.length > 0) log.info({ migrations: applied }, 'database migrations applied');
    await syncTerritory(database.db);
    // A wrong or lost master key stops the start here, not at the first survivor's file.
    const keyring = keyringOf(masterKey);
    await assertKeyringOpensAll(database.db, keyring);
    log.info(
      { engine: database.engine, dataDir: embedded ? config.dataDir : undefined },
      'database ready',
    );
    return {
      config,
      database,
      masterKey,
      keyring,
      migrations,
      createdDatabase: embedded && !existedBefore,
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
