// A staff account made with the real CLI and signed in through the real two steps (password,
// then the second factor enrolled on first sign-in), for scenarios that drive running servers.
import { SESSION_COOKIE } from '../../apps/server/src/identity/cookies.ts';
import { generateTotp } from '../../apps/server/src/identity/totp.ts';
import { runCli } from '../../apps/server/src/testing/processes.ts';

const PASSWORD = 'resilience passphrase, not secret';

/** Runs `sanad create-user` against the database `env` names. */
export async function createStaffAccount(
  env: NodeJS.ProcessEnv,
  email: string,
  role: 'listener' | 'supervisor',
): Promise<void> {
  const created = await runCli(
    ['create-user', '--email', email, '--name', role, '--role', role, '--scope', 'national'],
    { LOG_LEVEL: 'warn', ...env },
    `${PASSWORD}\n`,
  );
  if (created.code !== 0) throw new Error(`create-user failed: ${created.stderr}`);
}

function cookieOf(response: Response): string {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error(`no session cookie (HTTP ${String(response.status)})`);
  return header.split(';')[0] ?? '';
}

/** Signs `email` in on `baseUrl` (first sign-in: enrols the second factor); returns the Cookie header. */
export async function signInStaff(baseUrl: string, email: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const started = (await login.json()) as { csrfToken: string; enrolment?: { secret: string } };
  if (!started.enrolment) throw new Error(`${email} should enrol on first sign-in`);
  const totp = await fetch(`${baseUrl}/api/v1/auth/totp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': started.csrfToken,
      cookie: cookieOf(login),
    },
    body: JSON.stringify({ code: generateTotp(started.enrolment.secret) }),
  });
  return cookieOf(totp);
}
