import type { ErrorCode } from '@sanad/core';
import type { Locale } from '../i18n/locale.ts';

/** What went wrong when the server could not be reached or answered something unreadable. */
export type LocalErrorCode = 'network_error' | 'unexpected_response';

/** One refused field, as the error envelope names it (`body.email`), already translated. */
export interface FieldError {
  readonly field: string;
  readonly issue: string;
  readonly message: string;
}

/**
 * Every failed request, typed. `code` is the server's stable code (switch on it), or a local
 * code when no envelope came back; `serverMessage` is the server's text, already in the
 * console's language (it is absent for local codes, which the console translates itself).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | LocalErrorCode;
  readonly serverMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly fields: readonly FieldError[];
  /** From `retry-after` on a 429: how long to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;
  /**
   * What the record looks like now, for a refused write (`stale_version` carries
   * `{ version }`, `already_claimed` carries `{ claimedBy }`). Read it through the helpers in
   * `conflicts.ts`, which check its shape.
   */
  readonly current: Readonly<Record<string, unknown>> | undefined;

  constructor(init: {
    status: number;
    code: ErrorCode | LocalErrorCode;
    serverMessage?: string | undefined;
    requestId?: string | undefined;
    fields?: readonly FieldError[];
    retryAfterSeconds?: number | undefined;
    current?: Readonly<Record<string, unknown>> | undefined;
  }) {
    super(init.serverMessage ?? init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.requestId = init.requestId;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.current = init.current;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function parseFields(raw: unknown): FieldError[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) =>
    isRecord(item) && typeof item['field'] === 'string' && typeof item['message'] === 'string'
      ? [
          {
            field: item['field'],
            issue: typeof item['issue'] === 'string' ? item['issue'] : 'invalid',
            message: item['message'],
          },
        ]
      : [],
  );
}

/** `retry-after` in seconds (the only form the server sends); anything else is ignored. */
function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

/**
 * Turns a failed response's body into an `ApiError`. Accepts only the documented envelope
 * (`{ error: { code, message, requestId, fields? } }`); anything else is `unexpected_response`.
 */
export function parseErrorEnvelope(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
): ApiError {
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  const error = isRecord(body) ? body['error'] : undefined;
  if (!isRecord(error) || typeof error['code'] !== 'string') {
    return new ApiError({ status, code: 'unexpected_response', retryAfterSeconds });
  }
  return new ApiError({
    status,
    // The server only sends codes from the shared catalogue; a newer one still reads as a code.
    code: error['code'] as ErrorCode,
    serverMessage: typeof error['message'] === 'string' ? error['message'] : undefined,
    requestId: typeof error['requestId'] === 'string' ? error['requestId'] : undefined,
    fields: parseFields(error['fields']),
    retryAfterSeconds,
    current: isRecord(error['current']) ? error['current'] : undefined,
  });
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /**
   * Whether a 401 `unauthenticated` means "the session ended" (the default). The sign-in steps
   * and the start-up check turn it off: for them a 401 is an ordinary answer.
   */
  readonly sessionRequired?: boolean;
}

export interface ApiClientOptions {
  readonly fetchFn: typeof fetch;
  /** The console's current language, sent as `Accept-Language` so messages come translated. */
  readonly locale: () => Locale;
  /** Called when a request that needs a session is answered 401 `unauthenticated`. */
  readonly onSessionEnded?: () => void;
  /** Defaults to `/api/v1`. */
  readonly baseUrl?: string;
}

/** A tiny typed client for the Sanad API. Holds the CSRF token in memory, never in storage. */
export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, options?: RequestOptions): Promise<T>;
  put<T>(path: string, options?: RequestOptions): Promise<T>;
  delete<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Remembers the token the server gave at sign-in or with `GET /auth/me`. */
  setCsrfToken(token: string | undefined): void;
  hasCsrfToken(): boolean;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '/api/v1';
  let csrfToken: string | undefined;

  async function request<T>(
    method: string,
    path: string,
    { body, signal, sessionRequired = true }: RequestOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': options.locale(),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (UNSAFE_METHODS.has(method) && csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;

    let response: Response;
    try {
      response = await options.fetchFn(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError({ status: 0, code: 'network_error' });
    }

    if (response.status === 204) return undefined as T;
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      if (response.ok) throw new ApiError({ status: response.status, code: 'unexpected_response' });
      parsed = undefined;
    }
    if (response.ok) return parsed as T;

    const error = parseErrorEnvelope(response.status, parsed, response.headers.get('retry-after'));
    if (error.status === 401 && error.code === 'unauthenticated' && sessionRequired) {
      csrfToken = undefined;
      options.onSessionEnded?.();
    }
    throw error;
  }

  return {
    get: (path, requestOptions) => request('GET', path, requestOptions),
    post: (path, requestOptions) => request('POST', path, requestOptions),
    patch: (path, requestOptions) => request('PATCH', path, requestOptions),
    put: (path, requestOptions) => request('PUT', path, requestOptions),
    delete: (path, requestOptions) => request('DELETE', path, requestOptions),
    setCsrfToken(token) {
      csrfToken = token;
    },
    hasCsrfToken: () => csrfToken !== undefined,
  };
}
