import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';

/**
 * A cheap phone on a weak connection, as the survivor app's budget defines it: 400 ms round
 * trips, 50 KB/s both ways, a CPU four times slower — emulated in real Chromium through the
 * DevTools protocol. Returns how long, from navigation start, until `ready` resolves.
 */
export async function msUntilReadyOnSlowPhone(
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<number> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50 * 1024,
      uploadThroughput: 50 * 1024,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    await ready(page);
    return Math.round(performance.now() - started);
  } finally {
    await browser.close();
  }
}
