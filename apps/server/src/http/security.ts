import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';

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

/** A page's inline blocks as Content-Security-Policy hash sources (`'sha256-…'`). */
export interface InlineHashes {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/**
 * The hashes of the inline `<script>` and `<style>` blocks of a page, computed over their exact
 * text, as the browser does. Scripts with a `src` have no inline text and are not hashed.
 */
export function inlineHashesOf(html: string): InlineHashes {
  const hashes = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map(
      (match) =>
        `'sha256-${createHash('sha256')
          .update(match[1] ?? '', 'utf8')
          .digest('base64')}'`,
    );
  return {
    scripts: hashes(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script\s*>/gi),
    styles: hashes(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi),
  };
}

/**
 * The policy in force, allowing also exactly these inline blocks: their hashes are added to
 * `script-src` and `style-src` (created from `default-src` when the policy has none). Never
 * 'unsafe-inline': a script injected into the page has no matching hash and does not run.
 */
export function allowingInline(policy: string, inline: InlineHashes): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive.length > 0);
  const sourcesOf = (name: string) =>
    directives.find((directive) => directive.split(/\s+/)[0]?.toLowerCase() === name);
  const fallback = sourcesOf('default-src')?.split(/\s+/).slice(1).join(' ') ?? '';
  for (const [name, hashes] of [
    ['script-src', inline.scripts],
    ['style-src', inline.styles],
  ] as const) {
    if (hashes.length === 0) continue;
    const current = sourcesOf(name);
    const extended = [current ?? `${name} ${fallback}`.trim(), ...new Set(hashes)].join(' ');
    if (current === undefined) directives.push(extended);
    else directives[directives.indexOf(current)] = extended;
  }
  return directives.join(';');
}
