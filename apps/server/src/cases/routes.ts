import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { CaseworkOptions } from './options.ts';
import { registerCaseFileRoutes } from './routes-file.ts';
import { registerCaseRecordRoutes } from './routes-records.ts';
import { registerCaseSearchRoutes } from './routes-search.ts';

/** A case file: read, timeline, incidents, risk, consents, safety plan, follow-ups, status. */
export const caseRoutes: FastifyPluginCallbackZod<CaseworkOptions> = (app, options, done) => {
  registerCaseSearchRoutes(app, options);
  registerCaseFileRoutes(app, options);
  registerCaseRecordRoutes(app, options);
  done();
};
