import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { changeOwnPassword, signOut } from './account.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './cookies.ts';
import { presentMe } from './me.ts';
import {
  loginBodySchema,
  loginResponseSchema,
  logoutBodySchema,
  meSchema,
  passwordBodySchema,
  totpBodySchema,
  totpResponseSchema,
} from './schemas.ts';
import { completeSecondFactor } from './second-factor.ts';
import { csrfMatches, csrfTokenFor } from './sessions.ts';
import { signIn, type SignInDeps } from './sign-in.ts';

const tags = ['auth'];

/**
 * Staff sign-in: password, then second factor (TOTP or a recovery code), then a full session in
 * an HttpOnly, Secure, SameSite=Strict cookie. `login` and `totp` are public (there is no full
 * session yet); `totp` checks its pending session's CSRF token itself.
 */
export const authRoutes: FastifyPluginCallbackZod<SignInDeps & { signInPerAddress: number }> = (
  app,
  deps,
  done,
) => {
  const signInLimit = { max: deps.signInPerAddress, timeWindow: '1 minute' };
  app.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Sign in, step 1: e-mail and password',
        body: loginBodySchema,
        response: { 200: loginResponseSchema },
      },
    },
    async (request, reply) => {
      const outcome = await signIn(deps, request.body, request.id);
      setSessionCookie(reply, outcome.token, true);
      const csrfToken = csrfTokenFor(outcome.token);
      return outcome.next === 'totp'
        ? { next: 'totp' as const, csrfToken }
        : { next: 'enrol_totp' as const, csrfToken, enrolment: outcome.enrolment };
    },
  );

  app.post(
    '/auth/totp',
    {
      config: { access: 'public', rateLimit: signInLimit },
      schema: {
        tags,
        summary: 'Sign in, step 2: the second factor (or enrol it)',
        body: totpBodySchema,
        response: { 200: totpResponseSchema },
      },
    },
    async (request, reply) => {
      const pending = request.cookies[SESSION_COOKIE];
      if (pending === undefined || pending === '') throw new AppError('unauthenticated');
      const presented = request.headers['x-csrf-token'];
      if (!csrfMatches(pending, typeof presented === 'string' ? presented : undefined)) {
        throw new AppError('csrf_failed');
      }
      const signedIn = await completeSecondFactor(deps, pending, request.body, request.id);
      setSessionCookie(reply, signedIn.token, false);
      const me = await presentMe(deps.db, signedIn.userId, signedIn.token);
      return { me, ...(signedIn.recoveryCodes ? { recoveryCodes: signedIn.recoveryCodes } : {}) };
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags, summary: 'The signed-in staff member', response: { 200: meSchema } } },
    async (request, reply) => {
      const actor = request.authorize('account.read');
      void reply.header('cache-control', 'no-store');
      return presentMe(deps.db, actor.id, request.sessionToken ?? '');
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: 'Sign out (here, or everywhere)',
        body: logoutBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('account.read');
      await signOut(
        deps.db,
        actor,
        request.sessionToken ?? '',
        request.body?.everywhere === true,
        request.id,
      );
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Change my password',
        body: passwordBodySchema,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const actor = request.authorize('account.change_password');
      const token = await changeOwnPassword(deps.db, actor, request.body, request.id);
      setSessionCookie(reply, token, false);
      return presentMe(deps.db, actor.id, token);
    },
  );
  done();
};
