import { describe, expect, it } from 'vitest';
import { changePassword, loadMe, proveSecondFactor, signIn, signOut } from './auth.ts';
import { createApiClient } from './client.ts';

const me = {
  user: {
    id: 'u1',
    email: 'listener@demo.sanad.ma',
    displayName: 'Salma',
    role: 'listener',
    scope: { level: 'national' },
    locale: 'ar',
    mustChangePassword: false,
  },
  csrfToken: 'csrf-from-me',
  abilities: { manageUsers: false, manageInstitutions: false },
};

/** A fake server: answers by path, records the CSRF header each request carried. */
function fakeServer(answers: Record<string, () => Response>) {
  const seen: { path: string; csrf: string | null }[] = [];
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    const path = url.replace('/api/v1', '');
    seen.push({ path, csrf: new Headers(init?.headers).get('x-csrf-token') });
    const answer = answers[path];
    return Promise.resolve(answer ? answer() : new Response(null, { status: 404 }));
  };
  return { api: createApiClient({ fetchFn, locale: () => 'fr' }), seen };
}

describe('sign-in steps keep the CSRF token in step with the server', () => {
  it('login → totp → logout', async () => {
    const { api, seen } = fakeServer({
      '/auth/login': () => Response.json({ next: 'totp', csrfToken: 'csrf-pending' }),
      '/auth/totp': () => Response.json({ me }),
      '/auth/logout': () => new Response(null, { status: 204 }),
    });
    api.setCsrfToken('stale');
    expect((await signIn(api, 'a@b.ma', 'pw')).next).toBe('totp');
    await proveSecondFactor(api, { code: '123456' });
    await signOut(api, false);
    expect(seen).toEqual([
      { path: '/auth/login', csrf: null },
      { path: '/auth/totp', csrf: 'csrf-pending' },
      { path: '/auth/logout', csrf: 'csrf-from-me' },
    ]);
    expect(api.hasCsrfToken()).toBe(false);
  });

  it('reads the session at start-up, and a 401 simply means signed out', async () => {
    const signedIn = fakeServer({ '/auth/me': () => Response.json(me) });
    expect(await loadMe(signedIn.api)).toEqual(me);
    expect(signedIn.api.hasCsrfToken()).toBe(true);

    const signedOut = fakeServer({
      '/auth/me': () =>
        Response.json(
          { error: { code: 'unauthenticated', message: 'x', requestId: 'r' } },
          { status: 401 },
        ),
    });
    expect(await loadMe(signedOut.api)).toBeUndefined();
  });

  it('takes the new token after a password change (the server replaces the session)', async () => {
    const { api, seen } = fakeServer({
      '/auth/password': () => Response.json({ ...me, csrfToken: 'csrf-after-change' }),
      '/auth/logout': () => new Response(null, { status: 204 }),
    });
    api.setCsrfToken('csrf-before');
    await changePassword(api, 'old password', 'a new long password');
    await signOut(api, true);
    expect(seen.map((request) => request.csrf)).toEqual(['csrf-before', 'csrf-after-change']);
  });
});
