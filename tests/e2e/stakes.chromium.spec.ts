import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, openPopup, test } from './support/chromium';
import { Overlay } from './support/overlay';

/**
 * What the user stands to lose, in a real Chromium with the production build: a povo number's
 * deadline comes from its paid toppings (never a free bonus) and each lapsing topping gets a data
 * reminder of its own; a monthly IIJmio plan is never spoken of as a number at risk; and one line
 * shows one day count in the popup, the notification and the checkout overlay.
 */

const DAY = 24 * 3600 * 1000;
const PLAN = 'https://shop.povo.jp/manage/plan-details';
const ORDER = 'https://shop.povo.jp/manage/order';
const CHECKOUT = 'https://shop.povo.jp/manage/order/confirm';
const LOSE = /lose|lost|號碼失效|号码失效|失効して番号|回線を失/i;

async function worker(context: BrowserContext): Promise<Worker> {
  const [sw] = context.serviceWorkers();
  return sw ?? (await context.waitForEvent('serviceworker'));
}

const alarmNames = async (sw: Worker) =>
  ((await sw.evaluate(() => chrome.alarms.getAll())) as Array<{ name: string }>).map((a) => a.name).filter((n) => n.startsWith('r:'));

/** The JST calendar date `days` after today, as Kigen writes a day in English ("Tue 8 Jun 2027"). */
function jstDate(daysFromNow: number, plusDays = 0): { y: number; m: number; d: number; text: string } {
  const jst = new Date(Date.now() + daysFromNow * DAY + 9 * 3600 * 1000);
  const day = new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate() + plusDays));
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  const name = (part: 'weekday' | 'month') => day.toLocaleDateString('en', { [part]: 'short', timeZone: 'UTC' });
  return { y, m, d, text: `${name('weekday')} ${d} ${name('month')} ${y}` };
}

async function read(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  const sw = await worker(context);
  await expect
    .poll(async () => (await alarmNames(sw)).length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  return page;
}

test('povo: the number’s deadline comes from the latest paid topping, and a lapsing topping gets its own data reminder', async ({
  context,
  extensionId,
}) => {
  await read(context, PLAN);
  const sw = await worker(context);
  const names = await alarmNames(sw);
  // The 20GB topping (12.5 GB left) lapses at today + 8, 23:59 JST: one reminder of its own.
  const lapse = jstDate(8);
  const lapseAt = Date.UTC(lapse.y, lapse.m - 1, lapse.d, 23 - 9, 59);
  expect(names.some((n) => n.includes('|dataLapse|') && n.includes(`${lapseAt}@`))).toBe(true);
  expect(names.some((n) => n.includes('|keepAlive|'))).toBe(true);

  // The card and its detail: the number's deadline is the latest PAID topping's expiry + 180 days.
  const popup = await openPopup(context, extensionId);
  const card = popup.getByTestId('line-card');
  await expect(card).toHaveCount(1);
  await card.locator('.card-open').click();
  const keep = popup.getByTestId('keep-alive');
  await expect(keep).toContainText(jstDate(8, 180).text);
  // Not from the free bonus, which runs to today + 49.
  await expect(keep).not.toContainText(jstDate(49, 180).text);
  expect(await popup.locator('body').innerText()).not.toMatch(LOSE);
});

test('an IIJmio monthly plan: no deadline reminders and no "lose the number" wording anywhere', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://www.iijmio.jp/member/');
  const popup = await openPopup(context, extensionId);
  await expect(async () => {
    await popup.reload();
    await expect(popup.getByTestId('line-card')).toHaveCount(1, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  const card = popup.getByTestId('line-card');
  await expect(card.getByTestId('headline')).toContainText('used this month');
  expect(await popup.locator('body').innerText()).not.toMatch(LOSE);
  await card.locator('.card-open').click();
  await expect(popup.getByTestId('guide')).toBeVisible();
  expect(await popup.locator('body').innerText()).not.toMatch(LOSE);
  const names = await alarmNames(await worker(context));
  expect(names.filter((n) => /\|(?:expiry|keepAlive|dataLapse)\|/.test(n))).toEqual([]);
});

test('one line, one day count: the popup, the notification and the overlay agree', async ({ context, extensionId }) => {
  await read(context, ORDER);
  const sw = await worker(context);
  // The notification's own text: record what the background shows.
  await sw.evaluate(() => {
    const scope = globalThis as unknown as { shown: string[] };
    scope.shown = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    (chrome.notifications as unknown as { create: unknown }).create = (id: string, options: { title: string; message: string }) => {
      scope.shown.push(`${options.title} ${options.message}`);
      return create(id, options as never);
    };
  });
  const lapse = (await alarmNames(sw)).find((n) => n.includes('|dataLapse|'));
  expect(lapse).toBeDefined();
  await sw.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 300 }), lapse!);
  await expect
    .poll(() => sw.evaluate(() => (globalThis as unknown as { shown: string[] }).shown.join('\n')), { timeout: 15_000 })
    .toContain('in 10 days');

  const popup = await openPopup(context, extensionId);
  await expect(popup.getByTestId('line-card').getByTestId('headline')).toContainText('in 10 days');

  const page = await context.newPage();
  await page.goto(CHECKOUT);
  const overlay = new Overlay(page);
  await expect.poll(() => overlay.text(), { timeout: 15_000 }).toContain('in 10 days');
});
