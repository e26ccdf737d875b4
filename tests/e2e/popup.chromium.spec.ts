import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openPopup, test } from './support/chromium';

/**
 * The popup in a real Chromium with the production build: lines in different states (fresh,
 * stale, expiring today, unlimited, manual) seeded into the extension's IndexedDB through the
 * plain IndexedDB API (the real schema, nothing exposed by the product) and one added through the
 * manual-line form; card order and contents, povo's renewal guide, "I renewed", an axe-core scan
 * in light and dark mode, and screenshots in Chinese and Japanese.
 *
 * The browser runs in Asia/Shanghai: a traveller from China, whose clock differs from JST.
 */

const ZONE = 'Asia/Shanghai';
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * Screenshots go to test-results/ on every run; with KIGEN_SCREENSHOTS=1 they replace the committed
 * ones in tests/e2e/screenshots/ (referenced from the README), so a test run leaves the tree clean.
 */
const SCREENSHOTS = process.env.KIGEN_SCREENSHOTS
  ? path.join(ROOT, 'tests/e2e/screenshots')
  : path.join(ROOT, 'test-results/screenshots');
const EN = JSON.parse(readFileSync(path.join(ROOT, 'utils/i18n/locales/en.json'), 'utf8')) as Record<string, string>;
/** axe-core's source; evaluated through the DevTools protocol (the extension's CSP blocks script tags). */
const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let previousTz: string | undefined;
test.beforeAll(() => {
  // Chromium takes its zone from TZ; the context fixture launches after this.
  previousTz = process.env.TZ;
  process.env.TZ = ZONE;
});
test.afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

interface Seed {
  lines: Array<Record<string, unknown>>;
  readings: Array<Record<string, unknown>>;
  renewals: Array<Record<string, unknown>>;
}

function reading(lineId: string, over: Record<string, unknown>): Record<string, unknown> {
  return {
    lineId,
    at: 0,
    expiresAt: null,
    remainingMB: null,
    totalMB: null,
    usedMB: null,
    unlimited: false,
    plan: null,
    sourceUrl: 'https://example.invalid/',
    source: 'page',
    ...over,
  };
}

function pageLine(id: string, provider: string, lineId: string | null, now: number): Record<string, unknown> {
  return { id, provider, lineId, label: null, manual: false, createdAt: now - 40 * DAY, settings: { muted: false } };
}

/** Four provider lines in different states, relative to `now`. */
function seedData(now: number): Seed {
  // End of the JST day ten days from now (a date-only expiry, as povo's pages state it).
  const jstMidnight = Math.floor((now + 9 * HOUR) / DAY) * DAY - 9 * HOUR;
  const povoExpiry = jstMidnight + 11 * DAY - 1;
  return {
    lines: [
      pageLine('povo:09011112222', 'povo', '090-1111-2222', now),
      pageLine('iijmio:08033334444', 'iijmio', '080-3333-4444', now),
      pageLine('mineo:07055556666', 'mineo', '070-5555-6666', now),
      pageLine('rakuten-mobile:08077778888', 'rakuten-mobile', '080-7777-8888', now),
    ],
    readings: [
      // Fresh, with history for the chart and a run-out forecast before the expiry.
      ...[
        [3 * DAY, 3072],
        [2 * DAY, 2700],
        [DAY, 2400],
        [HOUR, 2048],
      ].map(([ago, mb]) =>
        reading('povo:09011112222', { at: now - ago!, expiresAt: povoExpiry, remainingMB: mb, totalMB: 3072, plan: 'データ追加3GB（30日間）' }),
      ),
      // Expiring today.
      reading('iijmio:08033334444', { at: now - 2 * HOUR, expiresAt: now + 5 * HOUR, remainingMB: 7475.2, totalMB: 10240 }),
      // Stale: last read twelve days ago (monthly plan, no expiry).
      reading('mineo:07055556666', { at: now - 12 * DAY, remainingMB: 4096, totalMB: 10240 }),
      // Unlimited.
      reading('rakuten-mobile:08077778888', { at: now - 3 * HOUR, unlimited: true }),
    ],
    renewals: [
      {
        lineId: 'povo:09011112222',
        at: now - 20 * DAY,
        orderNumber: '40100000000000000',
        amount: 990,
        currency: 'JPY',
        product: 'データ追加3GB（30日間）',
        method: 'checkout',
        note: null,
        status: 'confirmed',
        paid: true,
        expiresBefore: null,
        remainingBefore: null,
        expectDays: 30,
        expectMB: 3072,
      },
    ],
  };
}

