import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneys } from './support/journeys.ts';
import { signInStaff } from './support/staff-session.ts';

// The emergency numbers as data (issue #4): an administrator edits them in the console, and the
// survivor's home screen shows the edit — and keeps it when the server cannot be reached.
// Texts are written out here, not imported from the catalogues.

const { running, newPage, screenshot } = useJourneys(['survivor', 'console']);
const JOURNEY_TIMEOUT = 150_000;

const AR = {
  navTitle: 'أرقام الطوارئ',
  add: 'إضافة رقم',
  number: 'الرقم الذي يُتصل به',
  service: 'الجهة',
  labels: {
    ar: 'التسمية بالعربية',
    fr: 'التسمية بالفرنسية',
    zgh: 'التسمية بالأمازيغية',
    en: 'التسمية بالإنجليزية',
  },
  save: 'حفظ',
  digitsOnly: 'أرقام فقط، من 2 إلى 10.',
  saved: 'حُفظت القائمة. ستظهر في الهواتف خلال دقائق.',
};

/** The list as stored, read and replaced through the API from a signed-in console page. */
async function replaceNumbers(page: Page, numbers: unknown[]): Promise<number> {
  return page.evaluate(async (body) => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const response = await fetch('/api/v1/admin/emergency-numbers', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ numbers: body }),
    });
    return response.status;
  }, numbers);
}

const label = (ar: string, fr: string, zgh: string, en: string) => ({ ar, fr, zgh, en });

describe('emergency numbers edited by an administrator', () => {
  it(
    'reach the survivor home screen, which keeps them when the server is out of reach',
    async () => {
      const url = running().server.url;
      // Before any edit: the four national numbers, built into the app.
      const before = await newPage({ scriptErrorsOnly: true });
      await before.page.goto(`${url}/`);
      for (const number of ['19', '177', '15', '8350']) {
        await before.page.locator(`.emergency a[href="tel:${number}"]`).waitFor();
      }
      await before.context.close();

      // An administrator changes the list (the API the console page uses).
      const admin = await newPage({ device: 'laptop', ignoreConsole: /status of 401/ });
      await admin.page.goto(`${url}/console/`);
      await signInStaff(admin.page, 'admin@demo.sanad.ma');
      const status = await replaceNumbers(admin.page, [
        { number: '19', kind: 'police', label: label('الشرطة', 'Police', 'ⴰⴱⵓⵍⵉⵙ', 'Police') },
        {
          number: '8008',
          kind: 'helpline',
          label: label('خط الليل', 'Ligne de nuit', 'ⴰⵙⴼⵍⴷ ⵏ ⵢⵉⴹ', 'Night line'),
        },
      ]);
      expect(status).toBe(200);
      await admin.context.close();

      // A phone that opens Sanad now shows the new list, labelled in her language.
      const phone = await newPage({ scriptErrorsOnly: true });
      await phone.page.goto(`${url}/`);
      const link = phone.page.locator('.emergency a[href="tel:8008"]');
      await link.waitFor();
      expect(await link.innerText()).toContain('خط الليل');
      await phone.page.locator('.emergency a[href="tel:177"]').waitFor({ state: 'detached' });
      await phone.page.getByRole('button', { name: 'Français' }).click();
      await phone.page
        .locator('.emergency a[href="tel:8008"]', { hasText: 'Ligne de nuit' })
        .waitFor();
      await screenshot(phone.page, 'survivor-emergency-numbers-edited');

      // Out of reach of the server, the list she last received is still the one shown.
      await phone.context.route('**/api/v1/public/emergency-numbers', (route) => route.abort());
      await phone.page.reload();
      await phone.page.locator('.emergency a[href="tel:8008"]').waitFor();
      expect(await phone.page.locator('.emergency a').count()).toBe(2);
      expect(phone.errors).toEqual([]);
      await phone.context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'are edited in the console: a refused number is named, then the list is saved',
    async () => {
      const url = running().server.url;
      const admin = await newPage({ device: 'laptop', ignoreConsole: /status of 401/ });
      await admin.page.goto(`${url}/console/`);
      await signInStaff(admin.page, 'admin@demo.sanad.ma');
      await admin.page.getByRole('link', { name: AR.navTitle }).click();
      await admin.page.getByRole('heading', { name: AR.navTitle }).waitFor();
      await admin.page.getByRole('group', { name: 'الرقم 2' }).waitFor();
      await admin.page.getByRole('button', { name: AR.add }).click();
      const added = admin.page.getByRole('group', { name: 'الرقم 3' });
      await added.getByLabel(AR.number).fill('80a');
      await added.getByLabel(AR.service).selectOption('civil_protection');
      await added.getByLabel(AR.labels.ar).fill('الوقاية المدنية');
      await added.getByLabel(AR.labels.fr).fill('Protection civile');
      await added.getByLabel(AR.labels.zgh).fill('ⵜⴰⴳⴷⵍⵜ ⵜⴰⵖⵔⴼⴰⵏⵜ');
      await added.getByLabel(AR.labels.en).fill('Civil Protection');
      await admin.page.getByRole('button', { name: AR.save }).click();
      await added.getByText(AR.digitsOnly).waitFor();
      await added.getByLabel(AR.number).fill('15');
      await admin.page.getByRole('button', { name: AR.save }).click();
      await admin.page.getByText(AR.saved).waitFor();
      await screenshot(admin.page, 'console-emergency-numbers-ar');
      expect(admin.errors).toEqual([]);
      await admin.context.close();

      const phone = await newPage({ scriptErrorsOnly: true });
      await phone.page.goto(`${url}/`);
      // The server's list replaces the built-in one once fetched (19, 8008, then the new 15).
      await phone.page.locator('.emergency a[href="tel:8008"]').waitFor();
      expect(await phone.page.locator('.emergency a').allInnerTexts()).toEqual([
        expect.stringContaining('19'),
        expect.stringContaining('8008'),
        expect.stringContaining('الوقاية المدنية'),
      ]);
      await phone.context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
