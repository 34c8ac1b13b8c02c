import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useJourneys } from './support/journeys.ts';
import { signInStaff } from './support/staff-session.ts';

// The helpline's side of an urgent report, in real Chromium with two browser profiles: the
// survivor sends an urgent report from her phone; the listener's console, already open on the
// queue, shows and sounds the alert without reloading; she takes the case, opens it, logs her
// call-back, runs the risk checklist and records consent, and sees each on the case page.
// Texts are written out (Arabic, the default), so a wording change that breaks what listeners
// read breaks this test.

const { running, newPage, screenshot } = useJourneys(['survivor', 'console']);
const JOURNEY_TIMEOUT = 180_000;

const LISTENER_REPLY = 'سنتصل بك الليلة بين الثامنة والتاسعة.';

const AR = {
  queueLink: 'قائمة الانتظار',
  queueTitle: 'قائمة الفرز',
  claim: 'التكفّل',
  you: 'أنت',
  openCase: 'فتح الملف',
  logCallForCase: 'تسجيل مكالمة لهذا الملف',
  callType: 'نوع المكالمة',
  phone: 'رقم الهاتف',
  noEarlier: 'لا يوجد أي اتصال سابق من هذا الرقم.',
  startTimer: 'بدء التوقيت',
  stopTimer: 'إيقاف التوقيت',
  notes: 'ملاحظات',
  saveCall: 'حفظ المكالمة',
  saveRisk: 'حفظ التقييم',
  riskSaved: 'تم حفظ التقييم.',
  purpose: 'الغرض',
  recordConsent: 'تسجيل موافقة',
  consentRecorded: /سُجّلت الموافقة/,
  listener: 'Salma (écoutante)',
  savePlan: 'حفظ الخطة',
  replyTitle: 'ردّك',
  sendMessage: 'إرسال',
  messageSent: 'أُرسلت الرسالة.',
  planSaved: 'تم حفظ خطة السلامة.',
  supervision: 'الإشراف',
  onDuty: 'في الخدمة',
  reassign: 'إسناده لشخص آخر',
  search: 'البحث عن ملف',
  reference: 'مرجع الملف',
  searchSubmit: 'بحث',
};

