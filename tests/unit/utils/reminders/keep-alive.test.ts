import { describe, expect, it } from 'vitest';
import { keepAliveDeadline } from '@/utils/reminders';
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
const POVO_DEADLINE = t('2026-07-30T23:59:59+09:00');

describe('keepAliveDeadline: afterLastPaidExpiry (povo)', () => {
  it('counts 180 days from the last expiry: suspension possible from expiry + 181 days', () => {
    const s = keepAliveDeadline(line(), [povoReading], [], POVO_RULE, TOKYO);
    expect(s).toMatchObject({ anchorAt: povoReading.expiresAt, anchorSource: 'paidExpiry', rule: POVO_RULE });
    expect(s?.deadline).toBe(POVO_DEADLINE);
    expect(s?.cancelAt).toBe(t('2026-08-29T23:59:59+09:00'));
  });

  it('takes a later paid renewal by its expected end, or by its purchase time if unknown', () => {
    const withDays = renewal({ at: t('2026-03-01T12:00:00+09:00'), expectDays: 30 });
    const a = keepAliveDeadline(line(), [povoReading], [withDays], POVO_RULE, TOKYO);
    expect(a).toMatchObject({ anchorAt: t('2026-03-31T12:00:00+09:00'), anchorSource: 'paidExpiry' });
    expect(a?.deadline).toBe(t('2026-09-27T12:00:00+09:00'));

    const noDays = renewal({ at: t('2026-03-01T12:00:00+09:00') });
    const b = keepAliveDeadline(line(), [povoReading], [noDays], POVO_RULE, TOKYO);
    expect(b).toMatchObject({ anchorSource: 'paidPurchase', deadline: t('2026-08-28T12:00:00+09:00') });
  });

  it('ignores unpaid, pending and not-reflected renewals, and other lines', () => {
    const ignored = [
      renewal({ at: t('2026-03-01T12:00:00+09:00'), paid: false }),
      renewal({ at: t('2026-03-02T12:00:00+09:00'), status: 'pending' }),
      renewal({ at: t('2026-03-03T12:00:00+09:00'), status: 'notReflected' }),
      renewal({ at: t('2026-03-04T12:00:00+09:00'), lineId: 'povo:other' }),
    ];
    const other = reading({ lineId: 'povo:other', expiresAt: t('2026-05-01T00:00:00+09:00') });
    const s = keepAliveDeadline(line(), [povoReading, other], ignored, POVO_RULE, TOKYO);
    expect(s?.deadline).toBe(POVO_DEADLINE);
  });

  it('lets a manual start override the history', () => {
    const manual = line({ settings: { muted: false, keepAliveStart: t('2026-05-01T00:00:00+09:00') } });
    const s = keepAliveDeadline(manual, [povoReading], [], POVO_RULE, TOKYO);
    expect(s).toMatchObject({ anchorSource: 'manual', deadline: t('2026-10-28T00:00:00+09:00') });
  });

  it('falls back to when the line was first seen', () => {
    const s = keepAliveDeadline(line(), [], [], POVO_RULE, TOKYO);
    expect(s).toMatchObject({ anchorSource: 'firstSeen', deadline: t('2026-06-30T00:00:00+09:00') });
  });
});

