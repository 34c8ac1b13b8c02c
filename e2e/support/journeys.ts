import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { REPO_ROOT, startServer, type RunningServer } from './server.ts';

const SCREENSHOTS = path.join(REPO_ROOT, 'e2e', 'screenshots');

export interface BrowserPage {
  context: BrowserContext;
  page: Page;
  /** Script errors, and console errors (CSP violations among them) unless told otherwise. */
  errors: string[];
}

export interface PageOptions {
  /** A phone (390×844, the default) or a laptop (1280×800). */
  readonly device?: 'phone' | 'laptop';
  readonly serviceWorkers?: 'allow' | 'block';
  /** Console errors to ignore (e.g. Chromium logging an expected 401). */
  readonly ignoreConsole?: RegExp;
  /** Only script errors count (some journeys provoke network errors on purpose). */
  readonly scriptErrorsOnly?: boolean;
}

export interface Journeys {
  running: () => { server: RunningServer; browser: Browser };
  /** A fresh browser profile: no storage, no service worker from an earlier journey. */
  newPage: (options?: PageOptions) => Promise<BrowserPage>;
  screenshot: (page: Page, name: string) => Promise<void>;
}

/**
 * One real server (embedded database, demo data) and one headless Chromium for a test file:
 * started before its journeys, stopped after. Call at the top of the file.
 */
export function useJourneys(apps: readonly ('survivor' | 'console')[]): Journeys {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    for (const app of apps) {
      if (!fs.existsSync(path.join(REPO_ROOT, 'apps', app, 'dist', 'index.html'))) {
        throw new Error(`apps/${app} is not built: run \`npm run build:web\` first`);
      }
    }
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 30_000);

  const running = () => {
    if (!server || !browser) throw new Error('the server or the browser did not start');
    return { server, browser };
  };
  return {
    running,
    async newPage(options = {}) {
      const laptop = options.device === 'laptop';
      const context = await running().browser.newContext({
        viewport: laptop ? { width: 1280, height: 800 } : { width: 390, height: 844 },
        deviceScaleFactor: 1,
        reducedMotion: 'reduce',
        serviceWorkers: options.serviceWorkers ?? 'block',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      if (options.scriptErrorsOnly !== true) {
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          if (options.ignoreConsole?.test(message.text()) === true) return;
          errors.push(message.text());
        });
      }
      return { context, page, errors };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
  };
}
