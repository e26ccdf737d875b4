import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { afterAll, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onReminderAlarm, reconcile } from '@/entrypoints/background/reminders';
import { type KigenDB, createDb } from '@/utils/db';
import { settingsItem } from '@/utils/settings';
import { saveReading } from '@/utils/store/lines';

/**
 * A simulated month of the background with 10 lines (run by `npm run bench`, not `npm test`):
 * the real reconcile / alarm handlers over WXT's fake browser and fake-indexeddb, on a clock we
 * move. The user opens each account page every few days (a reading: one write, one wake-up),
 * lets two lines run out of data, renews lines when they expire. Every alarm that comes due
 * fires (one wake-up each). Counts alarms created and cleared, wake-ups, notifications, and
 * checks that no alarm is periodic and that nothing is scheduled when nothing is due.
 */

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-12-01T09:00:00+09:00');
const END = T0 + 30 * DAY;

const LINES = [
  { provider: 'iijmio', id: '070-1000-0001', expiresIn: 30, totalMB: 10240, useMB: 250 },
  { provider: 'povo', id: '090-1000-0002', expiresIn: 9, totalMB: 3072, useMB: 150 },
  { provider: 'mineo', id: '080-1000-0003', expiresIn: 21, totalMB: 5120, useMB: 300 },
  { provider: 'rakuten-mobile', id: '080-1000-0004', expiresIn: 45, totalMB: 30720, useMB: 200 },
  { provider: 'b-mobile', id: '080-1000-0005', expiresIn: 5, totalMB: 5120, useMB: 100 },
  { provider: 'ahamo', id: '090-1000-0006', expiresIn: 17, totalMB: 20480, useMB: 900 },
  { provider: 'linemo', id: '070-1000-0007', expiresIn: 12, totalMB: 3072, useMB: 60 },
  { provider: 'airalo', id: 'Japan eSIM', expiresIn: 7, totalMB: 5120, useMB: 400 },
  { provider: 'giffgaff', id: '07700 900001', expiresIn: 28, totalMB: 20480, useMB: 120 },
  { provider: 'cmhk', id: '5123 4567', expiresIn: 60, totalMB: 10240, useMB: 80 },
];

export interface MonthFigures {
  lines: number;
  days: number;
  alarmsCreated: number;
  alarmsCleared: number;
  alarmWakeups: number;
  readingWakeups: number;
  notifications: number;
  maxScheduled: number;
  periodicAlarms: number;
  alarmsWhenNothingDue: number;
}

let figures: MonthFigures | undefined;

async function read(db: KigenDB, line: (typeof LINES)[number], at: number, expiresAt: number, remainingMB: number) {
  await saveReading(db, line.provider, line.id, {
    at,
    expiresAt,
    remainingMB,
    totalMB: line.totalMB,
    usedMB: null,
    unlimited: false,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: `https://example.invalid/${line.provider}`,
    source: 'page',
  });
}

it('runs a month of reminders for 10 lines', { timeout: 120_000 }, async () => {
  fakeBrowser.reset();
  vi.stubEnv('TZ', 'Asia/Tokyo');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  const create = vi.spyOn(fakeBrowser.alarms, 'create');
  const clear = vi.spyOn(fakeBrowser.alarms, 'clear');
  const notify = vi.spyOn(fakeBrowser.notifications, 'create');
  const db = createDb('bench-month');
  await settingsItem.setValue({ ...(await settingsItem.getValue()), quietStart: 22 * 60, quietEnd: 8 * 60 });

  // Each line's state as the user's account pages would show it.
  const state = LINES.map((l) => ({ line: l, expiresAt: T0 + l.expiresIn * DAY, remaining: l.totalMB * 0.8 }));
  for (const [i, s] of state.entries()) {
    for (const ago of [3, 2, 1]) await read(db, s.line, T0 - ago * DAY + i * 60_000, s.expiresAt, s.remaining + ago * s.line.useMB);
    await read(db, s.line, T0 + i * 60_000, s.expiresAt, s.remaining);
  }
  await reconcile(db, T0); // install

  let alarmWakeups = 0;
  let readingWakeups = 0;
  let maxScheduled = 0;
  // Page visits: line i is read every (2 + i % 4) days at 20:00 JST; expired lines get renewed.
  const visits: Array<{ at: number; index: number }> = [];
  for (const [i] of state.entries()) {
    for (let at = T0 + (2 + (i % 4)) * DAY + 11 * HOUR; at < END; at += (2 + (i % 4)) * DAY) visits.push({ at, index: i });
  }
  visits.sort((a, b) => a.at - b.at);

  let now = T0;
  for (;;) {
    const alarms = await fakeBrowser.alarms.getAll();
    maxScheduled = Math.max(maxScheduled, alarms.length);
    const nextAlarm = alarms.reduce<(typeof alarms)[number] | undefined>((m, a) => (!m || a.scheduledTime < m.scheduledTime ? a : m), undefined);
    const nextVisit = visits[0];
    const tAlarm = nextAlarm?.scheduledTime ?? Number.POSITIVE_INFINITY;
    const tVisit = nextVisit?.at ?? Number.POSITIVE_INFINITY;
    if (Math.min(tAlarm, tVisit) >= END) break;
    if (nextAlarm && tAlarm <= tVisit) {
      now = tAlarm;
      await fakeBrowser.alarms.clear(nextAlarm.name); // a one-shot alarm is gone once it fires
      alarmWakeups += 1;
      await onReminderAlarm(db, nextAlarm.name, now);
    } else if (nextVisit) {
      visits.shift();
      now = nextVisit.at;
      const s = state[nextVisit.index]!;
      const days = (now - T0) / DAY;
      s.remaining = Math.max(0, s.line.totalMB * 0.8 - days * s.line.useMB);
      if (s.expiresAt < now + DAY) {
        // Renewed: a new term and a full allowance.
        s.expiresAt += 30 * DAY;
        s.remaining = s.line.totalMB;
      }
      await read(db, s.line, now, s.expiresAt, Math.round(s.remaining));
      readingWakeups += 1;
      await reconcile(db, now); // what the background runs after every write
    }
  }

  const periodicAlarms = create.mock.calls.filter(([, info]) => info !== undefined && typeof info === 'object' && 'periodInMinutes' in info && info.periodInMinutes !== undefined).length;

  // Nothing due: every line muted → the plan is empty and no alarm stays behind.
  await db.lines.toCollection().modify((l) => {
    l.settings = { ...l.settings, muted: true };
  });
  await reconcile(db, END);
  const alarmsWhenNothingDue = (await fakeBrowser.alarms.getAll()).length;

  figures = {
    lines: LINES.length,
    days: 30,
    alarmsCreated: create.mock.calls.length,
    alarmsCleared: clear.mock.calls.length,
    alarmWakeups,
    readingWakeups,
    notifications: notify.mock.calls.length,
    maxScheduled,
    periodicAlarms,
    alarmsWhenNothingDue,
  };
  expect(figures.alarmWakeups).toBeGreaterThan(0);
  expect(figures.notifications).toBeGreaterThan(0);
  expect(figures.periodicAlarms).toBe(0);
  expect(figures.alarmsWhenNothingDue).toBe(0);
});

afterAll(() => {
  const out = process.env.BENCH_MONTH_OUT;
  if (out && figures) writeFileSync(out, JSON.stringify(figures));
  else console.log(figures);
});
