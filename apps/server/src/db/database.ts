import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';
import type { SqlClient, SqlExecutor } from './sql-client.ts';
import { RAW_TYPE_PARSERS } from './types.ts';

/** One query layer for both engines: Drizzle over PGlite or over node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  readonly engine: Engine;
  readonly db: Db;
  readonly sql: SqlClient;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { readonly engine: 'postgres'; readonly url: string; readonly poolSize?: number }
  /** `dataDir: undefined` keeps the embedded database in memory (tests, benchmarks). */
  | { readonly engine: 'pglite'; readonly dataDir: string | undefined };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.engine === 'postgres'
    ? openPostgres(target.url, target.poolSize ?? 10)
    : openPglite(target.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const lock: DataDirLock | undefined = dataDir === undefined ? undefined : lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir === undefined ? undefined : `${dataDir}/pgdata`, {
      parsers: RAW_TYPE_PARSERS,
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const executor = (c: Pick<PGlite, 'query' | 'exec'>): SqlExecutor => ({
    async query<Row extends Record<string, unknown>>(
      text: string,
      params: readonly unknown[] = [],
    ) {
      return (await c.query<Row>(text, [...params])).rows;
    },
    async exec(text: string) {
      await c.exec(text);
    },
  });
  const sql: SqlClient = {
    ...executor(client),
    transaction: (work) => client.transaction((tx) => work(executor(tx))),
  };
  return {
    engine: 'pglite',
    db: drizzlePglite({ client, schema }) as unknown as Db,
    sql,
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** node-postgres's own parsers, typed for what they are: text in, a value out. */
const builtinParser = pg.types.getTypeParser as unknown as (
  oid: number,
  format?: 'text' | 'binary',
) => (text: string) => unknown;

function rawTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      RAW_TYPE_PARSERS[oid] ?? builtinParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: rawTypes() });
  // A pool error (a server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // Fail at start, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const executor = (c: pg.Pool | pg.PoolClient): SqlExecutor => ({
    async query<Row extends Record<string, unknown>>(
      text: string,
      params: readonly unknown[] = [],
    ) {
      return (await c.query<Row>(text, [...params])).rows;
    },
    async exec(text: string) {
      await c.query(text);
    },
  });
  const sql: SqlClient = {
    ...executor(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(executor(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
  };
  return {
    engine: 'postgres',
    db: drizzlePostgres({ client: pool, schema }) as unknown as Db,
    sql,
    close: () => pool.end(),
  };
}
