import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { allowingInline, inlineHashesOf } from './security.ts';

describeEachEngine('security headers and limits', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database(), { rateLimits: { perAddress: 1000, signInPerAddress: 3 } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('sends a strict policy on every response', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=63072000; includeSubDomains',
    );
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('forbids caching API answers unless a route says otherwise', async () => {
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(me.headers['cache-control']).toBe('no-store');
    const territory = await app.inject({ method: 'GET', url: '/api/v1/territory/regions' });
    expect(territory.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('limits sign-in attempts per address, with the usual envelope and Retry-After', async () => {
    const attempt = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'a@b.ma', password: 'x' },
        remoteAddress: '192.0.2.10',
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const other = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'c@d.ma', password: 'x' },
      remoteAddress: '192.0.2.11',
    });
    expect(other.statusCode).toBe(401);
  });
});

describe('inline blocks allowed by hash', () => {
  const script = 'import{h}from"/assets/shared.js";h();';
  const style = 'body{margin:0}';
  const page = `<html><head><script type="module" src="/assets/x.js"></script><style>${style}</style></head><body><script type="module">${script}</script></body></html>`;
  const sha256 = (text: string) =>
    `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it('hashes the exact text of each inline script and style, not the scripts loaded by address', () => {
    expect(inlineHashesOf(page)).toEqual({ scripts: [sha256(script)], styles: [sha256(style)] });
    expect(inlineHashesOf('<p>no inline block</p>')).toEqual({ scripts: [], styles: [] });
  });

  it('adds exactly those hashes to the policy in force, never unsafe-inline', () => {
    const policy = "default-src 'self';script-src 'self';script-src-attr 'none';style-src 'self'";
    const allowed = allowingInline(policy, inlineHashesOf(page));
    expect(allowed).toBe(
      `default-src 'self';script-src 'self' ${sha256(script)};script-src-attr 'none';style-src 'self' ${sha256(style)}`,
    );
    expect(allowed).not.toContain('unsafe-inline');
    // A page without inline blocks keeps the policy as it is.
    expect(allowingInline(policy, { scripts: [], styles: [] })).toBe(policy);
  });

  it('starts from default-src when the policy names no script-src', () => {
    expect(allowingInline("default-src 'self'", { scripts: ["'sha256-abc='"], styles: [] })).toBe(
      "default-src 'self';script-src 'self' 'sha256-abc='",
    );
  });
});
