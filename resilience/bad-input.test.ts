// Bad input: generated malformed, oversized, deeply nested, wrongly typed, mixed-script and
// injection-shaped requests to every route the app registers (walked from its route table, so
// a new route is covered the day it is added). Never a 5xx, always a catalogued error code in
// the envelope, and a refused submission stores nothing.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPORT } from '../apps/server/src/cases/test-support.ts';
import { SESSION_COOKIE } from '../apps/server/src/identity/cookies.ts';
import { csrfTokenFor } from '../apps/server/src/identity/sessions.ts';
import {
  idempotencyHeadersSchema,
  reportBodySchema,
  supportBodySchema,
} from '../apps/server/src/intake/schemas.ts';
import { newKey } from '../apps/server/src/intake/test-support.ts';
import { buildTestApp } from '../apps/server/src/testing/app.ts';
import { describeEachEngine } from '../apps/server/src/testing/database.ts';
import { as, type StaffClient } from '../apps/server/src/testing/staff-session.ts';
import { contractBreach, Tally } from './support/envelope.ts';
import {
  hostileBody,
  hostileParam,
  hostileQuery,
  hostileString,
  mutated,
  percentEncode,
  ROUTER_PARAM_LIMIT,
} from './support/hostile-input.ts';
import { printFigures } from './support/ledger.ts';

const SUPPORT_REQUEST = {
  language: 'zgh',
  seeking: ['job', 'vocational_training'],
  provinceCode: '141',
  ageBand: 'age_25_34',
  consents: { care: true, sharing: true, statistics: false },
};

/** Routes a generated request must not reach: an endless stream, and the end of our session. */
const NOT_WALKED = new Set(['GET /api/v1/console/events', 'POST /api/v1/auth/logout']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the walk sends: always a method, a path and, when there is one, a body as text. */
interface Attempt {
  readonly method: Method;
  readonly url: string;
  readonly payload?: string;
  readonly headers?: Record<string, string>;
  readonly cookies?: Record<string, string>;
}

/** `/api/v1/cases/:id` → `cases`: the figures group routes by the part after the version. */
function familyOf(url: string): string {
  const parts = url.split('/').filter(Boolean);
  return (parts[0] === 'api' ? parts.slice(2, 4) : parts.slice(0, 1)).join('/') || '/';
}

/** A route's path with each parameter replaced by a generated value. */
function concrete(url: string, params: readonly string[]): string {
  let index = 0;
  return url.replace(/:[A-Za-z]+|\*/g, () => params[index++ % params.length] ?? 'x');
}

/** A body as JSON, or raw bytes with a content type (broken JSON, another type, nothing). */
const encodedBody = fc.oneof(
  { weight: 4, arbitrary: hostileBody.map((body) => ({ json: body })) },
  {
    weight: 1,
    arbitrary: fc.record({
      raw: fc.oneof(
        hostileString,
        fc.constantFrom('{"kind":', '[1,2', '{"a":1}}', '\u0000', 'null', '{"__proto__":{"x":1}}'),
      ),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=latin1',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
      ),
    }),
  },
);

type EncodedBody = { json: unknown } | { raw: string; contentType: string };

function injectBody(body: EncodedBody): { payload: string; headers: Record<string, string> } {
  if ('json' in body) {
    return {
      payload: JSON.stringify(body.json),
      headers: { 'content-type': 'application/json' },
    };
  }
  return { payload: body.raw, headers: { 'content-type': body.contentType } };
}

