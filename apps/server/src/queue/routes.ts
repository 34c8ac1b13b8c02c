import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { CaseworkOptions } from '../cases/options.ts';

/** The live triage queue: list, claim, release, reassign, supervisor view. */
export const queueRoutes: FastifyPluginCallbackZod<CaseworkOptions> = (_app, _options, done) => {
  done();
};
