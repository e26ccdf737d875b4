import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Driver, type TestPage, expect, test, tid } from './support/driver';
import { demoHtml } from './support/demo-pages';
import { HOST, Overlay, backdateRenewals, overlaps, pageBox, records } from './support/overlay';
import { setLanguage } from './support/popup';
import { screenshotPath } from './support/screenshots';
import { formatTwoZones } from '@/utils/format';
import { endOfZonedDay, localZone } from '@/utils/time';

/**
 * The checkout overlay and the confirmation loop in a real browser (Chromium and Firefox) with the
 * production build, on demo copies of povo's and b-mobile's pages served at their real URLs. The
 * background injects the overlay (Chromium: scripting; Firefox MV2: tabs.executeScript).
 */

const ACCOUNT = 'https://shop.povo.jp/manage/order';
const CHECKOUT = 'https://shop.povo.jp/manage/order/confirm';
const COMPLETE = 'https://shop.povo.jp/manage/order/complete';
const HOSTILE = 'https://shop.povo.jp/manage/order/topping';
/** A blind page (written by someone who never read the reader) served at a path in no profile. */
const UNLISTED = 'https://shop.povo.jp/topping/purchase?category=data';

interface StoredRenewal {
  id: number;
  lineId: string;
  at: number;
  orderNumber: string | null;
  amount: number | null;
  product: string | null;
  status: string;
  paid: boolean;
  expiresBefore: number | null;
  remainingBefore: number | null;
  expectDays: number | null;
  expectMB: number | null;
}

/**
 * The end of (today + n) in Tokyo as every surface writes it: the browser's clock, then Japan time.
 * `from`: when the test's pages were first served (their dates count from that day), so a test
 * that runs across midnight in Tokyo still counts from the same day.
 */
function endOfTokyoDay(daysFromNow: number, from = Date.now()): string {
  return formatTwoZones(endOfZonedDay(from, daysFromNow, 'Asia/Tokyo'), 'en', localZone(), 'Asia/Tokyo', 'JST');
}

/** Opens the povo account page and waits until its reading is in the store. */
async function readAccount(driver: Driver): Promise<void> {
  const page = await driver.newPage();
  await page.goto(ACCOUNT);
  await expect.poll(async () => (await records(driver, 'readings')).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  await page.close();
}

async function overlayOn(page: TestPage, url: string): Promise<Overlay> {
  await page.goto(url);
  const overlay = new Overlay(page);
  await expect.poll(() => overlay.text(), { timeout: 15_000 }).toContain('Kigen');
  return overlay;
}

/** The box of the page's button that reads `name`. */
const buttonBox = (page: TestPage, name: string) =>
  page.evaluate((n) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n);
    const r = button?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, name);

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** `text` as a regular expression that matches it literally. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the overlay shows this line now and after the purchase, clear of the pay button', async ({ driver }) => {
  const served = Date.now();
  await readAccount(driver);
  const page = await driver.newPage();
  await page.setViewport(1280, 800);
  const overlay = await overlayOn(page, CHECKOUT);

  const text = await overlay.text();
  expect(text).toContain('Buying: データ追加3GB(30日間)');
  // Now: 2 GB of 3 GB, until today + 10 at 23:59 Tokyo.
  expect(text).toContain('2 GB of 3 GB');
  expect(text).toContain(endOfTokyoDay(10, served));
  // After (povo: a separate bucket; counted by the overlay from its own today, so from the clock
  // now): the data bought runs to today + 30, 5 GB in all, and the
  // number's deadline moves to 180 days after the new topping ends.
  expect(text).toMatch(new RegExp(`Data you buy ?3 GB, until ${escape(endOfTokyoDay(30))}`));
  expect(text).toMatch(/Data in all ?5 GB/);
  expect(text).toMatch(new RegExp(`Number’s deadline ?${escape(endOfTokyoDay(210))}`));
  expect(text).not.toContain('Expires');
  expect(text).toContain('Your current data keeps its own expiry');
  expect(text).toContain('Check the amount: ¥990');
  expect(text).toContain('Keep the order number');
  expect(await overlay.rootType()).toBe('closed');

  const pay = await buttonBox(page, '購入する');
  const panel = await overlay.box();
  expect(pay && panel).toBeTruthy();
  if (pay && panel) expect(overlaps(panel, pay)).toBe(false);
  expect(await overlay.isOnTop()).toBe(true);
  await page.screenshot(screenshotPath(driver.browser, 'overlay-checkout.png'));

  // Keyboard: Tab reaches the panel's head, a button that says whether the panel is open;
  // Enter closes it to the pill and opens it again.
  await expect
    .poll(async () => {
      await page.press('Tab');
      return page.evaluate(() => document.activeElement?.localName);
    })
    .toBe(HOST);
  expect(await overlay.attribute('#kigen-head', 'aria-expanded')).toBe('true');
  // Firefox stops Tab on the open panel itself when it scrolls; the head is the next stop.
  for (let stop = 0; stop < 3 && (await overlay.attribute('#kigen-head', 'aria-expanded')) === 'true'; stop += 1) {
    await page.press('Enter');
    await wait(300);
    if ((await overlay.attribute('#kigen-head', 'aria-expanded')) === 'true') await page.press('Tab');
  }
  await expect.poll(() => overlay.attribute('#kigen-head', 'aria-expanded')).toBe('false');
  expect((await overlay.box('.body'))?.height ?? 0).toBe(0);
  expect((await overlay.box())?.height ?? 0).toBeLessThan(60);
  await page.press('Enter');
  await expect.poll(() => overlay.attribute('#kigen-head', 'aria-expanded')).toBe('true');
  expect((await overlay.box('.body'))?.height ?? 0).toBeGreaterThan(100);
});

