import { describe, expect, it } from 'vitest';
import type { ReadingRecord } from '@/utils/records';
import { forecastRunOut, lowDataThresholdMB } from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { LINE_ID, fired, line, local, ofKind, plan, reading, renewal, t } from '../../support/reminders-seed';

const DAY = 86_400_000;
const NOW = t('2026-11-10T12:00:00+09:00');
const EXPIRY = t('2026-11-24T23:59:59+09:00');
const GLOBAL = { lowDataPercent: DEFAULT_SETTINGS.lowDataPercent, lowDataMB: DEFAULT_SETTINGS.lowDataMB };

describe('lowDataThresholdMB: 20 % or 1 GB, whichever is crossed first', () => {
  it.each<[number | null, number, string]>([
    // [total, expected threshold, why]
    [10240, 2048, '20 % of 10 GB is more than 1 GB'],
    [3072, 1024, '1 GB is more than 20 % of 3 GB'],
    [2048, 409.6, 'the 1 GB default would be half of a 2 GB plan: 20 % only'],
    [1024, 204.8, 'a 1 GB plan is not "low" on its first day'],
    [null, 1024, 'no total known: the MB threshold alone'],
  ])('total %s → %s (%s)', (total, expected) => {
    expect(lowDataThresholdMB(total, GLOBAL, {})).toBeCloseTo(expected, 6);
  });

  it('takes per-line overrides; an explicit per-line MB value applies even to small plans', () => {
    expect(lowDataThresholdMB(1024, GLOBAL, { lowDataMB: 300 })).toBe(300);
    expect(lowDataThresholdMB(10240, GLOBAL, { lowDataPercent: 5 })).toBe(1024);
    expect(lowDataThresholdMB(10240, GLOBAL, { lowDataPercent: 0, lowDataMB: 0 })).toBe(0);
  });
});

const lowPlan = (readings: ReadingRecord[], over: Parameters<typeof plan>[0] = {}) =>
  ofKind(plan({ readings, ...over }), 'lowData');

describe('low-data reminder', () => {
  it('fires now when the latest reading is at or below the threshold', () => {
    const rs = lowPlan([reading({ remainingMB: 2048, at: NOW - 3_600_000 })]);
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({
      key: `${LINE_ID}|lowData|${EXPIRY}/10240`,
      fireAt: NOW,
      deadline: EXPIRY,
      catchUp: false,
      detail: { remainingMB: 2048, totalMB: 10240, thresholdMB: 2048, readingAt: NOW - 3_600_000, expiresAt: EXPIRY },
    });
    expect(lowPlan([reading({ remainingMB: 2049 })])).toEqual([]);
  });

  it('waits for the morning in quiet hours (Shanghai user at 23:00)', () => {
    const now = t('2026-11-10T23:00:00+08:00');
    const rs = lowPlan([reading({ remainingMB: 500, at: now - 60_000 })], { now, timeZone: 'Asia/Shanghai' });
    expect(local(rs[0]?.fireAt ?? 0, 'Asia/Shanghai')).toBe('2026-11-11 08:00');
  });

  it('fires now in quiet hours when the plan expires before the morning', () => {
    const now = t('2026-11-24T23:00:00+09:00');
    const rs = lowPlan([reading({ remainingMB: 500, at: now - 60_000 })], { now });
    expect(rs[0]?.fireAt).toBe(now);
  });

  it('uses per-line overrides', () => {
    const readings = [reading({ remainingMB: 250, totalMB: 1024 })];
    expect(lowPlan(readings)).toHaveLength(0);
    expect(lowPlan(readings, { lines: [line({ settings: { muted: false, lowDataMB: 300 } })] })).toHaveLength(1);
  });

  it('ignores unlimited lines unless a quota is stated', () => {
    expect(lowPlan([reading({ unlimited: true, totalMB: null, remainingMB: 10 })])).toEqual([]);
    const quota = lowPlan([reading({ unlimited: true, totalMB: 30720, remainingMB: 1000 })]);
    expect(quota.map((r) => r.detail.thresholdMB)).toEqual([6144]);
  });

  it('needs a remaining amount and a live plan', () => {
    expect(lowPlan([reading({ remainingMB: null })])).toEqual([]);
    expect(lowPlan([reading({ remainingMB: 10, expiresAt: NOW - 1 })])).toEqual([]);
  });

  it('a top-up that lifts the data above the threshold takes it out of the plan', () => {
    const low = reading({ remainingMB: 900, at: NOW - 2 * DAY });
    const toppedUp = reading({ remainingMB: 5000, at: NOW - DAY });
    expect(lowPlan([low])).toHaveLength(1);
    expect(lowPlan([low, toppedUp])).toEqual([]);
  });

  it('a renewal after the reading cancels it until the next reading', () => {
    const low = reading({ remainingMB: 900, at: NOW - DAY });
    expect(lowPlan([low], { renewals: [renewal({ at: NOW - 3_600_000 })] })).toEqual([]);
  });

  it('fires once per plan period; a new period can warn again', () => {
    const first = lowPlan([reading({ remainingMB: 900 })]);
    const key = first[0]?.key ?? '';
    const log = fired([key], NOW);
    expect(lowPlan([reading({ remainingMB: 600, at: NOW + DAY })], { now: NOW + DAY, fired: log })).toEqual([]);
    const nextCycle = reading({ remainingMB: 800, at: NOW + DAY, expiresAt: EXPIRY + 30 * DAY });
    const again = lowPlan([nextCycle], { now: NOW + DAY, fired: log });
    expect(again).toHaveLength(1);
    expect(again[0]?.key).not.toBe(key);
  });

  it('a snoozed low-data warning comes back at the snooze time', () => {
    const r = lowPlan([reading({ remainingMB: 900 })])[0];
    const snoozed = { [r?.key ?? '']: t('2026-11-11T09:30:00+09:00') };
    const rs = lowPlan([reading({ remainingMB: 900 })], { fired: fired([r?.key ?? ''], NOW), snoozed, now: NOW + 60_000 });
    expect(rs.map((x) => [x.fireAt, x.snoozed])).toEqual([[t('2026-11-11T09:30:00+09:00'), true]]);
  });
});