describe('keepAliveDeadline: afterLastActivity (giffgaff) and afterExpiry', () => {
  const LONDON = 'Europe/London';
  const gg = (at: string, remainingMB: number, over = {}) =>
    reading({ at: t(at), remainingMB, totalMB: 20480, usedMB: null, expiresAt: null, ...over });
  const ggLine = line({ createdAt: t('2026-03-01T12:00:00Z') });

  it('counts from before the first reading that shows use, in the provider zone across DST', () => {
    const s = keepAliveDeadline(
      ggLine,
      [gg('2026-03-01T12:00:00Z', 5000), gg('2026-03-10T12:00:00Z', 4000)],
      [],
      GIFFGAFF_RULE,
      LONDON,
    );
    expect(s).toMatchObject({ anchorAt: t('2026-03-01T12:00:00Z'), anchorSource: 'activity', cancelAt: null });
    expect(local(s?.deadline ?? 0, LONDON)).toBe('2026-08-28 12:00'); // BST by then
    expect(s?.deadline).toBe(t('2026-08-28T11:00:00Z'));
  });

  it('does not count opening the account page as use', () => {
    const readings = [gg('2026-03-01T12:00:00Z', 5000), gg('2026-04-10T12:00:00Z', 5000)];
    const s = keepAliveDeadline(ggLine, readings, [], GIFFGAFF_RULE, LONDON);
    expect(s).toMatchObject({ anchorAt: t('2026-03-01T12:00:00Z'), anchorSource: 'firstSeen' });
  });

  it('counts more data used, and any recorded top-up, paid or not', () => {
    const used = [gg('2026-04-01T12:00:00Z', 5000, { usedMB: 10 }), gg('2026-04-05T12:00:00Z', 5000, { usedMB: 20 })];
    expect(keepAliveDeadline(ggLine, used, [], GIFFGAFF_RULE, LONDON)?.anchorAt).toBe(t('2026-04-01T12:00:00Z'));
    const topUp = renewal({ at: t('2026-04-20T12:00:00+01:00'), paid: false });
    const s = keepAliveDeadline(ggLine, used, [topUp], GIFFGAFF_RULE, LONDON);
    expect(local(s?.deadline ?? 0, LONDON)).toBe('2026-10-17 12:00');
  });

  it('does not read a new period as use', () => {
    const readings = [
      gg('2026-03-01T12:00:00Z', 5000, { expiresAt: t('2026-03-05T00:00:00Z') }),
      gg('2026-03-20T12:00:00Z', 0, { expiresAt: t('2026-04-05T00:00:00Z') }),
    ];
    expect(keepAliveDeadline(ggLine, readings, [], GIFFGAFF_RULE, LONDON)?.anchorSource).toBe('firstSeen');
  });

  it('afterExpiry counts from the latest expiry, and knows nothing without one', () => {
    const rule = { anchor: 'afterExpiry', days: 60, actionKey: 'keepalive_b_mobile' } as const;
    const readings = [
      reading({ expiresAt: t('2026-05-31T23:59:59+09:00') }),
      reading({ at: t('2026-05-01T00:00:00+09:00'), expiresAt: t('2026-04-30T23:59:59+09:00') }),
    ];
    const s = keepAliveDeadline(line(), readings, [], rule, TOKYO);
    expect(s).toMatchObject({ anchorSource: 'expiry', deadline: t('2026-07-30T23:59:59+09:00') });
    expect(keepAliveDeadline(line(), [reading({ expiresAt: null })], [], rule, TOKYO)).toBeNull();
    expect(keepAliveDeadline(line(), readings, [], { ...rule, days: 0 }, TOKYO)).toBeNull();
  });
});

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
      detail: { anchorSource: 'paidExpiry', cancelAt: t('2026-08-29T23:59:59+09:00'), actionKey: 'keepalive_povo' },
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
    const deadline = t('2027-01-06T12:00:00+09:00');
    expect(rs.map((r) => r.key)).toEqual([30, 14, 7, 3, 1].map((l) => key(l, deadline)));
  });

  it('plans nothing after the deadline, or without a rule for the provider', () => {
    expect(kaPlan({ now: POVO_DEADLINE })).toEqual([]);
    expect(kaPlan({ providers: lookup({ povo: { timeZone: TOKYO } }) })).toEqual([]);
    expect(kaPlan({ providers: lookup() })).toEqual([]);
  });

  it('counts days in the provider zone and fires in the user zone', () => {
    const ggProviders = lookup({ giffgaff: { keepAlive: GIFFGAFF_RULE, timeZone: 'Europe/London' } });
    const ggLine = line({ id: 'giffgaff:main', provider: 'giffgaff', createdAt: t('2026-03-01T12:00:00Z') });
    const rs = ofKind(
      plan({ lines: [ggLine], providers: ggProviders, timeZone: 'Asia/Shanghai', now: t('2026-03-02T00:00:00Z') }),
      'keepAlive',
    );
    expect(rs[0]?.deadline).toBe(t('2026-08-28T11:00:00Z'));
    expect(rs.map((r) => local(r.fireAt, 'Asia/Shanghai'))).toEqual([
      '2026-07-29 19:00',
      '2026-08-14 19:00',
      '2026-08-21 19:00',
      '2026-08-25 19:00',
      '2026-08-27 19:00',
    ]);
  });
});