test('one click hides it on this site, the purchase is still recorded, and options shows it again', async ({ driver }) => {
  await readAccount(driver);
  const page = await driver.newPage();
  await page.setViewport(900, 600);
  const overlay = await overlayOn(page, CHECKOUT);
  // The pill's ×: no duration to choose.
  expect(await overlay.attribute('header button.icon', 'title')).toBe('Hide on this site');
  await overlay.click('header button.icon');
  await expect.poll(() => overlay.text()).toBe('');
  await page.reload();
  await wait(2_000);
  expect(await overlay.text()).toBe('');
  await page.goto(COMPLETE);
  await expect.poll(async () => (await records<StoredRenewal>(driver, 'renewals')).length, { timeout: 15_000 }).toBe(1);
  expect(await overlay.text()).toBe('');

  const options = await driver.openExtensionPage('options.html');
  await expect.poll(() => options.texts(tid('hidden-site')), { timeout: 10_000 }).toEqual(['shop.povo.jp · Show again']);
  await options.click(`${tid('hidden-site')} button`);
  await expect.poll(() => options.count(tid('hidden-sites'))).toBe(0);
  await page.goto(CHECKOUT);
  await expect.poll(() => overlay.text(), { timeout: 15_000 }).toContain('Kigen');
});

test('the language override reaches the overlay', async ({ driver }) => {
  await readAccount(driver);
  await setLanguage(driver, 'zh-CN');
  const page = await driver.newPage();
  await page.setViewport(1280, 800);
  await page.goto(CHECKOUT);
  const overlay = new Overlay(page);
  await expect.poll(() => overlay.text(), { timeout: 15_000 }).toContain('购买后');
  expect(await overlay.text()).toContain('核对金额');
  await page.screenshot(screenshotPath(driver.browser, 'overlay-checkout-zh-CN.png'));
});

test('no overlay on account pages or on sites that are not a provider’s', async ({ driver }) => {
  driver.serve((url) =>
    url.href === 'https://shop.example.com/checkout'
      ? '<!doctype html><html lang="ja"><title>Checkout</title><h1>ご購入内容の確認</h1><p>データ追加3GB(30日間) 990円</p><button>購入する</button></html>'
      : undefined,
  );
  for (const url of [ACCOUNT, 'https://shop.example.com/checkout']) {
    const page = await driver.newPage();
    await page.goto(url);
    await wait(2_000);
    expect(await page.count(HOST)).toBe(0);
    expect(await new Overlay(page).text()).toBe('');
    await page.close();
  }
});

test('in a single-page shop the panel leaves with the checkout and comes back with it', async ({ driver }) => {
  await readAccount(driver);
  const page = await driver.newPage();
  const overlay = await overlayOn(page, CHECKOUT);
  // The shop's router moves to the account view without loading a page.
  await page.evaluate(() => history.pushState({}, '', '/manage/order'));
  await expect.poll(() => overlay.text(), { timeout: 10_000 }).toBe('');
  await page.evaluate(() => history.pushState({}, '', '/manage/order/confirm'));
  await expect.poll(() => overlay.text(), { timeout: 10_000 }).toContain('Buying: データ追加3GB(30日間)');
});

