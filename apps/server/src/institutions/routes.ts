import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { notFound } from '../platform/errors.ts';
import { createInstitution, updateInstitution } from './commands.ts';
import { listInstitutions, unsafeInstitutionView } from './queries.ts';
import {
  createInstitutionBodySchema,
  institutionIdParamsSchema,
  institutionListSchema,
  institutionResponseSchema,
  updateInstitutionBodySchema,
} from './schemas.ts';

const tags = ['administration'];

/** The institution directory, for administrators: list, create, edit, disable. */
export const institutionRoutes: FastifyPluginCallbackZod<{ db: Db }> = (app, { db }, done) => {
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
