import { describe, expect, it } from 'vitest';
import {
  GIFFGAFF_RULE,
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
  t,
} from '../../support/reminders-seed';

const TOKYO = 'Asia/Tokyo';
/** povo: a topping that expired at the end of 2026-01-31 (JST). */
const povoReading = reading({
  at: t('2026-01-15T12:00:00+09:00'),
  expiresAt: t('2026-01-31T23:59:59+09:00'),
});
/** The end of day 180 after the expiry day, in Japan time (utils/lines/deadline.ts). */
const POVO_DEADLINE = t('2026-07-30T23:59:59.999+09:00');

describe('keep-alive reminders in the plan', () => {
  const providers = lookup({ povo: { keepAlive: POVO_RULE, timeZone: TOKYO } });
  const kaPlan = (over: Parameters<typeof plan>[0] = {}) =>
    ofKind(plan({ providers, readings: [povoReading], now: t('2026-06-01T12:00:00+09:00'), ...over }), 'keepAlive');
  const key = (lead: number, deadline = POVO_DEADLINE) => `${LINE_ID}|keepAlive|${deadline}@${lead}`;

  it('reminds 30, 14, 7, 3 and 1 days before the deadline, in waking hours', () => {
    const rs = kaPlan();
    expect(rs.map((r) => [r.detail.leadDays, local(r.fireAt, TOKYO), r.daysLeft])).toEqual([
      [30, '2026-06-30 21:59', 30],
      [14, '2026-07-16 21:59', 14],
      [7, '2026-07-23 21:59', 7],
      [3, '2026-07-27 21:59', 3],
      [1, '2026-07-29 21:59', 1],
    ]);
    expect(rs[0]).toMatchObject({
      key: key(30),
      deadline: POVO_DEADLINE,
      detail: { anchorSource: 'paidExpiry', cancelAt: t('2026-08-29T23:59:59.999+09:00'), actionKey: 'keepalive_povo' },
    });
  });

  it('catches up with the nearest lead only', () => {
    const now = t('2026-07-20T12:00:00+09:00');
    const rs = kaPlan({ now });
    expect(rs.map((r) => [r.detail.leadDays, r.catchUp])).toEqual([
      [14, true],
      [7, false],
      [3, false],
      [1, false],
    ]);
    expect(rs[0]?.fireAt).toBe(now);
  });

  it('moves to a new deadline (new keys) after a paid renewal', () => {
    const renewals = [renewal({ at: t('2026-06-10T12:00:00+09:00'), expectDays: 30 })];
    const rs = kaPlan({ now: t('2026-06-11T12:00:00+09:00'), renewals, fired: fired([key(30)], 0) });
    const deadline = t('2027-01-06T23:59:59.999+09:00');
    expect(rs.map((r) => r.key)).toEqual([30, 14, 7, 3, 1].map((l) => key(l, deadline)));
  });

  it('plans nothing after the deadline, or without a rule for the provider', () => {
    expect(kaPlan({ now: POVO_DEADLINE })).toEqual([]);
    expect(kaPlan({ providers: lookup({ povo: { timeZone: TOKYO } }) })).toEqual([]);
    expect(kaPlan({ providers: lookup() })).toEqual([]);
  });

  it("takes povo's deadline from the paid toppings, never from a later free bonus", () => {
    const r = reading({
      at: t('2026-12-12T10:00:00+09:00'),
      expiresAt: t('2027-01-20T23:59:59+09:00'),
      buckets: [
        { name: '20GB', remainingMB: 12800, totalMB: 20480, expiresAt: t('2026-12-20T23:59:59+09:00'), bonus: false },
        { name: 'bonus', remainingMB: 1024, totalMB: 1024, expiresAt: t('2027-01-20T23:59:59+09:00'), bonus: true },
      ],
    });
    const rs = kaPlan({ readings: [r], now: t('2026-12-12T12:00:00+09:00') });
    expect(new Set(rs.map((x) => x.deadline))).toEqual(new Set([t('2027-06-18T23:59:59.999+09:00')]));
    expect(rs[0]?.detail.anchorAt).toBe(t('2026-12-20T23:59:59+09:00'));
  });

  it('plans none for a line whose kind puts no number at stake, even with a rule', () => {
    const travel = lookup({ povo: { keepAlive: POVO_RULE, timeZone: TOKYO, lineKind: 'travel-esim' } });
    expect(kaPlan({ providers: travel })).toEqual([]);
    const monthly = line({ settings: { muted: false, kind: 'monthly' } });
    expect(kaPlan({ lines: [monthly] })).toEqual([]);
  });

  it('plans none when the user entered the deadline (it is not the rule the reminder speaks of)', () => {
    const own = line({ settings: { muted: false, deadline: t('2026-07-01T23:59:59+09:00') } });
    expect(kaPlan({ lines: [own] })).toEqual([]);
  });

  it('counts days in the provider zone and fires in the user zone', () => {
    const ggProviders = lookup({ giffgaff: { keepAlive: GIFFGAFF_RULE, timeZone: 'Europe/London' } });
    const ggLine = line({ id: 'giffgaff:main', provider: 'giffgaff', createdAt: t('2026-03-01T12:00:00Z') });
    const rs = ofKind(
      plan({ lines: [ggLine], providers: ggProviders, timeZone: 'Asia/Shanghai', now: t('2026-03-02T00:00:00Z') }),
      'keepAlive',
    );
    expect(rs[0]?.deadline).toBe(t('2026-08-28T23:59:59.999+01:00'));
    expect(rs.map((r) => local(r.fireAt, 'Asia/Shanghai'))).toEqual([
      // The deadline is 06:59 on 29 August in Shanghai: each lead's moment falls in quiet hours,
      // so it fires at 08:00 that morning.
      '2026-07-30 08:00',
      '2026-08-15 08:00',
      '2026-08-22 08:00',
      '2026-08-26 08:00',
      '2026-08-28 08:00',
    ]);
  });
});
