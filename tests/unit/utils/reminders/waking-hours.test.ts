import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  atLocalTime,
  calendarDaysBetween,
  isQuiet,
  normaliseQuiet,
  placeInWakingHours,
  safeTimeZone,
} from '@/utils/reminders/waking-hours';
import { local, t } from '../../support/reminders-seed';

const NIGHT = { start: 22 * 60, end: 8 * 60 }; // wraps midnight
const EARLY = { start: 60, end: 7 * 60 }; // 01:00–07:00, does not wrap
const TOKYO = 'Asia/Tokyo';
const LONDON = 'Europe/London';

describe('isQuiet', () => {
  it.each([
    ['2026-11-10T21:59:00+09:00', false],
    ['2026-11-10T22:00:00+09:00', true],
    ['2026-11-11T00:30:00+09:00', true],
    ['2026-11-11T07:59:00+09:00', true],
    ['2026-11-11T08:00:00+09:00', false],
  ])('22:00–08:00 wrapping midnight, Tokyo %s → %s', (iso, quiet) => {
    expect(isQuiet(t(iso), TOKYO, NIGHT)).toBe(quiet);
  });

  it.each([
    ['2026-11-10T00:59:00+09:00', false],
    ['2026-11-10T01:00:00+09:00', true],
    ['2026-11-10T06:59:00+09:00', true],
    ['2026-11-10T07:00:00+09:00', false],
    ['2026-11-10T23:00:00+09:00', false],
  ])('01:00–07:00 not wrapping, Tokyo %s → %s', (iso, quiet) => {
    expect(isQuiet(t(iso), TOKYO, EARLY)).toBe(quiet);
  });

  it('judges by the user zone, not UTC', () => {
    const instant = t('2026-11-10T13:30:00Z'); // 22:30 in Tokyo, 13:30 in London, 21:30 in Shanghai
    expect(isQuiet(instant, TOKYO, NIGHT)).toBe(true);
    expect(isQuiet(instant, LONDON, NIGHT)).toBe(false);
    expect(isQuiet(instant, 'Asia/Shanghai', NIGHT)).toBe(false);
  });

  it('has no quiet hours when start equals end', () => {
    expect(isQuiet(t('2026-11-10T03:00:00+09:00'), TOKYO, { start: 0, end: 0 })).toBe(false);
  });
});

describe('zone arithmetic across the London DST change (2026-10-25)', () => {
  it('keeps the local time when adding days over the change', () => {
    const before = t('2026-10-24T21:00:00+01:00');
    const after = addLocalDays(before, LONDON, 1);
    expect(local(after, LONDON)).toBe('2026-10-25 21:00');
    expect(after - before).toBe(25 * 3_600_000);
    expect(local(addLocalDays(after, LONDON, -1), LONDON)).toBe('2026-10-24 21:00');
  });

  it('finds 08:00 of the long day', () => {
    expect(atLocalTime(t('2026-10-25T00:30:00+01:00'), LONDON, 8 * 60)).toBe(t('2026-10-25T08:00:00Z'));
    expect(atLocalTime(t('2026-10-24T12:00:00+01:00'), LONDON, 8 * 60, 1)).toBe(t('2026-10-25T08:00:00Z'));
  });

  it('counts calendar days in the zone', () => {
    expect(calendarDaysBetween(t('2026-10-24T23:30:00+01:00'), t('2026-10-25T00:10:00Z'), LONDON)).toBe(1);
    expect(calendarDaysBetween(t('2026-11-24T00:10:00+09:00'), t('2026-11-24T23:59:00+09:00'), TOKYO)).toBe(0);
    // The same pair of instants is one day apart in Tokyo and the same day in London.
    expect(calendarDaysBetween(t('2026-11-23T14:00:00Z'), t('2026-11-23T16:00:00Z'), TOKYO)).toBe(1);
    expect(calendarDaysBetween(t('2026-11-23T14:00:00Z'), t('2026-11-23T16:00:00Z'), LONDON)).toBe(0);
  });
});

