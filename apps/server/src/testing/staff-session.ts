import type { StaffRole } from '@sanad/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Db } from '../db/database.ts';
import { SESSION_COOKIE } from '../identity/cookies.ts';
import { createSession, csrfTokenFor } from '../identity/sessions.ts';
import { buildStaffUser } from './factories.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Requests as one signed-in staff member: the session cookie and CSRF header are attached. */
export interface StaffClient {
  readonly userId: string;
  readonly institutionId: string;
  readonly token: string;
  request(
    method: Method,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/**
 * A staff member with a full session, without going through the sign-in screens (those have
 * their own tests): `as(app, db, 'admin')` in the style of "as(actor).post(…)".
 */
export async function as(
  app: FastifyInstance,
  db: Db,
  role: StaffRole,
  overrides: Parameters<typeof buildStaffUser>[1] = {},
): Promise<StaffClient> {
  const user = await buildStaffUser(db, { role, ...overrides });
  const token = await createSession(db, user.id, 'full', new Date());
  return {
    userId: user.id,
    institutionId: user.institutionId,
    token,
    request: (method, url, payload, headers = {}) =>
      app.inject({
        method,
        url,
        cookies: { [SESSION_COOKIE]: token },
        headers: { 'x-csrf-token': csrfTokenFor(token), ...headers },
        ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
      }),
  };
}

/** The same request with no session at all. */
export function anonymous(app: FastifyInstance, method: Method, url: string, payload?: unknown) {
  return app.inject({
    method,
    url,
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  });
}
