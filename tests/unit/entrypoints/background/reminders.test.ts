import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onNotificationButton, onNotificationClick } from '@/entrypoints/background/notifications';
import { onReminderAlarm, reconcile, snooze } from '@/entrypoints/background/reminders';
import { type KigenDB, createDb } from '@/utils/db';
import { settingsItem } from '@/utils/settings';
import { saveReading } from '@/utils/store/lines';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
// 10:00 in Tokyo: waking hours for a user in Asia/Tokyo.
const T0 = Date.parse('2026-11-22T10:00:00+09:00');

let db: KigenDB;
let n = 0;

/** A prepaid SIM (CMHK): its expiry is the number at risk, so it gets the expiry reminders. */
async function seedLine(expiresInMs: number, at = T0, remainingMB = 5000): Promise<string> {
  const { lineId } = await saveReading(db, 'cmhk', '090-1234-5678', {
    at,
    expiresAt: at + expiresInMs,
    remainingMB,
    totalMB: 10240,
    usedMB: null,
    unlimited: false,
    plan: '4G 本地數據卡',
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://1cm.hk.chinamobile.com/myaccount/',
    source: 'page',
  });
  return lineId;
}

const shown = () => Object.entries(fakeBrowser.notifications.getAllCreateOptions());
const ourAlarms = async () => (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith('r:'));

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.stubEnv('TZ', 'Asia/Tokyo');
  db = createDb(`reminders-${n++}`);
  await settingsItem.setValue({ ...(await settingsItem.getValue()), quietStart: 22 * 60, quietEnd: 8 * 60 });
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('reconcile', () => {
  it('fires the due catch-up reminder once and schedules the rest as alarms', async () => {
    await seedLine(2 * DAY);
    await reconcile(db, T0);
    expect(shown()).toHaveLength(1);
    const [id, options] = shown()[0]!;
    expect(id).toContain('|expiry|');
    expect(options.title).toMatch(/China Mobile Hong Kong/);
    const alarms = await ourAlarms();
    expect(alarms.length).toBeGreaterThan(0);
    expect(alarms.every((a) => a.scheduledTime > T0)).toBe(true);

    // A second reconcile (another write, a restart) neither re-fires nor moves the alarms.
    fakeBrowser.notifications.resetState();
    await reconcile(db, T0 + 60_000);
    expect(shown()).toHaveLength(0);
    expect((await ourAlarms()).map((a) => [a.name, a.scheduledTime])).toEqual(
      alarms.map((a) => [a.name, a.scheduledTime]),
    );
  });

  it('fires a reminder that came due while the browser was closed exactly once', async () => {
    await seedLine(2 * DAY);
    await reconcile(db, T0);
    const next = (await ourAlarms()).sort((a, b) => a.scheduledTime - b.scheduledTime)[0]!;
    fakeBrowser.notifications.resetState();
    // The browser was closed across the alarm's time; on startup the plan is reconciled.
    const restart = next.scheduledTime + 3 * HOUR;
    await reconcile(db, restart);
    expect(shown().map(([id]) => `r:${id}`)).toContain(next.name);
    const count = shown().length;
    fakeBrowser.notifications.resetState();
    await reconcile(db, restart + HOUR);
    expect(shown()).toHaveLength(0);
    expect(count).toBe(1);
  });

  it('cancels a low-data reminder when a new reading shows a top-up', async () => {
    const lineId = await seedLine(20 * DAY, T0, 300);
    await reconcile(db, T0);
    expect(shown().some(([id]) => id.startsWith(`${lineId}|lowData|`))).toBe(true);
    await seedLine(20 * DAY, T0 + HOUR, 9000);
    await reconcile(db, T0 + 2 * HOUR);
    const names = (await ourAlarms()).map((a) => a.name);
    expect(names.some((name) => name.includes('|lowData|'))).toBe(false);
  });

  it('clears every alarm of a deleted line', async () => {
    const lineId = await seedLine(10 * DAY);
    await reconcile(db, T0);
    expect((await ourAlarms()).length).toBeGreaterThan(0);
    await db.lines.delete(lineId);
    await reconcile(db, T0 + 1000);
    expect(await ourAlarms()).toEqual([]);
  });
});

describe('notification actions', () => {
  it('a click opens the provider renewal page', async () => {
    const lineId = await seedLine(2 * DAY);
    await reconcile(db, T0);
    const [id] = shown()[0]!;
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await onNotificationClick({ db, snooze: async () => undefined }, id);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/^https:\/\/1cm\.hk\.chinamobile\.com\//);
    expect(id.startsWith(lineId)).toBe(true);
  });

  it('"remind me tomorrow" shows the same reminder again a day later, once', async () => {
    await seedLine(5 * DAY);
    await reconcile(db, T0);
    const [id] = shown()[0]!;
    fakeBrowser.notifications.resetState();
    await onNotificationButton({ db, snooze: (key) => snooze(db, key, T0) }, id, 1);
    expect(shown()).toHaveLength(0);
    expect((await ourAlarms()).find((a) => a.name === `r:${id}`)?.scheduledTime).toBe(T0 + DAY);
    await reconcile(db, T0 + DAY);
    expect(shown().map(([shownId]) => shownId)).toContain(id);
    fakeBrowser.notifications.resetState();
    await reconcile(db, T0 + DAY + HOUR);
    expect(shown().map(([shownId]) => shownId)).not.toContain(id);
  });

  it('falls back to a click-only notification where buttons are refused (Firefox)', async () => {
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: { buttons?: unknown }) => {
      if (options.buttons) return Promise.reject(new Error('Unexpected property "buttons"'));
      return create(id, options as never);
    }) as never);
    await seedLine(2 * DAY);
    await reconcile(db, T0);
    expect(shown()).toHaveLength(1);
    expect(shown()[0]![1].buttons).toBeUndefined();
  });
});

describe('alarms', () => {
  it('an alarm shows its reminder when it is still planned, then not again', async () => {
    await seedLine(2 * DAY);
    await reconcile(db, T0);
    const next = (await ourAlarms()).sort((a, b) => a.scheduledTime - b.scheduledTime)[0]!;
    fakeBrowser.notifications.resetState();
    await onReminderAlarm(db, next.name, next.scheduledTime + 5_000);
    expect(shown().map(([id]) => `r:${id}`)).toEqual([next.name]);
    expect((await ourAlarms()).map((a) => a.name)).not.toContain(next.name);
    fakeBrowser.notifications.resetState();
    await onReminderAlarm(db, next.name, next.scheduledTime + 10_000);
    expect(shown()).toHaveLength(0);
  });

  it('an alarm whose fact changed shows nothing', async () => {
    const lineId = await seedLine(2 * DAY);
    await reconcile(db, T0);
    const next = (await ourAlarms()).sort((a, b) => a.scheduledTime - b.scheduledTime)[0]!;
    await db.lines.delete(lineId);
    fakeBrowser.notifications.resetState();
    await onReminderAlarm(db, next.name, next.scheduledTime + 5_000);
    expect(shown()).toHaveLength(0);
  });
});
