import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { type Driver, type TestPage, expect, test, tid } from './support/driver';
import { deleteAllLines, exportBackup, manyLinesSeed, openOptions, optionsSeed, seedAll, storedLine, withoutExportTime } from './support/options';
import { axeViolations, setLanguage } from './support/popup';
import { screenshotPath } from './support/screenshots';

/**
 * The options page in a real browser (Chromium and Firefox) with the production build: a setting
 * survives a reload; backup download → every line deleted through the page → restore through the
 * file chooser gives the same data; corrupt and truncated files are refused and change nothing;
 * the lines table and a line's drawer (keyboard, Escape, one Save, errors); 20 lines stay short and
 * a phone screen does not scroll sideways; axe-core finds no serious or critical problem in light
 * or dark mode, drawer open or not; screenshots (English, and 简体中文 with the drawer).
 * Downloads are real in both: Chromium's download event, Firefox's download folder.
 */

const ZONE = 'Asia/Shanghai';
const LINES = tid('options-line');
const DRAWER = tid('line-drawer');
const inDrawer = (id: string) => `${DRAWER} ${tid(id)}`;
const editOf = (lineId: string) => `${LINES}[data-line-id="${lineId}"] ${tid('edit-line')}`;

test.use({ launch: { timezone: ZONE } });

/** Opens the page, seeds every table and reloads so the page shows the data. */
async function seeded(driver: Driver): Promise<TestPage> {
  const page = await openOptions(driver);
  await seedAll(page, optionsSeed(Date.now()));
  await page.reload();
  // Generous: with other builds running on the machine a cold reload can take a while.
  await expect.poll(() => page.count(LINES), { timeout: 30_000 }).toBe(3);
  return page;
}

const planned = (driver: Driver) => driver.alarms().then((all) => all.filter((a) => a.name.startsWith('r:')).length);
const focused = (page: TestPage, selector: string) => page.evaluate((s) => document.activeElement === document.querySelector(s), selector);

test('a changed setting is still there after a reload', async ({ driver }) => {
  const page = await openOptions(driver);
  await page.fill('label=Ask me to check a line after this many days without a reading', '10');
  await page.fill('label=From', '23:30');
  await page.fill('label=Days before', '14');
  await page.click('button', { hasText: 'Add reminder' });
  await page.click('button[aria-label="Remove: 1 day before"]');
  await page.click('button', { hasText: 'Save settings' });
  await expect.poll(() => page.text(tid('settings-status'))).toBe('Settings saved.');

  await page.reload();
  await expect.poll(() => page.count(tid('settings-form'))).toBe(1);
  expect(await page.value('#set-staleDays')).toBe('10');
  expect(await page.value('#set-quietStart')).toBe('23:30');
  expect(await page.texts(`${tid('lead-list')} li > span`)).toEqual(['14 days before', '7 days before', '3 days before', 'On the day']);
  const stored = await driver.ext(async (api) => (await api.storage.local.get('settings')).settings);
  expect(stored).toMatchObject({ staleDays: 10, quietStart: 23 * 60 + 30, leadDays: [14, 7, 3, 0] });

  // A wrong value stays on the page with its error and is not saved.
  await page.fill('#set-lowDataPercent', '250');
  await page.click('button', { hasText: 'Save settings' });
  await expect.poll(() => page.text('#set-lowDataPercent-error')).toBe('Enter a number from 0 to 100.');
  expect(await focused(page, '#set-lowDataPercent')).toBe(true);
  await page.reload();
  await expect.poll(() => page.value('#set-lowDataPercent')).toBe('20');
});

