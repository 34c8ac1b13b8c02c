import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { CaseworkOptions } from '../cases/options.ts';
import { logContact } from './log-contact.ts';
import { lookupEarlierContacts } from './lookup.ts';
import {
  contactCreatedSchema,
  createContactBodySchema,
  lookupBodySchema,
  lookupResultSchema,
} from './schemas.ts';

const tags = ['helpline'];

/** Call logging and a number's earlier contacts. */
export const callRoutes: FastifyPluginCallbackZod<CaseworkOptions> = (app, deps, done) => {
  const { db, keyring } = deps;

  app.post(
    '/contacts/lookup',
    {
      schema: {
        tags,
        summary: "A number's earlier contacts (in my territory)",
        body: lookupBodySchema,
        response: { 200: lookupResultSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('contact.read_history');
      const earlier = await lookupEarlierContacts(
        db,
        keyring,
        actor,
        request.body.phone,
        request.id,
      );
      return { earlier };
    },
  );

  app.post(
    '/contacts',
    {
      schema: {
        tags,
        summary: 'Log a call, walk-in or other contact',
        body: createContactBodySchema,
        response: { 201: contactCreatedSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('contact.create');
      // Opening a case is a grant of its own, checked before anything is written.
      if (request.body.openCase !== undefined) request.authorize('case.create');
      const created = await logContact(
        db,
        keyring,
        actor,
        request.body,
        deps.deadlines,
        request.id,
      );
      return reply.code(201).send(created);
    },
  );
  done();
};
