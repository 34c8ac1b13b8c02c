import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { PUBLIC_BODY_LIMIT } from '../intake/schemas.ts';
import type { PublicRouteOptions } from '../intake/routes.ts';
import { followThrottleSecret, unlockRequest } from '../messages/access.ts';
import { requestSecretHeadersSchema } from '../messages/schemas.ts';
import type { ReferralClock } from '../referrals/clock.ts';
import { answerFromApp } from './interest.ts';
import { interestBodySchema, interestParamsSchema, interestResponseSchema } from './schemas.ts';

/**
 * Her answer, from "follow my request", on an opportunity proposed to her: opened by her tracking
 * code and secret like the rest of her follow-up (same throttle: a wrong code or secret is one
 * 404, repeated failures lock).
 */
export const pathwayPublicRoutes: FastifyPluginCallbackZod<
  PublicRouteOptions & { readonly clock: ReferralClock }
> = (app, deps, done) => {
  const throttleSecret = followThrottleSecret(deps.keyring);
  app.post(
    '/public/requests/:trackingCode/opportunities/:enrolmentId/answer',
    {
      config: {
        access: 'public' as const,
        rateLimit: {
          max: Math.max(1, Math.floor(deps.rateLimits.perAddress / 5)),
          timeWindow: '1 minute',
        },
      },
      bodyLimit: PUBLIC_BODY_LIMIT,
      schema: {
        tags: ['survivor'],
        summary: 'Say yes or no to an opportunity proposed to me (yes may pass my request on)',
        params: interestParamsSchema,
        headers: requestSecretHeadersSchema,
        body: interestBodySchema,
        response: { 200: interestResponseSchema },
      },
    },
    async (request) => {
      const caseId = await unlockRequest(deps.db, deps.keyring, throttleSecret, {
        trackingCode: request.params.trackingCode,
        secret: request.headers['x-request-secret'],
        address: request.ip,
      });
      const opportunity = await answerFromApp(
        deps,
        caseId,
        request.params.enrolmentId,
        request.body,
        request.id,
      );
      return { opportunity };
    },
  );
  done();
};
