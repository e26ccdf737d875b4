import { expect, openPopup, test } from './support/chromium';

test('a reading on the IIJmio member page reaches the popup', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://www.iijmio.jp/member/');
  await expect(page.getByRole('heading', { name: 'ご利用状況' })).toBeVisible();

  const popup = await openPopup(context, extensionId);
  // The content script reads, messages the background, which writes; the popup reads the store.
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByTestId('line-card')).toHaveCount(1, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  const card = popup.getByTestId('line-card');
  await expect(card).toContainText('IIJmio');
  await expect(card).toContainText('090-1234-5678');
  // 7475.2 MB as the popup shows it (1 GB = 1024 MB).
  await expect(card.getByTestId('remaining')).toHaveText('7.3 GB');
});
