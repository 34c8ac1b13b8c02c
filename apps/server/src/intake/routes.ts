import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import type { RateLimits } from '../http/security.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { idempotent } from './idempotency.ts';
import {
  idempotencyHeadersSchema,
  PUBLIC_BODY_LIMIT,
  reportBodySchema,
  reportCreatedSchema,
  supportBodySchema,
  supportCreatedSchema,
} from './schemas.ts';
import { submitReport } from './submit-report.ts';
import { DEFAULT_QUEUE_DEADLINES, type QueueDeadlines } from '../queue/deadlines.ts';
import { submitSupportRequest } from './submit-support.ts';

export interface PublicRouteOptions {
  readonly db: Db;
  readonly keyring: Keyring;
  /** The general limits; the public routes' per-address limits are derived from them. */
  readonly rateLimits: RateLimits;
  /** The helpline's clocks: an emergency arms its unclaimed timer with them. */
  readonly deadlines?: QueueDeadlines;
}

/**
 * Submissions allowed per address per minute: a tenth of a minute's general allowance (60 with
 * the default 600). Generous on purpose: many women share one carrier-grade NAT address, and a
 * refused report is worse than a spam case a listener closes; idempotent retries count too.
 */
export const submissionsPerMinute = (perAddress: number): number =>
  Math.max(1, Math.floor(perAddress / 10));

const tags = ['survivor'];

/**
 * The survivor app's two submissions, without an account or a session: a violence report (or
 * the urgent button) and a jobs-and-training request. Each answers with a tracking code and a
 * secret she keeps to follow up; a retry with the same Idempotency-Key gets the same answer.
 */
export const intakeRoutes: FastifyPluginCallbackZod<PublicRouteOptions> = (app, deps, done) => {
  const config = {
    access: 'public' as const,
    rateLimit: { max: submissionsPerMinute(deps.rateLimits.perAddress), timeWindow: '1 minute' },
  };

  app.post(
    '/public/reports',
    {
      config,
      bodyLimit: PUBLIC_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Report violence, or press the urgent button',
        headers: idempotencyHeadersSchema,
        body: reportBodySchema,
        response: { 201: reportCreatedSchema },
      },
    },
    async (request, reply) => {
      const created = await idempotent(
        deps.db,
        deps.keyring,
        { route: 'reports', key: request.headers['idempotency-key'], body: request.body },
        reportCreatedSchema,
        (tx) =>
          submitReport(tx, deps.keyring, request.body, request.id, {
            urgentClaimMs: (deps.deadlines ?? DEFAULT_QUEUE_DEADLINES).urgentClaimMs,
          }),
      );
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/public/support-requests',
    {
      config,
      bodyLimit: PUBLIC_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Ask for help towards a job, training or an income',
        headers: idempotencyHeadersSchema,
        body: supportBodySchema,
        response: { 201: supportCreatedSchema },
      },
    },
    async (request, reply) => {
      const created = await idempotent(
        deps.db,
        deps.keyring,
        { route: 'support-requests', key: request.headers['idempotency-key'], body: request.body },
        supportCreatedSchema,
        (tx) => submitSupportRequest(tx, deps.keyring, request.body, request.id),
      );
      return reply.code(201).send(created);
    },
  );
  done();
};
