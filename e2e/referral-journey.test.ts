import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneys } from './support/journeys.ts';
import { signInStaff } from './support/staff-session.ts';

// Issue #6 end to end, in real Chromium with three browser profiles: she sends an urgent report
// from Settat; the listener refers her to the proposed Gendarmerie cell and to the EMF centre,
// with her consent given on the phone; the cell's agent, on another screen, acknowledges,
// accepts, records the accompaniment and completes with a note back; the listener sees the
// note without reloading; and her "follow my request" shows the progress in plain words.

const { running, newPage, screenshot } = useJourneys(['survivor', 'console']);
const JOURNEY_TIMEOUT = 240_000;
const NOTE_BACK = 'Accompagnée à la brigade; plainte déposée, elle est chez sa sœur.';

/** Refers the case to the first proposal of this institution type, with her consent now. */
async function referTo(console: Page, type: string): Promise<void> {
  const proposal = console.locator(`[data-proposal][data-institution-type="${type}"]`).first();
  if ((await proposal.count()) === 0) {
    await console.locator('[data-action="more-proposals"]').click();
  }
  await proposal.waitFor({ state: 'visible' });
  expect(await proposal.getAttribute('data-consent')).toBe('missing');
  // Each proposal says why: her province is covered, it is open now.
  expect(await proposal.locator('[data-reason]').count()).toBeGreaterThan(1);
  await proposal.locator('[data-action="refer-to"]').click();
  const dialog = console.locator('dialog[open]');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('input[name="consentNow"]').check();
  await dialog.locator('[data-action="send-referral"]').click();
  await dialog.waitFor({ state: 'detached' });
  await console
    .locator(`[data-referral][data-institution-type="${type}"][data-status="sent"]`)
    .waitFor({ state: 'visible' });
}

