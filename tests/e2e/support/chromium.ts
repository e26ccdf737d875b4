import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Page, test as base, chromium } from '@playwright/test';
import { DEMO_PAGES, type DemoPage, demoHtml } from './demo-pages';

/** The production build under test (run `wxt build` first; `npm test` does). */
export const CHROME_BUILD = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3');
/** Debian's Chromium unless CHROMIUM_PATH says otherwise (browser downloads don't work here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network: no background requests, no updates, no sync. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-sandbox',
];

/** `timezone` sets the browser process's TZ (the zone its pages and worker see). */
export async function launchWithExtension(userDataDir: string, headless = true, timezone?: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    ...(timezone ? { env: { ...process.env, TZ: timezone } } : {}),
    args: [...QUIET_FLAGS, `--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`],
  });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}

/** Serves `pages` (default: every demo page) at their real URLs; anything else on the web fails. */
export async function routeProviderPages(
  context: BrowserContext,
  pages: DemoPage[] = DEMO_PAGES,
  now: () => number = Date.now,
): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const u = new URL(route.request().url());
      const page = pages.find((p) => p.url === u.origin + u.pathname);
      if (!page) return route.abort('blockedbyclient');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: demoHtml(page, now()) });
    },
  );
}

export async function openPopup(context: BrowserContext, id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  return page;
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
}

/** A fresh profile with the production build loaded, provider URLs routed to demo pages. */
export const test = base.extend<Fixtures>({
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kigen-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await routeProviderPages(context);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionId(context));
  },
});

export const expect = test.expect;
