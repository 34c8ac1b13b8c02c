import { staffRoles } from '@sanad/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, LogCapture } from '../testing/app.ts';
import { describeEachEngine } from '../testing/database.ts';
import { anonymous, as } from '../testing/staff-session.ts';

/**
 * Deny by default, proven by walking every registered route. The public list is written out
 * here on purpose: making a route public is a decision a reviewer must see in this diff.
 */
const EXPECTED_PUBLIC = [
  'GET /health',
  'GET /ready',
  'GET /api/v1/territory/regions',
  'GET /api/v1/public/emergency-numbers',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/totp',
  'POST /api/v1/public/reports',
  'POST /api/v1/public/support-requests',
  'GET /api/v1/public/requests/:trackingCode',
  'POST /api/v1/public/requests/:trackingCode/messages',
  'POST /api/v1/public/requests/:trackingCode/opportunities/:enrolmentId/answer',
];

const concrete = (url: string) =>
  url.replace(/:[A-Za-z]+/g, '0190a0a0-0000-7000-8000-000000000000');

describeEachEngine('every route', (database) => {
  let app: FastifyInstance;
  const logs = new LogCapture();
  beforeAll(async () => {
    app = await buildTestApp(database(), {
      logs,
      register(instance) {
        // A route whose author forgot to authorize: it must fail closed.
        instance.get('/api/v1/forgotten-check', () => ({ secret: 'should never be sent' }));
      },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('is public only when listed, and everything else needs a session (401)', async () => {
    const publicRoutes = app.routeTable
      .filter((r) => r.isPublic && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...EXPECTED_PUBLIC].sort());
    const guarded = app.routeTable.filter((r) => !r.isPublic);
    expect(guarded.length).toBeGreaterThanOrEqual(10);
    for (const route of guarded) {
      const method = route.method as 'GET' | 'POST' | 'PATCH' | 'DELETE';
      const response = await anonymous(
        app,
        method,
        concrete(route.url),
        method === 'GET' ? undefined : {},
      );
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('never answers 2xx without an authorization decision, for any role', async () => {
    for (const role of staffRoles.codes) {
      const client = await as(app, database().db, role);
      const response = await client.request('GET', '/api/v1/forgotten-check');
      expect(response.statusCode, role).toBe(403);
      expect(response.body).not.toContain('should never be sent');
      expect(response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(logs.text).toContain('route answered without an authorization decision');
  });

  it('refuses a state-changing request whose CSRF token is missing or wrong', async () => {
    const admin = await as(app, database().db, 'admin');
    for (const route of app.routeTable.filter((r) => !r.isPublic && r.method !== 'GET')) {
      const response = await admin.request(
        route.method as 'POST',
        concrete(route.url),
        {},
        { 'x-csrf-token': 'forged' },
      );
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    }
  });
});
