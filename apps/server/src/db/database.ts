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
  /**
   * LISTENs on a channel for the life of the returned stop function. On PostgreSQL this holds a
   * dedicated connection (a pooled one would be handed to other queries) that reconnects with
   * backoff when it drops; `onResumed` is called after each reconnection, because notifications
   * sent while it was down are lost and the caller must catch up from its tables.
   */
  listen: Listen;
  close(): Promise<void>;
}

export type Listen = (
  channel: string,
  onPayload: (payload: string) => void,
  onResumed?: () => void,
) => Promise<() => Promise<void>>;

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
    // One in-process engine: its notifications cannot be lost, so there is nothing to resume.
    listen: (channel, onPayload) => client.listen(channel, onPayload),
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
  // …and neither may a connection in use: the pool listens only to idle ones, so a FATAL from
  // PostgreSQL mid-transaction (57P01 when it shuts down) would be an unhandled 'error' event
  // that ends the process. The query in progress still fails, and is answered 503.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
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
  const listeners = new Set<() => Promise<void>>();
  return {
    engine: 'postgres',
    db: drizzlePostgres({ client: pool, schema }) as unknown as Db,
    sql,
    async listen(channel, onPayload, onResumed) {
      const stop = await listenOnPostgres(url, channel, onPayload, onResumed);
      const tracked = async () => {
        listeners.delete(tracked);
        await stop();
      };
      listeners.add(tracked);
      return tracked;
    },
    async close() {
      // A forgotten listener would keep its connection (and the process) alive.
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

const LISTEN_RETRY_FIRST_MS = 100;
const LISTEN_RETRY_MAX_MS = 5_000;

/**
 * LISTEN on a connection of its own that comes back by itself: a helpline console must not go
 * deaf for the rest of the day because PostgreSQL restarted or a network link blinked.
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onResumed: (() => void) | undefined,
): Promise<() => Promise<void>> {
  // LISTEN takes an identifier, not a parameter: only plain names are accepted.
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  let current: pg.Client | undefined;
  let stopped = false;
  let retryMs = LISTEN_RETRY_FIRST_MS;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url, keepAlive: true });
    // Errors are followed by 'end', which is where reconnection starts.
    client.on('error', () => undefined);
    client.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    client.on('end', () => {
      if (current !== client) return;
      current = undefined;
      reconnectLater();
    });
    current = client;
    retryMs = LISTEN_RETRY_FIRST_MS;
  };
  const reconnect = async (): Promise<void> => {
    try {
      await connect();
    } catch {
      retryMs = Math.min(retryMs * 2, LISTEN_RETRY_MAX_MS);
      reconnectLater();
      return;
    }
    if (!stopped) {
      onResumed?.();
      return;
    }
    // Stopped while reconnecting: this connection must not outlive the listener.
    const client = current;
    current = undefined;
    await client?.end().catch(() => undefined);
  };
  function reconnectLater(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      void reconnect();
    }, retryMs);
    timer.unref();
  }

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    const client = current;
    current = undefined;
    await client?.end();
  };
}
