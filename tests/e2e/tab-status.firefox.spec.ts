import { expect, test } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, poll, routeDemoPages } from './support/firefox';

/** The toolbar mark and the popup's sentence in Firefox (MV2: browserAction). */

let browser: Browser;
test.beforeAll(async () => {
  browser = await launchFirefox();
});
test.afterAll(async () => {
  await browser?.close();
});

type Ext = { tabs: { query(q: object): Promise<Array<{ id?: number }>> }; browserAction: { getBadgeText(d: object): Promise<string> } };

/** Every tab's mark, by tab id (Kigen has no "tabs" permission to look tabs up by URL). */
async function marks(popup: Page): Promise<Array<{ tabId: number; badge: string }>> {
  return popup.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: Ext }).browser;
    const tabs = await ext.tabs.query({});
    return Promise.all(tabs.map(async (t) => ({ tabId: t.id ?? -1, badge: await ext.browserAction.getBadgeText({ tabId: t.id ?? -1 }) })));
  });
}

test('the toolbar mark and the popup’s sentence (Firefox)', async () => {
  const home = await browser.newPage();
  await routeDemoPages(home);
  await home.goto('https://shop.povo.jp/home');
  const member = await browser.newPage();
  await routeDemoPages(member);
  await member.goto('https://www.iijmio.jp/member/');

  const popup = await browser.newPage();
  await openExtensionPage(popup, 'popup.html');
  // One tab marked ? (povo home), one ✓ (IIJmio member page).
  const unread = await poll(async () => (await marks(popup)).find((m) => m.badge === '?') ?? null);
  expect(unread?.badge).toBe('?');
  const read = await poll(async () => (await marks(popup)).find((m) => m.badge === '✓') ?? null);
  expect(read?.badge).toBe('✓');
  expect((await marks(popup)).filter((m) => m.badge !== '').length).toBe(2);

  const sentence = await poll(async () => {
    await openExtensionPage(popup, `popup.html?tab=${unread?.tabId}`);
    return popup.$eval('[data-testid="tab-status"]', (el) => el.textContent).catch(() => null);
  });
  expect(sentence).toContain('found no expiry date or data balance on this povo page');
});
