import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { normaliseLeadDays } from '@/utils/reminders';
import { LINE_ID, fired, local, ofKind, plan, reading, renewal, t } from '../../support/reminders-seed';

/** Date-only expiry 2026-11-24 on a JST provider: the end of that day in Tokyo. */
const EXPIRY = t('2026-11-24T23:59:59+09:00');
const key = (lead: number, expiresAt = EXPIRY) => `${LINE_ID}|expiry|${expiresAt}@${lead}`;

const expiryPlan = (over: Parameters<typeof plan>[0] = {}) =>
  ofKind(plan({ readings: [reading({ remainingMB: 9000 })], ...over }), 'expiry');

describe('expiry lead times, default [7, 3, 1, 0]', () => {
  it('plans every lead for a Tokyo user, moved out of quiet hours to the evening before', () => {
    const rs = expiryPlan();
    expect(rs.map((r) => [r.detail.leadDays, local(r.fireAt, 'Asia/Tokyo'), r.daysLeft])).toEqual([
      [7, '2026-11-17 21:59', 7],
      [3, '2026-11-21 21:59', 3],
      [1, '2026-11-23 21:59', 1],
      [0, '2026-11-24 08:00', 0],
    ]);
    expect(rs.map((r) => r.key)).toEqual([key(7), key(3), key(1), key(0)]);
    for (const r of rs) {
      expect(r.deadline).toBe(EXPIRY);
      expect(r.msLeft).toBe(EXPIRY - r.fireAt);
      expect(r.catchUp).toBe(false);
    }
  });

  it('uses the user zone: Shanghai sees the JST end of day as 22:59 and gets its own morning', () => {
    const rs = expiryPlan({ timeZone: 'Asia/Shanghai' });
    expect(rs.map((r) => local(r.fireAt, 'Asia/Shanghai'))).toEqual([
      '2026-11-17 21:59',
      '2026-11-21 21:59',
      '2026-11-23 21:59',
      '2026-11-24 08:00',
    ]);
  });

  it('fires at the exact lead moment when it is in waking hours (UTC user)', () => {
    const rs = expiryPlan({ timeZone: 'UTC' });
    expect(rs.map((r) => r.fireAt)).toEqual([
      EXPIRY - 7 * 86_400_000,
      EXPIRY - 3 * 86_400_000,
      EXPIRY - 86_400_000,
      t('2026-11-24T08:00:00Z'),
    ]);
  });

  it('counts lead days in local days across the London DST change', () => {
    const expiresAt = t('2026-10-27T18:00:00Z'); // 18:00 GMT, two days after the change
    const rs = expiryPlan({
      timeZone: 'Europe/London',
      now: t('2026-10-01T12:00:00Z'),
      readings: [reading({ at: t('2026-10-01T11:00:00Z'), expiresAt })],
    });
    expect(rs.map((r) => [r.detail.leadDays, local(r.fireAt, 'Europe/London')])).toEqual([
      [7, '2026-10-20 18:00'],
      [3, '2026-10-24 18:00'],
      [1, '2026-10-26 18:00'],
      [0, '2026-10-27 08:00'],
    ]);
    // 18:00 BST on the 24th is 17:00 GMT: 73 real hours before, not 72.
    expect(expiresAt - (rs[1]?.fireAt ?? 0)).toBe(73 * 3_600_000);
  });

  it('fires the day-itself reminder the evening before when the line expires before the morning', () => {
    const expiresAt = t('2026-11-25T05:00:00+09:00');
    const rs = expiryPlan({ readings: [reading({ expiresAt })] });
    // 05:00 is nearer to the 08:00 end of the quiet hours than to the evening before.
    expect(rs.map((r) => [r.detail.leadDays, local(r.fireAt, 'Asia/Tokyo'), r.daysLeft])).toEqual([
      [7, '2026-11-18 08:00', 7],
      [3, '2026-11-22 08:00', 3],
      [1, '2026-11-24 08:00', 1],
      [0, '2026-11-24 21:59', 1],
    ]);
    expect(rs[3]?.msLeft).toBe(7 * 3_600_000 + 60_000);
  });

  it('follows quiet hours that do not wrap midnight', () => {
    const expiresAt = t('2026-11-25T03:00:00+09:00');
    const settings = { ...DEFAULT_SETTINGS, quietStart: 60, quietEnd: 7 * 60 };
    const rs = expiryPlan({ settings, readings: [reading({ expiresAt })] });
    expect(rs.map((r) => local(r.fireAt, 'Asia/Tokyo'))).toEqual([
      '2026-11-18 00:59',
      '2026-11-22 00:59',
      '2026-11-24 00:59',
      '2026-11-25 00:59',
    ]);
  });

  it('takes the configured leads, ignoring invalid ones', () => {
    expect(normaliseLeadDays([0, 14, 2, 2, -1, 61, 1.5, 60])).toEqual([60, 14, 2, 0]);
    const rs = expiryPlan({ settings: { ...DEFAULT_SETTINGS, leadDays: [2, 14, -3, 99] } });
    expect(rs.map((r) => r.detail.leadDays)).toEqual([14, 2]);
  });

  it('plans nothing for an expired line or a line without a known expiry', () => {
    expect(expiryPlan({ now: EXPIRY })).toEqual([]);
    expect(expiryPlan({ readings: [reading({ expiresAt: null })] })).toEqual([]);
  });
});

