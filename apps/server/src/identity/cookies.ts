import type { FastifyReply } from 'fastify';
import { ABSOLUTE_TIMEOUT_MS, PENDING_TIMEOUT_MS } from './sessions.ts';

/**
 * `__Host-` prefix: the browser accepts this cookie only over HTTPS (or localhost), for this
 * exact host and path `/` — no subdomain can plant or read it.
 */
export const SESSION_COOKIE = '__Host-sanad-session';

export function setSessionCookie(reply: FastifyReply, token: string, pending: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    maxAge: Math.floor((pending ? PENDING_TIMEOUT_MS : ABSOLUTE_TIMEOUT_MS) / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
  });
}
