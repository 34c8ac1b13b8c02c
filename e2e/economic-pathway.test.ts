import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneys } from './support/journeys.ts';
import { signInStaff } from './support/staff-session.ts';

// Issue #7 end to end, in real Chromium with three browser profiles: she asks for support from
// the app in Tamazight (Casablanca, training, 25–34, secondary school, her children to mind);
// the listener finds three matched opportunities with their reasons and proposes ANAPEC's; in
// "follow my request" she answers "yes, pass my request on"; ANAPEC's agent, on another screen,
// acknowledges and accepts the referral, records her enrolment, her completion and the outcome;
// the outcome is in her case's timeline. The new screens are audited with axe-core on the way.
// Her texts are written out, not imported from the catalogues: a wording change that breaks what
// she reads breaks this test.

const { running, newPage, screenshot } = useJourneys(['survivor', 'console']);
const JOURNEY_TIMEOUT = 240_000;

const ZGH = {
  language: 'ⵜⴰⵎⴰⵣⵉⵖⵜ',
  support: 'ⵜⵉⵡⵉⵙⵉ (ⵜⴰⵡⵓⵔⵉ, ⴰⵙⵍⵎⴷ, ⴰⵙⵏⴼⴰⵔ)',
  childcare: 'ⵔⵉⵖ ⵢⴰⵏ ⴰⴷ ⵉⵃⴹⵓ ⵜⴰⵔⵡⴰ ⵉⵏⵓ',
  care: 'ⴰⵙⵙⵓⴷⵙ ⴷ ⵓⵙⵏⵎⴰⵍ',
  send: 'ⴰⵣⵏ',
  noted: 'ⵔⵡⵉⵖ ⵜⵏⵜ',
  follow: 'ⴹⴼⵕ ⵜⵓⵜⵔⴰ ⵉⵏⵓ',
  open: 'ⵥⵕ ⵜⵓⵜⵔⴰ ⵉⵏⵓ',
  suggestions: 'ⵉⵙⵓⵎⵔⵏ ⵉ ⴽⵎⵎ',
  passItOn: 'ⵢⴰⵀ, ⴰⵣⵏⴰⵜ ⵜⵓⵜⵔⴰ ⵉⵏⵓ ⵖⵔ',
  sendAnswer: 'ⴰⵣⵏ ⴰⵔⵔⴰ ⵉⵏⵓ',
  waiting: 'ⴰⵔ ⵏⵜⵜⵔⴰⵊⵓ ⴰⵔⵔⴰ',
  finished: 'ⵜⴽⵎⵍⴷ',
  leave: 'ⵇⵇⵏ',
};
/** The console's words the listener acts on (Arabic, its default language). */
const AR = { claim: 'التكفّل', searchSubmit: 'بحث' };
/** The demo's offer from ANAPEC Casablanca for her (apps/server/src/demo/opportunities.ts). */
const ANAPEC_OFFER = /Taehil/;

/**
 * axe-core, served from a same-origin path this profile alone knows (the survivor app's CSP
 * forbids inline scripts), as `accessibility.test.ts` does for the first screens.
 */
const AXE_SOURCE = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const AXE_PATH = '/__a11y-audit__/axe.min.js';

