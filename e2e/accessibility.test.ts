import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneys } from './support/journeys.ts';
import { signInStaff } from './support/staff-session.ts';

// An automated WCAG 2.2 AA audit (axe-core) of the screens a survivor and a listener meet first,
// in real Chromium against the real server. Every finding is printed, whatever its impact, so the
// log shows the minor ones too; a `serious` or `critical` one fails the test.
// axe catches perhaps a third of accessibility problems: this is a floor, not a certificate.

const { running, newPage } = useJourneys(['survivor', 'console']);
const AUDIT_TIMEOUT = 60_000;

const AXE_SOURCE = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
/**
 * The survivor app's CSP forbids inline scripts, and `addScriptTag({ path })` injects inline
 * content. Rather than bypass the CSP (the audit should see the page as shipped), axe is served
 * from a same-origin path that only this browser profile knows.
 */
const AXE_PATH = '/__a11y-audit__/axe.min.js';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The part of axe-core's result this test reads (declared here: axe is injected, not imported). */
interface AxeNode {
  readonly target: readonly unknown[];
}
interface AxeViolation {
  readonly id: string;
  readonly impact?: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}
interface AxeResults {
  readonly violations: readonly AxeViolation[];
  readonly passes: readonly AxeViolation[];
  /** Checks axe could not decide (e.g. contrast over an image): to review by hand. */
  readonly incomplete: readonly AxeViolation[];
}

async function serveAxe(context: BrowserContext): Promise<void> {
  await context.route(`**${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: AXE_SOURCE }),
  );
}

/**
 * Audits the page as it is now against the WCAG 2.0–2.2 A and AA rules, prints every violation
 * (and what axe could not decide), and returns the serious and critical ones.
 */
async function audit(page: Page, screen: string) {
  const loaded = await page.evaluate('typeof globalThis.axe === "object"');
  if (loaded !== true) await page.addScriptTag({ url: AXE_PATH });
  const options = { runOnly: { type: 'tag', values: WCAG_TAGS } };
  const results = await page.evaluate<AxeResults>(`axe.run(document, ${JSON.stringify(options)})`);
  const targets = (rule: AxeViolation) =>
    rule.nodes.map((node) => node.target.map(String).join(' > ')).join(', ');
  const review = results.incomplete.map((rule) => `${rule.id}: ${targets(rule)}`);
  const summary = `${results.passes.length} rules passed, ${review.length} to review by hand${review.length === 0 ? '' : ` (${review.join('; ')})`}`;
  const lines = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${targets(violation)}`,
  );
  globalThis.console.log(
    `[accessibility] ${screen}: ${summary}; ${lines.length === 0 ? 'no violations' : `violations:\n  ${lines.join('\n  ')}`}`,
  );
  // An audit that checked nothing (axe not loaded, an empty page) must not pass quietly.
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${screen}: ${violation.id} (${violation.impact ?? ''})`);
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it(
    'survivor: home (Arabic, French), report steps 1–2, urgent, follow, safety',
    async () => {
      const base = running().server.url;
      const { context, page } = await newPage({ scriptErrorsOnly: true });
      await serveAxe(context);
      const failures: string[] = [];
      const home = async () => {
        await page.goto(`${base}/`);
        await page.locator('html[lang="ar-MA"][dir="rtl"]').waitFor({ state: 'attached' });
        await page.getByRole('button', { name: 'أنا في خطر الآن' }).waitFor({ state: 'visible' });
        await page.locator('a[href="tel:19"]').waitFor({ state: 'visible' });
      };

      await home();
      failures.push(...(await audit(page, 'survivor home (ar)')));

      await page.getByRole('button', { name: 'التبليغ عن العنف' }).click();
      await page.getByText('الخطوة 1 من 8').waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'report step 1 (ar)')));
      await page.getByRole('button', { name: 'التالي' }).click();
      await page.locator('#narrative').waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'report step 2 (ar)')));

      await home();
      await page.getByRole('button', { name: 'أنا في خطر الآن' }).click();
      await page.getByRole('button', { name: 'أرسلي الآن' }).waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'urgent, before sending (ar)')));

      await home();
      await page.locator('[data-action="safety"]').click();
      await page.locator('ul.points').waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'safety page (ar)')));

      await home();
      await page.getByRole('button', { name: 'Français' }).click();
      await page.locator('html[lang="fr-MA"][dir="ltr"]').waitFor({ state: 'attached' });
      await page
        .getByRole('button', { name: 'Je suis en danger maintenant' })
        .waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'survivor home (fr)')));

      await page.getByRole('button', { name: 'Suivre ma demande' }).click();
      await page.locator('form input').first().waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'follow my request (fr)')));

      expect(failures).toEqual([]);
      await context.close();
    },
    AUDIT_TIMEOUT,
  );

  it(
    'console: sign-in, then the queue and a case as a listener',
    async () => {
      const base = running().server.url;
      const { context, page } = await newPage({
        device: 'laptop',
        ignoreConsole: /status of 401/,
      });
      await serveAxe(context);
      const failures: string[] = [];

      await page.goto(`${base}/console/`);
      await page.getByRole('heading', { name: 'تسجيل الدخول' }).waitFor({ state: 'visible' });
      await page.locator('[role="status"][data-state="ready"]').waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'console sign-in (ar)')));

      await signInStaff(page, 'listener@demo.sanad.ma');
      await page.getByRole('link', { name: 'قائمة الانتظار' }).click();
      await page.getByRole('heading', { name: 'قائمة الفرز' }).waitFor({ state: 'visible' });
      await page.locator('tbody tr').first().waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'console queue (ar)')));

      await page.locator('tbody tr a.case-ref').first().click();
      await page.locator('.case-page [data-section="timeline"]').waitFor({ state: 'visible' });
      failures.push(...(await audit(page, 'console case (ar)')));

      expect(failures).toEqual([]);
      await context.close();
    },
    AUDIT_TIMEOUT,
  );
});
