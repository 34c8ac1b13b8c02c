import type { Action, Actor } from '@sanad/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../errors.ts';
import { csvBodySchema, importIdParamsSchema, type importViewSchema } from './schemas.ts';
import type { ImportView } from './schemas.ts';

/** An import file may be large; every other route keeps the 64 KiB default. */
export const IMPORT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export interface CsvImportRoutesSpec {
  /** `POST <path>` takes a file, `GET <path>/:id` follows it. */
  readonly path: string;
  /** Who may import (the role grant; the rows are then checked against the uploader). */
  readonly action: Action;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description: string;
  /** The columns, for the body's documentation. */
  readonly columns: string;
  readonly view: ReturnType<typeof importViewSchema>;
  readonly start: (db: Db, actor: Actor, text: string) => Promise<string>;
  readonly find: (
    db: Db,
    actor: Actor,
    id: string,
    options?: { withErrors?: boolean },
  ) => Promise<ImportView | undefined>;
}

/**
 * A catalogue's CSV import routes: the upload (checked at once, written by a job: 202) and its
 * progress. Registered as a plugin of its own so the CSV body parser exists for these routes
 * only.
 */
export function csvImportRoutes(spec: CsvImportRoutesSpec): FastifyPluginCallbackZod<{ db: Db }> {
  const response = z.object({ import: spec.view });
  const tags = [...spec.tags];
  return (app, { db }, done) => {
    app.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT_BYTES },
      (_request, body, parsed) => {
        parsed(null, body);
      },
    );

    app.post(
      spec.path,
      {
        bodyLimit: IMPORT_BODY_LIMIT_BYTES,
        schema: {
          tags,
          summary: spec.summary,
          description: spec.description,
          consumes: ['text/csv'],
          body: csvBodySchema(spec.columns),
          response: { 202: response },
        },
        preValidation: (request, _reply, next) => {
          // JSON or a form would fail as "body must be a string": say what is expected instead.
          next(
            typeof request.body === 'string' ? undefined : new AppError('unsupported_media_type'),
          );
        },
      },
      async (request, reply) => {
        const actor = request.authorize(spec.action);
        const id = await spec.start(db, actor, request.body);
        const view = await spec.find(db, actor, id, { withErrors: true });
        if (!view) throw notFound();
        return reply.code(202).send({ import: view });
      },
    );

    app.get(
      `${spec.path}/:id`,
      {
        schema: {
          tags,
          summary: 'Progress of one of my imports; its refused rows once it has finished',
          params: importIdParamsSchema,
          response: { 200: response },
        },
      },
      async (request) => {
        const actor = request.authorize(spec.action);
        const view = await spec.find(db, actor, request.params.id);
        if (!view) throw notFound();
        return { import: view };
      },
    );
    done();
  };
}
