import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneys } from './support/journeys.ts';

// Browser journeys through the two app shells, served by the real server in headless Chromium.
// Texts are written out here rather than imported from the catalogues, so a catalogue change
// that breaks what a survivor reads also breaks this test.

const { running, newPage, screenshot } = useJourneys(['survivor', 'console']);
const phone = (options: { serviceWorkers?: 'allow' | 'block' } = {}) =>
  newPage({ ...options, ignoreConsole: /status of 401/ });
const JOURNEY_TIMEOUT = 60_000;

const HOME_ACTIONS_AR = [
  'أنا في خطر الآن',
  'التبليغ عن العنف',
  'طلب الدعم (عمل، تكوين، مشروع)',
  'تتبّع طلبي',
];
const EMERGENCY = ['19', '177', '15', '8350'];

async function htmlLangDir(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

describe('app shells in a real browser', () => {
  it(
    'shows the survivor home in Arabic, right to left, with four choices and emergency numbers',
    async () => {
      const { context, page, errors } = await phone();
      await page.goto(`${running().server.url}/`);
      await page.locator('html[lang="ar-MA"][dir="rtl"]').waitFor({ state: 'attached' });
      for (const label of HOME_ACTIONS_AR) {
        await page.getByRole('button', { name: label }).waitFor({ state: 'visible' });
      }
      for (const number of EMERGENCY) {
        const link = page.locator(`a[href="tel:${number}"]`);
        await link.waitFor({ state: 'visible' });
        expect(await link.innerText()).toContain(number);
      }
      await page.getByRole('button', { name: 'خروج سريع' }).waitFor({ state: 'visible' });
      await screenshot(page, 'survivor-ar');

      expect(errors).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'switches the survivor app to French, then to Tamazight in Tifinagh',
    async () => {
      const { context, page } = await phone();
      await page.goto(`${running().server.url}/`);

      await page.getByRole('button', { name: 'Français' }).click();
      await page.locator('html[lang="fr-MA"][dir="ltr"]').waitFor({ state: 'attached' });
      await page
        .getByRole('button', { name: 'Je suis en danger maintenant' })
        .waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'Sortie rapide' }).waitFor({ state: 'visible' });
      expect(await htmlLangDir(page)).toEqual({ lang: 'fr-MA', dir: 'ltr' });
      await screenshot(page, 'survivor-fr');

      await page.getByRole('button', { name: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' }).click();
      await page.locator('html[lang="zgh"][dir="ltr"]').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'ⵔⵉⵖ ⵜⵉⵡⵉⵙⵉ ⴷⵖⵉ' }).waitFor({ state: 'visible' });
      await screenshot(page, 'survivor-zgh');

      // The choice survives a reload on this device.
      await page.reload();
      await page.locator('html[lang="zgh"][dir="ltr"]').waitFor({ state: 'attached' });
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'quick exit leaves for a neutral site and "back" does not return to Sanad',
    async () => {
      const { context, page } = await phone();
      // The neutral site is answered locally: the test must not depend on the Internet.
      await context.route('https://www.google.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
      );
      await page.goto(`${running().server.url}/`);
      await page.getByRole('button', { name: 'طلب الدعم (عمل، تكوين، مشروع)' }).click();
      await page.getByRole('button', { name: 'خروج سريع' }).click();
      await page.waitForURL('https://www.google.com/search?q=weather');
      await page.goBack();
      expect(page.url().startsWith(running().server.url)).toBe(false);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'keeps the survivor shell available offline, without storing any API answer',
    async () => {
      const { context, page } = await phone({ serviceWorkers: 'allow' });
      await page.goto(`${running().server.url}/`);
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      const cached = await page.evaluate(
        "caches.open('sanad-shell-v1').then((c) => c.keys()).then((ks) => ks.map((k) => new URL(k.url).pathname))",
      );
      expect(Array.isArray(cached)).toBe(true);
      const paths = cached as string[];
      expect(paths).toContain('/');
      expect(paths.some((p) => p.startsWith('/assets/') && p.endsWith('.js'))).toBe(true);
      expect(paths.some((p) => p.startsWith('/api/'))).toBe(false);

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('button', { name: 'أنا في خطر الآن' }).waitFor({ state: 'visible' });
      await page.locator('a[href="tel:8350"]').waitFor({ state: 'visible' });
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'shows the console with the territory counted in the chosen language',
    async () => {
      const { context, page, errors } = await phone();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${running().server.url}/console/`);
      await page.locator('html[lang="ar-MA"][dir="rtl"]').waitFor({ state: 'attached' });
      await page.getByRole('heading', { name: 'سند — لوحة التحكم' }).waitFor({ state: 'visible' });
      // Signed out, the console opens on the sign-in form, beside the service status.
      await page.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor({ state: 'visible' });
      const status = page.locator('[role="status"][data-state="ready"]');
      await status.waitFor({ state: 'visible' });
      expect(await status.innerText()).toBe('12 جهة، 75 عمالة وإقليمًا');
      await screenshot(page, 'console-ar');

      await page.getByRole('button', { name: 'Français' }).click();
      await page.locator('html[lang="fr-MA"][dir="ltr"]').waitFor({ state: 'attached' });
      await page.getByText('12 régions, 75 préfectures et provinces').waitFor({ state: 'visible' });
      await page.getByRole('heading', { name: 'Sanad — console' }).waitFor({ state: 'visible' });
      await page.getByRole('heading', { name: 'Connexion' }).waitFor({ state: 'visible' });
      await screenshot(page, 'console-fr');
      // The start-up check `GET /api/v1/auth/me` answers 401 to anyone signed out, and Chromium
      // logs every 4xx as a console error: that one is expected, anything else is a failure.
      expect(errors.filter((error) => !/status of 401 \(Unauthorized\)/.test(error))).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'tells the console user, in their language, when the territory cannot be loaded',
    async () => {
      const { context, page } = await phone();
      let failing = true;
      await context.route('**/api/v1/territory/regions', (route) =>
        failing
          ? route.fulfill({ status: 503, contentType: 'application/json', body: '{}' })
          : route.continue(),
      );
      await page.goto(`${running().server.url}/console/`);
      await page.getByRole('button', { name: 'English' }).click();
      const failed = page.locator('[role="status"][data-state="failed"]');
      await failed.waitFor({ state: 'visible' });
      expect(await failed.innerText()).toBe(
        'The territory could not be loaded. Check the connection and try again.',
      );
      failing = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await page
        .getByText('12 regions, 75 prefectures and provinces')
        .waitFor({ state: 'visible' });
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
