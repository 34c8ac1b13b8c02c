import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { notFound } from '../platform/errors.ts';
import { createStaffByAdmin, resetStaffPassword, updateStaff } from './commands.ts';
import { getStaffView, listStaff } from './queries.ts';
import {
  createdStaffSchema,
  createStaffBodySchema,
  resetResponseSchema,
  staffIdParamsSchema,
  staffListSchema,
  staffUserResponseSchema,
  updateStaffBodySchema,
} from './schemas.ts';

const tags = ['administration'];

/** Staff accounts, for administrators: list, create, change role/scope/status, reset. */
export const staffRoutes: FastifyPluginCallbackZod<{ db: Db }> = (app, { db }, done) => {
  app.get(
    '/admin/users',
    {
      schema: {
        tags,
        summary: 'Staff accounts within my scope',
        response: { 200: staffListSchema },
      },
    },
    async (request) => ({ users: await listStaff(db, request.authorize('staff.list')) }),
  );

  app.post(
    '/admin/users',
    {
      schema: {
        tags,
        summary: 'Create a staff account',
        body: createStaffBodySchema,
        response: { 201: createdStaffSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('staff.create');
      const created = await createStaffByAdmin(db, actor, request.body, request.id);
      const user = await getStaffView(db, actor, created.id);
      if (!user) throw notFound();
      return reply.code(201).send({ user, temporaryPassword: created.temporaryPassword });
    },
  );

  app.patch(
    '/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a staff account',
        params: staffIdParamsSchema,
        body: updateStaffBodySchema,
        response: { 200: staffUserResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('staff.list');
      await updateStaff(db, actor, request.params.id, request.body, request.id);
      const user = await getStaffView(db, actor, request.params.id);
      if (!user) throw notFound();
      return { user };
    },
  );

  app.post(
    '/admin/users/:id/reset',
    {
      schema: {
        tags,
        summary: 'Reset password and second factor',
        params: staffIdParamsSchema,
        response: { 200: resetResponseSchema },
      },
    },
    async (request) => {
      const actor = request.authorize('staff.reset_password');
      return {
        temporaryPassword: await resetStaffPassword(db, actor, request.params.id, request.id),
      };
    },
  );
  done();
};
