import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Database, type Engine } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { syncTerritory } from '../territory/sync.ts';

/** The engines database tests run on: always PGlite; PostgreSQL too when TEST_DATABASE_URL is set. */
export const TEST_ENGINES: readonly Engine[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export interface TestDatabase extends Database {
  /** Closes the connection and drops the database (PostgreSQL) or frees it (PGlite). */
  destroy(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (url === undefined || url === '') throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/**
 * A fresh, empty database: an in-memory PGlite, or a new database on the PostgreSQL server of
 * TEST_DATABASE_URL (dropped afterwards). Migrated and with territory data unless told not to.
 */
export async function createTestDatabase(
  engine: Engine,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  let database: Database;
  let dropDatabase = async () => {};
  if (engine === 'pglite') {
    database = await openDatabase({ engine: 'pglite', dataDir: undefined });
  } else {
    const name = `sanad_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    database = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 4 });
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
  if (options.migrate !== false) {
    await migrate(database.sql);
    await syncTerritory(database.db);
  }
  return {
    ...database,
    async destroy() {
      await database.close();
      await dropDatabase();
    },
  };
}

/**
 * `describe` once per engine, with a fresh migrated database shared by the block's tests.
 * Titles carry the engine (`… [postgres]`), so the report shows both ran.
 */
export function describeEachEngine(
  title: string,
  body: (database: () => TestDatabase, engine: Engine) => void,
): void {
  for (const engine of TEST_ENGINES) {
    describe(`${title} [${engine}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await database?.destroy();
      });
      body(() => {
        if (!database) throw new Error('test database not ready');
        return database;
      }, engine);
    });
  }
}
