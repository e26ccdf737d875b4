import { DEMO_PAGES } from './support/demo-pages';
import { type TestPage, expect, test, tid } from './support/driver';
import { kigenData } from './support/hostile-pages';

/**
 * Privacy end to end, in Chromium and Firefox: every demo provider page is read (account, checkout
 * overlay, confirmation), a reminder fires, the popup and the options page are opened, and every
 * request the browser makes is recorded, with what each extension context lists in its own
 * Resource Timing. Apart from the provider pages we opened ourselves and the extension's own files,
 * there must be none.
 *
 * How requests are seen: Chromium reports page and service-worker requests to Playwright. Firefox
 * reports a tab's requests over BiDi but not the background page's, so the driver points Firefox's
 * proxy at a local recorder: any request no tab routing answered (the background's, or a tab's
 * that escaped) reaches it. The probe at the end proves each recorder sees the background.
 */

const isWeb = (url: string) => /^(https?|wss?|ftp):/i.test(url);
/**
 * Firefox's own services, which its proxy recorder also sees: ESR polls remote settings
 * (firefox.settings.services.mozilla.com: blocklists, certificate revocation) whatever the profile
 * says. They are Firefox's requests, not Kigen's, and Kigen has no reason to contact Mozilla.
 */
const browserOwn = (url: string) => /^https?:\/\/([a-z0-9-]+\.)*(mozilla\.(com|net|org)|dummy\.test)\//.test(url);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PROBE = 'https://probe.invalid/kigen';

test('reading, reminding, popup, options and overlay make no request of their own', async ({ driver }) => {
  test.setTimeout(120_000);
  const opened = new Set<string>();
  for (const demo of DEMO_PAGES) {
    opened.add(demo.url);
    const page = await driver.newPage();
    await page.goto(demo.url);
    await wait(1_500); // document_idle, read, message, write, overlay
  }

  expect((await kigenData(driver)).lines.length).toBeGreaterThan(0);
  // A reminder fires and shows its notification.
  const alarm = (await driver.alarms()).find((a) => a.name.startsWith('r:'));
  expect(alarm).toBeDefined();
  await driver.fireAlarm(alarm!.name, 500);
  await expect.poll(async () => (await driver.notifications()).length, { timeout: 15_000 }).toBeGreaterThan(0);

  const popup = await driver.openExtensionPage('popup.html');
  await expect.poll(() => popup.visible(tid('line-card'))).toBe(true);
  await popup.click(`${tid('line-card')} .card-open`);
  const options = await driver.openExtensionPage('options.html');
  await expect.poll(() => options.count(tid('settings-form'))).toBe(1);
  await wait(1_000);

  // Everything the extension's own contexts fetched, from their Resource Timing.
  const background = () => driver.inBackground((scope) => scope.performance.getEntriesByType('resource').map((e) => e.name));
  const ownEntries = (page: TestPage) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const fetchedByExtension = [...(await background()), ...(await ownEntries(popup)), ...(await ownEntries(options))].filter(isWeb);

  const requests = driver.requests();
  const ours = requests.filter((r) => isWeb(r.url) && !(opened.has(r.url) && r.from === 'page') && !(r.from === 'network' && browserOwn(r.url)));
  console.info(
    `[privacy] ${driver.browser}: ${requests.filter((r) => isWeb(r.url)).length} web requests seen, ${opened.size} provider pages opened by the test, ` +
      `${requests.filter((r) => r.from === 'network' && browserOwn(r.url)).length} Firefox's own services; ` +
      `by the extension: ${ours.length} + ${fetchedByExtension.length} in its Resource Timing`,
  );
  expect(ours).toEqual([]);
  expect(fetchedByExtension).toEqual([]);
  // The recorder works: it saw the provider pages themselves, and it sees a request the
  // background makes (a probe made here, after the counting).
  expect(requests.filter((r) => opened.has(r.url)).length).toBeGreaterThanOrEqual(opened.size);
  await driver.inBackground((scope, url) => scope.fetch(url).catch(() => undefined), PROBE);
  await expect
    .poll(() => driver.requests().filter((r) => r.url.startsWith('https://probe.invalid/') && r.from !== 'page').length)
    .toBe(1);
  expect((await background()).filter(isWeb)).toContain(PROBE);
});
