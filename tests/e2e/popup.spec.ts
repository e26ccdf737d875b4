import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, tid } from './support/driver';
import { axeViolations, expectAccessible, reading, seed, seedData, setLanguage } from './support/popup';
import { screenshotPath } from './support/screenshots';

/**
 * The popup in a real browser (Chromium and Firefox) with the production build: lines in
 * different states (fresh, stale, expiring today, unlimited, manual) seeded into the extension's
 * IndexedDB through the plain IndexedDB API (the real schema, nothing exposed by the product) and
 * one added through the manual-line form; card order and contents, povo's renewal guide,
 * "I renewed", an axe-core scan in light and dark mode, and screenshots in Chinese and Japanese.
 *
 * The browser runs in Asia/Shanghai: a traveller from China, whose clock differs from JST.
 */

const ZONE = 'Asia/Shanghai';
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ROOT = path.resolve(import.meta.dirname, '../..');
const EN = JSON.parse(readFileSync(path.join(ROOT, 'utils/i18n/locales/en.json'), 'utf8')) as Record<string, string>;

test.use({ launch: { timezone: ZONE } });

/** A date input value for `at` in the browser's zone. */
const dateIn = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at);
const card = (lineId: string) => `[data-line-id="${lineId}"]`;
const CARDS = tid('line-card');

test('popup: cards by urgency, guide, I renewed, manual line, accessible in light and dark', async ({ driver }) => {
  test.setTimeout(120_000);
  const popup = await driver.openExtensionPage('popup.html');
  await popup.setViewport(380, 600);
  expect(await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);

  // A newcomer sees what to do.
  await expect.poll(() => popup.visible(tid('empty'))).toBe(true);
  expect(await popup.text(`${tid('empty')} ${tid('provider-list')}`)).toContain('shop.povo.jp');
  await expectAccessible(popup);
  await popup.screenshot(screenshotPath(driver.browser, 'popup-empty-en-light.png'));

  // A line added by hand (a provider Kigen does not know: times in the user's zone).
  const now = Date.now();
  await popup.click(`${tid('empty')} button`, { hasText: 'Add a line by hand' });
  const form = tid('line-form');
  await popup.select('label=Provider', 'other');
  await expect.poll(() => popup.text(form)).toContain(`your time zone (${ZONE})`);
  await popup.fill('label=Name for this line', 'Travel eSIM');
  await popup.fill('label=Expiry date', dateIn(now + 3 * DAY));
  await popup.fill('label=Data left (GB)', '1.5');
  await popup.fill('label=Total (GB)', '5');
  await expectAccessible(popup);
  await popup.screenshot(screenshotPath(driver.browser, 'popup-manual-en-light.png'));
  await popup.click(`${form} button`, { hasText: 'Save' });
  await expect.poll(() => popup.count(CARDS)).toBe(1);
  // The background wrote the popup's first-paint copy before it answered the save.
  const copied = await popup.evaluate(async () => {
    const { firstPaint } = await ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.get('firstPaint');
    return (firstPaint as { lines?: Array<{ line: { label: string | null } }> } | undefined)?.lines?.map((v) => v.line.label);
  });
  expect(copied).toEqual(['Travel eSIM']);

  await seed(popup, seedData(now));
  await popup.reload();
  await expect.poll(() => popup.count(CARDS)).toBe(5);

  // Most urgent first: today, 3 days (manual), 10 days, then no expiry by data left, unlimited last.
  const ids = await popup.evaluate(() => [...document.querySelectorAll('[data-testid=line-card]')].map((e) => e.getAttribute('data-line-id') ?? ''));
  expect(ids.map((id) => id.replace(/^manual:.*/, 'manual'))).toEqual([
    'b-mobile:08033334444',
    'manual',
    'povo:09011112222',
    'mineo:07055556666',
    'rakuten-mobile:08077778888',
  ]);
  const [today, manual, povo, stale, unlimited] = [
    card('b-mobile:08033334444'),
    '[data-line-id^="manual:"]',
    card('povo:09011112222'),
    card('mineo:07055556666'),
    card('rakuten-mobile:08077778888'),
  ];
  expect(await popup.text(today)).toContain('b-mobile');
  expect(await popup.text(today)).toContain('080-3333-4444');
  expect(await popup.text(`${today} ${tid('remaining')}`)).toBe('7.3 GB');
  expect(await popup.text(`${today} ${tid('headline')}`)).toBe('SIM expires today');
  expect(await popup.attribute(`${today} [role=progressbar]`, 'aria-valuetext')).toBe('7.3 GB of 10 GB left');
  expect(await popup.text(`${manual} ${tid('manual')}`)).toBe('Manual');
  expect(await popup.text(manual)).toContain('Travel eSIM');
  expect(await popup.text(`${manual} ${tid('remaining')}`)).toBe('1.5 GB');
  // Shanghai is an hour behind Tokyo: both clocks, the JST one at the provider's 23:59.
  expect(await popup.text(`${povo} ${tid('expiry')}`)).toContain('(your time) · 23:59 JST');
  expect(await popup.visible(`${povo} ${tid('forecast')}`)).toBe(true);
  // Valid for ten more days: the keep-alive deadline waits for the detail.
  expect(await popup.count(`${povo} ${tid('keep-alive')}`)).toBe(0);
  expect(await popup.visible(`${stale} ${tid('stale')}`)).toBe(true);
  expect(await popup.text(`${stale} ${tid('read-at')}`)).toContain('12 days ago');
  expect(await popup.text(`${unlimited} ${tid('remaining')}`)).toBe('Unlimited');
  expect(await popup.text(unlimited)).toContain('Rakuten Mobile');
  await expectAccessible(popup);

  // povo's renewal guide: numbered steps from the profile's message keys, povo's own link only.
  await popup.click(`${povo} .card-open`);
  const detail = tid('line-detail');
  await expect.poll(() => popup.visible(detail)).toBe(true);
  expect(await popup.text('h1')).toBe('povo · 090-1111-2222');
  expect(await popup.text(`${detail} ${tid('keep-alive')}`)).toContain('Keep your number');
  const app = `${detail} [data-testid=guide-method][data-kind=app]`;
  expect(await popup.count(`${app} ol > li`)).toBe(5);
  expect(await popup.text(`${app} ol > li`)).toBe(EN.guide_povo_app_1 ?? 'guide_povo_app_1 is missing in en.json');
  expect(await popup.attribute(`${detail} [data-testid=guide-method][data-kind=online] a`, 'href')).toBe('https://shop.povo.jp/web/login');
  const hosts = await popup.evaluate(() => [...document.querySelectorAll('[data-testid=line-detail] a[href]')].map((a) => new URL((a as HTMLAnchorElement).href).host));
  expect(new Set(hosts)).toEqual(new Set(['shop.povo.jp']));
  expect(await popup.text(`${detail} ${tid('renewals')}`)).toContain('Order no. 40100000000000000');
  expect(await popup.text(`${detail} ${tid('renewals')}`)).toContain('¥990');
  expect(await popup.text(`${detail} ${tid('usage-chart')} svg title`)).toBe('Data left over time');
  await expectAccessible(popup);

  // "I renewed" is stored and listed.
  await popup.click(`${detail} ${tid('renewed')}`);
  await popup.select('label=How did you renew?', 'voucher');
  await popup.fill('label=Order number (optional)', 'LAWSON-123');
  await popup.fill('label=Amount paid (optional)', '3000');
  await expectAccessible(popup);
  await popup.click(`${tid('renew-form')} button`, { hasText: 'Save' });
  await expect.poll(() => popup.text(`${detail} [role=status]`)).toContain('Renewal saved.');
  expect(await popup.text(`${detail} ${tid('renewals')} li`)).toContain('Order no. LAWSON-123');
  expect(await popup.text(`${detail} ${tid('renewals')} li`)).toContain('¥3,000');

  // Keyboard: Escape goes back and focus returns to the card that was opened.
  await popup.press('Escape');
  await expect.poll(() => popup.count(CARDS)).toBe(5);
  await expect
    .poll(() => popup.evaluate((sel) => document.activeElement === document.querySelector(sel), `${povo} .card-open`))
    .toBe(true);
});

