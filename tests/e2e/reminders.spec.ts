import { demoHtml } from './support/demo-pages';
import { type Driver, expect, test } from './support/driver';
import { kigenData } from './support/hostile-pages';

/**
 * Reminders in a real browser (Chromium and Firefox): a prepaid SIM's status page (b-mobile
 * VISITOR, the SIM ends in 5 days: the SIM itself is at stake) produces the planned alarms; firing
 * one shows a notification; closing and relaunching the browser on the same profile keeps readings
 * and alarms, and a reminder that came due while it was closed fires exactly once. Quiet hours that
 * end a minute from now hold reminders back without a fake clock.
 *
 * Firefox differences, handled by the product and checked here: its notifications have no buttons
 * (notifications.create rejects them; Kigen shows the reminder without, a click opens the renewal
 * page), and its alarms do not outlive the browser: the add-on (installed permanently, as a user's)
 * plans them again at startup (runtime.onStartup), which is what the restart checks.
 */

const MEMBER = 'https://www.iijmio.jp/member/';
const VISITOR = 'https://www.bmobile.ne.jp/english/charge_top.html';

const alarms = async (driver: Driver) => (await driver.alarms()).filter((a) => a.name.startsWith('r:'));
const shownIds = async (driver: Driver) => (await driver.notifications()).map((n) => n.id);

/**
 * Quiet hours from two hours ago until the next whole minute at least 25 s away (the steps that
 * must happen inside them take a few seconds), in the browser's zone.
 */
async function quietUntilSoon(driver: Driver): Promise<number> {
  return driver.ext(async (api) => {
    const now = new Date();
    const end = new Date(now);
    end.setSeconds(0, 0);
    end.setMinutes(end.getMinutes() + 1);
    if (end.getTime() - now.getTime() < 25_000) end.setMinutes(end.getMinutes() + 1);
    const quietEnd = end.getHours() * 60 + end.getMinutes();
    const { settings } = await api.storage.local.get('settings');
    const base = (settings as Record<string, unknown> | undefined) ?? {
      leadDays: [7, 3, 1, 0],
      lowDataPercent: 20,
      lowDataMB: 1024,
      staleDays: 7,
      language: 'auto',
    };
    await api.storage.local.set({ settings: { ...base, quietStart: (quietEnd + 1440 - 120) % 1440, quietEnd } });
    return end.getTime();
  });
}

async function visit(driver: Driver, url: string): Promise<void> {
  const page = await driver.newPage();
  await page.goto(url);
  await new Promise((r) => setTimeout(r, 1_500)); // document_idle + message + write
  await page.close();
}

test('reminders: planned alarms, a notification, and catch-up after a restart', async ({ driver }) => {
  test.setTimeout(240_000);
  // First run: a prepaid SIM that ends in 5 days.
  const quietEnd = await quietUntilSoon(driver);
  await visit(driver, VISITOR);

  const planned = await alarms(driver);
  const expiry = planned.filter((a) => a.name.includes('|expiry|'));
  // The catch-up for the 7-day lead waits for the end of quiet hours; 3-day, 1-day and same-day follow.
  expect(expiry.length).toBeGreaterThanOrEqual(2);
  const soonest = expiry.reduce((a, b) => (a.scheduledTime <= b.scheduledTime ? a : b));
  expect(Math.abs(soonest.scheduledTime - quietEnd)).toBeLessThan(90_000);
  expect(await shownIds(driver)).toEqual([]);

  // Firing one shows its notification (what the browser does when the alarm comes due).
  await driver.fireAlarm(soonest.name, 500);
  await expect.poll(() => shownIds(driver), { timeout: 15_000 }).toContain(soonest.name.slice(2));

  // A low-data reading comes in during quiet hours: its reminder is held until they end…
  driver.serve((url) => (url.origin + url.pathname === MEMBER ? demoHtml({ url: MEMBER, file: 'iijmio-member-low-data.html', title: '' }) : undefined));
  const quietEnd2 = await quietUntilSoon(driver);
  await visit(driver, MEMBER);
  const low = (await alarms(driver)).find((a) => a.name.includes('|lowData|'));
  expect(low).toBeDefined();
  const lowId = low!.name.slice(2);

  // …and the browser is closed before then. Relaunched on the same profile: readings intact,
  // alarms rebuilt, the missed one fires once.
  await driver.restart(() => new Promise((r) => setTimeout(r, Math.max(0, quietEnd2 - Date.now()) + 5_000)));
  await expect.poll(() => shownIds(driver), { timeout: 40_000 }).toContain(lowId);
  expect((await kigenData(driver)).lines).toHaveLength(2);
  const rebuilt = await alarms(driver);
  expect(rebuilt.some((a) => a.name.includes('b-mobile') && a.name.includes('|expiry|'))).toBe(true);

  // Another restart: the reminder that already fired does not fire again.
  await driver.restart();
  expect((await kigenData(driver)).lines).toHaveLength(2);
  await new Promise((r) => setTimeout(r, 3_000));
  expect(await shownIds(driver)).not.toContain(lowId);
});
