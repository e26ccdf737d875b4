import { type TestPage, expect, test, tid } from './support/driver';
import { optionsSeed, seedAll } from './support/options';
import { seed, seedData } from './support/popup';
import { screenshotPath } from './support/screenshots';

/**
 * Kigen on a phone: Firefox for Android opens the popup as a page and the options page in a tab,
 * at a phone's width. At 390 × 844 CSS px (a common phone) in both browsers: nothing is wider than
 * the screen (no sideways scrolling), and every control a thumb needs — buttons, selects, inputs,
 * the summaries that open a guide's sections — lies within the screen's width and is at least
 * 24 px in both directions (WCAG 2.2 target size, 2.5.8).
 */

const WIDTH = 390;
const HEIGHT = 844;
const CONTROLS = 'button, select, input:not([type=hidden]):not([type=file]), textarea, summary';

/** The page's scrollable width: wider than the screen means sideways scrolling. */
const scrollWidth = (page: TestPage) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

/**
 * Every rendered control that is cut off by the screen's edge or whose target is smaller than
 * 24 px. A control's target is what a tap on it reaches: its own box, its labels' (a tap on a
 * label works the control), and a card-wide ::after a button stretches over its card (.card-open).
 */
async function badTargets(page: TestPage): Promise<string[]> {
  return page.evaluate(
    ({ selector, width }) =>
      [...document.querySelectorAll<HTMLElement>(selector)].flatMap((e) => {
        const own = e.getBoundingClientRect();
        if (own.width === 0 && own.height === 0) return []; // not rendered (closed, hidden)
        const boxes = [own, ...[...((e as HTMLInputElement).labels ?? [])].map((l) => l.getBoundingClientRect())];
        const after = getComputedStyle(e, '::after');
        if (after.content !== 'none' && after.position === 'absolute' && after.inset === '0px' && e.offsetParent) {
          boxes.push(e.offsetParent.getBoundingClientRect());
        }
        const r = {
          left: Math.min(...boxes.map((b) => b.left)),
          right: Math.max(...boxes.map((b) => b.right)),
          top: Math.min(...boxes.map((b) => b.top)),
          bottom: Math.max(...boxes.map((b) => b.bottom)),
          width: 0,
          height: 0,
        };
        r.width = r.right - r.left;
        r.height = r.bottom - r.top;
        const name = `${e.localName}${e.id ? `#${e.id}` : ''} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30)}"`;
        const problems = [
          r.left < 0 || r.right > width ? `outside 0–${width} (${Math.round(r.left)}–${Math.round(r.right)})` : '',
          r.width < 24 || r.height < 24 ? `${Math.round(r.width)}×${Math.round(r.height)} px` : '',
        ].filter(Boolean);
        return problems.length ? [`${name}: ${problems.join(', ')}`] : [];
      }),
    { selector: CONTROLS, width: WIDTH },
  );
}

async function expectPhoneFit(page: TestPage, what: string): Promise<void> {
  expect(await scrollWidth(page), `${what}: scroll width`).toBeLessThanOrEqual(WIDTH);
  expect(await badTargets(page), `${what}: controls`).toEqual([]);
}

test('the popup at 390 × 844: the list, a line’s detail and the forms fit the screen', async ({ driver }) => {
  const popup = await driver.openExtensionPage('popup.html');
  await popup.setViewport(WIDTH, HEIGHT);
  await seed(popup, seedData(Date.now()));
  await popup.reload();
  await expect.poll(() => popup.count(tid('line-card'))).toBe(4);
  expect(await popup.count(`${tid('line-card')} .card-open`)).toBe(4);
  await expectPhoneFit(popup, 'list');
  await popup.screenshot(screenshotPath(driver.browser, 'phone-popup-list.png'));

  await popup.click('[data-line-id="povo:09011112222"] .card-open');
  await expect.poll(() => popup.visible(tid('line-detail'))).toBe(true);
  expect(await popup.visible(tid('renewed'))).toBe(true);
  expect(await popup.visible(tid('back'))).toBe(true);
  await expectPhoneFit(popup, 'detail');
  await popup.screenshot(screenshotPath(driver.browser, 'phone-popup-detail.png'), { fullPage: true });

  await popup.click(tid('renewed'));
  await expect.poll(() => popup.visible(tid('renew-form'))).toBe(true);
  await expectPhoneFit(popup, 'renew form');

  await popup.reload();
  await expect.poll(() => popup.count(tid('line-card'))).toBe(4);
  await popup.click('header button[aria-label="Add a line by hand"]');
  await expect.poll(() => popup.visible(tid('line-form'))).toBe(true);
  await expectPhoneFit(popup, 'manual line form');
});

test('the options page at 390 × 844 fits the screen', async ({ driver }) => {
  const page = await driver.openExtensionPage('options.html');
  await page.setViewport(WIDTH, HEIGHT);
  await seedAll(page, optionsSeed(Date.now()));
  await page.reload();
  await expect.poll(() => page.count(tid('options-line')), { timeout: 30_000 }).toBe(3);
  for (const key of ['save-settings', 'export-backup', 'export-calendar']) {
    expect(await page.visible(tid(key)), key).toBe(true);
  }
  await expectPhoneFit(page, 'options');
  await page.screenshot(screenshotPath(driver.browser, 'phone-options.png'), { fullPage: true });
});
