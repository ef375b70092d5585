import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../support/graph.js';

/** Debian's Chromium (`apt-get install -y chromium`); the tests never download a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/**
 * Headless Chromium as this machine allows it: no sandbox (root in a container), no GPU, and
 * no background networking (the network is closed; Chromium would otherwise keep dialling
 * Google). playwright-core gives every launch a fresh, empty profile directory.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
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

/**
 * Screenshots go to test-results/screenshots on every run (ignored by git), and to
 * docs/screenshots (committed, shown in the README) when UPDATE_SCREENSHOTS=1.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dirs = [join('test-results', 'screenshots'), ...(process.env.UPDATE_SCREENSHOTS === '1' ? [join('docs', 'screenshots')] : [])];
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`) });
  }
}

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };
export type Viewport = typeof desktop;

/** Says why a browser file's tests were skipped, with the command that fixes it. */
export function warnWhenChromiumIsMissing(): void {
  if (!hasChromium) console.warn(`Browser tests skipped: ${chromiumPath} is missing. Install it with: apt-get install -y chromium`);
}

/**
 * One test server and one Chromium for a browser test file, with every page it opens watched:
 * requests to anywhere but the server (the pages must load nothing from a CDN) and script
 * errors are collected for the file's last test to assert on. Call inside the file's
 * `describe`: it registers the hooks that start and stop both.
 */
export interface ExplorerSession {
  /** The test server; only inside tests and hooks (it starts in beforeAll). */
  readonly server: TestServer;
  readonly foreignRequests: string[];
  readonly pageErrors: string[];
  /** A fresh browser context at `path` (desktop size unless told); `base` is another server's URL. */
  open(path: string, options?: { viewport?: Viewport; base?: string }): Promise<Page>;
}

export function explorerSession(): ExplorerSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = (): { server: TestServer; browser: Browser } => {
    if (server === undefined || browser === undefined) throw new Error('the explorer session is used before its beforeAll started it');
    return { server, browser };
  };

  return {
    get server() {
      return started().server;
    },
    foreignRequests,
    pageErrors,
    async open(path, options = {}) {
      const running = started();
      const context = await running.browser.newContext({ viewport: options.viewport ?? desktop });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const base = options.base ?? running.server.url;
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
      });
      page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
      await page.goto(base + path);
      return page;
    },
  };
}
