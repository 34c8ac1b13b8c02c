/** One HTTP request shape to hammer. `key` prefixes its figures in results/latest.json. */
export interface Scenario {
  key: string;
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  expectedStatus: number;
  /** Sent as a signed-in staff member (the bench signs one in, second factor included). */
  signedIn?: boolean;
}

/** The reference every Sanad row is compared with: Fastify + Zod + one PGlite insert. */
export const baselineScenario: Scenario = {
  key: 'baseline',
  name: 'baseline POST /items (PGlite)',
  method: 'POST',
  path: '/items',
  body: { label: 'bench', n: 1 },
  expectedStatus: 201,
};

/** The same baseline against PostgreSQL, run only when BENCH_DATABASE_URL is set. */
export const baselinePgScenario: Scenario = {
  ...baselineScenario,
  key: 'baseline_pg',
  name: 'baseline POST /items (PostgreSQL)',
};

/** Sanad endpoints to measure. Add an endpoint by adding an entry; nothing else changes. */
export const sanadScenarios: readonly Scenario[] = [
  { key: 'health', name: 'GET /health', method: 'GET', path: '/health', expectedStatus: 200 },
  {
    key: 'territory_regions',
    name: 'GET /api/v1/territory/regions',
    method: 'GET',
    path: '/api/v1/territory/regions',
    expectedStatus: 200,
  },
  {
    // The cost every staff request pays: session lookup, account load, authorization.
    key: 'auth_me',
    name: 'GET /api/v1/auth/me (signed in)',
    method: 'GET',
    path: '/api/v1/auth/me',
    expectedStatus: 200,
    signedIn: true,
  },
];