test('the overlay survives a hostile checkout page, and the page cannot read it', async ({ driver }) => {
  await readAccount(driver);
  const page = await driver.newPage();
  await page.setViewport(1280, 800);
  const overlay = await overlayOn(page, HOSTILE);
  await wait(1_500); // let the page's attacks run a few rounds

  expect(await overlay.text()).toContain('Buying: データ追加20GB(30日間)');
  expect(await overlay.isOnTop()).toBe(true);
  const panel = await overlay.box();
  expect(panel?.width).toBeGreaterThan(300);
  expect(panel?.width).toBeLessThan(400); // px, not the page's 40px rem
  const hostile = await page.evaluate(() => {
    const h = (window as unknown as { __hostile: { found: string[]; openRoots: number; texts: string[]; removed: number; attachErrors: string[]; pageText: string } }).__hostile;
    return { ...h, shadowRoot: document.querySelector('kigen-checkout')?.shadowRoot ?? null, present: !!document.querySelector('kigen-checkout') };
  });
  expect(hostile.found).toContain(HOST);
  expect(hostile.shadowRoot).toBeNull();
  expect(hostile.openRoots).toBe(0);
  expect(hostile.texts.join(' ')).not.toContain('Kigen');
  expect(hostile.pageText).not.toContain('Kigen');
  expect(hostile.attachErrors).toContain('NotSupportedError');
  expect(hostile.removed).toBe(1);
  expect(hostile.present).toBe(true);

  // The page's fixed pay button sits bottom-right: the panel moves out of its way.
  const pay = await buttonBox(page, 'スワイプして購入を確定する');
  if (!pay || !panel) throw new Error('no pay button or panel');
  expect(overlaps(panel, pay)).toBe(false);
  await page.screenshot(screenshotPath(driver.browser, 'overlay-hostile.png'));

  // The user picks another topping: the panel follows the live choice, not the page's default.
  await page.click('input[value="data_3g_30d"]');
  await expect.poll(() => overlay.text(), { timeout: 10_000 }).toContain('Buying: データ追加3GB(30日間)');
});

test('b-mobile charge: one more GB and one more day', async ({ driver }) => {
  const served = Date.now();
  const account = await driver.newPage();
  await account.goto('https://www.bmobile.ne.jp/english/charge_top.html');
  await expect.poll(async () => (await records(driver, 'readings')).length, { timeout: 15_000 }).toBe(1);
  const page = await driver.newPage();
  await page.setViewport(1280, 800);
  const overlay = await overlayOn(page, 'https://www.bmobile.ne.jp/english/charge_input.html');
  const text = await overlay.text();
  // Now 3,210 MB until today + 5; after: + 1 GB and + 1 day.
  expect(text).toContain('3.13 GB');
  expect(text).toContain(endOfTokyoDay(5, served));
  expect(text).toContain('4.13 GB');
  expect(text).toContain(endOfTokyoDay(6, served));
  expect(text).toContain('Check the amount: ¥500');
  // A VISITOR SIM is charged by hand: オートチャージ is U300's, so no word of auto-renew.
  expect(text).not.toMatch(/auto-renew/i);
  await page.screenshot(screenshotPath(driver.browser, 'overlay-bmobile.png'));
});

test('a confirmation is saved, then confirmed by the next account reading', async ({ driver }) => {
  await readAccount(driver);
  const page = await driver.newPage();
  await page.setViewport(1280, 800);
  await overlayOn(page, CHECKOUT);
  await page.click('button', { hasText: '購入する' });
  await page.waitForUrl(/\/manage\/order\/complete/);
  const overlay = new Overlay(page);
  await expect.poll(() => overlay.text(), { timeout: 15_000 }).toContain('Purchase saved');
  expect(await overlay.text()).toContain('40100000000012345');
  await page.screenshot(screenshotPath(driver.browser, 'overlay-saved.png'));

  const [renewal] = await records<StoredRenewal>(driver, 'renewals');
  expect(renewal).toMatchObject({
    orderNumber: '40100000000012345',
    amount: 990,
    status: 'pending',
    paid: true,
    remainingBefore: 2048,
    expectDays: 30,
    expectMB: 3072,
  });

  // A reload of the confirmation page does not save the order twice.
  await page.reload();
  await expect.poll(() => overlay.text(), { timeout: 15_000 }).toContain('already saved');
  expect(await records(driver, 'renewals')).toHaveLength(1);

  // The provider applied it: the account page now shows a second 3 GB bucket.
  driver.serve((url) => (url.origin + url.pathname === ACCOUNT ? demoHtml({ url: ACCOUNT, file: 'povo-order-after.html', title: 'after' }) : undefined));
  // (A changed reading this soon replaces the last one in the store, so wait for the status.)
  const after = await driver.newPage();
  await after.goto(ACCOUNT);
  await expect.poll(async () => (await records<StoredRenewal>(driver, 'renewals'))[0]?.status, { timeout: 15_000 }).toBe('confirmed');
  expect(await driver.notifications()).toEqual([]);
});

