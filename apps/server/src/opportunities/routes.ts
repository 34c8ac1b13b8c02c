import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { notFound } from '../platform/errors.ts';
import { closeOpportunity, createOpportunity, updateOpportunity } from './commands.ts';
import { opportunityImportRoutes } from './import.ts';
import { listOpportunities, opportunityViewFor } from './queries.ts';
import {
  closeOpportunityBodySchema,
  createOpportunityBodySchema,
  opportunityIdParamsSchema,
  opportunityListQuerySchema,
  opportunityListSchema,
  opportunityResponseSchema,
  updateOpportunityBodySchema,
} from './schemas.ts';

const tags = ['opportunities'];

/**
 * The catalogue of jobs, trainings and programmes (issue #7): the network reads the running
 * offers; admins and a provider's own staff create, edit, close and import them.
 */
export const opportunityRoutes: FastifyPluginCallbackZod<{ db: Db }> = (app, { db }, done) => {
  void app.register(opportunityImportRoutes, { db });

  /** The offer as the viewer reads it now, after a change they were allowed to make. */
  const present = async (actor: Parameters<typeof opportunityViewFor>[1], id: string) => {
    const opportunity = await opportunityViewFor(db, actor, id, new Date());
    if (!opportunity) throw notFound();
    return { opportunity };
  };

  app.get(
    '/opportunities',
    {
      schema: {
        tags,
        summary: 'The catalogue, filtered and paged',
        description:
          'Defaults to the open offers. A province filter keeps the offers listing it, those ' +
          'held region-wide in its region, and remote ones; a region filter those held in it ' +
          'and remote ones. A provider reads the others’ running offers, and all of its own.',
        querystring: opportunityListQuerySchema,
        response: { 200: opportunityListSchema },
      },
    },
    async (request) =>
      listOpportunities(db, request.authorize('opportunity.read'), request.query, new Date()),
  );

  app.get(
    '/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'One opportunity',
        params: opportunityIdParamsSchema,
        response: { 200: opportunityResponseSchema },
      },
    },
    async (request) => present(request.authorize('opportunity.read'), request.params.id),
  );

  app.post(
    '/opportunities',
    {
      schema: {
        tags,
        summary: 'Add an opportunity',
        description:
          "A provider's staff add to their own institution's catalogue (`providerId` left out, " +
          'or their own; another institution is refused as `invalid_choice`); an admin names ' +
          'the provider.',
        body: createOpportunityBodySchema,
        response: { 201: opportunityResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('opportunity.manage');
      const id = await createOpportunity(db, actor, request.body, request.id);
      return reply.code(201).send(await present(actor, id));
    },
  );

  app.put(
    '/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'Change an opportunity',
        description:
          'Every field again, with the version read (409 `stale_version` with the current ' +
          'one). A new total of places moves the places left by the difference, never below 0.',
        params: opportunityIdParamsSchema,
        body: updateOpportunityBodySchema,
        response: { 200: opportunityResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('opportunity.manage');
      await updateOpportunity(db, actor, request.params.id, request.body, request.id);
      return present(actor, request.params.id);
    },
  );

  app.post(
    '/opportunities/:id/close',
    {
      schema: {
        tags,
        summary: 'Close an opportunity before its time',
        params: opportunityIdParamsSchema,
        body: closeOpportunityBodySchema,
        response: { 200: opportunityResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('opportunity.manage');
      await closeOpportunity(db, actor, request.params.id, request.body, request.id);
      return present(actor, request.params.id);
    },
  );
  done();
};
