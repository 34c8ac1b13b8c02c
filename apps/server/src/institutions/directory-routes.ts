import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { notFound } from '../platform/errors.ts';
import { updateOwnCapacity } from './capacity.ts';
import { directoryEntryOf, listDirectory } from './directory.ts';
import {
  capacityBodySchema,
  directoryEntryResponseSchema,
  directoryListSchema,
  directoryQuerySchema,
} from './directory-schemas.ts';

const tags = ['directory'];

/** The network's directory, and an institution keeping its own free places current. */
export const directoryRoutes: FastifyPluginCallbackZod<{ db: Db }> = (app, { db }, done) => {
  app.get(
    '/directory/institutions',
    {
      schema: {
        tags,
        summary: 'Active institutions of the network, filtered',
        querystring: directoryQuerySchema,
        response: { 200: directoryListSchema },
      },
    },
    async (request) => {
      request.authorize('directory.read');
      return { institutions: await listDirectory(db, request.query, new Date()) };
    },
  );

  app.get(
    '/institution/capacity',
    {
      schema: {
        tags,
        summary: 'My institution as the directory shows it: its free places, total, last report',
        response: { 200: directoryEntryResponseSchema },
      },
    },
    async (request) => {
      // Those who keep the free places current read them first: the same staff, own only.
      const actor = request.authorize('directory.update_capacity');
      const institution =
        actor.institutionId === null
          ? undefined
          : await directoryEntryOf(db, actor.institutionId, new Date());
      if (!institution) throw notFound();
      return { institution };
    },
  );

  app.put(
    '/institution/capacity',
    {
      schema: {
        tags,
        summary: "My institution's free places, now",
        body: capacityBodySchema,
        response: { 200: directoryEntryResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('directory.update_capacity');
      const id = await updateOwnCapacity(db, actor, request.body.capacityFree, request.id);
      const institution = await directoryEntryOf(db, id, new Date());
      if (!institution) throw notFound();
      return { institution };
    },
  );
  done();
};