describe('catch-up: at most one overdue reminder per line', () => {
  it('a line first seen 2.5 days before expiry gets the 3-day reminder now, not the 7-day one', () => {
    const now = t('2026-11-22T10:00:00+09:00');
    const rs = expiryPlan({ now });
    expect(rs.map((r) => [r.detail.leadDays, r.catchUp])).toEqual([
      [3, true],
      [1, false],
      [0, false],
    ]);
    expect(rs[0]?.fireAt).toBe(now);
    expect(rs[0]?.daysLeft).toBe(2);
  });

  it('after the 7-day one fired, the missed 3-day one still comes as the catch-up', () => {
    const now = t('2026-11-22T10:00:00+09:00');
    const rs = expiryPlan({ now, fired: fired([key(7)], t('2026-11-17T21:59:00+09:00')) });
    expect(rs.map((r) => r.detail.leadDays)).toEqual([3, 1, 0]);
  });

  it('never fires a longer lead after a shorter one has fired', () => {
    const now = t('2026-11-22T10:00:00+09:00');
    const rs = expiryPlan({ now, fired: fired([key(1)], now - 1000) });
    expect(rs.map((r) => r.detail.leadDays)).toEqual([0]);
  });

  it('drops the catch-up when the next reminder follows within hours', () => {
    const now = t('2026-11-23T18:00:00+09:00'); // the 1-day reminder is due at 21:59
    const rs = expiryPlan({ now });
    expect(rs.map((r) => [r.detail.leadDays, local(r.fireAt, 'Asia/Tokyo')])).toEqual([
      [1, '2026-11-23 21:59'],
      [0, '2026-11-24 08:00'],
    ]);
  });

  it('in the night before the expiry day only the morning reminder remains', () => {
    const now = t('2026-11-23T23:30:00+09:00');
    const rs = expiryPlan({ now });
    expect(rs.map((r) => [r.detail.leadDays, local(r.fireAt, 'Asia/Tokyo')])).toEqual([[0, '2026-11-24 08:00']]);
  });

  it('on the expiry day after the morning, the day-itself reminder fires now', () => {
    const now = t('2026-11-24T12:00:00+09:00');
    const rs = expiryPlan({ now });
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ key: key(0), fireAt: now, catchUp: true, daysLeft: 0 });
  });

  it('late at night on the expiry day it fires now, in quiet hours, rather than after the expiry', () => {
    const now = t('2026-11-24T23:30:00+09:00');
    const rs = expiryPlan({ now });
    expect(rs.map((r) => [r.key, r.fireAt])).toEqual([[key(0), now]]);
    expect(rs[0]?.msLeft).toBe(EXPIRY - now);
  });

  it('waits for the morning when caught up in quiet hours with days to go', () => {
    const now = t('2026-11-22T02:00:00+09:00');
    const rs = expiryPlan({ now });
    expect(rs.map((r) => [r.detail.leadDays, local(r.fireAt, 'Asia/Tokyo'), r.catchUp])).toEqual([
      [3, '2026-11-22 08:00', true],
      [1, '2026-11-23 21:59', false],
      [0, '2026-11-24 08:00', false],
    ]);
  });
});