test('a purchase that does not show on the account page is reported with its order number', async ({ driver }) => {
  await readAccount(driver);
  const page = await driver.newPage();
  await overlayOn(page, CHECKOUT);
  await page.goto(COMPLETE);
  const overlay = new Overlay(page);
  await expect.poll(() => overlay.text(), { timeout: 15_000 }).toContain('Purchase saved');

  // Half an hour later the account page still shows the old numbers.
  await backdateRenewals(driver, 30 * 60 * 1000);
  const [before] = await records<StoredRenewal>(driver, 'renewals');
  const account = await driver.newPage();
  await account.goto(ACCOUNT);
  await expect.poll(async () => (await records<StoredRenewal>(driver, 'renewals'))[0]?.status, { timeout: 15_000 }).toBe('notReflected');
  await expect.poll(async () => (await driver.notifications()).map((n) => n.id)).toContain(`povo:08023456789|renewalCheck|${before?.at}`);
});

test('a checkout at a path nobody listed gets the overlay, because the page is one', async ({ driver }) => {
  await readAccount(driver);
  // The blind page at a path in no profile.
  const html = readFileSync(path.resolve(import.meta.dirname, '../fixtures/blind/batch1/povo/topping-purchase.html'), 'utf8');
  driver.serve((url) => (url.origin + url.pathname === 'https://shop.povo.jp/topping/purchase' ? html : undefined));
  const page = await driver.newPage();
  await page.setViewport(1280, 800);
  const overlay = await overlayOn(page, UNLISTED);
  expect(await overlay.text()).toContain('Buying: データ追加20GB(30日間)');
  expect(await overlay.text()).toContain('Check the amount: ¥2,700');
});

/**
 * Every page this spec serves the overlay on, with what it must never cover, found by the test's
 * own selectors: the pay button, and the order total's label with its price.
 */
const GUARDED: Array<{ url: string; pay: string[]; total: string[] }> = [
  { url: CHECKOUT, pay: ['form button[type=submit]'], total: ['.total'] },
  { url: HOSTILE, pay: ['button.pay'], total: ['.sum > div:nth-child(2)'] },
  { url: 'https://www.bmobile.ne.jp/english/charge_input.html', pay: ['form button[type=submit]'], total: ['p.total'] },
  { url: UNLISTED, pay: ['button.css-btn-main'], total: ['.css-summary-4d dt:nth-of-type(5)', '.css-total-2p'] },
  // The confirmation: no pay button left, the amount paid still in view.
  { url: COMPLETE, pay: [], total: ['tr:nth-child(4)'] },
];

/** Reads a povo and a b-mobile line, and serves the blind povo page at a path no profile lists. */
async function readBothProviders(driver: Driver): Promise<void> {
  const html = readFileSync(path.resolve(import.meta.dirname, '../fixtures/blind/batch1/povo/topping-purchase.html'), 'utf8');
  driver.serve((url) => (url.origin + url.pathname === 'https://shop.povo.jp/topping/purchase' ? html : undefined));
  await readAccount(driver);
  const account = await driver.newPage();
  await account.goto('https://www.bmobile.ne.jp/english/charge_top.html');
  await expect.poll(async () => (await records(driver, 'readings')).length, { timeout: 15_000 }).toBe(2);
  await account.close();
}

/** The overlay's box against the page's pay button and total, as a sentence a failure can show. */
async function clearOf(page: TestPage, overlay: Overlay, guarded: (typeof GUARDED)[number]): Promise<string> {
  const [box, pay, total] = await Promise.all([overlay.box(), pageBox(page, guarded.pay), pageBox(page, guarded.total)]);
  if (!box || box.width === 0) return 'no overlay box';
  if (guarded.pay.length > 0 && !pay) return 'no pay button on the page';
  if (!total) return 'no total on the page';
  if (pay && overlaps(box, pay)) return `covers the pay button: ${JSON.stringify({ box, pay })}`;
  if (overlaps(box, total)) return `covers the total: ${JSON.stringify({ box, total })}`;
  return 'clear';
}

