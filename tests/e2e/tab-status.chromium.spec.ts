import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/chromium';

/** The toolbar mark of a tab and the popup's sentence about it (the popup named its tab in ?tab=). */

async function worker(context: BrowserContext) {
  const [sw] = context.serviceWorkers();
  return sw ?? (await context.waitForEvent('serviceworker'));
}

/** The tab just opened (the active one): Kigen has no "tabs" permission to look tabs up by URL. */
async function activeTabId(context: BrowserContext): Promise<number> {
  const sw = await worker(context);
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

async function badgeOf(context: BrowserContext, tabId: number): Promise<string> {
  const sw = await worker(context);
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

test('a provider page Kigen cannot read gets ? and the popup says why; a read page gets ✓', async ({ context, extensionId }) => {
  const home = await context.newPage();
  await home.goto('https://shop.povo.jp/home');
  await expect(home.getByRole('heading', { name: 'ようこそ' })).toBeVisible();
  const homeTab = await activeTabId(context);
  expect(homeTab).toBeGreaterThan(0);
  await expect.poll(() => badgeOf(context, homeTab), { timeout: 15_000 }).toBe('?');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${homeTab}`);
  await expect(popup.getByTestId('tab-status')).toContainText('found no expiry date or data balance on this povo page');

  const member = await context.newPage();
  await member.goto('https://www.iijmio.jp/member/');
  const memberTab = await activeTabId(context);
  await expect.poll(() => badgeOf(context, memberTab), { timeout: 15_000 }).toBe('✓');
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${memberTab}`);
  await expect(popup.getByTestId('tab-status')).toContainText('Kigen read this IIJmio page.');
  // The mark is per tab: the povo tab keeps its own.
  expect(await badgeOf(context, homeTab)).toBe('?');
});
