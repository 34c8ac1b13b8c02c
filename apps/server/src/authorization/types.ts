import type { Action, Actor } from '@sanad/core';

/**
 * What access control adds to every request. `config.access: 'public'` marks a route that
 * answers without a session (health, territory, sign-in, the survivor's own routes); every other
 * route needs a signed-in staff member AND an explicit authorization decision, or it answers 403.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    access?: 'public';
  }
  interface FastifyRequest {
    /** The signed-in staff member, or null. */
    actor: Actor | null;
    /** The session cookie's token, when a live full session was presented. */
    sessionToken: string | null;
    /** True once the handler asked for (and got) an authorization decision. */
    authorizationDecided: boolean;
    /** Role check: 403 `forbidden` unless the actor's role grants the action. */
    authorize(action: Action): Actor;
    /**
     * Record check, after `authorize`: a record the actor may not see answers 404 — its
     * existence is not revealed.
     */
    authorizeRecord(allowed: boolean): void;
  }
}

export {};
