import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import {
  LINE_ID,
  POVO_RULE,
  fired,
  line,
  local,
  lookup,
  ofKind,
  plan,
  reading,
  renewal,
  simulate,
  t,
} from '../../support/reminders-seed';

const NOW = t('2026-11-10T12:00:00+09:00');
const EXPIRY = t('2026-11-24T23:59:59+09:00');
const DAY = 86_400_000;

describe('stale readings', () => {
  it('reminds staleDays after the newest reading while the line is active', () => {
    const rs = ofKind(plan({ readings: [reading()] }), 'stale');
    expect(rs).toEqual([
      expect.objectContaining({
        key: `${LINE_ID}|stale|${NOW}`,
        fireAt: t('2026-11-17T12:00:00+09:00'),
        deadline: EXPIRY,
        detail: { lastReadingAt: NOW, staleDays: 7 },
      }),
    ]);
  });

  it('follows the setting, waking hours and a newer reading; waits for the lead window of a far expiry', () => {
    const settings = { ...DEFAULT_SETTINGS, staleDays: 3 };
    const soon = reading({ at: t('2026-11-17T23:00:00+09:00') });
    const rs = ofKind(plan({ settings, now: soon.at, readings: [reading(), soon] }), 'stale');
    expect(rs.map((r) => [r.key, local(r.fireAt, 'Asia/Tokyo')])).toEqual([[`${LINE_ID}|stale|${soon.at}`, '2026-11-21 08:00']]);
    // Due 11-13 23:00, but the expiry (11-24) is 11 days off then: no nudge yet; planned again once
    // the 7-day window opens, it fires at once.
    const late = reading({ at: t('2026-11-10T23:00:00+09:00') });
    expect(ofKind(plan({ settings, readings: [reading(), late] }), 'stale')).toEqual([]);
    const opened = ofKind(plan({ settings, now: t('2026-11-17T09:00:00+09:00'), readings: [reading(), late] }), 'stale');
    expect(opened.map((r) => [local(r.fireAt, 'Asia/Tokyo'), r.catchUp])).toEqual([['2026-11-17 09:00', true]]);
    expect(ofKind(plan({ settings: { ...settings, staleDays: 0 }, readings: [late] }), 'stale')).toEqual([]);
  });

  it('keeps the local time over the London DST change', () => {
    const at = t('2026-10-20T12:00:00+01:00');
    const expiresAt = t('2026-11-01T23:59:59Z');
    const rs = ofKind(plan({ timeZone: 'Europe/London', now: at, readings: [reading({ at, expiresAt })] }), 'stale');
    expect(rs[0]?.fireAt).toBe(t('2026-10-27T12:00:00Z'));
  });

  it('plans nothing without a page reading, after expiry, or when the line expires first', () => {
    const manualOnly = reading({ source: 'manual', sourceUrl: '' });
    expect(ofKind(plan({ readings: [manualOnly] }), 'stale')).toEqual([]);
    expect(ofKind(plan({ readings: [] }), 'stale')).toEqual([]);
    expect(ofKind(plan({ now: EXPIRY + 1, readings: [reading()] }), 'stale')).toEqual([]);
    expect(ofKind(plan({ readings: [reading({ at: t('2026-11-20T12:00:00+09:00') })] }), 'stale')).toEqual([]);
  });

  it('a manual reading after a page reading refreshes it; low data without an expiry has no deadline', () => {
    const low = { expiresAt: null, remainingMB: 500 };
    const readings = [reading(low), reading({ ...low, at: NOW + DAY, source: 'manual' })];
    const rs = ofKind(plan({ readings, now: NOW + DAY }), 'stale');
    expect(rs.map((r) => [r.fireAt, r.deadline])).toEqual([[NOW + 8 * DAY, null]]);
  });

  it('nothing at stake soon, no nudge: no expiry and enough data, or a far deadline', () => {
    expect(ofKind(plan({ readings: [reading({ expiresAt: null })] }), 'stale')).toEqual([]);
    // Rakuten-style: a monthly line with no expiry.
    const monthly = lookup({ rakuten: { lineKind: 'monthly' } });
    const rakuten = line({ id: 'rakuten:1', provider: 'rakuten' });
    const r = reading({ lineId: rakuten.id, expiresAt: null, remainingMB: null, totalMB: null, usedMB: 3000 });
    expect(plan({ lines: [rakuten], readings: [r], providers: monthly })).toEqual([]);
  });

  it('an overdue stale reminder fires now as a catch-up', () => {
    const rs = ofKind(plan({ now: NOW + 9 * DAY, readings: [reading()] }), 'stale');
    expect(rs.map((r) => [r.fireAt, r.catchUp])).toEqual([[NOW + 9 * DAY, true]]);
  });
});