test('popup screenshots in Chinese and Japanese, light and dark', async ({ driver }) => {
  test.setTimeout(120_000);
  const popup = await driver.openExtensionPage('popup.html');
  await popup.setViewport(380, 600);
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

  const checks: Record<string, string> = { 'zh-CN': 'SIM 卡今天到期', ja: 'SIM の有効期限：今日' };
  for (const language of ['zh-CN', 'ja'] as const) {
    await setLanguage(driver, language);
    await popup.reload();
    await expect.poll(() => popup.count(CARDS)).toBe(5);
    await expect.poll(() => popup.attribute('html', 'lang')).toBe(language);
    expect(await popup.text(`${CARDS} ${tid('headline')}`)).toContain(checks[language]!);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.colorScheme(colorScheme);
      expect(await axeViolations(popup), `axe ${language} ${colorScheme}`).toEqual([]);
      await popup.screenshot(screenshotPath(driver.browser, `popup-${language}-${colorScheme}.png`), { fullPage: true });
    }
    await popup.colorScheme('light');
    await popup.click(`${CARDS} .card-open`, { nth: 2 });
    await expect.poll(() => popup.visible(tid('guide'))).toBe(true);
    expect(await axeViolations(popup), `axe detail ${language}`).toEqual([]);
    await popup.screenshot(screenshotPath(driver.browser, `popup-detail-${language}-light.png`));
  }
});
