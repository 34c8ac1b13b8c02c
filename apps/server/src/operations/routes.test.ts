import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createLogger } from '../platform/logger.ts';
import { buildTestApp, testKeyring } from '../testing/app.ts';
import { createTestDatabase, describeEachEngine, TEST_ENGINES } from '../testing/database.ts';
import { readMigrations } from '../db/migrate.ts';

describeEachEngine('operations endpoints', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('GET /health says ok', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready says ready when the database answers and is migrated', async () => {
    const response = await app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      database: 'reachable',
      engine: database().engine,
      pendingMigrations: 0,
    });
  });
});

for (const engine of TEST_ENGINES) {
  describe(`GET /ready when not ready [${engine}]`, () => {
    it('answers 503 while migrations are pending', async () => {
      const database = await createTestDatabase(engine, { migrate: false });
      const app = await buildApp({
        database,
        migrations: readMigrations(),
        logger: createLogger('silent'),
        webRoot: undefined,
        keyring: testKeyring(),
      });
      try {
        const response = await app.inject({ method: 'GET', url: '/ready' });
        expect(response.statusCode).toBe(503);
        expect(response.json()).toMatchObject({
          status: 'not_ready',
          database: 'reachable',
          pendingMigrations: readMigrations().length,
        });
      } finally {
        await app.close();
        await database.destroy();
      }
    });

    it('answers 503 when the database is gone', async () => {
      const database = await createTestDatabase(engine);
      const app = await buildApp({
        database,
        migrations: readMigrations(),
        logger: createLogger('silent'),
        webRoot: undefined,
        keyring: testKeyring(),
      });
      try {
        await database.close();
        const response = await app.inject({ method: 'GET', url: '/ready' });
        expect(response.statusCode).toBe(503);
        expect(response.json()).toMatchObject({ status: 'not_ready', database: 'unreachable' });
      } finally {
        await app.close();
        await database.destroy().catch(() => undefined);
      }
    });
  });
}
