import { ApiError, type ApiClient } from './client.ts';
import type { LoginResult, Me, SecondFactorProof, SecondFactorResult } from './types.ts';

// The sign-in steps and the session. Each keeps the client's CSRF token in step with the
// server: a new sign-in starts without one, and every answer that carries one replaces it.

/** Step one: e-mail and password. Never sends an old session's CSRF token. */
export async function signIn(
  api: ApiClient,
  email: string,
  password: string,
): Promise<LoginResult> {
  api.setCsrfToken(undefined);
  const result = await api.post<LoginResult>('/auth/login', {
    body: { email, password },
    sessionRequired: false,
  });
  api.setCsrfToken(result.csrfToken);
  return result;
}

/** Step two: a code from the authenticator app, or one of the recovery codes. */
export async function proveSecondFactor(
  api: ApiClient,
  proof: SecondFactorProof,
): Promise<SecondFactorResult> {
  const result = await api.post<SecondFactorResult>('/auth/totp', {
    body: proof,
    sessionRequired: false,
  });
  api.setCsrfToken(result.me.csrfToken);
  return result;
}

/** Who is signed in, or `undefined` when nobody is (a 401 is the ordinary "signed out"). */
export async function loadMe(api: ApiClient): Promise<Me | undefined> {
  try {
    const me = await api.get<Me>('/auth/me', { sessionRequired: false });
    api.setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

/** Ends this session, or every session of the account. The token is forgotten either way. */
export async function signOut(api: ApiClient, everywhere: boolean): Promise<void> {
  try {
    await api.post<undefined>('/auth/logout', {
      body: everywhere ? { everywhere: true } : {},
      sessionRequired: false,
    });
  } finally {
    api.setCsrfToken(undefined);
  }
}

/**
 * Changes my password. The server ends every other session and replaces this one, so the
 * answer (`Me`) carries a new CSRF token, which replaces the old one.
 */
export async function changePassword(
  api: ApiClient,
  currentPassword: string,
  newPassword: string,
): Promise<Me> {
  const me = await api.post<Me>('/auth/password', { body: { currentPassword, newPassword } });
  api.setCsrfToken(me.csrfToken);
  return me;
}

/** The server refuses shorter passwords; the form says so before sending. */
export const MIN_PASSWORD_LENGTH = 12;
