import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { notFound } from '../platform/errors.ts';
import { createInstitution, updateInstitution } from './commands.ts';
import { directoryRoutes } from './directory-routes.ts';
import { institutionImportRoutes } from './import-routes.ts';
import { listInstitutions, unsafeInstitutionView } from './queries.ts';
import {
  createInstitutionBodySchema,
  institutionIdParamsSchema,
  institutionListSchema,
  institutionResponseSchema,
  updateInstitutionBodySchema,
} from './schemas.ts';

const tags = ['administration'];

/**
 * The institution directory: administrators list, create, edit, disable and import; the network
 * reads the directory; an institution reports its free places.
 */
export const institutionRoutes: FastifyPluginCallbackZod<{ db: Db }> = (app, { db }, done) => {
  void app.register(directoryRoutes, { db });
  void app.register(institutionImportRoutes, { db });

  app.get(
    '/admin/institutions',
    {
      schema: {
        tags,
        summary: 'Institutions within my scope',
        response: { 200: institutionListSchema },
      },
    },
    async (request) => ({
      institutions: await listInstitutions(db, request.authorize('institution.list')),
    }),
  );

  app.post(
    '/admin/institutions',
    {
      schema: {
        tags,
        summary: 'Add an institution',
        body: createInstitutionBodySchema,
        response: { 201: institutionResponseSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('institution.create');
      const id = await createInstitution(db, actor, request.body, request.id);
      const institution = await unsafeInstitutionView(db, actor, id);
      if (!institution) throw notFound();
      return reply.code(201).send({ institution });
    },
  );

  app.patch(
    '/admin/institutions/:id',
    {
      schema: {
        tags,
        summary: 'Change an institution',
        params: institutionIdParamsSchema,
        body: updateInstitutionBodySchema,
        response: { 200: institutionResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('institution.update');
      await updateInstitution(db, actor, request.params.id, request.body, request.id);
      const institution = await unsafeInstitutionView(db, actor, request.params.id);
      if (!institution) throw notFound();
      return { institution };
    },
  );
  done();
};
