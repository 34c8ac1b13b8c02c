import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; `SANAD_CHROMIUM` points elsewhere (another distribution, a laptop). */
export const CHROMIUM_PATH = process.env['SANAD_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium for the browser journeys. The flags keep it quiet and
 * deterministic in a container: no sandbox (no user namespaces), no GPU, and no background
 * traffic (updates, sync, QUIC) that would make a test depend on the outside network.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
