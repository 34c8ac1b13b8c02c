// What every refusal must look like, and a tally of answers for the figures.
import { ERROR_CATALOGUE } from '@sanad/core';
import type { LightMyRequestResponse } from 'fastify';

/** Why `response` breaks the contract (a 5xx, or a 4xx without the error envelope); undefined if fine. */
export function contractBreach(response: LightMyRequestResponse): string | undefined {
  if (response.statusCode >= 500)
    return `answered ${String(response.statusCode)}: ${response.body}`;
  if (response.statusCode < 400) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    return `answered ${String(response.statusCode)} with a body that is not JSON: ${response.body.slice(0, 200)}`;
  }
  const error = (parsed as { error?: Record<string, unknown> } | null)?.error;
  const code = error?.['code'];
  if (typeof code !== 'string' || !Object.hasOwn(ERROR_CATALOGUE, code)) {
    return `answered ${String(response.statusCode)} without a catalogued error code: ${response.body.slice(0, 200)}`;
  }
  if (
    typeof error?.['message'] !== 'string' ||
    error['messageKey'] !== `errors.${code}` ||
    typeof error['requestId'] !== 'string'
  ) {
    return `answered ${String(response.statusCode)} with an incomplete envelope: ${response.body.slice(0, 200)}`;
  }
  const expected = ERROR_CATALOGUE[code as keyof typeof ERROR_CATALOGUE].status;
  if (expected !== response.statusCode) {
    return `answered ${String(response.statusCode)} with code ${code}, which is a ${String(expected)}`;
  }
  return undefined;
}

/** Counts answers per route family and per status or error code. */
export class Tally {
  readonly byFamily = new Map<string, number>();
  readonly byOutcome = new Map<string, number>();
  serverErrors = 0;

  record(family: string, response: LightMyRequestResponse): void {
    this.byFamily.set(family, (this.byFamily.get(family) ?? 0) + 1);
    const outcome =
      response.statusCode < 400
        ? String(response.statusCode)
        : `${String(response.statusCode)} ${codeOf(response)}`;
    this.byOutcome.set(outcome, (this.byOutcome.get(outcome) ?? 0) + 1);
    if (response.statusCode >= 500) this.serverErrors += 1;
  }

  figures(): Record<string, number> {
    const sorted = (map: Map<string, number>) =>
      [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
    return {
      ...Object.fromEntries(sorted(this.byFamily).map(([k, v]) => [`requests ${k}`, v])),
      ...Object.fromEntries(sorted(this.byOutcome).map(([k, v]) => [`answers ${k}`, v])),
      '5xx': this.serverErrors,
    };
  }
}

function codeOf(response: LightMyRequestResponse): string {
  try {
    const code = (JSON.parse(response.body) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : '?';
  } catch {
    return '?';
  }
}