/** The session's CSRF token, for a change made "by a colleague" straight through the API. */
async function csrfToken(context: BrowserContext, base: string): Promise<string> {
  const me = await context.request.get(`${base}/api/v1/auth/me`);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

/** Records, in the page, the wall-clock time at which an urgent alert banner first appears. */
async function watchForUrgentAlert(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__sanadUrgentAt = undefined;
    window.__sanadStillHere = true;
    const seen = () => {
      if (window.__sanadUrgentAt === undefined && document.querySelector('[data-alert-kind="urgent"]')) {
        window.__sanadUrgentAt = Date.now();
      }
    };
    new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
  })()`);
}

describe('helpline console', () => {
  it(
    'alerts the listener live to an urgent report, and records her work on the case',
    async () => {
      const base = running().server.url;
      const listener = await newPage({ device: 'laptop', ignoreConsole: /status of 401/ });
      const survivor = await newPage({ scriptErrorsOnly: true });
      const console = listener.page;

      // The listener signs in (the click also allows the alarm's sound) and opens the queue.
      await console.goto(`${base}/console/`);
      await signInStaff(console, 'listener@demo.sanad.ma');
      await console.getByRole('link', { name: AR.queueLink }).click();
      await console.getByRole('heading', { name: AR.queueTitle }).waitFor({ state: 'visible' });
      await console.locator('[data-live-status="live"]').waitFor({ state: 'attached' });
      await watchForUrgentAlert(console);
      const titleBefore = await console.title();
      expect(titleBefore).not.toMatch(/^\(\d+\)/);

      // She is in danger now: two taps on her phone.
      await survivor.page.goto(`${base}/`);
      await survivor.page.getByRole('button', { name: 'أنا في خطر الآن' }).click();
      const answered = survivor.page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/v1/public/reports') &&
          response.request().method() === 'POST',
      );
      await survivor.page.getByRole('button', { name: 'أرسلي الآن' }).click();
      const response = await answered;
      expect(response.status()).toBe(201);
      await response.finished();
      const timing = response.request().timing();
      const answeredAt = timing.startTime + timing.responseEnd;

      // The console shows the alert without reloading, on whatever page it is.
      const alert = console.locator('[role="alert"][data-alert-kind="urgent"]');
      await alert.waitFor({ state: 'visible', timeout: 10_000 });
      const shownAt = Number(await console.evaluate('window.__sanadUrgentAt'));
      const delay = shownAt - answeredAt;
      globalThis.console.log(
        `[helpline-console] urgent alert shown ${delay.toFixed(0)} ms after the survivor's submit response`,
      );
      expect(await console.evaluate('window.__sanadStillHere')).toBe(true);
      expect(delay).toBeLessThan(5_000);
      await expect.poll(() => console.title()).toMatch(/^\(1\) /);
      expect(await console.title()).not.toMatch(/عنف|violence/i);
      const tone = await alert.getAttribute('data-tone');
      globalThis.console.log(`[helpline-console] alarm tone: ${tone ?? 'none'}`);
      expect(tone).toBe('played');
      const caseId = (await alert.getAttribute('data-case-id')) ?? '';
      expect(caseId).toMatch(/^[0-9a-f-]{36}$/);

      // The queue lists it first, urgent, with nobody handling it yet.
      const row = console.locator(`tr[data-case-id="${caseId}"]`);
      await row.waitFor({ state: 'visible' });
      const reference = await row.locator('a.case-ref').innerText();
      expect(await row.locator('[data-urgency]').getAttribute('data-urgency')).toBe('emergency');
      // Urgent first: every row above hers is an emergency too (older ones wait longer).
      const order: { id: string | null; urgency: string | null }[] = [];
      for (const line of await console.locator('tbody tr').all()) {
        order.push({
          id: await line.getAttribute('data-case-id'),
          urgency: await line.locator('[data-urgency]').getAttribute('data-urgency'),
        });
      }
      const position = order.findIndex((line) => line.id === caseId);
      expect(position).toBeGreaterThanOrEqual(0);
      expect(order.slice(0, position + 1).every((line) => line.urgency === 'emergency')).toBe(true);
      await screenshot(console, 'console-queue-urgent-alert-ar');

      // She takes it: the queue says so, the alarm stops.
      await row.getByRole('button', { name: AR.claim }).click();
      await row.getByText(AR.you, { exact: true }).waitFor({ state: 'visible' });
      await alert.waitFor({ state: 'detached' });
      // The tab title follows in an effect after the banner goes: wait for it, do not race it.
      await expect.poll(() => console.title()).not.toMatch(/^\(\d+\)/);

      // She opens it: her answers from the app are there, she is the one handling it.
      await row.getByRole('link', { name: AR.openCase }).click();
      await console.locator(`.case-page[data-case-id="${caseId}"]`).waitFor();
      await console
        .locator('[data-case-handler]')
        .getByText(AR.you, { exact: true })
        .waitFor({ state: 'visible' });
      await console.locator('[data-section="intake"]').waitFor({ state: 'visible' });
      await screenshot(console, 'console-case-ar');

      // She calls back and logs the call from the case: it is attached to it.
      await console.getByRole('link', { name: AR.logCallForCase }).click();
      await console.locator(`[data-attached-case="${caseId}"]`).waitFor({ state: 'visible' });
      await console.getByLabel(AR.callType).selectOption('violence_report');
      await console.getByLabel(AR.phone).fill('0612345678');
      await console.getByText(AR.noEarlier).waitFor({ state: 'visible' });
      await console.getByRole('button', { name: AR.startTimer }).click();
      await console.waitForTimeout(1_200);
      await console.getByRole('button', { name: AR.stopTimer }).click();
      await console.getByLabel(AR.notes).fill('Rappelée, elle est chez sa sœur.');
      await screenshot(console, 'console-log-call-ar');
      await console.getByRole('button', { name: AR.saveCall }).click();
      await console.locator(`.case-page[data-case-id="${caseId}"]`).waitFor();
      const contacts = console.locator('[data-section="contacts"]');
      await contacts.getByText('Rappelée, elle est chez sa sœur.').waitFor({ state: 'visible' });
      expect(await contacts.innerText()).toContain(AR.listener);

      // The risk checklist, the same questions as in her app.
      const risk = console.locator('[data-section="risk"]');
      await risk.locator('input[name="risk-choking"][value="yes"]').check();
      await risk.locator('input[name="risk-threats_to_kill"][value="yes"]').check();
      await risk.locator('input[name="risk-pregnant"][value="no"]').check();
      await expect
        .poll(() => risk.locator('[data-risk-preview]').innerText())
        .toContain('النقطة 2 من 11');
      await risk.getByRole('button', { name: AR.saveRisk }).click();
      await console.getByText(AR.riskSaved).waitFor({ state: 'visible' });
      const latest = risk.locator('[data-risk-history] li').first();
      await expect.poll(() => latest.innerText()).toContain(AR.listener);
      await screenshot(console, 'console-case-risk-ar');

      // Her consent to care, given on the phone.
      const consents = console.locator('[data-section="consents"]');
      await consents.getByLabel(AR.purpose).selectOption('care');
      await consents.getByRole('button', { name: AR.recordConsent }).click();
      await console.getByText(AR.consentRecorded).waitFor({ state: 'visible' });
      const consent = consents.locator('[data-consent-purpose="care"]').filter({
        hasText: AR.listener,
      });
      await consent.waitFor({ state: 'visible' });

      // The timeline has it all.
      const timeline = console.locator('[data-section="timeline"]');
      for (const kind of ['case.claimed', 'contact.logged', 'risk.assessed', 'consent.recorded']) {
        await timeline.locator(`[data-timeline-kind="${kind}"]`).first().waitFor({
          state: 'attached',
        });
      }
      await screenshot(console, 'console-case-after-work-ar');

      // A colleague changes the case while she types the safety plan (in a second tab whose
      // live updates are cut, so the change is not shown first): the save is refused as stale,
      // the newer case is shown, and what she typed is still there to save again.
      const tab = await listener.context.newPage();
      await tab.route('**/api/v1/console/events**', (route) => route.abort());
      await tab.goto(`${base}/console/#/cases/${caseId}`);
      const plan = tab.locator('[data-section="safety-plan"] textarea');
      await plan.fill('Aller chez sa sœur à Fès ; signal : « le pain est prêt ».');
      const token = await csrfToken(listener.context, base);
      const current = (await (
        await listener.context.request.get(`${base}/api/v1/cases/${caseId}`)
      ).json()) as { version: number };
      const changed = await listener.context.request.patch(`${base}/api/v1/cases/${caseId}`, {
        headers: { 'x-csrf-token': token },
        data: { version: current.version, areaType: 'urban' },
      });
      expect(changed.status()).toBe(200);
      await tab.getByRole('button', { name: AR.savePlan }).click();
      await tab.locator('[data-stale-notice]').waitFor({ state: 'visible' });
      expect(await plan.inputValue()).toBe(
        'Aller chez sa sœur à Fès ; signal : « le pain est prêt ».',
      );
      await screenshot(tab, 'console-case-stale-ar');
      await tab.getByRole('button', { name: AR.savePlan }).click();
      await tab.getByText(AR.planSaved).waitFor({ state: 'visible' });
      await tab.close();
      // The first tab heard of it live: it shows the plan a colleague saved, beside her own.
      await console.locator('[data-plan-changed-elsewhere]').waitFor({ state: 'visible' });

      // The same case in French: the page follows the language, left to right.
      await console.getByRole('button', { name: 'Français' }).click();
      await console.locator('html[lang="fr-MA"][dir="ltr"]').waitFor({ state: 'attached' });
      await console
        .getByRole('heading', { name: /Dossier/ })
        .first()
        .waitFor();
      await screenshot(console, 'console-case-fr');
      await console.getByRole('button', { name: 'العربية' }).click();
      await console.locator('html[lang="ar-MA"][dir="rtl"]').waitFor({ state: 'attached' });

      // She hears from her listener: a reply written on the case page reaches "Follow my
      // request" on her phone, with her tracking code and secret, and nothing else.
      const thread = console.locator('[data-section="messages"]');
      await thread.getByRole('textbox', { name: AR.replyTitle }).fill(LISTENER_REPLY);
      await thread.getByRole('button', { name: AR.sendMessage }).click();
      await console.getByText(AR.messageSent).waitFor({ state: 'visible' });
      const phone = survivor.page;
      const trackingCode =
        (await phone.locator('[data-tracking-code]').getAttribute('data-tracking-code')) ?? '';
      const secret = (await phone.locator('[data-secret]').getAttribute('data-secret')) ?? '';
      expect(trackingCode).not.toBe('');
      await phone.getByRole('button', { name: 'English' }).click();
      await phone.getByRole('button', { name: 'I have noted them' }).click();
      await phone.getByRole('button', { name: 'Follow my request' }).click();
      await phone.getByLabel('Code', { exact: true }).fill(trackingCode);
      await phone.getByLabel('Secret code').fill(secret);
      await phone.getByRole('button', { name: 'See my request' }).click();
      await phone.getByText(LISTENER_REPLY).waitFor({ state: 'visible' });
      await screenshot(phone, 'survivor-follow-listener-reply-en');

      // The supervisor sees the queue's health and Salma on duty, hands a case to her, and
      // finds this one by its reference.
      const supervisor = await newPage({ device: 'laptop', ignoreConsole: /status of 401/ });
      const board = supervisor.page;
      await board.goto(`${base}/console/`);
      await signInStaff(board, 'supervisor@demo.sanad.ma');
      await board.getByRole('link', { name: AR.supervision }).click();
      await board.locator('[data-stat="waiting"]').waitFor({ state: 'visible' });
      const salma = board.getByRole('row', { name: /Salma/ });
      await salma.getByText(AR.onDuty, { exact: true }).waitFor({ state: 'visible' });
      await board
        .locator('.reassign-row')
        .first()
        .getByRole('button', { name: AR.reassign })
        .click();
      const dialog = board.getByRole('dialog');
      await dialog.locator('option', { hasText: 'Salma' }).waitFor({ state: 'attached' });
      const salmaId = await dialog.locator('option', { hasText: 'Salma' }).getAttribute('value');
      await dialog.locator('select').selectOption(salmaId ?? '');
      await dialog.getByRole('button', { name: AR.reassign }).click();
      await board
        .getByText(/Salma \(écoutante\)/)
        .filter({ hasText: 'أصبح الملف' })
        .waitFor();
      await screenshot(board, 'console-supervision-ar');

      await board.getByRole('link', { name: AR.search }).click();
      await board.getByLabel(AR.reference).fill(reference);
      await board.getByRole('button', { name: AR.searchSubmit, exact: true }).click();
      await board.locator(`tbody tr[data-case-id="${caseId}"]`).waitFor({ state: 'visible' });
      await screenshot(board, 'console-search-ar');

      expect(listener.errors).toEqual([]);
      expect(survivor.errors).toEqual([]);
      expect(supervisor.errors).toEqual([]);
      await supervisor.context.close();
      await survivor.context.close();
      await listener.context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
