import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { importViewFor, startInstitutionImport } from './import-start.ts';
import { importBodySchema, importIdParamsSchema, importResponseSchema } from './import-schemas.ts';

/** A directory file may be large; every other route keeps the 64 KiB default. */
export const IMPORT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

const tags = ['administration'];

/**
 * The directory's CSV import, for administrators. Registered as its own plugin so the CSV body
 * parser exists for these routes only.
 */
export const institutionImportRoutes: FastifyPluginCallbackZod<{ db: Db }> = (
  app,
  { db },
  done,
) => {
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT_BYTES },
    (_request, body, parsed) => {
      parsed(null, body);
    },
  );

  app.post(
    '/admin/institutions/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        tags,
        summary: 'Import institutions from a CSV file',
        description:
          'Checks every row, then writes the good ones in the background (`directory.import` ' +
          'job); a row whose `code` exists updates that institution. Follow the progress with ' +
          '`GET /admin/institutions/imports/{id}`.',
        consumes: ['text/csv'],
        body: importBodySchema,
        response: { 202: importResponseSchema },
      },
      preValidation: (request, _reply, next) => {
        // JSON or a form would fail as "body must be a string": say what is expected instead.
        next(typeof request.body === 'string' ? undefined : new AppError('unsupported_media_type'));
      },
    },
    async (request, reply) => {
      const actor = request.authorize('institution.import');
      const id = await startInstitutionImport(db, actor, request.body);
      const view = await importViewFor(db, actor, id, { withErrors: true });
      if (!view) throw notFound();
      return reply.code(202).send({ import: view });
    },
  );

  app.get(
    '/admin/institutions/imports/:id',
    {
      schema: {
        tags,
        summary: 'Progress of one of my imports; its refused rows once it has finished',
        params: importIdParamsSchema,
        response: { 200: importResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('institution.import');
      const view = await importViewFor(db, actor, request.params.id);
      if (!view) throw notFound();
      return { import: view };
    },
  );
  done();
};
