import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';

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
