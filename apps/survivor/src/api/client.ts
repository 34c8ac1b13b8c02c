import type { Locale } from '../i18n/locale.ts';
import { HTML_LANG } from '../i18n/locale.ts';
import type {
  ErrorEnvelope,
  OpportunityAnswer,
  Receipt,
  RequestView,
  Submission,
  SurvivorOpportunity,
} from './types.ts';

/**
 * The outcome of one call: the answer, a refusal from the server (with its translated message),
 * or no answer at all (offline, timeout, a proxy error page). Callers switch on `kind`.
 */
export type Outcome<T> =
  | { readonly kind: 'ok'; readonly data: T }
  | {
      readonly kind: 'refused';
      readonly status: number;
      readonly error: ErrorEnvelope;
      /** Seconds to wait, from `Retry-After` (429). */
      readonly retryAfter?: number;
    }
  | { readonly kind: 'unreachable' };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

const BASE = '/api/v1/public';

/**
 * A request that has not answered by then counts as no answer: on a weak network a submission
 * is better kept in the outbox (same key, sent again later) than left spinning.
 */
const TIMEOUT_MS = 20_000;

/** A refusal that will never succeed if sent again unchanged (a 4xx other than 408 and 429). */
export function isFinalRefusal(outcome: Outcome<unknown>): boolean {
  return (
    outcome.kind === 'refused' &&
    outcome.status >= 400 &&
    outcome.status < 500 &&
    outcome.status !== 408 &&
    outcome.status !== 429
  );
}

function envelopeOf(value: unknown, status: number): ErrorEnvelope {
  const error =
    typeof value === 'object' && value !== null && 'error' in value ? value.error : undefined;
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const { code, message, fields } = error as {
      code: unknown;
      message: unknown;
      fields?: unknown;
    };
    const list = Array.isArray(fields)
      ? fields.flatMap((field: unknown) => {
          if (typeof field !== 'object' || field === null) return [];
          const { field: name, message: text } = field as { field?: unknown; message?: unknown };
          if (typeof name !== 'string' || typeof text !== 'string') return [];
          // The server names fields by their place in the request (`body.contact.phone`).
          return [{ field: name.replace(/^body\./, ''), message: text }];
        })
      : undefined;
    return {
      code: typeof code === 'string' ? code : 'unknown',
      message: typeof message === 'string' ? message : '',
      ...(list ? { fields: list } : {}),
    };
  }
  return { code: `http_${String(status)}`, message: '' };
}

/** The public API of Sanad, in her language (`Accept-Language`), through `fetchFn`. */
export function publicApi(fetchFn: FetchLike, locale: Locale) {
  async function call<T>(
    path: string,
    init: {
      readonly method: 'GET' | 'POST';
      readonly headers: Readonly<Record<string, string>>;
      readonly body?: string;
    },
  ): Promise<Outcome<T>> {
    let response: Response;
    try {
      response = await fetchFn(`${BASE}${path}`, {
        method: init.method,
        ...(init.body === undefined ? {} : { body: init.body }),
        credentials: 'omit',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        cache: 'no-store',
        headers: {
          accept: 'application/json',
          'accept-language': HTML_LANG[locale],
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.headers,
        },
      });
    } catch {
      return { kind: 'unreachable' };
    }
    let payload: unknown = undefined;
    try {
      payload = await response.json();
    } catch {
      // An HTML error page from a proxy, or an empty answer.
    }
    if (response.ok) return { kind: 'ok', data: payload as T };
    // A gateway that answered for a server it could not reach: treat as no answer.
    if (response.status >= 502 && response.status <= 504) return { kind: 'unreachable' };
    const retry = Number(response.headers.get('retry-after'));
    return {
      kind: 'refused',
      status: response.status,
      error: envelopeOf(payload, response.status),
      ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
    };
  }

  return {
    /** Sends a report or support request; the same key always yields the same receipt. */
    submit(submission: Submission, idempotencyKey: string) {
      return call<Receipt & { status: string }>(`/${submission.endpoint}`, {
        method: 'POST',
        headers: { 'idempotency-key': idempotencyKey },
        body: JSON.stringify(submission.body),
      });
    },
    follow(receipt: Receipt) {
      return call<RequestView>(`/requests/${encodeURIComponent(receipt.trackingCode)}`, {
        method: 'GET',
        headers: { 'x-request-secret': receipt.secret },
      });
    },
    reply(receipt: Receipt, body: string) {
      return call<unknown>(`/requests/${encodeURIComponent(receipt.trackingCode)}/messages`, {
        method: 'POST',
        headers: { 'x-request-secret': receipt.secret },
        body: JSON.stringify({ body }),
      });
    },
    /** Her answer on an opportunity proposed to her; the same answer twice changes nothing. */
    answerOpportunity(receipt: Receipt, enrolmentId: string, answer: OpportunityAnswer) {
      const code = encodeURIComponent(receipt.trackingCode);
      return call<{ opportunity: SurvivorOpportunity }>(
        `/requests/${code}/opportunities/${encodeURIComponent(enrolmentId)}/answer`,
        {
          method: 'POST',
          headers: { 'x-request-secret': receipt.secret },
          body: JSON.stringify(answer),
        },
      );
    },
  };
}

export type PublicApi = ReturnType<typeof publicApi>;

/** 32 random hexadecimal characters: the key that makes a repeated submission harmless. */
export function newIdempotencyKey(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
