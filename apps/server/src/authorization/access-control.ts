import { isGranted, type Action, type Actor } from '@sanad/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { SESSION_COOKIE } from '../identity/cookies.ts';
import { actorOf } from '../identity/actor.ts';
import { csrfMatches, findSignedIn, touchSession } from '../identity/sessions.ts';
import { errorBody } from '../platform/error-handler.ts';
import { AppError } from '../platform/errors.ts';
import './types.ts';

/**
 * Routes registered by plugins we do not write, which cannot carry our route config: the API
 * documentation and the static files of the two web apps. Public by explicit listing here.
 */
const PUBLIC_PREFIXES = ['/api/docs'];
const PUBLIC_STATIC_ROUTES = new Set([
  '/',
  '/index.html',
  '/*',
  '/console',
  '/console/',
  '/console/*',
]);

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** All an account with a temporary password (set by an admin) may do: see itself, change it, leave. */
const WHILE_PASSWORD_IS_TEMPORARY = new Set([
  '/api/v1/auth/me',
  '/api/v1/auth/password',
  '/api/v1/auth/logout',
]);

export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly isPublic: boolean;
}

export function isPublicRoute(route: { url?: string | undefined; config?: unknown }): boolean {
  const config = route.config as { access?: string } | undefined;
  const url = route.url ?? '';
  return (
    config?.access === 'public' ||
    PUBLIC_STATIC_ROUTES.has(url) ||
    PUBLIC_PREFIXES.some((p) => url.startsWith(p))
  );
}

/**
 * Installs deny-by-default access control on the root instance, before any route is added:
 * 1. every route is recorded with whether it is public (the route-walk test reads this table);
 * 2. a session cookie is resolved to an actor; a non-public route without one answers 401;
 * 3. a state-changing request with a session must carry the session's CSRF token (403);
 * 4. a non-public route that answers 2xx/3xx without having made an authorization decision is
 *    replaced by a 403 and logged as a defect — a forgotten check fails closed.
 */
export function installAccessControl(app: FastifyInstance, db: Db): RouteEntry[] {
  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({ method, url: route.url, isPublic: isPublicRoute(route) });
    }
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('authorizationDecided', false);
  app.decorateRequest('authorize', function (this: FastifyRequest, action: Action): Actor {
    const actor = this.actor;
    if (!actor) throw new AppError('unauthenticated');
    if (!isGranted(actor, action)) throw new AppError('forbidden');
    this.authorizationDecided = true;
    return actor;
  });
  app.decorateRequest('authorizeRecord', function (this: FastifyRequest, allowed: boolean): void {
    if (!this.authorizationDecided) throw new Error('authorizeRecord called before authorize');
    if (!allowed) throw new AppError('not_found');
  });

  app.addHook('onRequest', async (request) => {
    // Public routes (static files, survivor API, sign-in) never look at a staff session: no
    // database round trip for every console asset the browser fetches with the cookie.
    if (request.routeOptions.url === undefined || isPublicRoute(request.routeOptions)) return;
    const token = request.cookies[SESSION_COOKIE];
    let mustChangePassword = false;
    if (token !== undefined && token !== '') {
      const now = new Date();
      const signedIn = await findSignedIn(db, token, now);
      if (signedIn && signedIn.user.disabledAt === null) {
        request.actor = actorOf(signedIn.user);
        request.sessionToken = token;
        mustChangePassword = signedIn.user.mustChangePassword;
        await touchSession(db, signedIn.session, now);
      }
    }
    if (!request.actor || request.sessionToken === null) throw new AppError('unauthenticated');
    if (mustChangePassword && !WHILE_PASSWORD_IS_TEMPORARY.has(request.routeOptions.url)) {
      throw new AppError('password_change_required');
    }
    if (UNSAFE_METHODS.has(request.method)) {
      const presented = request.headers['x-csrf-token'];
      if (
        !csrfMatches(request.sessionToken, typeof presented === 'string' ? presented : undefined)
      ) {
        throw new AppError('csrf_failed');
      }
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const route = request.routeOptions;
    if (route.url === undefined || isPublicRoute(route) || request.authorizationDecided) {
      return payload;
    }
    if (reply.statusCode >= 400) return payload;
    request.log.error(
      { route: route.url, method: request.method },
      'route answered without an authorization decision: refused',
    );
    void reply.code(403).type('application/json; charset=utf-8');
    return JSON.stringify(errorBody(request, 'forbidden'));
  });

  return routes;
}