/** Writes records into the extension's database, which the background (Dexie) has created. */
async function seed(page: Page, data: Seed): Promise<void> {
  await page.evaluate(async (records) => {
    for (let i = 0; i < 100 && !(await indexedDB.databases()).some((d) => d.name === 'kigen'); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kigen');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['lines', 'readings', 'renewals'], 'readwrite');
    for (const l of records.lines) tx.objectStore('lines').put(l);
    for (const r of records.readings) tx.objectStore('readings').add(r);
    for (const r of records.renewals) tx.objectStore('renewals').add(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
}

/** axe-core's serious and critical violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `axe in ${colorScheme} mode`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** A date input value for `at` in the browser's zone. */
const dateIn = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at);

async function setLanguage(page: Page, language: string): Promise<void> {
  await page.evaluate(async (lang) => {
    const { settings } = await chrome.storage.local.get('settings');
    const base = {
      leadDays: [7, 3, 1, 0],
      lowDataPercent: 20,
      lowDataMB: 1024,
      staleDays: 7,
      quietStart: 1320,
      quietEnd: 480,
      language: 'auto',
    };
    const current = typeof settings === 'object' && settings !== null ? settings : {};
    await chrome.storage.local.set({ settings: { ...base, ...current, language: lang } });
  }, language);
}

test('popup: cards by urgency, guide, I renewed, manual line, accessible in light and dark', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 380, height: 600 });
  expect(await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);

  // A newcomer sees what to do.
  const empty = popup.getByTestId('empty');
  await expect(empty).toBeVisible();
  await expect(empty.getByTestId('provider-list')).toContainText('shop.povo.jp');
  await expectAccessible(popup);
  await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup-empty-en-light.png') });

  // A line added by hand (a provider Kigen does not know: times in the user's zone).
  const now = Date.now();
  await empty.getByRole('button', { name: 'Add a line by hand' }).click();
  const form = popup.getByTestId('line-form');
  await form.getByLabel('Provider').selectOption('other');
  await expect(form).toContainText(`your time zone (${ZONE})`);
  await form.getByLabel('Name for this line').fill('Travel eSIM');
  await form.getByLabel('Expiry date').fill(dateIn(now + 3 * DAY));
  await form.getByLabel('Data left (GB)').fill('1.5');
  await form.getByLabel('Total (GB)').fill('5');
  await expectAccessible(popup);
  await popup.screenshot({ path: path.join(SCREENSHOTS, 'popup-manual-en-light.png') });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(popup.getByTestId('line-card')).toHaveCount(1);

  await seed(popup, seedData(now));
  await popup.reload();
  const cards = popup.getByTestId('line-card');
  await expect(cards).toHaveCount(5);

  // Most urgent first: today, 3 days (manual), 10 days, then no expiry by data left, unlimited last.
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-line-id') ?? ''));
  expect(ids.map((id) => id.replace(/^manual:.*/, 'manual'))).toEqual([
    'iijmio:08033334444',
    'manual',
    'povo:09011112222',
    'mineo:07055556666',
    'rakuten-mobile:08077778888',
  ]);
  const [today, manual, povo, stale, unlimited] = [0, 1, 2, 3, 4].map((i) => cards.nth(i));
  await expect(today!).toContainText('IIJmio');
  await expect(today!).toContainText('080-3333-4444');
  await expect(today!.getByTestId('remaining')).toHaveText('7.3 GB');
  await expect(today!.getByTestId('headline')).toHaveText(/^[45] hours left$/);
  await expect(today!.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '7.3 GB of 10 GB left');
  await expect(manual!.getByTestId('manual')).toHaveText('Manual');
  await expect(manual!).toContainText('Travel eSIM');
  await expect(manual!.getByTestId('remaining')).toHaveText('1.5 GB');
  // Shanghai is an hour behind Tokyo: both clocks, the JST one at the provider's 23:59.
  await expect(povo!.getByTestId('expiry')).toContainText('(your time) · 23:59 JST');
  await expect(povo!.getByTestId('forecast')).toBeVisible();
  // Valid for ten more days: the keep-alive deadline waits for the detail.
  await expect(povo!.getByTestId('keep-alive')).toHaveCount(0);
  await expect(stale!.getByTestId('stale')).toBeVisible();
  await expect(stale!.getByTestId('read-at')).toContainText('12 days ago');
  await expect(unlimited!.getByTestId('remaining')).toHaveText('Unlimited');
  await expect(unlimited!).toContainText('Rakuten Mobile');
  await expectAccessible(popup);

  // povo's renewal guide: numbered steps from the profile's message keys, povo's own link only.
  await povo!.getByRole('button', { name: /povo/ }).click();
  const detail = popup.getByTestId('line-detail');
  await expect(detail).toBeVisible();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('povo · 090-1111-2222');
  await expect(detail.getByTestId('keep-alive')).toContainText('Keep your number');
  const app = detail.locator('[data-testid=guide-method][data-kind=app]');
  const steps = app.locator('ol > li');
  await expect(steps).toHaveCount(5);
  await expect(steps.first()).toHaveText(EN.guide_povo_app_1 ?? 'guide_povo_app_1 is missing in en.json');
  const online = detail.locator('[data-testid=guide-method][data-kind=online]');
  await expect(online.getByRole('link')).toHaveAttribute('href', 'https://shop.povo.jp/web/login');
  const hosts = await detail.locator('a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).host));
  expect(new Set(hosts)).toEqual(new Set(['shop.povo.jp']));
  await expect(detail.getByTestId('renewals')).toContainText('Order no. 40100000000000000');
  await expect(detail.getByTestId('renewals')).toContainText('¥990');
  await expect(detail.getByTestId('usage-chart').locator('svg title')).toHaveText('Data left over time');
  await expectAccessible(popup);

  // "I renewed" is stored and listed.
  await detail.getByTestId('renewed').click();
  const renew = popup.getByTestId('renew-form');
  await renew.getByLabel('How did you renew?').selectOption('voucher');
  await renew.getByLabel('Order number (optional)').fill('LAWSON-123');
  await renew.getByLabel('Amount paid (optional)').fill('3000');
  await expectAccessible(popup);
  await renew.getByRole('button', { name: 'Save' }).click();
  await expect(detail.getByRole('status')).toContainText('Renewal saved.');
  await expect(detail.getByTestId('renewals').locator('li').first()).toContainText('Order no. LAWSON-123');
  await expect(detail.getByTestId('renewals').locator('li').first()).toContainText('¥3,000');

  // Keyboard: Escape goes back and focus returns to the card that was opened.
  await popup.keyboard.press('Escape');
  await expect(cards).toHaveCount(5);
  await expect(povo!.getByRole('button', { name: /povo/ })).toBeFocused();
});

test('popup screenshots in Chinese and Japanese, light and dark', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 380, height: 600 });
  const now = Date.now();
  const data = seedData(now);
  data.lines.push({
    id: 'manual:demo',
    provider: 'other',
    lineId: null,
    label: 'Travel eSIM',
    manual: true,
    createdAt: now - DAY,
    settings: { muted: false },
  });
  data.readings.push(reading('manual:demo', { at: now - DAY, expiresAt: now + 3 * DAY + 2 * HOUR, remainingMB: 1536, totalMB: 5120, source: 'manual', sourceUrl: '' }));
  await seed(popup, data);

  const checks: Record<string, string> = { 'zh-CN': '剩余', ja: '残り' };
  for (const language of ['zh-CN', 'ja'] as const) {
    await setLanguage(popup, language);
    await popup.reload();
    await expect(popup.getByTestId('line-card')).toHaveCount(5);
    await expect(popup.locator('html')).toHaveAttribute('lang', language);
    await expect(popup.getByTestId('line-card').first().getByTestId('headline')).toContainText(checks[language]!);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await axeViolations(popup), `axe ${language} ${colorScheme}`).toEqual([]);
      await popup.screenshot({ path: path.join(SCREENSHOTS, `popup-${language}-${colorScheme}.png`), fullPage: true });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.getByTestId('line-card').nth(2).locator('.card-open').click();
    await expect(popup.getByTestId('guide')).toBeVisible();
    expect(await axeViolations(popup), `axe detail ${language}`).toEqual([]);
    await popup.screenshot({ path: path.join(SCREENSHOTS, `popup-detail-${language}-light.png`) });
  }
});
