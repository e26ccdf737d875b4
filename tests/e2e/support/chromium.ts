import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';

/** Launching Debian's Chromium with the build loaded: for the e2e driver (driver-chromium.ts), `npm start` and the bench. */

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
export async function launchWithExtension(userDataDir: string, headless = true, timezone?: string, build = CHROME_BUILD): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    ...(timezone ? { env: { ...process.env, TZ: timezone } } : {}),
    args: [...QUIET_FLAGS, `--disable-extensions-except=${build}`, `--load-extension=${build}`],
  });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}
