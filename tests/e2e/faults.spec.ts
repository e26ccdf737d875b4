import { type Driver, expect, test, tid } from './support/driver';
import { kigenData } from './support/hostile-pages';

/**
 * Faults in a real browser (Chromium and Firefox): the background is stopped between a reading and
 * the popup, and again before the next reading. Chromium stops an MV3 service worker after 30 s
 * idle or under memory pressure (here: its target is closed, as chrome://serviceworker-internals'
 * Stop does); Firefox suspends an MV2 event page after idling (here: terminateBackground(), as
 * about:debugging's "Terminate background script" does). Nothing may be lost: the next message
 * starts the background again, the popup reads the store without it, and the planned alarms
 * survive. (Browser restarts: tests/e2e/reminders.spec.ts.)
 */

const alarmNames = async (driver: Driver) => (await driver.alarms()).map((a) => a.name).filter((n) => n.startsWith('r:')).sort();
const CARDS = tid('line-card');

test('a stopped background loses nothing: readings, popup and alarms', async ({ driver }) => {
  const page = await driver.newPage();
  // A prepaid SIM that ends in 5 days: its reminders are planned as alarms.
  await page.goto('https://www.bmobile.ne.jp/english/charge_top.html');
  await expect.poll(async () => (await kigenData(driver)).readings.length, { timeout: 15_000 }).toBe(1);
  await expect.poll(() => alarmNames(driver), { timeout: 10_000 }).not.toEqual([]);
  const before = await alarmNames(driver);

  // A mark in the running background's globals: a restarted one does not have it.
  await driver.inBackground((scope) => {
    (scope as { marker?: number }).marker = 1;
  });
  await driver.stopBackground();
  expect(await driver.backgroundRunning()).toBe(false);

  // Between the reading and the popup: the popup reads IndexedDB itself.
  const popup = await driver.openExtensionPage('popup.html');
  await expect.poll(() => popup.count(CARDS)).toBe(1);
  expect(await popup.text(CARDS)).toContain('080-1234-5678');

  // Stopped again (if the popup woke it); the next reading's message starts a fresh background.
  await driver.stopBackground();
  await page.goto('https://shop.povo.jp/manage/order');
  await expect.poll(() => driver.backgroundRunning(), { timeout: 15_000 }).toBe(true);
  expect(await driver.inBackground((scope) => (scope as { marker?: number }).marker)).toBeUndefined();
  await expect.poll(async () => (await kigenData(driver)).lines.length, { timeout: 15_000 }).toBe(2);
  expect((await kigenData(driver)).readings).toHaveLength(2);

  // The alarms planned before both stops are still there, and the new line's are added (the
  // background reconciles right after the write: wait for it rather than race it).
  await expect.poll(async () => (await alarmNames(driver)).length, { timeout: 10_000 }).toBeGreaterThan(before.length);
  expect(await alarmNames(driver)).toEqual(expect.arrayContaining(before));

  await popup.reload();
  await expect.poll(() => popup.count(CARDS)).toBe(2);
});
