import autocannon, { type Result } from 'autocannon';
import type { Scenario } from './scenarios.ts';

/** What one scenario measured; `problems` non-empty means the figures cannot be trusted. */
export interface Row {
  scenario: Scenario;
  rps: number;
  p50: number;
  p99: number;
  problems: string[];
}

export interface LoadOptions {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
}

function request(
  baseUrl: string,
  scenario: Scenario,
  durationSeconds: number,
  connections: number,
  sessionCookie: string | undefined,
) {
  const hasBody = scenario.body !== undefined;
  const headers: Record<string, string> = {};
  if (hasBody) headers['content-type'] = 'application/json';
  if (scenario.signedIn === true && sessionCookie !== undefined) headers.cookie = sessionCookie;
  return autocannon({
    url: new URL(scenario.path, baseUrl).href,
    method: scenario.method,
    connections,
    duration: durationSeconds,
    headers,
    ...(hasBody ? { body: JSON.stringify(scenario.body) } : {}),
  });
}

/**
 * Why a result is not a valid measurement. A fast stream of 400s or 500s would otherwise look
 * like a great figure, so every response must carry exactly the status the scenario expects.
 */
export function problemsOf(result: Result, expectedStatus: number): string[] {
  const problems: string[] = [];
  if (result.errors > 0) problems.push(`${result.errors} connection errors`);
  if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`);
  if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx responses`);
  for (const [status, stat] of Object.entries(result.statusCodeStats)) {
    if (Number(status) !== expectedStatus && stat !== undefined && stat.count > 0) {
      problems.push(`${stat.count} × HTTP ${status}, expected ${expectedStatus}`);
    }
  }
  if (result.requests.sent === 0) problems.push('no request was sent');
  return problems;
}

/** Warms the target up (JIT, connection pools, caches), then measures with fresh counters. */
export async function measure(
  baseUrl: string,
  scenario: Scenario,
  options: LoadOptions,
  sessionCookie?: string,
) {
  const { warmupSeconds, durationSeconds, connections } = options;
  await request(baseUrl, scenario, warmupSeconds, connections, sessionCookie);
  const result = await request(baseUrl, scenario, durationSeconds, connections, sessionCookie);
  const row: Row = {
    scenario,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    problems: problemsOf(result, scenario.expectedStatus),
  };
  return row;
}
