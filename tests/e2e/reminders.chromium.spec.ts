import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Worker, expect, test } from '@playwright/test';
import { extensionId, launchWithExtension, routeProviderPages } from './support/chromium';

/**
 * Reminders in a real Chromium: a routed prepaid SIM's status page (b-mobile VISITOR, the SIM
 * ends in 5 days: the SIM itself is at stake) produces the
 * planned alarms; firing one shows a notification; closing and relaunching the browser on the
 * same profile keeps readings and alarms, and a reminder that came due while it was closed fires
 * exactly once. Quiet hours that end a minute from now hold reminders back without a fake clock.
 */

const MEMBER = 'https://www.iijmio.jp/member/';
const VISITOR = 'https://www.bmobile.ne.jp/english/charge_top.html';
const expiring = [{ url: VISITOR, file: 'bmobile-charge-top.html', title: '' }];
const lowData = [{ url: MEMBER, file: 'iijmio-member-low-data.html', title: '' }];

interface Alarm {
  name: string;
  scheduledTime: number;
}

async function worker(context: BrowserContext): Promise<Worker> {
  await extensionId(context);
  const [sw] = context.serviceWorkers();
  if (!sw) throw new Error('no service worker');
  return sw;
}

const alarms = (sw: Worker) =>
  sw.evaluate(async () => (await chrome.alarms.getAll()).filter((a) => a.name.startsWith('r:'))) as Promise<Alarm[]>;
const notifications = (sw: Worker) =>
  sw.evaluate(async () => Object.keys(await chrome.notifications.getAll())) as Promise<string[]>;

/** Quiet hours from two hours ago until the start of the minute after next, in the browser's zone. */
async function quietUntilSoon(sw: Worker): Promise<number> {
  return sw.evaluate(async () => {
    const now = new Date();
    const end = new Date(now);
    end.setSeconds(0, 0);
    end.setMinutes(end.getMinutes() + 2);
    const quietEnd = end.getHours() * 60 + end.getMinutes();
    const { settings } = await chrome.storage.local.get('settings');
    const base = (settings as Record<string, unknown> | undefined) ?? {
      leadDays: [7, 3, 1, 0],
      lowDataPercent: 20,
      lowDataMB: 1024,
      staleDays: 7,
      language: 'auto',
    };
    await chrome.storage.local.set({
      settings: { ...base, quietStart: (quietEnd + 1440 - 120) % 1440, quietEnd },
    });
    return end.getTime();
  });
}

async function visit(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(1_500); // document_idle + message + write
  await page.close();
}

let profile: string;
test.beforeEach(() => {
  profile = mkdtempSync(path.join(os.tmpdir(), 'kigen-reminders-'));
});
test.afterEach(() => {
  rmSync(profile, { recursive: true, force: true });
});

test('reminders: planned alarms, a notification, and catch-up after a restart', async () => {
  test.setTimeout(240_000);
  // First run: a prepaid SIM that ends in 5 days.
  let context = await launchWithExtension(profile);
  await routeProviderPages(context, expiring);
  let sw = await worker(context);
  const quietEnd = await quietUntilSoon(sw);
  await visit(context, VISITOR);

  const planned = await alarms(sw);
  const expiry = planned.filter((a) => a.name.includes('|expiry|'));
  // The catch-up for the 7-day lead waits for the end of quiet hours; 3-day, 1-day and same-day follow.
  expect(expiry.length).toBeGreaterThanOrEqual(2);
  const soonest = expiry.reduce((a, b) => (a.scheduledTime <= b.scheduledTime ? a : b));
  expect(Math.abs(soonest.scheduledTime - quietEnd)).toBeLessThan(90_000);
  expect(await notifications(sw)).toEqual([]);

  // Firing one shows its notification (an unpacked extension's alarm may be moved to now).
  await sw.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 500 }), soonest.name);
  await expect.poll(() => notifications(sw), { timeout: 15_000 }).toContain(soonest.name.slice(2));

  // A low-data reading comes in during quiet hours: its reminder is held until they end…
  await routeProviderPages(context, lowData);
  const quietEnd2 = await quietUntilSoon(sw);
  await visit(context, MEMBER);
  const low = (await alarms(sw)).find((a) => a.name.includes('|lowData|'));
  expect(low).toBeDefined();
  // …and the browser is closed before then.
  await context.close();
  await new Promise((r) => setTimeout(r, Math.max(0, quietEnd2 - Date.now()) + 5_000));

  // Relaunch on the same profile: readings intact, alarms rebuilt, the missed one fires once.
  context = await launchWithExtension(profile);
  sw = await worker(context);
  await expect.poll(() => notifications(sw), { timeout: 40_000 }).toContain(low!.name.slice(2));
  const lines = await sw.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('kigen');
        open.onsuccess = () => {
          const count = open.result.transaction('lines').objectStore('lines').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(lines).toBe(2);
  const rebuilt = await alarms(sw);
  expect(rebuilt.some((a) => a.name.includes('b-mobile') && a.name.includes('|expiry|'))).toBe(true);
  await context.close();

  // Another restart: the reminder that already fired does not fire again.
  context = await launchWithExtension(profile);
  sw = await worker(context);
  await new Promise((r) => setTimeout(r, 3_000));
  expect(await notifications(sw)).not.toContain(low!.name.slice(2));
  await context.close();
});