describe('renewal checks', () => {
  const pending = renewal({ id: 5, at: t('2026-11-10T10:00:00+09:00'), status: 'pending' });

  it('checks a pending renewal 24 hours later', () => {
    const rs = ofKind(plan({ renewals: [pending] }), 'renewalCheck');
    expect(rs).toEqual([
      expect.objectContaining({
        key: `${LINE_ID}|renewalCheck|${pending.at}`,
        fireAt: pending.at + DAY,
        deadline: null,
        msLeft: null,
        detail: { renewalAt: pending.at, renewalId: 5, orderNumber: 'A-1', product: pending.product },
      }),
    ]);
  });

  it('waits for waking hours, and plans nothing once the status is settled or the check fired', () => {
    const night = renewal({ at: t('2026-11-10T23:30:00+09:00'), status: 'pending' });
    const rs = ofKind(plan({ renewals: [night] }), 'renewalCheck');
    expect(local(rs[0]?.fireAt ?? 0, 'Asia/Tokyo')).toBe('2026-11-12 08:00');
    for (const status of ['recorded', 'confirmed', 'notReflected'] as const) {
      expect(ofKind(plan({ renewals: [{ ...pending, status }] }), 'renewalCheck')).toEqual([]);
    }
    const log = fired([`${LINE_ID}|renewalCheck|${pending.at}`], pending.at + DAY);
    expect(ofKind(plan({ renewals: [pending], fired: log }), 'renewalCheck')).toEqual([]);
  });

  it('of several overdue checks plans only the newest, and keeps future ones', () => {
    const old1 = renewal({ at: NOW - 5 * DAY, status: 'pending' });
    const old2 = renewal({ at: NOW - 3 * DAY, status: 'pending' });
    const fresh = renewal({ at: NOW - 3_600_000, status: 'pending' });
    const rs = ofKind(plan({ renewals: [old1, fresh, old2] }), 'renewalCheck');
    expect(rs.map((r) => [r.detail.renewalAt, r.catchUp])).toEqual([
      [old2.at, true],
      [fresh.at, false],
    ]);
  });
});

describe('the whole plan', () => {
  const everything = {
    readings: [reading({ at: NOW - 2 * DAY, remainingMB: 3000 }), reading({ remainingMB: 900 })],
    renewals: [renewal({ at: NOW + 1000, status: 'notReflected' }), renewal({ at: NOW - 3_600_000, status: 'pending' })],
    providers: lookup({ povo: { keepAlive: POVO_RULE, timeZone: 'Asia/Tokyo' } }),
  };

  it('sorts by fireAt and has every kind, with no duplicate keys', () => {
    const rs = plan(everything);
    expect(rs.map((r) => r.fireAt)).toEqual([...rs.map((r) => r.fireAt)].sort((a, b) => a - b));
    expect(new Set(rs.map((r) => r.key)).size).toBe(rs.length);
    expect(new Set(rs.map((r) => r.kind))).toEqual(
      new Set(['lowData', 'forecast', 'keepAlive', 'stale', 'renewalCheck', 'dataLapse']),
    );
    // A prepaid SIM (a provider without a keep-alive rule) has its expiry as the number at risk.
    const prepaid = plan({ ...everything, providers: lookup({ povo: { lineKind: 'prepaid' } }) });
    expect(new Set(prepaid.map((r) => r.kind))).toEqual(new Set(['expiry', 'lowData', 'forecast', 'stale', 'renewalCheck']));
  });

  it('plans nothing for a muted line and leaves other lines alone', () => {
    const other = line({ id: 'iijmio:main', provider: 'iijmio' });
    const otherReading = reading({ lineId: other.id });
    const lines = [line({ settings: { muted: true } }), other];
    const rs = plan({ ...everything, lines, readings: [...everything.readings, otherReading] });
    expect(rs.length).toBeGreaterThan(0);
    expect(rs.every((r) => r.lineId === other.id)).toBe(true);
  });

  it('plans nothing for deleted lines, and no duplicates when a line is listed twice', () => {
    expect(plan({ ...everything, lines: [] })).toEqual([]);
    const once = plan(everything);
    expect(plan({ ...everything, lines: [line(), line()] })).toEqual(once);
  });

  it('is pure: same input, same plan, inputs untouched', () => {
    const input = { ...everything, readings: [...everything.readings].reverse() };
    const copy = structuredClone({ readings: input.readings, renewals: input.renewals });
    expect(plan(input)).toEqual(plan(input));
    expect({ readings: input.readings, renewals: input.renewals }).toEqual(copy);
  });

  it('runs a line from first sight to expiry: each reminder once, in order, before its deadline', () => {
    const shown = simulate(
      {
        lines: [line()],
        readings: [reading()],
        renewals: [],
        settings: DEFAULT_SETTINGS,
        timeZone: 'Asia/Tokyo',
        providers: lookup(),
      },
      NOW,
      t('2027-01-31T00:00:00+09:00'),
    );
    expect(shown.map((s) => [s.reminder.kind, local(s.at, 'Asia/Tokyo')])).toEqual([
      ['stale', '2026-11-17 12:00'],
      ['expiry', '2026-11-17 21:59'],
      ['expiry', '2026-11-21 21:59'],
      ['expiry', '2026-11-23 21:59'],
      ['expiry', '2026-11-24 08:00'],
    ]);
  });

  it('runs a povo line whose topping expired: keep-alive reminders until the deadline, none after', () => {
    const shown = simulate(
      {
        lines: [line()],
        readings: [reading({ at: t('2026-01-15T12:00:00+09:00'), expiresAt: t('2026-01-31T23:59:59+09:00') })],
        renewals: [],
        settings: DEFAULT_SETTINGS,
        timeZone: 'UTC',
        providers: lookup({ povo: { keepAlive: POVO_RULE, timeZone: 'Asia/Tokyo' } }),
      },
      t('2026-07-10T00:00:00Z'),
      t('2026-12-31T00:00:00Z'),
    );
    expect(shown.map((s) => [s.reminder.kind, s.reminder.catchUp, s.reminder.daysLeft])).toEqual([
      ['keepAlive', true, 20],
      ['keepAlive', false, 14],
      ['keepAlive', false, 7],
      ['keepAlive', false, 3],
      ['keepAlive', false, 1],
    ]);
    for (const s of shown) expect(s.at).toBeLessThan(t('2026-07-30T23:59:59+09:00'));
  });
});
