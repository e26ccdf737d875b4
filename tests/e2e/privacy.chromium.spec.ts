import type { Page, Request } from '@playwright/test';
import { DEMO_PAGES } from './support/demo-pages';
import { expect, test } from './support/chromium';
import { kigenData, serviceWorker } from './support/hostile-pages';

/**
 * Privacy end to end: every demo provider page is read (account, checkout overlay, confirmation),
 * a reminder fires, the popup and the options page are opened, and every request the browser
 * sees is recorded: page requests, service-worker requests (Playwright reports them in Chromium)
 * and what each extension context lists in its own Resource Timing. Apart from the provider pages
 * we opened ourselves and the extension's own files, there must be none.
 */

const isWeb = (url: string) => /^(https?|wss?|ftp):/i.test(url);

test('reading, reminding, popup, options and overlay make no request of their own', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const opened = new Set<string>();
  const requests: Array<{ url: string; from: string }> = [];
  context.on('request', (r: Request) => {
    const from = r.serviceWorker() ? 'service worker' : (r.frame().url() || 'page');
    requests.push({ url: r.url(), from });
  });

  const visit = async (url: string): Promise<Page> => {
    opened.add(url);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1_500); // document_idle, read, message, write, overlay
    return page;
  };
  for (const demo of DEMO_PAGES) await visit(demo.url);

  const sw = await serviceWorker(context);
  expect((await kigenData(sw)).lines.length).toBeGreaterThan(0);
  // A reminder fires and shows its notification.
  const planned = (await sw.evaluate(() => chrome.alarms.getAll())) as Array<{ name: string }>;
  const alarm = planned.find((a) => a.name.startsWith('r:'));
  expect(alarm).toBeDefined();
  await sw.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 500 }), alarm!.name);
  await expect.poll(async () => Object.keys((await sw.evaluate(() => chrome.notifications.getAll())) as object).length, { timeout: 15_000 }).toBeGreaterThan(0);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('line-card').first()).toBeVisible();
  await popup.getByTestId('line-card').first().click();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForLoadState('networkidle');
  await popup.waitForTimeout(1_000);

  // Everything the extension's own contexts fetched, from their Resource Timing.
  const ownEntries = async (target: { evaluate: Page['evaluate'] }) =>
    (await target.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))) as string[];
  const fetchedByExtension = [...(await ownEntries(sw)), ...(await ownEntries(popup)), ...(await ownEntries(options))].filter(isWeb);

  const ours = requests.filter((r) => isWeb(r.url) && !(opened.has(r.url) && r.from !== 'service worker'));
  console.info(
    `[privacy] ${requests.length} requests seen (${requests.filter((r) => isWeb(r.url)).length} web, ${opened.size} of them the provider pages opened by the test); ` +
      `by the extension: ${ours.length} + ${fetchedByExtension.length} in its Resource Timing`,
  );
  expect(ours).toEqual([]);
  expect(fetchedByExtension).toEqual([]);
  // The recorder works: it saw the provider pages themselves, and it sees a request the service
  // worker makes (a probe made here, after the counting).
  expect(requests.filter((r) => opened.has(r.url)).length).toBeGreaterThanOrEqual(opened.size);
  await sw.evaluate(() => fetch('https://probe.invalid/kigen').catch(() => undefined));
  await expect.poll(() => requests.filter((r) => r.url === 'https://probe.invalid/kigen' && r.from === 'service worker').length).toBe(1);
  expect((await ownEntries(sw)).filter(isWeb)).toContain('https://probe.invalid/kigen');
});
