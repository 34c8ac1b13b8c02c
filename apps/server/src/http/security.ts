import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/** Requests per minute per client address: across the API, and on the two sign-in steps. */
export interface RateLimits {
  readonly perAddress: number;
  readonly signInPerAddress: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perAddress: 600, signInPerAddress: 20 };

/**
 * Safe by default: strict headers on every response, cookies parsed for sessions, a rate limit
 * per address, and no caching of API answers (they may carry personal data) unless a route says
 * otherwise for public reference data.
 */
export async function registerSecurity(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: { maxAge: 63_072_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: true,
    max: limits.perAddress,
    timeWindow: '1 minute',
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
