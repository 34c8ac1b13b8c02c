import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { auditRoutes } from './audit/routes.ts';
import { installAccessControl, type RouteEntry } from './authorization/access-control.ts';
import type { Database } from './db/database.ts';
import type { Migration } from './db/migrate.ts';
import { registerOpenApi } from './http/openapi.ts';
import { DEFAULT_RATE_LIMITS, registerSecurity, type RateLimits } from './http/security.ts';
import { authRoutes } from './identity/routes.ts';
import { institutionRoutes } from './institutions/routes.ts';
import { opportunityRoutes } from './opportunities/routes.ts';
import { intakeRoutes } from './intake/routes.ts';
import { followRoutes } from './messages/routes.ts';
import { staffRoutes } from './staff/routes.ts';
import { staffSecretsFrom } from './identity/staff-secrets.ts';
import { registerWebApps, type Disguise } from './http/web-apps.ts';
import { operationsRoutes } from './operations/routes.ts';
import type { Logger } from 'pino';
import type { Keyring } from './platform/crypto/keyring.ts';
import { installErrorHandling, sendError } from './platform/error-handler.ts';
import { derivedKey } from './platform/master-key.ts';
import { territoryRoutes } from './territory/routes.ts';
import { callRoutes } from './calls/routes.ts';
import { caseRoutes } from './cases/routes.ts';
import { emergencyNumberRoutes } from './emergency-numbers/routes.ts';
import { liveRoutes } from './live/routes.ts';
import type { LiveTimings } from './live/stream.ts';
import { DEFAULT_QUEUE_DEADLINES, type QueueDeadlines } from './queue/deadlines.ts';
import { queueRoutes } from './queue/routes.ts';
import { DEFAULT_REFERRAL_CLOCK, type ReferralClock } from './referrals/clock.ts';
import { referralRoutes } from './referrals/routes.ts';
import { pathwayPublicRoutes } from './pathway/public-routes.ts';
import { pathwayRoutes } from './pathway/routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with whether it is public: read by the route-walk test. */
    routeTable: readonly RouteEntry[];
  }
}

export interface AppDependencies {
  readonly database: Database;
  readonly migrations: readonly Migration[];
  readonly logger: Logger;
  readonly keyring: Keyring;
  /** Defaults to production limits; tests raise them so one test's requests do not throttle another's. */
  readonly rateLimits?: RateLimits;
  /** Fastify's `trustProxy`: which proxies may report the client's address. */
  readonly trustProxy?: string | false;
  /** The survivor app's disguise for this deployment, if any. */
  readonly disguise?: Disguise;
  /** Folder holding `survivor/dist` and `console/dist`; `undefined` serves no web app. */
  readonly webRoot: string | undefined;
  /** The helpline's clocks (`SANAD_URGENT_CLAIM_SECONDS`); defaults to the production ones. */
  readonly deadlines?: QueueDeadlines;
  /** Referral deadlines (`SANAD_REFERRAL_DEADLINES`); defaults to the table. */
  readonly referralClock?: ReferralClock;
  /** Heartbeat and presence periods of the live stream; tests shorten them. */
  readonly liveTimings?: LiveTimings;
}

/** Default request body limit: survivor reports are small; uploads get their own routes. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Assembles the HTTP application from its parts. No listening, no process signals: the caller
 * (the `serve` command, a test, the benchmark) decides those.
 */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  // Typed as Fastify's base logger so plugins see the same instance type everywhere.
  const logger: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance: logger,
    genReqId: () => randomUUID(),
    bodyLimit: BODY_LIMIT_BYTES,
    // Closing: stop accepting, let in-flight requests finish (see the serve command).
    return503OnClosing: true,
    trustProxy: deps.trustProxy ?? false,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false } },
    // The router's own refusals (a path too long, a malformed escape) get the one envelope too,
    // never Fastify's raw body, which echoes the path — and a path can hold a tracking code.
    frameworkErrors: (_error, request, reply) => {
      void sendError(request, reply, 'malformed_request');
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  const rateLimits = deps.rateLimits ?? DEFAULT_RATE_LIMITS;
  await registerSecurity(app, rateLimits);
  const routes = installAccessControl(app, deps.database.db);
  app.decorate('routeTable', routes);
  const deadlines = deps.deadlines ?? DEFAULT_QUEUE_DEADLINES;

  const db = deps.database.db;
  await registerOpenApi(app);
  await app.register(operationsRoutes, { database: deps.database, migrations: deps.migrations });
  await app.register(territoryRoutes, { prefix: '/api/v1', db });
  await app.register(authRoutes, {
    prefix: '/api/v1',
    db,
    secrets: staffSecretsFrom(deps.keyring),
    throttleSecret: derivedKey(deps.keyring.current, 'sign-in-throttle'),
    signInPerAddress: rateLimits.signInPerAddress,
  });
  await app.register(staffRoutes, { prefix: '/api/v1', db });
  await app.register(institutionRoutes, { prefix: '/api/v1', db });
  await app.register(opportunityRoutes, { prefix: '/api/v1', db });
  await app.register(auditRoutes, { prefix: '/api/v1', db });
  // `deadlines` travels with the intake options so an emergency's unclaimed timer follows the
  // configured delay once the intake routes read it (they use the default until then).
  const intake = { db, keyring: deps.keyring, rateLimits, deadlines };
  await app.register(intakeRoutes, { prefix: '/api/v1', ...intake });
  await app.register(followRoutes, { prefix: '/api/v1', db, keyring: deps.keyring, rateLimits });
  const casework = { db, keyring: deps.keyring, deadlines };
  await app.register(queueRoutes, { prefix: '/api/v1', ...casework });
  await app.register(caseRoutes, { prefix: '/api/v1', ...casework });
  await app.register(callRoutes, { prefix: '/api/v1', ...casework });
  await app.register(emergencyNumberRoutes, { prefix: '/api/v1', db });
  const referring = {
    db,
    keyring: deps.keyring,
    clock: deps.referralClock ?? DEFAULT_REFERRAL_CLOCK,
  };
  await app.register(referralRoutes, { prefix: '/api/v1', ...referring });
  await app.register(pathwayRoutes, { prefix: '/api/v1', ...referring });
  await app.register(pathwayPublicRoutes, { prefix: '/api/v1', ...referring, rateLimits });
  await app.register(liveRoutes, {
    prefix: '/api/v1',
    database: deps.database,
    ...(deps.liveTimings !== undefined ? { timings: deps.liveTimings } : {}),
  });
  if (deps.webRoot !== undefined) await registerWebApps(app, deps.webRoot, deps.disguise);

  return app;
}
