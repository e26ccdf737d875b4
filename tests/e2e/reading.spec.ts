import { expect, test, tid } from './support/driver';
import { countAfterReload } from './support/popup';

test('a reading on the IIJmio member page reaches the popup', async ({ driver }) => {
  const page = await driver.newPage();
  await page.goto('https://www.iijmio.jp/member/');
  expect(await page.text('h1')).toBe('ご利用状況');

  const popup = await driver.openExtensionPage('popup.html');
  // The content script reads, messages the background, which writes; the popup reads the store.
  await expect
    .poll(
      () => countAfterReload(popup, tid('line-card')),
      { timeout: 15_000 },
    )
    .toBe(1);
  const card = (await popup.text(tid('line-card'))) ?? '';
  expect(card).toContain('IIJmio');
  expect(card).toContain('090-1234-5678');
  // 7475.2 MB as the popup shows it (1 GB = 1024 MB).
  expect(await popup.text(`${tid('line-card')} ${tid('remaining')}`)).toBe('7.3 GB');
});
