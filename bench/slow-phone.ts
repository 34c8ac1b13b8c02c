import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';

/**
 * A cheap phone on a weak connection, as the survivor app's budget defines it: 400 ms round
 * trips, 50 KB/s both ways, a CPU four times slower — emulated in real Chromium through the
 * DevTools protocol. Returns how long, from navigation start, until `ready` resolves: the median
 * of `runs` first visits, each in a fresh browser (one visit swings by a few hundred
 * milliseconds with the machine's load).
 */
export async function msUntilReadyOnSlowPhone(
  url: string,
  ready: (page: Page) => Promise<void>,
  runs = 5,
): Promise<number> {
  const figures: number[] = [];
  for (let run = 0; run < runs; run++) figures.push(await oneVisit(url, ready));
  figures.sort((a, b) => a - b);
  const middle = Math.floor(figures.length / 2);
  return figures.length % 2 === 1
    ? (figures[middle] ?? 0)
    : Math.round(((figures[middle - 1] ?? 0) + (figures[middle] ?? 0)) / 2);
}

async function oneVisit(url: string, ready: (page: Page) => Promise<void>): Promise<number> {
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
