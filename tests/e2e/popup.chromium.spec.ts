import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openPopup, test } from './support/chromium';
import { axeViolations, expectAccessible, reading, seed, seedData, setLanguage } from './support/popup';

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

/** A date input value for `at` in the browser's zone. */
const dateIn = (at: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at);

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
    'b-mobile:08033334444',
    'manual',
    'povo:09011112222',
    'mineo:07055556666',
    'rakuten-mobile:08077778888',
  ]);
  const [today, manual, povo, stale, unlimited] = [0, 1, 2, 3, 4].map((i) => cards.nth(i));
  await expect(today!).toContainText('b-mobile');
  await expect(today!).toContainText('080-3333-4444');
  await expect(today!.getByTestId('remaining')).toHaveText('7.3 GB');
  await expect(today!.getByTestId('headline')).toHaveText('SIM expires today');
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

  const checks: Record<string, string> = { 'zh-CN': 'SIM 卡今天到期', ja: 'SIM の有効期限：今日' };
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
