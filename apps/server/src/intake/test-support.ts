import type { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { LIVE_CHANNEL } from '../platform/events/publish.ts';
import type { TestDatabase } from '../testing/database.ts';

/** A fresh Idempotency-Key, as the app makes one per submission. */
export const newKey = (): string => randomBytes(18).toString('base64url');

/** POSTs a public submission with an Idempotency-Key (fresh unless given). */
export function submit(
  app: FastifyInstance,
  path: 'reports' | 'support-requests',
  payload: unknown,
  key: string = newKey(),
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/public/${path}`,
    headers: { 'idempotency-key': key },
    payload: payload as Record<string, unknown>,
  });
}

export const CONSENTS = { care: true, sharing: false, statistics: true, location: false };

/**
 * Listens on the live-event channel for real, on either engine: PGlite through its own `listen` (the
 * Drizzle instance keeps its client as `$client`; the Database type does not expose it, and
 * only tests need it), PostgreSQL through a second connection to the same database. Returns
 * the payloads (live event ids) received so far and a way to stop.
 */
export async function listenForAlerts(database: TestDatabase) {
  const received: string[] = [];
  if (database.engine === 'pglite') {
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const stop = await client.listen(LIVE_CHANNEL, (payload) => received.push(payload));
    return { received, stop };
  }
  const [row] = await database.sql.query<{ name: string }>('SELECT current_database() AS name');
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${row?.name ?? ''}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  client.on('notification', (message) => received.push(message.payload ?? ''));
  await client.query(`LISTEN ${LIVE_CHANNEL}`);
  return { received, stop: () => client.end() };
}

/** Waits until `check` holds (notifications arrive asynchronously), at most about a second. */
export async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !check(); i += 1) await new Promise((r) => setTimeout(r, 20));
}
