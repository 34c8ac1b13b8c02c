import { createHash } from 'node:crypto';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { listRegions } from './queries.ts';
import { regionsResponseSchema, type RegionsResponse } from './schemas.ts';

interface Prepared {
  regions: RegionsResponse;
  body: string;
  etag: string;
}

/**
 * Public reference data: no survivor data here, so no session is needed. The territory only
 * changes with a release (it is synced from `@sanad/core` at start), so the response is read,
 * validated and serialised once — on first use, so the app can be built before the database is
 * ready — and then revalidated by ETag: the survivor app asks for it on every province picker
 * over slow links. (Measured with `npm run bench`: rebuilt on every request it managed ~350
 * req/s at p50 ~25 ms, slower than a request that writes a row.)
 */
export const territoryRoutes: FastifyPluginCallbackZod<{ db: Db }> = (app, { db }, done) => {
  let prepared: Promise<Prepared> | undefined;
  const prepare = async (): Promise<Prepared> => {
    const regions = regionsResponseSchema.parse(await listRegions(db));
    const body = JSON.stringify(regions);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    return { regions, body, etag };
  };

  app.get(
    '/territory/regions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['territory'],
        summary: "Morocco's 12 regions with their 75 prefectures and provinces",
        response: {
          200: regionsResponseSchema,
          304: z.null().meta({ description: 'Not modified: the ETag matched' }),
        },
      },
    },
    async (request, reply) => {
      prepared ??= prepare().catch((error: unknown) => {
        prepared = undefined; // try again on the next request
        throw error;
      });
      const { regions, body, etag } = await prepared;
      void reply.header('cache-control', 'public, max-age=3600').header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      // Validated and serialised once: the cached text is sent as is.
      return reply.serializer(() => body).send(regions);
    },
  );
  done();
};
