import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locale.ts';
import { ApiError, createApiClient, parseErrorEnvelope, type ApiClientOptions } from './client.ts';

interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly credentials: RequestCredentials | undefined;
}

/** A fake `fetch` that records each call and answers from a queue (or with one answer). */
function fakeFetch(...answers: (Response | Error)[]): { fetchFn: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    calls.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(headers.entries()),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      credentials: init?.credentials,
    });
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    if (!answer) return Promise.reject(new Error('no answer queued'));
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer.clone());
  };
  return { fetchFn, calls };
}

function envelope(code: string, status: number, extra: Record<string, unknown> = {}): Response {
  return Response.json(
    {
      error: {
        code,
        message: `translated ${code}`,
        messageKey: `errors.${code}`,
        requestId: 'req-1',
        ...extra,
      },
    },
    { status },
  );
}

function client(fetchFn: typeof fetch, extra: Partial<ApiClientOptions> = {}) {
  let locale: Locale = 'ar';
  const api = createApiClient({ fetchFn, locale: () => locale, ...extra });
  return {
    api,
    setLocale: (next: Locale) => {
      locale = next;
    },
  };
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('API client: requests', () => {
  it('sends the current console language as Accept-Language, with same-origin credentials', async () => {
    const { fetchFn, calls } = fakeFetch(Response.json({ ok: true }));
    const { api, setLocale } = client(fetchFn);
    await api.get('/auth/me');
    setLocale('zgh');
    await api.get('/auth/me');
    expect(calls.map((call) => call.headers['accept-language'])).toEqual(['ar', 'zgh']);
    expect(calls[0]?.url).toBe('/api/v1/auth/me');
    expect(calls[0]?.credentials).toBe('same-origin');
    expect(calls[0]?.headers['accept']).toBe('application/json');
  });

  it('sends JSON bodies with their content type, and no content type without a body', async () => {
    const { fetchFn, calls } = fakeFetch(Response.json({}));
    const { api } = client(fetchFn);
    await api.post('/admin/users', { body: { email: 'a@b.ma' } });
    await api.get('/admin/users');
    expect(calls[0]?.headers['content-type']).toBe('application/json');
    expect(calls[0]?.body).toEqual({ email: 'a@b.ma' });
    expect(calls[1]?.headers['content-type']).toBeUndefined();
  });

  it('attaches the CSRF token to state-changing methods only', async () => {
    const { fetchFn, calls } = fakeFetch(Response.json({}));
    const { api } = client(fetchFn);
    api.setCsrfToken('tok-123');
    await api.get('/admin/users');
    await api.post('/admin/users', { body: {} });
    await api.patch('/admin/users/1', { body: {} });
    await api.delete('/admin/users/1');
    expect(calls.map((call) => [call.method, call.headers['x-csrf-token']])).toEqual([
      ['GET', undefined],
      ['POST', 'tok-123'],
      ['PATCH', 'tok-123'],
      ['DELETE', 'tok-123'],
    ]);
  });

  it('sends no CSRF header before a token is known', async () => {
    const { fetchFn, calls } = fakeFetch(Response.json({}));
    const { api } = client(fetchFn);
    await api.post('/auth/login', { body: {} });
    expect(calls[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(api.hasCsrfToken()).toBe(false);
  });

  it('reads JSON answers and treats 204 as no content', async () => {
    const { fetchFn } = fakeFetch(
      Response.json({ users: [] }),
      new Response(null, { status: 204 }),
    );
    const { api } = client(fetchFn);
    await expect(api.get('/admin/users')).resolves.toEqual({ users: [] });
    await expect(api.post('/auth/logout', { body: {} })).resolves.toBeUndefined();
  });
});

describe('API client: errors', () => {
  it('parses the error envelope into a typed ApiError, field messages included', async () => {
    const fields = [
      {
        field: 'body.email',
        issue: 'invalid_format',
        messageKey: 'fields.invalid_format',
        message: 'الصيغة غير صحيحة.',
      },
    ];
    const { fetchFn } = fakeFetch(envelope('validation_failed', 400, { fields }));
    const error = await caught(client(fetchFn).api.post('/admin/users', { body: {} }));
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      serverMessage: 'translated validation_failed',
      requestId: 'req-1',
      fields: [{ field: 'body.email', issue: 'invalid_format', message: 'الصيغة غير صحيحة.' }],
    });
  });

  it('reads retry-after on 429 as seconds', async () => {
    const response = envelope('rate_limited', 429);
    response.headers.set('retry-after', '42');
    const { fetchFn } = fakeFetch(response);
    const error = await caught(client(fetchFn).api.post('/auth/login', { body: {} }));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(42);
  });

  it.each([
    ['a body without an envelope', Response.json({ message: 'nope' }, { status: 500 })],
    ['a body that is not JSON', new Response('<html>', { status: 502 })],
    ['a successful answer that is not JSON', new Response('<html>', { status: 200 })],
  ])('turns %s into unexpected_response', async (_what, response) => {
    const { fetchFn } = fakeFetch(response);
    const error = await caught(client(fetchFn).api.get('/admin/users'));
    expect(error.code).toBe('unexpected_response');
    expect(error.serverMessage).toBeUndefined();
  });

  it('turns a network failure into network_error', async () => {
    const { fetchFn } = fakeFetch(new TypeError('fetch failed'));
    const error = await caught(client(fetchFn).api.get('/admin/users'));
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
  });

  it('lets an abort through as it is', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    const { fetchFn } = fakeFetch(abort);
    await expect(
      client(fetchFn).api.get('/admin/users', { signal: controller.signal }),
    ).rejects.toBe(abort);
  });

  it('ends the session on 401 unauthenticated and forgets the CSRF token', async () => {
    let ended = 0;
    const { fetchFn } = fakeFetch(envelope('unauthenticated', 401));
    const { api } = client(fetchFn, { onSessionEnded: () => ended++ });
    api.setCsrfToken('tok');
    const error = await caught(api.get('/admin/users'));
    expect(error.code).toBe('unauthenticated');
    expect(ended).toBe(1);
    expect(api.hasCsrfToken()).toBe(false);
  });

  it('does not end the session for sign-in steps or for other 401 codes', async () => {
    let ended = 0;
    const { fetchFn } = fakeFetch(
      envelope('unauthenticated', 401),
      envelope('invalid_credentials', 401),
    );
    const { api } = client(fetchFn, { onSessionEnded: () => ended++ });
    await caught(api.get('/auth/me', { sessionRequired: false }));
    await caught(api.post('/auth/login', { body: {} }));
    expect(ended).toBe(0);
  });
});

describe('parseErrorEnvelope', () => {
  it('keeps only well-formed field entries', () => {
    const error = parseErrorEnvelope(400, {
      error: {
        code: 'validation_failed',
        message: 'm',
        fields: [{ field: 'body.role', message: 'x' }, { field: 3 }, 'nonsense'],
      },
    });
    expect(error.fields).toEqual([{ field: 'body.role', issue: 'invalid', message: 'x' }]);
  });

  it('ignores a retry-after that is not a number of seconds', () => {
    const error = parseErrorEnvelope(429, { error: { code: 'rate_limited' } }, 'tomorrow');
    expect(error.retryAfterSeconds).toBeUndefined();
  });
});