test('backup, delete every line, restore through the file chooser: the same data', async ({ driver }) => {
  const page = await seeded(driver);
  await page.fill('label=Ask me to check a line after this many days without a reading', '5');
  await page.click('button', { hasText: 'Save settings' });
  await expect.poll(() => page.text(tid('settings-status'))).toBe('Settings saved.');

  const before = await exportBackup(page);
  expect(before.name).toMatch(/^kigen-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(before.text);
  expect(parsed).toMatchObject({ format: 'kigen-backup', schemaVersion: 2 });
  expect(parsed.data.lines).toHaveLength(3);
  expect(parsed.data.readings).toHaveLength(4);
  expect(parsed.data.renewals).toHaveLength(1);
  expect(parsed.data.reminderLog).toHaveLength(1);
  expect(parsed.data.settings.staleDays).toBe(5);

  await deleteAllLines(page);
  await expect.poll(() => page.visible(tid('lines-empty'))).toBe(true);
  const wiped = JSON.parse((await exportBackup(page)).text);
  expect(wiped.data).toMatchObject({ lines: [], readings: [], renewals: [], reminderLog: [] });
  await expect.poll(() => planned(driver)).toBe(0);

  await page.setInputFile(tid('import-file'), before.path);
  await expect.poll(() => page.visible(tid('import-review'))).toBe(true);
  expect(await page.text(`${tid('backup-summary')} > li`)).toContain('Add lines: 3');
  expect(await page.text(tid('backup-summary'))).toContain('Readings: 4 added, 0 removed, 4 in total afterwards');
  await page.click(tid('confirm-import'));
  await expect.poll(() => page.text(tid('import-done'))).toContain('Backup restored');
  await expect.poll(() => page.count(LINES)).toBe(3);

  const after = await exportBackup(page);
  expect(withoutExportTime(after.text)).toEqual(withoutExportTime(before.text));
  // The background was told and planned reminders for the restored lines again.
  await expect.poll(() => planned(driver)).toBeGreaterThan(0);
});

test('a corrupt or truncated file is refused with its message and changes nothing', async ({ driver }) => {
  const page = await seeded(driver);
  const before = await exportBackup(page);

  await page.setInputFile(tid('import-file'), { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\u0089PNG garbage') });
  const error = tid('import-error');
  await expect.poll(() => page.attribute(error, 'data-error')).toBe('corrupt');
  expect(await page.text(error)).toContain('This file cannot be read');
  expect(await page.count(tid('import-review'))).toBe(0);

  await page.setInputFile(tid('import-file'), {
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(before.text.slice(0, Math.floor(before.text.length / 2))),
  });
  await expect.poll(() => page.attribute(error, 'data-error')).toBe('truncated');
  expect(await page.text(error)).toContain('incomplete');

  const after = await exportBackup(page);
  expect(withoutExportTime(after.text)).toEqual(withoutExportTime(before.text));
  expect(await page.count(LINES)).toBe(3);
});

test('the calendar file holds the deadlines and data lapses of unmuted lines, readable by an iCalendar parser', async ({ driver }) => {
  const page = await seeded(driver);
  const download = await page.download(tid('export-calendar'));
  expect(download.name).toMatch(/^kigen-\d{4}-\d{2}-\d{2}\.ics$/);
  const text = readFileSync(download.path, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const summaries = events.map((e) => String(e.getFirstPropertyValue('summary'))).sort();
  // The IIJmio line is muted; povo's number has a keep-alive deadline, and its topping ending and
  // the run-out forecast are data (worded as data, not as the number); the manual line's date is its deadline.
  expect(summaries).toEqual([
    'Other provider · 学校 SIM: SIM expires, renew or lose the number',
    'povo · Travel, "main"; 旅行: 1.5 GB of data ends',
    'povo · Travel, "main"; 旅行: data may run out',
    'povo · Travel, "main"; 旅行: deadline to keep the number',
  ]);
  for (const event of events) expect(event.getAllSubcomponents('valarm').length).toBeGreaterThan(0);
  await expect.poll(() => page.text(tid('calendar-status'))).toContain('(events: 4)');
});

test('no serious or critical axe-core violation, light and dark, drawer open or not; screenshots', async ({ driver }) => {
  const page = await seeded(driver);
  await page.setViewport(900, 900);
  // The drawer open with its open states: an inline error and the delete question.
  await page.click(editOf('povo:09011112222'));
  await page.fill(inDrawer('line-lowDataPercent'), '250');
  await page.click(inDrawer('save-line'));
  await expect.poll(() => page.count(`${DRAWER} .error`)).toBeGreaterThan(0);
  await page.click(inDrawer('delete-line'));
  await expect.poll(() => page.count(inDrawer('confirm-delete'))).toBe(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.colorScheme(colorScheme);
    expect(await axeViolations(page), `axe with the drawer in ${colorScheme} mode`).toEqual([]);
  }
  await page.click(inDrawer('cancel-delete'));
  await page.click(inDrawer('cancel-line'));
  await expect.poll(() => page.count(DRAWER)).toBe(0);

  // The page's own open states: an inline error and a refused file.
  await page.fill('#set-staleDays', 'x');
  await page.click('button', { hasText: 'Save settings' });
  await page.setInputFile(tid('import-file'), { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect.poll(() => page.visible(tid('import-error'))).toBe(true);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.colorScheme(colorScheme);
    expect(await axeViolations(page), `axe in ${colorScheme} mode`).toEqual([]);
  }

  await page.reload();
  await expect.poll(() => page.count(LINES)).toBe(3);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.colorScheme(colorScheme);
    expect(await axeViolations(page), `axe in ${colorScheme} mode`).toEqual([]);
    await page.screenshot(screenshotPath(driver.browser, `options-en-${colorScheme}.png`), { fullPage: true });
  }

  // Keyboard: Tab reaches the controls in order and the focus ring is visible.
  await page.colorScheme('light');
  await page.press('Tab');
  // The first control is the calendar's download, right under the privacy note; then the first lead day's remove button.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-calendar');
  await page.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Remove: 7 days before');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});

test("a line's drawer: focus moves in, Escape closes it back to Edit, one Save stores every field, a wrong field saves nothing", async ({ driver }) => {
  const page = await seeded(driver);
  const id = 'iijmio:08033334444';
  const rowOf = `${LINES}[data-line-id="${id}"]`;
  const activeRow = () => page.evaluate(() => (document.activeElement?.closest('tr') as HTMLElement | null)?.dataset.lineId ?? null);
  const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  // The table: one row per line, sorted by provider then name, no form on the page.
  expect(await page.texts(`${LINES} .line-name`)).toEqual(['080-3333-4444', '学校 SIM', 'Travel, "main"; 旅行']);
  expect(await page.texts(`${rowOf} td`)).toEqual(['Monthly plan', expect.stringMatching(/data ends$/), '2 hours ago', 'Muted', 'Edit']);
  expect(await page.text(`${rowOf} th`)).toBe('080-3333-4444IIJmio');
  expect(await page.count(tid('line-name'))).toBe(0);

  // Escape closes the drawer and focus is back on the row's Edit button.
  await page.click(`${rowOf} ${tid('edit-line')}`);
  await expect.poll(() => page.count(DRAWER)).toBe(1);
  await expect.poll(activeTestId).toBe('line-name');
  await page.press('Escape');
  await expect.poll(() => page.count(DRAWER)).toBe(0);
  // Focus moves after the close: wait for it (a busy machine may take a frame or two).
  await expect.poll(activeTestId).toBe('edit-line');
  expect(await activeRow()).toBe(id);

  // Escape in the delete question closes the question, not the drawer.
  await page.press('Enter');
  await expect.poll(() => page.count(DRAWER)).toBe(1);
  await page.click(inDrawer('delete-line'));
  await expect.poll(activeTestId).toBe('cancel-delete');
  await page.press('Escape');
  await expect.poll(() => page.count(inDrawer('confirm-delete'))).toBe(0);
  expect(await page.count(DRAWER)).toBe(1);
  await expect.poll(activeTestId).toBe('delete-line');

  // A wrong threshold: its error next to it, focus on it, nothing stored.
  const before = await storedLine(page, id);
  await page.fill(inDrawer('line-name'), 'Home SIM');
  await page.fill(inDrawer('line-lowDataPercent'), '250');
  await page.click(inDrawer('save-line'));
  await expect.poll(() => page.attribute(inDrawer('line-lowDataPercent'), 'aria-invalid')).toBe('true');
  expect(await page.text(`${DRAWER} .line-alerts .error`)).toBe('Enter a number from 0 to 100.');
  await expect.poll(activeTestId).toBe('line-lowDataPercent');
  expect(await storedLine(page, id)).toEqual(before);

  // Fixed, everything goes in with one Save: name, kind, date, threshold, auto-renew, mute.
  await page.fill(inDrawer('line-lowDataPercent'), '15');
  await page.select(inDrawer('line-kind'), 'prepaid');
  await page.fill(inDrawer('line-deadline'), '2030-03-31');
  await page.click(inDrawer('line-autoRenew'));
  await page.click(inDrawer('mute'));
  await page.click(inDrawer('save-line'));
  await expect.poll(() => page.count(DRAWER)).toBe(0);
  await expect.poll(() => page.text(tid('lines-status'))).toBe('Saved for Home SIM.');
  expect(await activeRow()).toBe(id);
  expect(await storedLine(page, id)).toEqual({
    ...before,
    label: 'Home SIM',
    settings: { muted: false, kind: 'prepaid', deadline: Date.parse('2030-03-31T23:59:59.999+09:00'), lowDataPercent: 15, autoRenew: true },
  });
  expect(await page.texts(`${rowOf} td`)).toEqual(['Prepaid', expect.stringMatching(/data ends$/), '2 hours ago', 'On', 'Edit']);
  expect(await page.text(`${rowOf} th`)).toBe('Home SIMIIJmio · 080-3333-4444');
});

test('20 lines: the page stays short, and a phone screen has no sideways scrolling, drawer open or not', async ({ driver }) => {
  const page = await openOptions(driver);
  await seedAll(page, manyLinesSeed(Date.now(), 20));
  await page.reload();
  await expect.poll(() => page.count(LINES), { timeout: 30_000 }).toBe(20);
  await page.setViewport(1280, 800);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const lines = Math.round((await page.box(tid('lines-section')))?.height ?? 0);
  console.log(`options page with 20 lines (${driver.browser}, 1280 wide): ${height} px, lines section ${lines} px`);
  // With a form per line the page was 16,040 px (lines: 14,206 px); 4,458 px with three lines.
  expect(height).toBeLessThan(4458);
  expect(lines).toBeLessThan(1500);

  await page.setViewport(390, 844);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const phone = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`options page with 20 lines (${driver.browser}, 390 wide): ${phone} px, ${await overflow()} px too wide`);
  expect(await overflow()).toBe(0);
  await page.click(`${LINES} ${tid('edit-line')}`);
  await expect.poll(() => page.count(DRAWER)).toBe(1);
  const drawer = await page.box(DRAWER);
  expect(drawer?.width).toBeLessThanOrEqual(390);
  expect(await overflow()).toBe(0);
  expect(await page.evaluate((sel) => {
    const body = document.querySelector(`${sel} .drawer-body`);
    return body ? body.scrollWidth - body.clientWidth : -1;
  }, DRAWER)).toBe(0);
  expect(await axeViolations(page), 'axe on a phone with the drawer open').toEqual([]);
});

test('简体中文: the lines table and a line drawer (screenshots)', async ({ driver }) => {
  await setLanguage(driver, 'zh-CN');
  const page = await openOptions(driver);
  const now = Date.now();
  const seed = optionsSeed(now);
  const more = manyLinesSeed(now, 5);
  await seedAll(page, { ...seed, lines: [...seed.lines, ...more.lines.slice(2, 4)], readings: [...seed.readings, ...more.readings.slice(2, 4)] });
  await page.reload();
  await expect.poll(() => page.count(LINES), { timeout: 30_000 }).toBe(5);
  await expect.poll(() => page.text('#lines-heading')).toBe('我的卡');
  await page.setViewport(1100, 900);
  await page.colorScheme('light');
  await page.screenshot(screenshotPath(driver.browser, 'options-zh-CN-light.png'), { fullPage: true });
  await page.setViewport(390, 844);
  await page.evaluate(() => document.getElementById('lines-heading')?.scrollIntoView());
  await page.screenshot(screenshotPath(driver.browser, 'options-zh-CN-phone.png'));
  await page.setViewport(1100, 900);

  await page.click(editOf('povo:09011112222'));
  await expect.poll(() => page.count(DRAWER)).toBe(1);
  expect(await page.text(`${DRAWER} h2`)).toBe('Travel, "main"; 旅行');
  expect(await page.text(inDrawer('save-line'))).toBe('保存');
  await page.screenshot(screenshotPath(driver.browser, 'options-zh-CN-drawer.png'));
  await page.setViewport(390, 844);
  await page.screenshot(screenshotPath(driver.browser, 'options-zh-CN-drawer-phone.png'));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.colorScheme(colorScheme);
    expect(await axeViolations(page), `axe in zh-CN with the drawer in ${colorScheme} mode`).toEqual([]);
  }
});
