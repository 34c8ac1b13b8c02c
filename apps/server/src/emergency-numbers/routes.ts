import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';

/** The emergency numbers on the survivor app's home screen: public read, admin edit. */
export const emergencyNumberRoutes: FastifyPluginCallbackZod<{ db: Db }> = (
  _app,
  _options,
  done,
) => {
  done();
};
