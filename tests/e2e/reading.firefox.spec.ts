import { expect, test } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { launchFirefox, openExtensionPage, poll, routeDemoPages } from './support/firefox';

let browser: Browser;
test.beforeAll(async () => {
  browser = await launchFirefox();
});
test.afterAll(async () => {
  await browser?.close();
});

test('a reading on the IIJmio member page reaches the popup (Firefox)', async () => {
  const page = await browser.newPage();
  await routeDemoPages(page);
  await page.goto('https://www.iijmio.jp/member/');
  expect(await page.$eval('h1', (h) => h.textContent)).toBe('ご利用状況');

  const popup = await browser.newPage();
  const card = await poll(async () => {
    await openExtensionPage(popup, 'popup.html');
    return popup.$eval('[data-testid="line-card"]', (el) => el.textContent).catch(() => null);
  });
  expect(card).toContain('IIJmio');
  expect(card).toContain('090-1234-5678');
  expect(card).toContain('7.3 GB'); // 7475.2 MB as the popup shows it
});