describe('placeInWakingHours', () => {
  const now = t('2026-11-10T12:00:00+09:00');
  const base = { now, deadline: null, tz: TOKYO, quiet: NIGHT } as const;

  it('leaves a waking moment alone', () => {
    const target = t('2026-11-12T15:00:00+09:00');
    expect(placeInWakingHours(target, { ...base, prefer: 'nearest' })).toBe(target);
    expect(placeInWakingHours(target, { ...base, prefer: 'later' })).toBe(target);
  });

  it('moves a quiet moment to the nearer edge of the quiet hours, or to the morning after', () => {
    const target = t('2026-11-12T23:59:59+09:00');
    expect(local(placeInWakingHours(target, { ...base, prefer: 'nearest' }), TOKYO)).toBe('2026-11-12 21:59');
    expect(local(placeInWakingHours(target, { ...base, prefer: 'later' }), TOKYO)).toBe('2026-11-13 08:00');
    const afterMidnight = t('2026-11-13T02:00:00+09:00');
    expect(local(placeInWakingHours(afterMidnight, { ...base, prefer: 'nearest' }), TOKYO)).toBe('2026-11-12 21:59');
    expect(local(placeInWakingHours(afterMidnight, { ...base, prefer: 'later' }), TOKYO)).toBe('2026-11-13 08:00');
    const earlyMorning = t('2026-11-13T05:00:00+09:00');
    expect(local(placeInWakingHours(earlyMorning, { ...base, prefer: 'nearest' }), TOKYO)).toBe('2026-11-13 08:00');
    // Equally far from both edges (22:00 - 1 min and 08:00 are 5 h from 02:59:30): the earlier wins.
    const middle = t('2026-11-13T02:59:30+09:00');
    expect(local(placeInWakingHours(middle, { ...base, prefer: 'nearest' }), TOKYO)).toBe('2026-11-12 21:59');
  });

  it('handles quiet hours that do not wrap midnight', () => {
    const target = t('2026-11-12T03:00:00+09:00');
    const o = { ...base, quiet: EARLY };
    expect(local(placeInWakingHours(target, { ...o, prefer: 'nearest' }), TOKYO)).toBe('2026-11-12 00:59');
    expect(local(placeInWakingHours(target, { ...o, prefer: 'later' }), TOKYO)).toBe('2026-11-12 07:00');
  });

  it('never goes before now: a past target fires now, or at the end of the current quiet hours', () => {
    expect(placeInWakingHours(now - 5_000_000, { ...base, prefer: 'nearest' })).toBe(now);
    const night = t('2026-11-10T23:30:00+09:00');
    const placed = placeInWakingHours(night - 1000, { ...base, now: night, prefer: 'nearest' });
    expect(local(placed, TOKYO)).toBe('2026-11-11 08:00');
  });

  it('fires now when now is in the last waking minute before quiet hours', () => {
    const at2159 = t('2026-11-10T21:59:30+09:00');
    const target = t('2026-11-10T23:59:59+09:00');
    expect(placeInWakingHours(target, { ...base, now: at2159, prefer: 'nearest' })).toBe(at2159);
  });

  it('never reaches the deadline: the morning after is refused, the evening before is used', () => {
    const deadline = t('2026-11-13T05:00:00+09:00');
    const target = t('2026-11-13T03:00:00+09:00');
    const placed = placeInWakingHours(target, { ...base, deadline, prefer: 'later' });
    expect(local(placed, TOKYO)).toBe('2026-11-12 21:59');
  });

  it('fires now, even in quiet hours, when no waking moment is left before the deadline', () => {
    const night = t('2026-11-12T23:00:00+09:00');
    const deadline = t('2026-11-13T05:00:00+09:00');
    for (const prefer of ['nearest', 'later'] as const) {
      expect(placeInWakingHours(night, { ...base, now: night, deadline, prefer })).toBe(night);
      expect(placeInWakingHours(deadline - 60_000, { ...base, now: night, deadline, prefer })).toBe(night);
    }
  });

  it('pulls a target at or after the deadline back before it', () => {
    const deadline = t('2026-11-12T18:00:00+09:00');
    const placed = placeInWakingHours(t('2026-11-14T10:00:00+09:00'), { ...base, deadline, prefer: 'later' });
    expect(placed).toBeLessThan(deadline);
    expect(local(placed, TOKYO)).toBe('2026-11-12 17:59');
  });

  it('waits through the 25-hour London night of 2026-10-25 to 08:00 GMT', () => {
    const now2 = t('2026-10-25T00:30:00+01:00');
    const placed = placeInWakingHours(now2, { now: now2, deadline: null, tz: LONDON, quiet: NIGHT, prefer: 'later' });
    expect(placed).toBe(t('2026-10-25T08:00:00Z'));
    expect(placed - now2).toBe(8.5 * 3_600_000);
  });

  it('finds the last waking minute when the local start of quiet hours does not exist (spring)', () => {
    // Quiet 01:30–07:00; on 2026-03-29 London clocks jump from 01:00 GMT to 02:00 BST.
    const quiet = { start: 90, end: 420 };
    const target = t('2026-03-29T03:00:00+01:00');
    const o = { now: t('2026-03-28T12:00:00Z'), deadline: null, tz: LONDON, quiet } as const;
    const placed = placeInWakingHours(target, { ...o, prefer: 'nearest' });
    expect(placed).toBe(t('2026-03-29T00:59:00Z'));
    expect(isQuiet(placed, LONDON, quiet)).toBe(false);
    expect(placeInWakingHours(target, { ...o, prefer: 'later' })).toBe(t('2026-03-29T07:00:00+01:00'));
  });

  it('stays before the target when the local start of quiet hours comes twice (autumn)', () => {
    // Quiet 01:30–01:40; on 2026-10-25 London lives 01:00–02:00 twice.
    const quiet = { start: 90, end: 100 };
    const target = t('2026-10-25T01:35:00+01:00'); // the first 01:35 (BST)
    const o = { now: t('2026-10-24T12:00:00Z'), deadline: null, tz: LONDON, quiet } as const;
    expect(placeInWakingHours(target, { ...o, prefer: 'nearest' })).toBe(t('2026-10-25T01:29:00+01:00'));
  });

  it('uses local quiet hours after the spring change too (2026-03-29, London)', () => {
    const now3 = t('2026-03-28T23:00:00Z');
    const placed = placeInWakingHours(now3, { now: now3, deadline: null, tz: LONDON, quiet: NIGHT, prefer: 'later' });
    expect(placed).toBe(t('2026-03-29T08:00:00+01:00'));
  });
});

describe('input hygiene', () => {
  it('falls back to UTC for an unknown zone and keeps a known one', () => {
    expect(safeTimeZone('Mars/Olympus')).toBe('UTC');
    expect(safeTimeZone('Asia/Shanghai')).toBe('Asia/Shanghai');
  });

  it('clamps quiet-hour minutes into a day', () => {
    expect(normaliseQuiet(-5, 5000)).toEqual({ start: 0, end: 1439 });
    expect(normaliseQuiet(Number.NaN, 480.4)).toEqual({ start: 0, end: 480 });
  });
});