describe('referral journey', () => {
  it(
    'urgent report → refer to the Gendarmerie cell and the EMF → the cell acts and reports back',
    async () => {
      const base = running().server.url;
      const survivor = await newPage({ scriptErrorsOnly: true });
      const listener = await newPage({ device: 'laptop', ignoreConsole: /status of 401/ });
      const agent = await newPage({ device: 'laptop', ignoreConsole: /status of 401/ });

      // The Gendarmerie cell's agent is signed in and listening for referrals.
      await agent.page.goto(`${base}/console/`);
      await signInStaff(agent.page, 'gendarmerie@demo.sanad.ma');
      await agent.page.locator('[data-live-status="live"]').waitFor({ state: 'attached' });

      // The listener is on duty, her console open.
      const console = listener.page;
      await console.goto(`${base}/console/`);
      await signInStaff(console, 'listener@demo.sanad.ma');
      await console.locator('[data-live-status="live"]').waitFor({ state: 'attached' });

      // She is in danger, in Settat: the urgent button, her province, send.
      const phone = survivor.page;
      await phone.goto(`${base}/`);
      await phone.getByRole('button', { name: 'English' }).click();
      await phone.getByRole('button', { name: 'I am in danger now' }).click();
      await phone.locator('#urgent-place-region').selectOption('06');
      await phone.locator('#urgent-place-province').selectOption('461');
      await phone.getByRole('button', { name: 'Send now' }).click();
      const code = phone.locator('[data-tracking-code]');
      await code.waitFor({ state: 'visible' });
      const trackingCode = (await code.getAttribute('data-tracking-code')) ?? '';
      const secret = (await phone.locator('[data-secret]').getAttribute('data-secret')) ?? '';
      await phone.getByRole('button', { name: 'I have noted them' }).click();

      // The listener takes her case from the alert and opens the referral panel.
      const alert = console.locator('[role="alert"][data-alert-kind="urgent"]');
      await alert.waitFor({ state: 'visible', timeout: 15_000 });
      const caseId = (await alert.getAttribute('data-case-id')) ?? '';
      expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
      await console.goto(`${base}/console/#/cases/${caseId}`);
      await console.locator(`.case-page[data-case-id="${caseId}"]`).waitFor();
      await console.locator('[data-section="referrals"]').waitFor({ state: 'visible' });
      await console.locator('[data-action="refer"]').click();
      await console.locator('[data-proposal]').first().waitFor({ state: 'visible' });
      // Proposed first for an emergency in Settat: the Gendarmerie cell that covers it.
      const types: (string | null)[] = [];
      for (const row of await console.locator('[data-proposal]').all()) {
        types.push(await row.getAttribute('data-institution-type'));
      }
      const gendarmerie = types.indexOf('gendarmerie_cell');
      expect(gendarmerie).toBeGreaterThanOrEqual(0);
      // The DGSN cell covers Casablanca only: after the cell that covers Settat, if shown at all.
      expect(types.slice(0, gendarmerie)).not.toContain('dgsn_cell');
      await screenshot(console, 'referral-proposals-ar');

      await referTo(console, 'gendarmerie_cell');
      await referTo(console, 'emf_centre');
      await screenshot(console, 'referral-cards-ar');

      // The cell hears it at once: an emergency banner, then the referral in its inbox.
      const heard = agent.page.locator('[role="alert"][data-alert-kind="referral_urgent"]');
      await heard.waitFor({ state: 'visible', timeout: 15_000 });
      const referralId = (await heard.getAttribute('data-referral-id')) ?? '';
      await agent.page.goto(`${base}/console/#/referrals/${referralId}`);
      await agent.page.locator(`[data-referral-page="${referralId}"]`).waitFor();
      // The case as shared with the cell: she consented, so it is there; never her thread.
      await agent.page.locator('[data-shared-case]').waitFor({ state: 'visible' });
      const card = agent.page.locator(`[data-referral="${referralId}"]`);
      await agent.page.locator('[data-action="acknowledge"]').click();
      await expect.poll(() => card.getAttribute('data-status')).toBe('acknowledged');
      await agent.page.locator('[data-action="accept"]').click();
      await expect.poll(() => card.getAttribute('data-status')).toBe('accepted');
      await agent.page.locator('select[name="serviceType"]').selectOption('accompaniment');
      await agent.page.locator('[data-action="record-service"]').click();
      await agent.page.locator('[data-service-record="accompaniment"]').waitFor();
      await expect.poll(() => card.getAttribute('data-status')).toBe('in_progress');
      await agent.page.locator('[data-action="complete"]').click();
      await agent.page.locator('dialog[open] textarea[name="note"]').fill(NOTE_BACK);
      await agent.page.locator('[data-action="confirm-completed"]').click();
      await expect.poll(() => card.getAttribute('data-status')).toBe('completed');
      await screenshot(agent.page, 'referral-completed-by-cell-ar');

      // The listener, still on the case, reads the note back without reloading.
      const done = console.locator(
        '[data-referral][data-institution-type="gendarmerie_cell"][data-status="completed"]',
      );
      await done.waitFor({ state: 'visible', timeout: 15_000 });
      expect(await done.locator('[data-note-back]').innerText()).toContain(NOTE_BACK);
      await done.locator('[data-service-record="accompaniment"]').waitFor();
      await screenshot(console, 'referral-note-back-ar');

      // Her "follow my request": the steps in plain words, no institution named.
      await phone.getByRole('button', { name: 'Follow my request' }).click();
      await phone.getByLabel('Code', { exact: true }).fill(trackingCode);
      await phone.getByLabel('Secret code').fill(secret);
      await phone.getByRole('button', { name: 'See my request' }).click();
      const steps = phone.locator('[data-progress]');
      await steps.waitFor({ state: 'visible' });
      const reached: (string | null)[] = [];
      for (const step of await steps.locator('[data-step]').all()) {
        reached.push(await step.getAttribute('data-step'));
      }
      // The EMF has not answered yet, so the request is not completed as a whole.
      expect(reached).toEqual(['received', 'referred', 'taken_in_charge', 'service_given']);
      const words = await steps.innerText();
      expect(words).toContain('Your request was passed to a service that can help you.');
      expect(words).not.toMatch(/gendarm|EMF|police/i);
      await screenshot(phone, 'referral-follow-progress-en');

      for (const page of [survivor, listener, agent]) expect(page.errors).toEqual([]);
    },
    JOURNEY_TIMEOUT,
  );
});
