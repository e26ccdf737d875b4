import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { demoHtml, demoPageFor } from './demo-pages';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi: Playwright cannot drive Debian's
 * Firefox ESR. The extension's internal UUID is pinned by a pref, so its pages have a known URL.
 */
export const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../../../.output/firefox-mv2');
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'kigen@kigen.invalid';
export const ADDON_UUID = '6f1c1f0e-4d1a-4c6e-9b59-6b1f0c2a9e11';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export async function launchFirefox(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Keep Firefox off the network: no updates, telemetry or captive-portal checks.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

/** Serves demo pages at their real URLs in this page; other web requests fail. */
export async function routeDemoPages(page: Page, now: () => number = Date.now): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    const demo = demoPageFor(url);
    if (!demo) return void request.abort();
    return void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: demoHtml(demo, now()),
    });
  });
}

/**
 * Opens an extension page. `goto` on a moz-extension URL may never resolve, so navigate with a
 * short timeout and let the caller poll the page.
 */
export async function openExtensionPage(page: Page, file: string): Promise<void> {
  await page.goto(`${EXTENSION_ORIGIN}/${file}`, { timeout: 3_000 }).catch(() => undefined);
}

/** Polls `read` until it returns a truthy value or the time is up. */
export async function poll<T>(read: () => Promise<T>, timeoutMs = 15_000, stepMs = 300): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T = await read();
  while (!last && Date.now() < end) {
    await new Promise((r) => setTimeout(r, stepMs));
    last = await read().catch(() => last);
  }
  return last;
}
