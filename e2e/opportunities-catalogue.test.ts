import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneys } from './support/journeys.ts';
import { signInStaff } from './support/staff-session.ts';

// The catalogue of opportunities in the console, in Arabic (right to left): the demo employment
// agency of Casablanca-Settat signs in, adds a training to its own catalogue and finds it in the
// list with what it provides. Texts are written out rather than imported from the catalogue.

const { running, newPage, screenshot } = useJourneys(['console']);
const JOURNEY_TIMEOUT = 150_000;

const AR = {
  nav: 'فرص الشغل والتكوين',
  newOpportunity: 'فرصة جديدة',
  kind: 'نوع الفرصة',
  title: 'اسم الفرصة',
  region: 'الجهة',
  applyBy: 'آخر أجل للترشح',
  places: 'عدد الأماكن',
  childcare: 'حضانة الأطفال',
  submit: 'إضافة الفرصة',
  province: 'العمالة أو الإقليم',
  edit: 'تعديل',
  close: 'إغلاق',
};

async function expectArabicRtl(page: Page): Promise<void> {
  await page.locator('html[lang="ar-MA"][dir="rtl"]').waitFor({ state: 'attached' });
}

describe('the catalogue of opportunities in the console', () => {
  it(
    'lets a provider add a training to its own catalogue and find it in the list',
    async () => {
      const { context, page, errors } = await newPage({
        device: 'laptop',
        ignoreConsole: /status of 401/,
      });
      await page.goto(`${running().server.url}/console/`);
      await expectArabicRtl(page);
      await signInStaff(page, 'anapec@demo.sanad.ma');

      await page.getByRole('link', { name: AR.nav }).click();
      await page.getByRole('heading', { name: AR.nav, level: 2 }).waitFor({ state: 'visible' });
      const rows = page.locator('tbody tr');
      // The table renders once its page of offers arrives: wait for it, never race it.
      await expect.poll(() => rows.count()).toBeGreaterThan(3);
      await expectArabicRtl(page);
      await screenshot(page, 'console-opportunities-ar');

      await page.getByRole('button', { name: AR.newOpportunity }).click();
      const form = page.getByRole('dialog', { name: AR.newOpportunity });
      await form.waitFor({ state: 'visible' });
      const title = `Formation en pâtisserie ${String(Date.now())}`;
      const applyBy = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
      await form.getByLabel(AR.kind).selectOption('training');
      await form.getByLabel(AR.title, { exact: true }).fill(title);
      await form.getByLabel(AR.region, { exact: true }).selectOption('06');
      // Only the chosen region's provinces are offered: Casablanca (141) among them.
      await form.locator('input[name="provinceCodes"][value="141"]').check();
      expect(await form.locator('input[name="provinceCodes"][value="421"]').count()).toBe(0);
      await form.getByLabel(AR.applyBy).fill(applyBy);
      await form.getByLabel(AR.places).fill('12');
      await form.getByLabel(AR.childcare).check();
      await screenshot(page, 'console-opportunity-create-ar');
      await form.getByRole('button', { name: AR.submit }).click();
      await form.waitFor({ state: 'detached' });

      // Hers, so she may edit and close it; its childcare shows as a chip.
      await page.getByLabel(AR.province).selectOption('141');
      const created = page.getByRole('row', { name: new RegExp(title) });
      await created.waitFor({ state: 'visible' });
      await expect
        .poll(() => created.locator('[data-condition="childcare"]').innerText())
        .toContain(AR.childcare);
      expect(await created.innerText()).toContain('12 شاغرة من أصل 12');
      await created.getByRole('button', { name: AR.edit, exact: true }).waitFor();
      await created.getByRole('button', { name: AR.close, exact: true }).waitFor();
      await screenshot(page, 'console-opportunity-created-ar');
      expect(errors).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
