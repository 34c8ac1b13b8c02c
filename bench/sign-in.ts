import { SESSION_COOKIE } from '../apps/server/src/identity/cookies.ts';
import { generateTotp } from '../apps/server/src/identity/totp.ts';
import { runCli } from '../apps/server/src/testing/processes.ts';

export const BENCH_EMAIL = 'bench@bench.sanad.ma';
const BENCH_PASSWORD = 'bench passphrase, not secret';

/** Creates the bench's staff account in a data directory no server holds yet. */
export async function createBenchAccount(dataDir: string): Promise<void> {
  const created = await runCli(
    ['create-user', '--email', BENCH_EMAIL, '--name', 'Bench', '--role', 'listener'],
    { SANAD_DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: undefined },
    `${BENCH_PASSWORD}\n`,
  );
  if (created.code !== 0) throw new Error(`create-user failed: ${created.stderr}`);
}

function cookieOf(response: Response): string {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error(`no session cookie (HTTP ${String(response.status)})`);
  return header.split(';')[0] ?? '';
}

/** Signs the bench account in through the real two steps; returns the Cookie header. */
export async function signIn(baseUrl: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  const started = (await login.json()) as { csrfToken: string; enrolment?: { secret: string } };
  if (!started.enrolment) throw new Error('the bench account should enrol on first sign-in');
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
