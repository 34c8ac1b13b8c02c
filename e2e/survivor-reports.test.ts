import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneys } from './support/journeys.ts';

// The survivor's journeys against the real server (demo data), in headless Chromium: urgent
// report, full report, support request, offline outbox, quick exit, following a request.
// Texts are written out here, not imported from the catalogues, so a wording change that
// breaks what she reads breaks this test.

const { running, newPage, screenshot } = useJourneys(['survivor']);
const phone = (options: { serviceWorkers?: 'allow' | 'block' } = {}) =>
  newPage({ ...options, scriptErrorsOnly: true });
const JOURNEY_TIMEOUT = 90_000;
const CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/** The code and secret shown on the receipt. */
async function receiptOf(page: Page): Promise<{ trackingCode: string; secret: string }> {
  const code = page.locator('[data-tracking-code]');
  await code.waitFor({ state: 'visible', timeout: 20_000 });
  const trackingCode = (await code.getAttribute('data-tracking-code')) ?? '';
  const secret = (await page.locator('[data-secret]').getAttribute('data-secret')) ?? '';
  expect(trackingCode).toMatch(CODE);
  expect(secret.length).toBeGreaterThanOrEqual(8);
  return { trackingCode, secret };
}

/** Asks the server directly (from the test process) what the follow page would show. */
async function follow(receipt: { trackingCode: string; secret: string }) {
  const response = await fetch(
    `${running().server.url}/api/v1/public/requests/${receipt.trackingCode}`,
    { headers: { 'x-request-secret': receipt.secret } },
  );
  return { status: response.status, body: (await response.json()) as { status: string } };
}

async function pick(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).check({ timeout: 10_000 });
}

