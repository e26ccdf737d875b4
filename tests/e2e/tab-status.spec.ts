import { expect, test, tid } from './support/driver';

/**
 * The toolbar mark of a tab and the popup's sentence about it (the popup names its tab in ?tab=).
 * Chromium shows the mark with `action`, Firefox (MV2) with `browserAction`: the driver's badge().
 */

test('a provider page Kigen cannot read gets ? and the popup says why; a read page gets ✓', async ({ driver }) => {
  const home = await driver.newPage();
  await home.goto('https://shop.povo.jp/home');
  expect(await home.text('h1')).toBe('ようこそ');
  const homeTab = await home.tabId();
  expect(homeTab).toBeGreaterThan(0);
  await expect.poll(() => driver.badge(homeTab), { timeout: 15_000 }).toBe('?');

  const popup = await driver.openExtensionPage(`popup.html?tab=${homeTab}`);
  await expect.poll(() => popup.text(tid('tab-status'))).toContain('found no expiry date or data balance on this povo page');

  const member = await driver.newPage();
  await member.goto('https://www.iijmio.jp/member/');
  const memberTab = await member.tabId();
  expect(memberTab).not.toBe(homeTab);
  await expect.poll(() => driver.badge(memberTab), { timeout: 15_000 }).toBe('✓');
  await popup.goto(driver.extensionUrl(`popup.html?tab=${memberTab}`));
  await expect.poll(() => popup.text(tid('tab-status'))).toContain('Kigen read this IIJmio page.');
  // The mark is per tab: the povo tab keeps its own.
  expect(await driver.badge(homeTab)).toBe('?');
});
