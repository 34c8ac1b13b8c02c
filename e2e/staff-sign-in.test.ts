import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateTotp } from '../apps/server/src/identity/totp.ts';
import { useJourneys } from './support/journeys.ts';

// Staff sign-in and administration in the console, in Arabic (the default, right to left),
// against the real server and its demo accounts. The second factor is computed the way a phone
// would, from the secret the enrolment page shows. Texts are written out here rather than
// imported from the catalogue, so a catalogue change that breaks what staff read breaks this.

// Chromium logs the expected 401 of the start-up check (`GET /auth/me`) signed out.
const { running, newPage, screenshot } = useJourneys(['console']);
const desktop = () => newPage({ device: 'laptop', ignoreConsole: /status of 401/ });
const JOURNEY_TIMEOUT = 150_000;
const DEMO_PASSWORD = 'sanad-demo-2026';
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
  signOut: 'تسجيل الخروج',
  signedOut: 'تم تسجيل الخروج.',
  sessionEnded: 'انتهت جلستك بعد 15 دقيقة دون نشاط. سجّل الدخول من جديد.',
  users: 'المستخدمون',
  institutions: 'المؤسسات',
  newInstitution: 'مؤسسة جديدة',
  region: 'الجهة',
  scopeLevel: 'النطاق الترابي',
  account: 'حسابي',
  edit: 'تعديل',
  save: 'حفظ',
  disable: 'تعطيل',
  enable: 'تفعيل',
  disabled: 'معطّل',
  active: 'مفعّل',
  resetAccess: 'إعادة تعيين الدخول',
  resetDone: 'تمت إعادة تعيين الدخول',
  newUser: 'مستخدم جديد',
  fullName: 'الاسم الكامل',
  createAccount: 'إنشاء الحساب',
  accountCreated: 'تم إنشاء الحساب',
  close: 'إغلاق',
  firstPasswordTitle: 'اختر كلمة مرورك',
  currentPassword: 'كلمة المرور الحالية',
  newPassword: 'كلمة المرور الجديدة',
  confirmPassword: 'كلمة المرور الجديدة مرة أخرى',
  changePassword: 'تغيير كلمة المرور',
};

async function expectArabicRtl(page: Page): Promise<void> {
  await page.locator('html[lang="ar-MA"][dir="rtl"]').waitFor({ state: 'attached' });
}

/** Remembers the last TOTP step each secret used: the server refuses a replayed code. */
const lastStepUsed = new Map<string, number>();

/** The code a phone would show now, waiting for the next 30-second step if this one is spent. */
async function freshCode(secret: string): Promise<string> {
  const spent = lastStepUsed.get(secret);
  while (spent !== undefined && Math.floor(Date.now() / TOTP_STEP_MS) <= spent) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const now = new Date();
  lastStepUsed.set(secret, Math.floor(now.getTime() / TOTP_STEP_MS));
  return generateTotp(secret, now);
}

async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(AR.email).fill(email);
  await page.getByLabel(AR.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: AR.continue }).click();
}

/**
 * First sign-in: reads the secret the enrolment page shows, enters the current code, keeps the
 * recovery codes, and returns the secret (the "phone" of this account from now on).
 */
async function enrol(page: Page, screenshotPrefix?: string): Promise<string> {
  await page.getByRole('heading', { name: AR.enrolTitle }).waitFor({ state: 'visible' });
  await expectArabicRtl(page);
  const qr = page.locator('img.enrol__qr');
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  // The browser decoded the SVG into a picture (a broken image has no natural width).
  expect(
    await page.evaluate("document.querySelector('img.enrol__qr').naturalWidth"),
  ).toBeGreaterThan(0);
  const shown = await page.locator('code.secret').innerText();
  expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const secret = shown.replace(/\s+/g, '');
  if (screenshotPrefix) await screenshot(page, `${screenshotPrefix}-enrol`);

  const codeInput = page.getByLabel(AR.code);
  expect(await codeInput.getAttribute('inputmode')).toBe('numeric');
  expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code');
  await codeInput.fill(await freshCode(secret));
  await page.getByRole('button', { name: AR.verify }).click();

  await page.getByRole('heading', { name: AR.recoveryTitle }).waitFor({ state: 'visible' });
  await expectArabicRtl(page);
  const codes = await page.locator('ol.codes li').allInnerTexts();
  expect(codes.length).toBeGreaterThanOrEqual(5);
  if (screenshotPrefix) await screenshot(page, `${screenshotPrefix}-recovery-codes`);
  const next = page.getByRole('button', { name: AR.continue });
  expect(await next.isDisabled()).toBe(true);
  await page.getByLabel(AR.savedThem).check();
  await next.click();
  return secret;
}

