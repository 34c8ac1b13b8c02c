import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { PUBLIC_BODY_LIMIT } from '../intake/schemas.ts';
import type { PublicRouteOptions } from '../intake/routes.ts';
import { followThrottleSecret, unlockRequest } from './access.ts';
import { postSurvivorMessage, readRequest } from './commands.ts';
import {
  messageBodySchema,
  messageCreatedSchema,
  requestSecretHeadersSchema,
  requestViewSchema,
  trackingParamsSchema,
} from './schemas.ts';

const tags = ['survivor'];

/**
 * The survivor's follow-up, opened by her tracking code and secret (no account, no session):
 * see where her request stands, read and write messages. A wrong code and a wrong secret get
 * the same 404; repeated failures lock the code and the address (429 with Retry-After). The
 * general per-address rate limit applies on top.
 */
export const followRoutes: FastifyPluginCallbackZod<PublicRouteOptions> = (app, deps, done) => {
  const throttleSecret = followThrottleSecret(deps.keyring);
  const config = {
    access: 'public' as const,
    rateLimit: {
      max: Math.max(1, Math.floor(deps.rateLimits.perAddress / 5)),
      timeWindow: '1 minute',
    },
  };

  app.get(
    '/public/requests/:trackingCode',
    {
      config,
      schema: {
        tags,
        summary: 'Where my request stands, and its messages',
        params: trackingParamsSchema,
        headers: requestSecretHeadersSchema,
        response: { 200: requestViewSchema },
      },
    },
    async (request) => {
      const caseId = await unlockRequest(deps.db, deps.keyring, throttleSecret, {
        trackingCode: request.params.trackingCode,
        secret: request.headers['x-request-secret'],
        address: request.ip,
      });
      return readRequest(deps.db, deps.keyring, caseId, request.id);
    },
  );

  app.post(
    '/public/requests/:trackingCode/messages',
    {
      config,
      bodyLimit: PUBLIC_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Write to my listener',
        params: trackingParamsSchema,
        headers: requestSecretHeadersSchema,
        body: messageBodySchema,
        response: { 201: messageCreatedSchema },
      },
    },
    async (request, reply) => {
      const caseId = await unlockRequest(deps.db, deps.keyring, throttleSecret, {
        trackingCode: request.params.trackingCode,
        secret: request.headers['x-request-secret'],
        address: request.ip,
      });
      const message = await postSurvivorMessage(
        deps.db,
        deps.keyring,
        caseId,
        request.body.body,
        request.id,
      );
      return reply.code(201).send({ message });
    },
  );
  done();
};
