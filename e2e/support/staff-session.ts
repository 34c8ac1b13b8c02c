import type { Page } from 'playwright-core';
import { generateTotp } from '../../apps/server/src/identity/totp.ts';

// Signing a demo staff account into the console, the way a person would: password, then the
// second factor from an authenticator — enrolled on first sign-in from the secret the page
// shows. Arabic labels, written out (a wording change that breaks sign-in breaks the journeys).

export const DEMO_PASSWORD = 'sanad-demo-2026';
const TOTP_STEP_MS = 30_000;

const AR = {
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  continue: 'متابعة',
  enrolTitle: 'إعداد التحقق الثاني',
  totpTitle: 'رمز التحقق',
  code: 'الرمز (6 أرقام)',
  verify: 'تحقّق',
  recoveryTitle: 'رموز الاسترداد',
  savedThem: 'احتفظت بها في مكان آمن',
};

/** The last TOTP step each secret used: the server refuses a replayed code. */
const lastStepUsed = new Map<string, number>();

async function freshCode(secret: string): Promise<string> {
  const spent = lastStepUsed.get(secret);
  while (spent !== undefined && Math.floor(Date.now() / TOTP_STEP_MS) <= spent) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const now = new Date();
  lastStepUsed.set(secret, Math.floor(now.getTime() / TOTP_STEP_MS));
  return generateTotp(secret, now);
}

/** Secrets enrolled during this test file, by e-mail (the "phones" of the demo accounts). */
const secrets = new Map<string, string>();

/**
 * Signs `email` in on a page showing the console's sign-in form, enrolling the second factor
 * if this is the account's first sign-in. Resolves once the console shows her name.
 */
export async function signInStaff(page: Page, email: string): Promise<void> {
  await page.getByLabel(AR.email).fill(email);
  await page.getByLabel(AR.password, { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: AR.continue }).click();
  const enrol = page.getByRole('heading', { name: AR.enrolTitle });
  const totp = page.getByRole('heading', { name: AR.totpTitle });
  await enrol.or(totp).waitFor({ state: 'visible' });
  if (await enrol.isVisible()) {
    const shown = await page.locator('code.secret').innerText();
    const secret = shown.replace(/\s+/g, '');
    secrets.set(email, secret);
    await page.getByLabel(AR.code).fill(await freshCode(secret));
    await page.getByRole('button', { name: AR.verify }).click();
    await page.getByRole('heading', { name: AR.recoveryTitle }).waitFor({ state: 'visible' });
    await page.getByLabel(AR.savedThem).check();
    await page.getByRole('button', { name: AR.continue }).click();
  } else {
    const secret = secrets.get(email);
    if (!secret) throw new Error(`no enrolled secret for ${email} in this run`);
    await page.getByLabel(AR.code).fill(await freshCode(secret));
    await page.getByRole('button', { name: AR.verify }).click();
  }
  await page.locator('[data-user-name]').waitFor({ state: 'visible' });
}
