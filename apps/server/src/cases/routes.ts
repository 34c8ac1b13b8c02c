import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { CaseworkOptions } from './options.ts';

/** A case file: read, timeline, incidents, risk, consents, safety plan, follow-ups, status. */
export const caseRoutes: FastifyPluginCallbackZod<CaseworkOptions> = (_app, _options, done) => {
  done();
};