describe('survivor journeys in a real browser', () => {
  it(
    '(a) sends an urgent report in Arabic in two taps and shows the code',
    async () => {
      const { context, page, errors } = await phone();
      await page.goto(`${running().server.url}/`);
      await page.locator('html[lang="ar-MA"][dir="rtl"]').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'أنا في خطر الآن' }).click(); // tap 1
      await page.getByRole('button', { name: 'أرسلي الآن' }).click(); // tap 2
      await page.getByRole('heading', { name: 'وصل طلبكِ' }).waitFor({ state: 'visible' });
      const receipt = await receiptOf(page);
      await page.locator('.calls a[href="tel:19"]').waitFor({ state: 'visible' });
      expect(await page.title()).toBe('Sanad');
      await screenshot(page, 'survivor-urgent-ar');
      expect((await follow(receipt)).status).toBe(200);
      await page.getByRole('button', { name: 'سجّلتُهما' }).click();
      await page.getByRole('button', { name: 'التبليغ عن العنف' }).waitFor({ state: 'visible' });
      expect(errors).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    '(b) sends a full violence report for someone else, in French',
    async () => {
      const { context, page, errors } = await phone();
      await page.goto(`${running().server.url}/`);
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('button', { name: 'Signaler une violence' }).click();
      const next = page.getByRole('button', { name: 'Suivant' });
      await pick(page, 'Un témoin');
      await next.click();
      await page.locator('input[name="harms"]').first().check();
      await page.locator('input[name="perpetrator"]').first().check();
      await page.getByLabel('Ce que vous voulez ajouter').fill('Elle a peur de rentrer.');
      await next.click();
      await page.locator('input[name="when"]').nth(2).check();
      // Back and next keep the answers.
      await page.getByRole('button', { name: 'Précédent' }).click();
      expect(await page.getByLabel('Ce que vous voulez ajouter').inputValue()).toBe(
        'Elle a peur de rentrer.',
      );
      await next.click();
      expect(await page.locator('input[name="when"]').nth(2).isChecked()).toBe(true);
      await next.click();
      await page.getByLabel('Région').selectOption('09');
      await page.getByLabel('Préfecture ou province').selectOption('541');
      await page.locator('input[name="area"]').nth(1).check();
      await next.click();
      await page.locator('input[name="safe-now"]').nth(1).check();
      await next.click();
      await page.locator('input[name="risk-choking"]').first().check();
      await next.click();
      await page.locator('input[name="report-contact-method"]').first().check();
      await page.getByLabel('Un numéro de téléphone sûr').fill('06 12 34 56 78');
      await page.locator('input[name="report-contact-window"]').nth(2).check();
      await next.click();
      await page.getByText('Prise en charge et orientation').click();
      await page.getByText('Partage avec les institutions').click();
      await page.getByText('Étape 8 sur 8').waitFor({ state: 'visible' });
      await screenshot(page, 'survivor-report-fr-consents');
      await page.getByRole('button', { name: 'Envoyer' }).click();
      const receipt = await receiptOf(page);
      await screenshot(page, 'survivor-report-fr-receipt');
      expect((await follow(receipt)).status).toBe(200);
      expect(errors).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    '(c) sends a support request in Tamazight, with the Tifinagh font',
    async () => {
      const { context, page, errors } = await phone();
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('tifinagh')) fonts.push(request.url());
      });
      await page.goto(`${running().server.url}/`);
      expect(fonts).toEqual([]); // not on the first screen
      await page.getByRole('button', { name: 'ⵜⴰⵎⴰⵣⵉⵖⵜ' }).click();
      await page.locator('html[lang="zgh"][dir="ltr"]').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'ⵜⵉⵡⵉⵙⵉ (ⵜⴰⵡⵓⵔⵉ, ⴰⵙⵍⵎⴷ, ⴰⵙⵏⴼⴰⵔ)' }).click();
      // Sending with nothing chosen is stopped before the server, answers kept.
      await page.getByRole('button', { name: 'ⴰⵣⵏ', exact: true }).click();
      await page.locator('.field-error').first().waitFor({ state: 'visible' });
      await page.locator('input[name="seeking"]').first().check();
      await page.locator('#support-place-region').selectOption('09');
      await page.locator('#support-place-province').selectOption('541');
      await page.locator('input[name="age-band"]').nth(3).check();
      await page.locator('input[name="schooling"]').nth(1).check();
      await page.getByRole('button', { name: 'ⴰⵣⵏ', exact: true }).click();
      const receipt = await receiptOf(page);
      expect(fonts.some((url) => url.endsWith('.css') || url.endsWith('.woff2'))).toBe(true);
      await screenshot(page, 'survivor-support-zgh');
      expect((await follow(receipt)).status).toBe(200);
      expect(errors).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    '(d) keeps a report made offline, encrypted, and delivers it exactly once',
    async () => {
      const { context, page } = await phone({ serviceWorkers: 'allow' });
      let posts = 0;
      let dropNextAnswer = false;
      // route.fetch() goes out from the test process, past the browser's offline switch: the
      // handler honours the switch itself.
      let offline = false;
      const keys = new Set<string>();
      let sentBody = '';
      await context.route('**/api/v1/public/reports', async (route) => {
        if (offline) {
          await route.abort('internetdisconnected');
          return;
        }
        posts += 1;
        keys.add(route.request().headers()['idempotency-key'] ?? '');
        sentBody = route.request().postData() ?? '';
        let response;
        try {
          response = await route.fetch();
        } catch {
          await route.abort('internetdisconnected');
          return;
        }
        // Simulates a lost answer: the server committed, the phone never heard back.
        if (dropNextAnswer) {
          dropNextAnswer = false;
          await route.abort('connectionreset');
          return;
        }
        await route.fulfill({ response });
      });
      await page.goto(`${running().server.url}/`);
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      await context.setOffline(true);
      offline = true;
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Report violence' }).click();
      await page.getByText('Step 1 of 8').waitFor({ state: 'visible', timeout: 10_000 });
      for (let step = 0; step < 7; step += 1) {
        await page.getByRole('button', { name: 'Next' }).click();
      }
      await page.getByText('Care and referral').click();
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.locator('[data-saved]').waitFor({ state: 'visible', timeout: 10_000 });
      expect(await page.locator('[data-saved]').innerText()).toContain(
        'will be sent by itself when the connection returns',
      );
      await screenshot(page, 'survivor-offline-saved');
      // What is on the device is ciphertext only.
      const stored = await page.evaluate(`new Promise((resolve) => {
        const open = indexedDB.open('app');
        open.onsuccess = () => {
          const req = open.result.transaction('outbox').objectStore('outbox').getAll();
          req.onsuccess = () => resolve(req.result.map((b) => new TextDecoder().decode(b)).join(''));
        };
      })`);
      expect(String(stored)).not.toContain('violence');
      await page.getByRole('button', { name: 'Back' }).click();
      await page.locator('[data-outbox="pending"]').waitFor({ state: 'visible', timeout: 10_000 });

      // The network returns, but the first answer is lost: the outbox sends again, same key.
      dropNextAnswer = true;
      await context.setOffline(false);
      offline = false;
      await page.evaluate("window.dispatchEvent(new Event('online'))");
      await page
        .locator('[data-outbox="delivered"]')
        .waitFor({ state: 'visible', timeout: 45_000 });
      expect(posts).toBeGreaterThanOrEqual(2);
      await page.getByRole('button', { name: 'See the code' }).click();
      const receipt = await receiptOf(page);
      await screenshot(page, 'survivor-offline-delivered');
      expect((await follow(receipt)).status).toBe(200);

      // Every attempt carried one key; the same submission sent once more (another flush,
      // another tab) answers the same receipt: still one case.
      expect(keys.size).toBe(1);
      const [key = ''] = keys;
      const again = await fetch(`${running().server.url}/api/v1/public/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: sentBody,
      });
      expect(again.status).toBe(201);
      expect(((await again.json()) as { trackingCode: string }).trackingCode).toBe(
        receipt.trackingCode,
      );
      await page.getByRole('button', { name: 'I have noted them' }).click();
      await page.locator('[data-outbox]').waitFor({ state: 'detached' });
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    '(e) quick exit by Escape, from a form, leaves no way back',
    async () => {
      const { context, page } = await phone();
      await context.route('https://www.google.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
      );
      await page.goto(`${running().server.url}/`);
      await page.getByRole('button', { name: 'التبليغ عن العنف' }).click();
      await page.getByText('الخطوة 1 من 8').waitFor({ state: 'visible' });
      await page.getByRole('button', { name: 'التالي' }).click();
      await page.locator('#narrative').fill('سر');
      await page.locator('#narrative').press('Escape');
      await page.waitForURL('https://www.google.com/search?q=weather');
      await page.goBack().catch(() => null);
      expect(page.url().startsWith(running().server.url)).toBe(false);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    '(f) follows a request: a wrong secret is refused, the right one shows status and thread',
    async () => {
      const { context, page } = await phone();
      await page.goto(`${running().server.url}/`);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'I am in danger now' }).click();
      await page.getByRole('button', { name: 'Send now' }).click();
      const receipt = await receiptOf(page);
      await page.getByRole('button', { name: 'I have noted them' }).click();

      await page.getByRole('button', { name: 'Follow my request' }).click();
      await page.getByLabel('Code', { exact: true }).fill(receipt.trackingCode.toLowerCase());
      await page.getByLabel('Secret code').fill('AAAA-BBBB-CCCC-DDDD');
      await page.getByRole('button', { name: 'See my request' }).click();
      await page
        .getByText('No request matches these codes. Check them and try again.')
        .waitFor({ state: 'visible' });

      await page.getByLabel('Secret code').fill(receipt.secret);
      await page.getByRole('button', { name: 'See my request' }).click();
      await page.locator('[data-status="received"]').waitFor({ state: 'visible' });
      await page.locator('[data-empty-thread]').waitFor({ state: 'visible' });
      // Her own message (the listener's reply reaching this page is in helpline-console.test.ts).
      await page.getByLabel('Your message').fill('Please call after 6 pm.');
      await page.getByRole('button', { name: 'Send the message' }).click();
      await page.getByText('Please call after 6 pm.').waitFor({ state: 'visible' });
      await screenshot(page, 'survivor-follow-en');
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
