import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { CaseworkOptions } from '../cases/options.ts';

/** Call logging and a number's earlier contacts. */
export const callRoutes: FastifyPluginCallbackZod<CaseworkOptions> = (_app, _options, done) => {
  done();
};
