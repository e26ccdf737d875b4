import { expect, test, tid } from './support/driver';
import { expectAccessible } from './support/popup';
import { screenshotPath } from './support/screenshots';

/**
 * First run (entrypoints/welcome/): a fresh install opens it (the driver sees that tab and closes
 * it); one click chooses the language, saved in the settings; every provider links to its own
 * account page; "Add a line by hand" opens the popup's form. axe in light and dark, in English and
 * 简体中文.
 */

test('installing opens the first-run page: the language in one click, the providers’ pages, a line by hand', async ({ driver }) => {
  // The fresh install opened it (the driver closed that tab: each test starts with its own tabs).
  expect(driver.firstRunOpened).toBe(true);

  const page = await driver.openExtensionPage('welcome.html');
  await page.setViewport(900, 900);
  await expect.poll(() => page.text('h1')).toBe('Welcome to Kigen');
  expect(await page.texts('.languages button')).toEqual(['简体中文', '繁體中文', '日本語', 'English']);
  // The browser speaks English here: that one is chosen until the user picks another.
  expect(await page.attribute(tid('language-en'), 'aria-pressed')).toBe('true');
  expect(await page.attribute(`${tid('provider-list')} a[href="https://shop.povo.jp/manage/order"]`, 'href')).toBe('https://shop.povo.jp/manage/order');
  expect(await page.text(tid('welcome-teach'))).toContain('“Read this page”');
  await expectAccessible(page);

  await page.click(tid('language-zh-CN'));
  await expect.poll(() => page.text('h1')).toBe('欢迎使用 Kigen');
  expect(await page.attribute('html', 'lang')).toBe('zh-CN');
  expect(await page.attribute(tid('language-zh-CN'), 'aria-pressed')).toBe('true');
  expect(await page.text(tid('welcome-teach'))).toContain('“读取此页面”');
  const saved = await driver.ext(async (api) => ((await api.storage.local.get('settings')) as { settings?: { language?: string } }).settings?.language);
  expect(saved).toBe('zh-CN');
  await expectAccessible(page);
  await page.screenshot(screenshotPath(driver.browser, 'welcome-zh-CN.png'), { fullPage: true });

  // "Add a line by hand" opens the popup's own form, as a page (Chromium: its worker lists the
  // extension's tabs; Firefox: the same through getContexts, or getViews).
  await page.click(tid('welcome-add'));
  const ourTabs = () =>
    driver.ext(async (api) => {
      const runtime = api.runtime as unknown as { getContexts?: (filter: object) => Promise<Array<{ documentUrl?: string }>> };
      if (runtime.getContexts) return (await runtime.getContexts({ contextTypes: ['TAB'] })).map((c) => c.documentUrl ?? '');
      return (api as unknown as { extension: { getViews: (filter: object) => Window[] } }).extension.getViews({ type: 'tab' }).map((w) => w.location.href);
    });
  await expect.poll(async () => (await ourTabs()).some((url) => url.endsWith('/popup.html?view=add')), { timeout: 10_000 }).toBe(true);
});
