import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { acceptedEncoding } from '../http/web-apps.ts';
import { replaceEmergencyNumbers } from './commands.ts';
import { listEmergencyNumbers } from './queries.ts';
import {
  emergencyNumberListSchema,
  replaceEmergencyNumbersBodySchema,
  type EmergencyNumberList,
} from './schemas.ts';

/**
 * How long a phone may reuse the list without asking again. Short: a corrected number must
 * reach phones the same day; the ETag makes asking again cost a 304 of a few bytes.
 */
export const EMERGENCY_NUMBERS_MAX_AGE_SECONDS = 300;

/** A strong validator of the exact bytes sent. */
export const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

const compress = (body: string) => ({
  br: brotliCompressSync(body),
  gzip: gzipSync(body),
});

/** True when `If-None-Match` lists this ETag (or `*`). */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim();
    return value === '*' || value === etag;
  });
}

/**
 * The emergency numbers on the survivor app's home screen: a public read (no session: she has
 * no account), and the administrators' read and edit. The list is four rows, read on each request: no
 * cache to invalidate across nodes after an edit.
 */
export const emergencyNumberRoutes: FastifyPluginCallbackZod<{ db: Db }> = (app, { db }, done) => {
  let compressed: { etag: string; br: Buffer; gzip: Buffer } | undefined;

  app.get(
    '/public/emergency-numbers',
    {
      config: { access: 'public' },
      schema: {
        tags: ['survivor'],
        summary: 'The emergency numbers to show, in display order',
        response: {
          200: emergencyNumberListSchema,
          304: z.null().meta({ description: 'Not modified: the ETag matched' }),
        },
      },
    },
    async (request, reply) => {
      const list = emergencyNumberListSchema.parse(await listEmergencyNumbers(db));
      const body = JSON.stringify(list);
      const etag = etagOf(body);
      void reply
        .header('cache-control', `public, max-age=${String(EMERGENCY_NUMBERS_MAX_AGE_SECONDS)}`)
        .header('etag', etag)
        .header('vary', 'accept-encoding');
      if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
      // Every phone asks for this on a slow link: compressed (a third of the bytes), once per
      // version of the list. Validated above: the bytes sent are exactly the text hashed.
      const encoding = acceptedEncoding(request.headers['accept-encoding']);
      if (encoding === 'identity') return reply.serializer(() => body).send(list);
      if (compressed?.etag !== etag) compressed = { etag, ...compress(body) };
      // A Buffer is sent as it is (no serialiser): the route's typed reply does not know that.
      const bytes = compressed[encoding] as unknown as EmergencyNumberList;
      return reply
        .header('content-encoding', encoding)
        .type('application/json; charset=utf-8')
        .send(bytes);
    },
  );

  app.get(
    '/admin/emergency-numbers',
    {
      schema: {
        tags: ['administration'],
        summary: 'The emergency numbers, uncached, for editing',
        response: { 200: emergencyNumberListSchema },
      },
    },
    async (request): Promise<EmergencyNumberList> => {
      // The editor must see what is stored now, not a copy a browser kept for five minutes.
      request.authorize('emergency_number.update');
      return listEmergencyNumbers(db);
    },
  );

  app.put(
    '/admin/emergency-numbers',
    {
      schema: {
        tags: ['administration'],
        summary: 'Replace the emergency numbers (the whole list, in display order)',
        body: replaceEmergencyNumbersBodySchema,
        response: { 200: emergencyNumberListSchema },
      },
    },
    async (request): Promise<EmergencyNumberList> => {
      const actor = request.authorize('emergency_number.update');
      return replaceEmergencyNumbers(db, actor, request.body, request.id);
    },
  );
  done();
};