describe('fired, snoozed, cancelled', () => {
  it('never plans a fired key again', () => {
    const rs = expiryPlan({ fired: new Set([key(7), key(3)]) });
    expect(rs.map((r) => r.detail.leadDays)).toEqual([1, 0]);
  });

  it('plans a snoozed key at its snooze time, once', () => {
    const now = t('2026-11-21T22:05:00+09:00');
    const firedAt = t('2026-11-21T21:59:00+09:00');
    const snoozed = { [key(3)]: t('2026-11-22T12:00:00+09:00') };
    const log = [...fired([key(7)], t('2026-11-17T21:59:00+09:00')), ...fired([key(3)], firedAt)];
    const rs = expiryPlan({ now, fired: log, snoozed });
    expect(rs[0]).toMatchObject({ key: key(3), fireAt: t('2026-11-22T12:00:00+09:00'), snoozed: true });
    // After it fired again at the snooze time, it is done.
    const later = expiryPlan({ now: t('2026-11-22T12:01:00+09:00'), fired: fired([key(3)], t('2026-11-22T12:00:00+09:00')), snoozed });
    expect(later.map((r) => r.key)).not.toContain(key(3));
    // A bare set of keys cannot tell the order: fired wins.
    expect(expiryPlan({ now, fired: new Set([key(3)]), snoozed }).map((r) => r.key)).not.toContain(key(3));
  });

  it('moves a snooze out of quiet hours and never past the expiry', () => {
    const now = t('2026-11-24T12:00:00+09:00');
    const snoozed = { [key(0)]: t('2026-11-25T09:00:00+09:00') };
    const rs = expiryPlan({ now, fired: fired([key(0)], now - 60_000), snoozed });
    expect(local(rs[0]?.fireAt ?? 0, 'Asia/Tokyo')).toBe('2026-11-24 21:59');
    const night = { [key(0)]: t('2026-11-24T22:30:00+09:00') };
    const rs2 = expiryPlan({ now, fired: fired([key(0)], now - 60_000), snoozed: night });
    expect(rs2[0]?.fireAt).toBeLessThan(EXPIRY);
    expect(local(rs2[0]?.fireAt ?? 0, 'Asia/Tokyo')).toBe('2026-11-24 21:59');
  });

  it('a new expiry replaces the old keys', () => {
    const newExpiry = t('2026-12-24T23:59:59+09:00');
    const readings = [reading(), reading({ at: t('2026-11-12T09:00:00+09:00'), expiresAt: newExpiry })];
    const rs = expiryPlan({ readings, fired: fired([key(7)], t('2026-11-11T00:00:00+09:00')) });
    expect(rs.map((r) => r.key)).toEqual([key(7, newExpiry), key(3, newExpiry), key(1, newExpiry), key(0, newExpiry)]);
  });

  it('keeps the last known expiry when a newer reading could not read the date', () => {
    const readings = [reading(), reading({ at: t('2026-11-12T09:00:00+09:00'), expiresAt: null })];
    expect(expiryPlan({ readings }).map((r) => r.key)).toEqual([key(7), key(3), key(1), key(0)]);
  });

  it.each(['recorded', 'pending', 'confirmed'] as const)('a %s renewal after the reading cancels them', (status) => {
    expect(expiryPlan({ renewals: [renewal({ at: t('2026-11-12T10:00:00+09:00'), status })] })).toEqual([]);
  });

  it('a pending renewal still unsettled after its 24-hour check stops cancelling them', () => {
    const pending = [renewal({ at: t('2026-11-12T10:00:00+09:00'), status: 'pending' })];
    expect(expiryPlan({ renewals: pending, now: t('2026-11-13T09:59:00+09:00') })).toEqual([]);
    const rs = expiryPlan({ renewals: pending, now: t('2026-11-13T10:00:00+09:00') });
    expect(rs.map((r) => r.detail.leadDays)).toEqual([7, 3, 1, 0]);
  });

  it('a renewal that was not reflected, or came before the reading, cancels nothing', () => {
    const notReflected = [renewal({ at: t('2026-11-12T10:00:00+09:00'), status: 'notReflected' })];
    expect(expiryPlan({ renewals: notReflected })).toHaveLength(4);
    const before = [renewal({ at: t('2026-11-01T10:00:00+09:00') })];
    expect(expiryPlan({ renewals: before })).toHaveLength(4);
  });
});
