import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { pendingMigrations, type Migration } from '../db/migrate.ts';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['reachable', 'unreachable']),
  engine: z.enum(['pglite', 'postgres']),
  pendingMigrations: z.number().int(),
});

/**
 * For operators and load balancers. `/health` says the process is alive; `/ready` says it can
 * serve: the database answers and every migration this build knows is applied.
 */
export const operationsRoutes: FastifyPluginCallbackZod<{
  database: Database;
  migrations: readonly Migration[];
}> = (app, { database, migrations }, done) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], response: { 200: healthSchema } },
      logLevel: 'warn',
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], response: { 200: readySchema, 503: readySchema } },
      logLevel: 'warn',
    },
    async (request, reply) => {
      try {
        const pending = await pendingMigrations(database.sql, migrations);
        const ready = pending.length === 0;
        return await reply.code(ready ? 200 : 503).send({
          status: ready ? 'ready' : 'not_ready',
          database: 'reachable',
          engine: database.engine,
          pendingMigrations: pending.length,
        });
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check: database unreachable');
        return reply.code(503).send({
          status: 'not_ready',
          database: 'unreachable',
          engine: database.engine,
          pendingMigrations: -1,
        });
      }
    },
  );
  done();
};