/** Readings of one period, one a day at 10:00 JST from 2026-11-01, with these remaining amounts. */
function daily(remaining: number[], over: Partial<ReadingRecord> = {}): ReadingRecord[] {
  return remaining.map((mb, i) =>
    reading({ at: t('2026-11-01T10:00:00+09:00') + i * DAY, remainingMB: mb, ...over }),
  );
}

describe('forecastRunOut', () => {
  it('projects the recent rate from the latest reading', () => {
    const f = forecastRunOut(daily([10000, 9000, 8000]), NOW);
    expect(f).toMatchObject({ ratePerDayMB: 1000, remainingMB: 8000 });
    expect(f?.runOutAt).toBe(t('2026-11-03T10:00:00+09:00') + 8 * DAY);
    expect(f?.fromAt).toBe(t('2026-11-01T10:00:00+09:00'));
  });

  it('restarts the window after a top-up (a rise in remaining data)', () => {
    const f = forecastRunOut(daily([10000, 4000, 12000, 11500, 11000]), NOW);
    expect(f?.ratePerDayMB).toBe(500);
    expect(f?.fromAt).toBe(t('2026-11-03T10:00:00+09:00'));
  });

  it('needs two readings at least 12 hours apart', () => {
    expect(forecastRunOut(daily([10000]), NOW)).toBeNull();
    const close = [
      reading({ at: t('2026-11-05T10:00:00+09:00'), remainingMB: 9000 }),
      reading({ at: t('2026-11-05T21:00:00+09:00'), remainingMB: 8000 }),
    ];
    expect(forecastRunOut(close, NOW)).toBeNull();
    const far = [close[0] as ReadingRecord, reading({ at: t('2026-11-05T22:00:00+09:00'), remainingMB: 8000 })];
    expect(forecastRunOut(far, NOW)?.ratePerDayMB).toBeCloseTo(2000, 6);
  });

  it('says never when nothing was used', () => {
    expect(forecastRunOut(daily([5000, 5000, 5000]), NOW)).toBeNull();
  });

  it('only uses the latest plan period and readings up to now', () => {
    const old = daily([1000, 100], { expiresAt: t('2026-10-31T23:59:59+09:00') });
    const current = daily([10000, 9000], {}).map((r) => ({ ...r, at: r.at + 2 * DAY }));
    expect(forecastRunOut([...old, ...current], NOW)?.ratePerDayMB).toBe(1000);
    const future = reading({ at: NOW + DAY, remainingMB: 0 });
    expect(forecastRunOut([...current, future], NOW)?.remainingMB).toBe(9000);
  });

  it('uses the last 14 days of a longer history', () => {
    // 20 slow days (100 MB a day), then 14 fast days (1000 MB a day).
    const slow = Array.from({ length: 21 }, (_, i) => 30000 - i * 100);
    const fast = Array.from({ length: 14 }, (_, i) => 28000 - (i + 1) * 1000);
    const f = forecastRunOut(daily([...slow, ...fast]), t('2026-12-31T00:00:00+09:00'));
    expect(f?.ratePerDayMB).toBe(1000);
  });
});

describe('forecast reminder', () => {
  const now = t('2026-11-03T12:00:00+09:00');

  it('warns a day before the data runs out when that is at least a day before expiry', () => {
    const rs = ofKind(plan({ now, readings: daily([10000, 9000, 8000]) }), 'forecast');
    const runOut = t('2026-11-11T10:00:00+09:00');
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({
      key: `${LINE_ID}|forecast|${EXPIRY}/10240`,
      fireAt: runOut - DAY,
      deadline: runOut,
      daysLeft: 1,
      detail: { runOutAt: runOut, ratePerDayMB: 1000, remainingMB: 8000, expiresAt: EXPIRY },
    });
  });

  it('fires now when the run-out is less than a day away', () => {
    const rs = ofKind(plan({ now, readings: daily([3000, 2000, 500]) }), 'forecast');
    expect(rs.map((r) => [r.fireAt, r.catchUp])).toEqual([[now, true]]);
  });

  it('stays silent when the data lasts until the last day, or there is no expiry', () => {
    expect(ofKind(plan({ now, readings: daily([10000, 9700, 9400]) }), 'forecast')).toEqual([]);
    expect(ofKind(plan({ now, readings: daily([10000, 9000, 8000], { expiresAt: null }) }), 'forecast')).toEqual([]);
  });

  it('keeps its key while the forecast moves, so it fires once per period', () => {
    const a = ofKind(plan({ now, readings: daily([10000, 9000, 8000]) }), 'forecast')[0];
    const more = daily([10000, 9000, 8000, 6000]);
    const b = ofKind(plan({ now: now + DAY, readings: more }), 'forecast')[0];
    expect(b?.key).toBe(a?.key);
    expect(b?.detail.runOutAt).not.toBe(a?.detail.runOutAt);
    expect(ofKind(plan({ now: now + DAY, readings: more, fired: fired([a?.key ?? ''], now) }), 'forecast')).toEqual([]);
  });
});
