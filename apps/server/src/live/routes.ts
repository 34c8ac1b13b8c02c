import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { createLiveHub } from '../platform/events/hub.ts';
import { DEFAULT_LIVE_TIMINGS, openLiveStream, type LiveTimings } from './stream.ts';

export interface LiveRouteOptions {
  readonly database: Database;
  /** Tests shorten the heartbeat to see a session end without waiting 15 s. */
  readonly timings?: LiveTimings;
}

const eventId = z
  .string()
  .regex(/^\d{1,15}$/, 'an event id')
  .transform(Number);

const headersSchema = z.object({ 'last-event-id': eventId.optional() });
const querySchema = z.strictObject({
  lastEventId: eventId.optional().describe('For EventSource polyfills that cannot set headers'),
});

/**
 * The console's live stream (Server-Sent Events). One hub per app listens to the database and
 * feeds every open stream; closing the app ends the streams first, so shutdown does not wait
 * for consoles that would otherwise stay connected all day.
 */
export const liveRoutes: FastifyPluginCallbackZod<LiveRouteOptions> = (app, options, done) => {
  const hub = createLiveHub(options.database, app.log);
  const timings = options.timings ?? DEFAULT_LIVE_TIMINGS;
  const open = new Set<PassThrough>();

  app.addHook('preClose', (done) => {
    for (const stream of open) stream.end();
    done();
  });
  app.addHook('onClose', async () => {
    await hub.close();
  });

  app.get(
    '/console/events',
    {
      schema: {
        tags: ['helpline'],
        summary: 'Live events for the console (text/event-stream)',
        description:
          'Server-Sent Events: `id: <n>`, `event: <kind>`, `data: { id, kind, caseId, at, ' +
          'payload }`. With `Last-Event-ID` (or `?lastEventId=`), the events after it that the ' +
          'caller may see (at most 24 h old) are replayed first; then `event: ready` with ' +
          '`data: { lastEventId }`; then live events. A `: ping` comment every 15 s. The ' +
          'stream ends when the session does.',
        headers: headersSchema,
        querystring: querySchema,
      },
    },
    async (request, reply) => {
      const actor = request.authorize('live.listen');
      // Access control puts the token there for every signed-in request it let through.
      const sessionToken = request.sessionToken ?? '';
      const stream = await openLiveStream({
        db: options.database.db,
        hub,
        actor,
        sessionToken,
        lastEventId: request.headers['last-event-id'] ?? request.query.lastEventId,
        timings,
        log: request.log,
      });
      if (!stream.destroyed) {
        open.add(stream);
        stream.once('close', () => open.delete(stream));
      }
      return reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('x-accel-buffering', 'no')
        .send(stream);
    },
  );
  done();
};