for (const [width, height] of [
  [900, 600],
  [390, 844],
] as const) {
  test(`at ${width}×${height} the overlay starts as a pill and, pill or open, covers no pay button or total on any page`, async ({ driver }) => {
    await readBothProviders(driver);
    const page = await driver.newPage();
    await page.setViewport(width, height);
    const opened: string[] = [];
    for (const guarded of GUARDED) {
      const overlay = await overlayOn(page, guarded.url);
      const where = `${guarded.url} at ${width}×${height}`;
      await expect.poll(() => overlay.isOnTop(), { message: `${where}: pill shown` }).toBe(true);
      expect(await overlay.attribute('#kigen-head', 'aria-expanded'), where).toBe('false');
      expect((await overlay.box())?.height ?? 0, `${where}: a pill`).toBeLessThan(60);
      await expect.poll(() => clearOf(page, overlay, guarded), { message: `${where}: pill` }).toBe('clear');

      // Opened by a click: open where it fits clear of both, else it stays the pill and says why.
      await overlay.click('#kigen-head');
      await wait(300);
      const open = (await overlay.attribute('#kigen-head', 'aria-expanded')) === 'true';
      if (open) opened.push(guarded.url);
      else expect(await overlay.attribute('#kigen-head', 'title'), `${where}: why it stays a pill`).toContain('No room to open here');
      await expect.poll(() => overlay.isOnTop(), { message: `${where}: shown after the click` }).toBe(true);
      await expect.poll(() => clearOf(page, overlay, guarded), { message: `${where}: ${open ? 'open' : 'still a pill'}` }).toBe('clear');
    }
    // The panel really opens on most pages: this is not a test of a pill alone.
    expect(opened.length).toBeGreaterThanOrEqual(3);
  });
}

test('the overlay keeps clear as the page scrolls and the window is resized', async ({ driver }) => {
  await readBothProviders(driver);
  const page = await driver.newPage();
  await page.setViewport(1280, 800);
  const guarded = GUARDED.find((g) => g.url === UNLISTED);
  if (!guarded) throw new Error('no blind page');
  const overlay = await overlayOn(page, UNLISTED);
  // A large window: it starts open.
  expect(await overlay.attribute('#kigen-head', 'aria-expanded')).toBe('true');
  await expect.poll(() => clearOf(page, overlay, guarded)).toBe('clear');
  const steps: Array<() => Promise<void>> = [
    () => page.setViewport(390, 844),
    () => page.evaluate(() => window.scrollTo(0, 250)),
    () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)),
    () => page.setViewport(900, 600),
    () => page.evaluate(() => window.scrollTo(0, 0)),
  ];
  for (const [i, step] of steps.entries()) {
    await step();
    await expect.poll(() => clearOf(page, overlay, guarded), { message: `after step ${i}` }).toBe('clear');
    expect(await overlay.isOnTop(), `after step ${i}`).toBe(true);
  }
});

test('zh-CN at 900×600: the pill and the open panel, screenshots', async ({ driver }) => {
  await readAccount(driver);
  await setLanguage(driver, 'zh-CN');
  const page = await driver.newPage();
  await page.setViewport(900, 600);
  const overlay = await overlayOn(page, CHECKOUT);
  await expect.poll(() => overlay.isOnTop()).toBe(true);
  const head = await overlay.attribute('#kigen-head', 'aria-expanded');
  expect(head).toBe('false');
  // The pill says what is at stake in the popup's words ("流量10天后到期").
  await expect.poll(async () => (await overlay.text()).replace(/\s/g, '')).toMatch(/^期Kigen·流量/);
  await page.screenshot(screenshotPath(driver.browser, 'overlay-900x600-pill-zh-CN.png'));
  await overlay.click('#kigen-head');
  await expect.poll(() => overlay.attribute('#kigen-head', 'aria-expanded')).toBe('true');
  const text = await overlay.text();
  expect(text).toContain('本次购买的流量');
  expect(text).toContain('号码保留期限');
  expect(text).not.toContain('到期 2');
  await expect.poll(() => clearOf(page, overlay, GUARDED[0]!)).toBe('clear');
  await page.screenshot(screenshotPath(driver.browser, 'overlay-900x600-open-zh-CN.png'));
});