describeEachEngine('hostile input', (database) => {
  let app: FastifyInstance;
  const tally = new Tally();
  const breaches: string[] = [];

  /** Sends one request, tallies it, and remembers any breach with what caused it. */
  async function send(family: string, options: Attempt): Promise<LightMyRequestResponse> {
    const response = await app.inject(options);
    tally.record(family, response);
    const breach = contractBreach(response);
    if (breach !== undefined) {
      const url = options.url.slice(0, 200);
      const input = (options.payload ?? '').slice(0, 300);
      breaches.push(`${options.method} ${url} ${breach.slice(0, 300)}\n  input: ${input}`);
    }
    return response;
  }

  const countCases = async () => {
    const [row] = await database().sql.query<{ n: number | string }>(
      'SELECT count(*) AS n FROM cases',
    );
    return Number(row?.n ?? 0);
  };

  beforeAll(async () => {
    app = await buildTestApp(database());
  });

  afterAll(async () => {
    printFigures(`bad input [${database().engine}]`, {
      ...tally.figures(),
      'contract breaches': breaches.length,
    });
    await app.close();
  });

  for (const [path, valid, schema] of [
    ['reports', REPORT, reportBodySchema],
    ['support-requests', SUPPORT_REQUEST, supportBodySchema],
  ] as const) {
    it(`public ${path}: a refusal is clear and stores nothing`, async () => {
      const key = fc.oneof(fc.constant(undefined), fc.constant('fresh'), hostileString);
      await fc.assert(
        fc.asyncProperty(mutated(valid), key, async (body, keyChoice) => {
          const idempotencyKey = keyChoice === 'fresh' ? newKey() : keyChoice;
          const before = await countCases();
          const response = await send(`public/${path}`, {
            method: 'POST',
            url: `/api/v1/public/${path}`,
            ...injectBody({ json: body }),
            headers: {
              'content-type': 'application/json',
              ...(idempotencyKey !== undefined
                ? { 'idempotency-key': percentEncode(idempotencyKey).slice(0, 400) }
                : {}),
            },
          });
          const stored = (await countCases()) - before;
          const acceptable =
            schema.safeParse(body).success &&
            idempotencyHeadersSchema.safeParse({ 'idempotency-key': idempotencyKey }).success;
          expect(contractBreach(response)).toBeUndefined();
          if (response.statusCode === 201) {
            expect(acceptable, `accepted a malformed submission: ${JSON.stringify(body)}`).toBe(
              true,
            );
            expect(stored).toBe(1);
          } else {
            expect(stored, `a refused submission stored a case: ${response.body}`).toBe(0);
          }
        }),
        { numRuns: 200 },
      );
    });
  }

  it('every public route: never a 5xx, always a catalogued error', async () => {
    const routes = app.routeTable.filter(
      (r) =>
        r.isPublic && !r.url.startsWith('/api/docs') && !NOT_WALKED.has(`${r.method} ${r.url}`),
    );
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(hostileParam, { minLength: 1, maxLength: 3 }),
          hostileQuery,
          encodedBody,
          async (params, query, body) => {
            const url = `${concrete(route.url, params)}${query ? `?${query}` : ''}`;
            const method = route.method as Method;
            const response = await send(familyOf(route.url), {
              method,
              url,
              ...(method === 'GET' ? {} : injectBody(body)),
            });
            expect(contractBreach(response), `${method} ${url}`).toBeUndefined();
          },
        ),
        { numRuns: 50 },
      );
    }
  });

  it('every staff route, as an admin and as a listener: never a 5xx, always a catalogued error', async () => {
    const clients: StaffClient[] = [
      await as(app, database().db, 'admin'),
      await as(app, database().db, 'listener'),
    ];
    const routes = app.routeTable.filter(
      (r) => !r.isPublic && !NOT_WALKED.has(`${r.method} ${r.url}`),
    );
    expect(routes.length).toBeGreaterThanOrEqual(30);
    for (const client of clients) {
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(
            fc.array(hostileParam, { minLength: 1, maxLength: 3 }),
            hostileQuery,
            encodedBody,
            async (params, query, body) => {
              const url = `${concrete(route.url, params)}${query ? `?${query}` : ''}`;
              const method = route.method as Method;
              const encoded = method === 'GET' ? { headers: {} } : injectBody(body);
              const response = await send(familyOf(route.url), {
                method,
                url,
                ...encoded,
                cookies: { [SESSION_COOKIE]: client.token },
                headers: { ...encoded.headers, 'x-csrf-token': csrfTokenFor(client.token) },
              });
              expect(contractBreach(response), `${method} ${url}`).toBeUndefined();
            },
          ),
          { numRuns: 20 },
        );
      }
    }
  });

  it('found no breach of the contract anywhere', () => {
    expect(breaches).toEqual([]);
  });

  // The router refuses these before any route or hook runs, so they need their own proof.
  it('an over-long or badly escaped path parameter answers with the error envelope', async () => {
    const admin = await as(app, database().db, 'admin');
    const long = 'A'.repeat(ROUTER_PARAM_LIMIT + 1);
    const requests: Attempt[] = [
      { method: 'GET', url: `/api/v1/public/requests/${long}` },
      { method: 'GET', url: '/api/v1/public/requests/%E0%A4%A' },
      {
        method: 'GET',
        url: `/api/v1/cases/${long}`,
        cookies: { [SESSION_COOKIE]: admin.token },
      },
    ];
    const answers = [];
    for (const request of requests) {
      const response = await app.inject(request);
      tally.record('router (over-long or bad path)', response);
      answers.push(`${request.url.slice(0, 60)} → ${contractBreach(response) ?? 'ok'}`);
    }
    expect(answers.filter((answer) => !answer.endsWith('→ ok'))).toEqual([]);
  });
});