async function expectSignedInAs(page: Page, name: string): Promise<void> {
  const shown = page.locator('[data-user-name]');
  await shown.waitFor({ state: 'visible' });
  expect(await shown.innerText()).toBe(name);
}

async function signOut(page: Page): Promise<void> {
  // The menu's button (the account page has its own, and "sign out everywhere").
  await page.getByRole('button', { name: AR.signOut, exact: true }).first().click();
  await page.getByText(AR.signedOut).waitFor({ state: 'visible' });
  await expectArabicRtl(page);
}

describe('staff sign-in and administration in the console', () => {
  it(
    'enrols the demo listener’s second factor, signs out, and signs in again with a fresh code',
    async () => {
      const { context, page, errors } = await desktop();
      await page.goto(`${running().server.url}/console/`);
      await expectArabicRtl(page);
      await page.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor({ state: 'visible' });
      await screenshot(page, 'console-sign-in-ar');

      // A wrong password is refused with the server's message, in Arabic.
      await submitPassword(page, 'listener@demo.sanad.ma', 'not the password');
      const refusal = page.getByRole('alert');
      await refusal.waitFor({ state: 'visible' });
      expect(await refusal.innerText()).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة');

      await submitPassword(page, 'listener@demo.sanad.ma', DEMO_PASSWORD);
      const secret = await enrol(page, 'console-listener');
      await expectSignedInAs(page, 'Salma (écoutante)');
      await expectArabicRtl(page);
      await page.getByRole('heading', { name: /مرحبًا/ }).waitFor({ state: 'visible' });
      // A listener administers nothing: the menu offers no administration page.
      expect(await page.getByRole('link', { name: AR.users }).count()).toBe(0);
      await screenshot(page, 'console-listener-home-ar');

      await signOut(page);
      await submitPassword(page, 'listener@demo.sanad.ma', DEMO_PASSWORD);
      await page.getByRole('heading', { name: AR.totpTitle }).waitFor({ state: 'visible' });
      await expectArabicRtl(page);
      await screenshot(page, 'console-second-factor-ar');
      await page.getByLabel(AR.code).fill(await freshCode(secret));
      await page.getByRole('button', { name: AR.verify }).click();
      await expectSignedInAs(page, 'Salma (écoutante)');
      await expectArabicRtl(page);

      // The session survives a reload: the console asks the server who is signed in.
      await page.reload();
      await expectSignedInAs(page, 'Salma (écoutante)');

      // When the session is gone (idle timeout; here, the cookie removed), the next request
      // answers 401 and the console returns to the sign-in form, saying why.
      await context.clearCookies();
      await page.getByRole('link', { name: AR.account }).click();
      await page.getByLabel(AR.currentPassword).fill(DEMO_PASSWORD);
      await page.getByLabel(AR.newPassword, { exact: true }).fill('a new password, long enough');
      await page.getByLabel(AR.confirmPassword).fill('a new password, long enough');
      await page.getByRole('button', { name: AR.changePassword }).click();
      await page.getByText(AR.sessionEnded).waitFor({ state: 'visible' });
      await page.getByLabel(AR.email).waitFor({ state: 'visible' });
      await expectArabicRtl(page);
      await screenshot(page, 'console-session-ended-ar');
      expect(errors).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'lets the demo admin create, disable, enable and reset a listener, who then signs in',
    async () => {
      const { context, page, errors } = await desktop();
      await page.goto(`${running().server.url}/console/`);
      await expectArabicRtl(page);
      await submitPassword(page, 'admin@demo.sanad.ma', DEMO_PASSWORD);
      await enrol(page, 'console-admin');
      await expectSignedInAs(page, 'Admin Sanad');

      await page.getByRole('link', { name: AR.users }).click();
      await page.getByRole('heading', { name: AR.users, level: 2 }).waitFor({ state: 'visible' });
      await page.locator('table').waitFor({ state: 'visible' });
      await expectArabicRtl(page);
      expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
      await screenshot(page, 'console-users-ar');
      // The same page in Tamazight: vocabularies and territory follow the language.
      await page.getByRole('button', { name: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' }).click();
      await page.locator('html[lang="zgh"][dir="ltr"]').waitFor({ state: 'attached' });
      await page.getByRole('heading', { name: 'ⵉⵎⵙⵙⵅⴷⴰⵎⵏ', level: 2 }).waitFor();
      await screenshot(page, 'console-users-zgh');
      await page.getByRole('button', { name: 'العربية' }).click();
      await expectArabicRtl(page);

      await page.getByRole('button', { name: AR.newUser }).click();
      const dialog = page.getByRole('dialog', { name: AR.newUser });
      await dialog.waitFor({ state: 'visible' });
      // The dialog opens on its first field.
      expect(await page.evaluate('document.activeElement?.getAttribute("name")')).toBe('email');
      const email = `amina.${String(Date.now())}@demo.sanad.ma`;
      await dialog.getByLabel(AR.email).fill(email);
      await dialog.getByLabel(AR.fullName).fill('Amina (écoutante)');
      await screenshot(page, 'console-users-create-ar');
      await dialog.getByRole('button', { name: AR.createAccount }).click();

      const created = page.getByRole('dialog', { name: AR.accountCreated });
      await created.waitFor({ state: 'visible' });
      const temporaryPassword = await created.locator('[data-temporary-password]').innerText();
      expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
      await screenshot(page, 'console-users-temporary-password-ar');
      await created.getByRole('button', { name: AR.close }).first().click();
      const amina = page.getByRole('row', { name: /Amina/ });
      await amina.waitFor({ state: 'visible' });
      await expectArabicRtl(page);

      // Disable and enable her account, then reset her access, after a confirmation that says
      // what a reset does: the first temporary password stops working.
      await amina.getByRole('button', { name: AR.disable, exact: true }).click();
      await amina.getByText(AR.disabled, { exact: true }).waitFor({ state: 'visible' });
      await amina.getByRole('button', { name: AR.enable, exact: true }).click();
      await amina.getByText(AR.active, { exact: true }).waitFor({ state: 'visible' });

      // Narrow her scope to one region (Souss-Massa, code 09), picked from the territory.
      await amina.getByRole('button', { name: AR.edit, exact: true }).click();
      const editUser = page.getByRole('dialog', { name: /تعديل/ });
      await editUser.waitFor({ state: 'visible' });
      await editUser.getByLabel(AR.scopeLevel).selectOption('region');
      await editUser.getByLabel(AR.region, { exact: true }).selectOption('09');
      await editUser.getByRole('button', { name: AR.save, exact: true }).click();
      await editUser.waitFor({ state: 'detached' });
      await amina.getByText('الجهة: سوس - ماسة').waitFor({ state: 'visible' });

      await amina.getByRole('button', { name: AR.resetAccess }).click();
      const confirm = page.getByRole('dialog', { name: /إعادة تعيين دخول/ });
      await confirm.waitFor({ state: 'visible' });
      expect(await confirm.innerText()).toContain('تُنهى جلساته على كل الأجهزة');
      await screenshot(page, 'console-users-reset-ar');
      await confirm.getByRole('button', { name: AR.resetAccess }).click();
      const reset = page.getByRole('dialog', { name: AR.resetDone });
      await reset.waitFor({ state: 'visible' });
      const resetPassword = await reset.locator('[data-temporary-password]').innerText();
      expect(resetPassword).not.toBe(temporaryPassword);
      await reset.getByRole('button', { name: AR.close }).first().click();
      await reset.waitFor({ state: 'detached' });

      // Institutions: the table narrows by region; the form opens with coverage by region.
      await page.getByRole('link', { name: AR.institutions }).click();
      await page.locator('table').waitFor({ state: 'visible' });
      const rows = page.locator('tbody tr');
      // The table renders after its data arrives and again after a filter: wait, never race it.
      await expect.poll(() => rows.count()).toBeGreaterThan(24);
      const all = await rows.count();
      await page.getByLabel(AR.region, { exact: true }).selectOption('09');
      await expect.poll(() => rows.count()).toBeLessThan(all);
      expect(await rows.count()).toBeGreaterThan(0);
      await screenshot(page, 'console-institutions-ar');

      // Saving an institution unchanged sends nothing and says it is saved; disabling and
      // enabling it carry the version it was read at.
      const institution = page.locator('tbody tr').first();
      await institution.getByRole('button', { name: AR.edit, exact: true }).click();
      const edit = page.getByRole('dialog', { name: /تعديل/ });
      await edit.waitFor({ state: 'visible' });
      await edit.getByRole('button', { name: AR.save, exact: true }).click();
      await edit.waitFor({ state: 'detached' });
      await page.getByText(/^تم حفظ/).waitFor({ state: 'visible' });
      await institution.getByRole('button', { name: AR.disable, exact: true }).click();
      await institution.getByText(AR.disabled, { exact: true }).waitFor({ state: 'visible' });
      await institution.getByRole('button', { name: AR.enable, exact: true }).click();
      await institution.getByText(AR.active, { exact: true }).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: AR.newInstitution }).click();
      const form = page.getByRole('dialog', { name: AR.newInstitution });
      await form.waitFor({ state: 'visible' });
      await form.getByLabel(AR.region, { exact: true }).selectOption('09');
      await screenshot(page, 'console-institutions-create-ar');
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });
      // Escape closed it, and focus went back to the button that opened it.
      await expect
        .poll(() => page.evaluate('document.activeElement?.textContent'))
        .toBe(AR.newInstitution);

      await page.getByRole('link', { name: AR.account }).click();
      await page.getByRole('heading', { name: AR.account, level: 2 }).waitFor();
      await screenshot(page, 'console-account-ar');
      await signOut(page);

      // The new listener: the reset's temporary password, second factor, then her own password.
      await submitPassword(page, email, temporaryPassword);
      await page.getByRole('alert').waitFor({ state: 'visible' });
      await submitPassword(page, email, resetPassword);
      await enrol(page);
      await page
        .getByRole('heading', { name: AR.firstPasswordTitle })
        .waitFor({ state: 'visible' });
      await screenshot(page, 'console-first-password-ar');
      await page.getByLabel(AR.currentPassword).fill(resetPassword);
      await page.getByLabel(AR.newPassword, { exact: true }).fill('three unrelated words here');
      await page.getByLabel(AR.confirmPassword).fill('three unrelated words here');
      await page.getByRole('button', { name: AR.changePassword }).click();
      await expectSignedInAs(page, 'Amina (écoutante)');
      await page.getByRole('heading', { name: /مرحبًا/ }).waitFor({ state: 'visible' });
      await expectArabicRtl(page);
      expect(errors).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'answers in the chosen language, and counts down after too many attempts',
    async () => {
      const { context, page, errors } = await desktop();
      await page.goto(`${running().server.url}/console/`);
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: 'attached' });
      // The server throttles by the address typed, so an unknown one locks nobody real.
      const email = 'nobody@demo.sanad.ma';
      const alert = page.getByRole('alert');
      for (let attempt = 1; attempt <= 5; attempt++) {
        await page.getByLabel('E-mail address').fill(email);
        await page.getByLabel('Password', { exact: true }).fill(`wrong ${String(attempt)}`);
        await page.getByRole('button', { name: 'Continue' }).click();
        await alert.waitFor({ state: 'visible' });
        expect(await alert.innerText()).toBe('The e-mail address or password is incorrect.');
        await page.getByRole('button', { name: 'Continue' }).waitFor({ state: 'visible' });
        await page.locator('button[type=submit]:not([disabled])').waitFor();
      }
      await page.getByLabel('Password', { exact: true }).fill('wrong 6');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText(/^You can try again in \d+ seconds?\.$/).waitFor({ state: 'visible' });
      expect(await alert.innerText()).toBe('Too many attempts. Wait a little, then try again.');
      expect(await page.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
      await screenshot(page, 'console-rate-limited-en');
      expect(errors.filter((error) => !/status of 429/.test(error))).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