async function serveAxe(context: BrowserContext): Promise<void> {
  await context.route(`**${AXE_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: AXE_SOURCE }),
  );
}

/** The serious and critical WCAG 2.2 A/AA findings on the page as it is now. */
async function audit(page: Page, screen: string): Promise<string[]> {
  if ((await page.evaluate('typeof globalThis.axe === "object"')) !== true) {
    await page.addScriptTag({ url: AXE_PATH });
  }
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const results = await page.evaluate<{
    passes: unknown[];
    violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
  }>(`axe.run(document, ${JSON.stringify({ runOnly: { type: 'tag', values: tags } })})`);
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${screen}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
}

/** The data attribute of every element matching `selector`, in document order. */
async function attributes(page: Page, selector: string, name: string): Promise<string[]> {
  const found: string[] = [];
  for (const element of await page.locator(selector).all()) {
    found.push((await element.getAttribute(name)) ?? '');
  }
  return found;
}

describe('economic pathway journey', () => {
  it(
    'support request in Tamazight → three matches with reasons → proposed → her yes → enrolled, completed, outcome in the timeline',
    async () => {
      const base = running().server.url;
      const survivor = await newPage({ scriptErrorsOnly: true });
      const listener = await newPage({ device: 'laptop', ignoreConsole: /status of 401/ });
      const agent = await newPage({ device: 'laptop', ignoreConsole: /status of 401/ });
      for (const page of [survivor, listener, agent]) await serveAxe(page.context);
      const failures: string[] = [];

      // She asks for support in Tamazight: a training in Casablanca, her children minded.
      const phone = survivor.page;
      await phone.goto(`${base}/`);
      await phone.getByRole('button', { name: ZGH.language }).click();
      await phone.locator('html[lang="zgh"]').waitFor({ state: 'attached' });
      await phone.getByRole('button', { name: ZGH.support }).click();
      await phone.locator('input[name="seeking"][value="training"]').check();
      await phone.locator('input[name="seeking"][value="vocational_training"]').check();
      await phone.locator('#support-place-region').selectOption('06');
      await phone.locator('#support-place-province').selectOption('141');
      await phone.locator('input[name="age-band"][value="age_25_34"]').check();
      await phone.locator('input[name="schooling"][value="secondary"]').check();
      await phone.getByLabel(ZGH.childcare).check();
      await phone.getByText(ZGH.care, { exact: true }).click();
      await phone.getByRole('button', { name: ZGH.send, exact: true }).click();
      const code = phone.locator('[data-tracking-code]');
      await code.waitFor({ state: 'visible', timeout: 20_000 });
      const trackingCode = (await code.getAttribute('data-tracking-code')) ?? '';
      const secret = (await phone.locator('[data-secret]').getAttribute('data-secret')) ?? '';
      await phone.getByRole('button', { name: ZGH.noted }).click();

      // The listener, on duty, finds her request in the queue by its code and takes it.
      const console = listener.page;
      await console.goto(`${base}/console/`);
      await signInStaff(console, 'listener@demo.sanad.ma');
      await console.locator('[data-live-status="live"]').waitFor({ state: 'attached' });
      await console.goto(`${base}/console/#/search`);
      await console.locator('input[name="trackingCode"]').fill(trackingCode);
      await console.getByRole('button', { name: AR.searchSubmit, exact: true }).click();
      const hit = console.locator('tbody tr[data-case-id]').first();
      await hit.waitFor({ state: 'visible' });
      const caseId = (await hit.getAttribute('data-case-id')) ?? '';
      expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
      await console.goto(`${base}/console/#/queue`);
      const row = console.locator(`tr[data-case-id="${caseId}"]`);
      await row.waitFor({ state: 'visible' });
      await row.getByRole('button', { name: AR.claim }).click();
      await console.goto(`${base}/console/#/cases/${caseId}`);
      await console.locator(`.case-page[data-case-id="${caseId}"]`).waitFor();

      // Her needs, read from her request; then the opportunities matched, best first.
      const pathway = console.locator('[data-section="pathway"]');
      await pathway.waitFor({ state: 'visible' });
      await pathway.locator('[data-profile-source="request"]').waitFor({ state: 'visible' });
      const matches = pathway.locator('[data-match]');
      await matches.first().waitFor({ state: 'visible', timeout: 15_000 });
      await expect.poll(() => matches.count()).toBeGreaterThanOrEqual(3);
      const offers = pathway.locator('[data-matches] > ol > [data-match]');
      const ranks = await attributes(console, '[data-matches] > ol > [data-match]', 'data-rank');
      expect(ranks.slice(0, 3)).toEqual(['1', '2', '3']);
      // Each says why, in words: her province, the childcare she needs, the places left…
      for (const offer of (await offers.all()).slice(0, 3)) {
        expect(await offer.locator('[data-reason]').count()).toBeGreaterThan(2);
        expect(await offer.locator('[data-reason][data-side="for"]').count()).toBeGreaterThan(0);
        const words = await offer.locator('.reasons').innerText();
        expect(words).not.toMatch(/[a-z]+_[a-z]+/); // codes never show
      }
      const anapec = offers.filter({ hasText: ANAPEC_OFFER });
      await anapec.waitFor({ state: 'visible' });
      const reasons = await attributes(
        console,
        '[data-matches] > ol > [data-match]:has-text("Taehil") [data-reason]',
        'data-reason',
      );
      expect(reasons).toEqual(
        expect.arrayContaining(['kind_sought', 'in_her_province', 'childcare_provided']),
      );
      failures.push(...(await audit(console, 'case with matches (ar)')));

      // On the phone she tells the rest: she reads and writes, mornings, Arabic and Tamazight.
      await pathway.locator('[data-action="edit-profile"]').click();
      const form = console.locator('dialog[open] [data-profile-form]');
      await form.waitFor({ state: 'visible' });
      failures.push(...(await audit(console, 'profile form (ar)')));
      await form.locator('select[name="literate"]').selectOption('yes');
      await form.locator('select[name="availability"]').selectOption('mornings');
      await form.locator('input[name="languages"][value="ar"]').check();
      await form.locator('input[name="languages"][value="zgh"]').check();
      await form.locator('[data-action="save-profile"]').click();
      await form.waitFor({ state: 'detached' });
      await pathway.locator('[data-profile-source="saved"]').waitFor({ state: 'visible' });
      expect(await pathway.locator('[data-profile-missing]').count()).toBe(0);
      // The offers are given in Arabic: the matches say so now.
      await anapec.locator('[data-reason="in_her_language"]').waitFor({ state: 'visible' });
      await screenshot(console, 'pathway-matches-ar');

      // She proposes ANAPEC's offer: it joins the opportunities proposed to her.
      await anapec.locator('[data-action="propose"]').click();
      const proposed = pathway.locator('[data-enrolment][data-status="proposed"]');
      await proposed.waitFor({ state: 'visible' });
      expect(await proposed.innerText()).toMatch(ANAPEC_OFFER);
      await anapec.locator('[data-already-proposed]').waitFor({ state: 'visible' });

      // In "follow my request" she sees it, in Tamazight, named with who offers it.
      await phone.getByRole('button', { name: ZGH.follow }).click();
      await phone.locator('#follow-code').fill(trackingCode);
      await phone.locator('#follow-secret').fill(secret);
      await phone.getByRole('button', { name: ZGH.open }).click();
      await phone.getByRole('heading', { name: ZGH.suggestions }).waitFor({ state: 'visible' });
      const suggestion = phone.locator('[data-opportunity][data-stage="proposed"]');
      await suggestion.waitFor({ state: 'visible' });
      expect(await suggestion.innerText()).toMatch(ANAPEC_OFFER);
      const share = suggestion.locator('label').filter({ hasText: ZGH.passItOn });
      expect(await share.innerText()).toContain('ANAPEC');
      await screenshot(phone, 'pathway-follow-suggestion-zgh');
      failures.push(...(await audit(phone, 'follow: a suggestion to answer (zgh)')));
      await share.click();
      await phone.getByRole('button', { name: ZGH.sendAnswer }).click();
      const waiting = phone.locator('[data-opportunity][data-stage="waiting"]');
      await waiting.waitFor({ state: 'visible' });
      expect(await waiting.innerText()).toContain(ZGH.waiting);

      // Her "yes, pass it on" referred her at once: the listener's card follows, live.
      const referred = pathway.locator('[data-enrolment][data-status="referred"]');
      await referred.waitFor({ state: 'visible', timeout: 15_000 });
      const referralId = (await referred.getAttribute('data-referral')) ?? '';
      expect(referralId).toMatch(/^[0-9a-f-]{36}$/);

      // ANAPEC's agent: the referral is in her inbox; she acknowledges and accepts it.
      await agent.page.goto(`${base}/console/`);
      await signInStaff(agent.page, 'anapec@demo.sanad.ma');
      await agent.page.goto(`${base}/console/#/inbox`);
      await agent.page.locator(`tr[data-referral="${referralId}"]`).waitFor({ state: 'visible' });
      await agent.page.goto(`${base}/console/#/referrals/${referralId}`);
      await agent.page.locator(`[data-referral-page="${referralId}"]`).waitFor();
      const card = agent.page.locator(`[data-referral="${referralId}"]`).first();
      const enrolment = agent.page.locator('[data-enrolment-card] [data-enrolment]');
      await enrolment.waitFor({ state: 'visible' });
      expect(await enrolment.getAttribute('data-status')).toBe('referred');
      await agent.page.locator('[data-action="acknowledge"]').click();
      await expect.poll(() => card.getAttribute('data-status')).toBe('acknowledged');
      await agent.page.locator('[data-action="accept"]').click();
      await expect.poll(() => card.getAttribute('data-status')).toBe('accepted');

      // Accepted, the enrolment's steps open: enrolled, then completed, then the outcome.
      await agent.page.locator('[data-action="enrolment-enrol"]').click();
      await expect.poll(() => enrolment.getAttribute('data-status')).toBe('enrolled');
      await agent.page.locator('[data-action="enrolment-complete"]').click();
      await expect.poll(() => enrolment.getAttribute('data-status')).toBe('completed');
      await expect.poll(() => card.getAttribute('data-status')).toBe('completed');
      await agent.page.locator('select[name="outcome"]').selectOption('employed');
      await agent.page.locator('[data-action="record-outcome"]').click();
      await enrolment.locator('[data-outcome="employed"]').waitFor({ state: 'visible' });
      await screenshot(agent.page, 'pathway-provider-completed-ar');
      failures.push(...(await audit(agent.page, 'referral with its enrolment (ar)')));

      // Her file tells it: the outcome is in the timeline, in words.
      await console.reload();
      await console.locator(`.case-page[data-case-id="${caseId}"]`).waitFor();
      const outcome = console.locator('[data-timeline-kind="enrolment.outcome_recorded"]');
      await outcome.waitFor({ state: 'visible' });
      expect(await outcome.innerText()).toContain('حصلت على عمل');
      const kinds = await attributes(console, '[data-timeline-kind]', 'data-timeline-kind');
      const pathwaySteps = kinds.filter((kind) => kind.startsWith('enrolment.'));
      expect(pathwaySteps).toEqual([
        'enrolment.proposed',
        'enrolment.interest_recorded',
        'enrolment.referred',
        'enrolment.enrolled',
        'enrolment.completed',
        'enrolment.outcome_recorded',
      ]);
      await pathway
        .locator('[data-enrolment][data-status="completed"] [data-outcome="employed"]')
        .waitFor({ state: 'visible' });

      // Her app follows in plain words: she has finished.
      await phone.getByRole('button', { name: ZGH.leave, exact: true }).click();
      await phone.getByRole('button', { name: ZGH.follow }).click();
      await phone.locator('#follow-code').fill(trackingCode);
      await phone.locator('#follow-secret').fill(secret);
      await phone.getByRole('button', { name: ZGH.open }).click();
      const done = phone.locator('[data-opportunity][data-stage="done"]');
      await done.waitFor({ state: 'visible' });
      expect(await done.innerText()).toContain(ZGH.finished);

      expect(failures).toEqual([]);
      for (const page of [survivor, listener, agent]) expect(page.errors).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );
});
