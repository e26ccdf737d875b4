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
  // No script but the account script's was put into either page: the reader ran on their copies.
  const keys = await driver.ext(async (api) => Object.keys(await api.storage.session.get(null)));
  expect(keys.filter((k) => k.endsWith(`At:${memberTab}`) || k.endsWith(`At:${homeTab}`))).toEqual([]);
});

test('the toolbar counts the lines that need action; a tab’s own mark wins on that tab', async ({ driver }) => {
  driver.serve((url) => (url.origin === 'https://www.example.com' ? '<!doctype html><html lang="en"><title>Elsewhere</title><p>Elsewhere</p></html>' : undefined));
  const other = await driver.newPage();
  await other.goto('https://www.example.com/');
  const otherTab = await other.tabId();
  expect(await driver.badge(otherTab)).toBe('');

  // A b-mobile VISITOR SIM that ends in 5 days: inside the 7-day lead window, not yet within 3.
  const visitor = await driver.newPage();
  await visitor.goto('https://www.bmobile.ne.jp/english/charge_top.html');
  const visitorTab = await visitor.tabId();
  await expect.poll(() => driver.badge(visitorTab), { timeout: 15_000 }).toBe('✓');
  await expect.poll(() => driver.badge(otherTab)).toBe('1');
  const color = await driver.ext((api) => (api.action ?? (api as unknown as { browserAction: typeof api.action }).browserAction).getBadgeBackgroundColor({}));
  expect(color).toEqual([0x9a, 0x67, 0x00, 255]);

  // The tab leaves the provider page: its mark goes, and the count shows there too.
  await visitor.goto('https://www.example.com/');
  await expect.poll(() => driver.badge(visitorTab)).toBe('1');
});
