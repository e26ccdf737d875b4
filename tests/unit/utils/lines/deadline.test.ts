import { describe, expect, it } from 'vitest';
import { type LineDeadlineInput, keepAliveDeadline, lineDeadline, resolveLineDeadline } from '@/utils/lines/deadline';
import type { KeepAliveRule } from '@/utils/providers/types';
import type { Bucket } from '@/utils/records';
import { GIFFGAFF_RULE, POVO_RULE, line, local, reading, renewal, t } from '../../support/reminders-seed';

const TOKYO = 'Asia/Tokyo';
const LONDON = 'Europe/London';
const U300: KeepAliveRule = { anchor: 'afterExpiry', days: 60, actionKey: 'keepalive_b_mobile' };
/** The end of a day as a rule deadline gives it: 23:59:59.999 in the zone. */
const endOf = (isoDate: string, offset: string) => t(`${isoDate}T23:59:59.999${offset}`);

/** povo: a topping that expired at the end of 2026-01-31 (JST). */
const povoReading = reading({
  at: t('2026-01-15T12:00:00+09:00'),
  expiresAt: t('2026-01-31T23:59:59+09:00'),
});
const POVO_DEADLINE = endOf('2026-07-30', '+09:00');

const bucket = (over: Partial<Bucket> = {}): Bucket => ({
  name: 'データ追加20GB(30日間)',
  remainingMB: 12800,
  totalMB: 20480,
  expiresAt: t('2026-12-20T23:59:59+09:00'),
  bonus: false,
  ...over,
});

describe('keepAliveDeadline: afterLastPaidExpiry (povo)', () => {
  it('counts 180 days from the day after the last expiry, to the end of that day', () => {
    const s = keepAliveDeadline(line(), [povoReading], [], POVO_RULE, TOKYO);
    expect(s).toMatchObject({ anchorAt: povoReading.expiresAt, anchorSource: 'paidExpiry', rule: POVO_RULE });
    expect(s?.deadline).toBe(POVO_DEADLINE);
    expect(s?.cancelAt).toBe(endOf('2026-08-29', '+09:00'));
  });

  it('takes a later paid renewal by its expected end, or by its purchase time if unknown', () => {
    const withDays = renewal({ at: t('2026-03-01T12:00:00+09:00'), expectDays: 30 });
    const a = keepAliveDeadline(line(), [povoReading], [withDays], POVO_RULE, TOKYO);
    expect(a).toMatchObject({ anchorAt: t('2026-03-31T12:00:00+09:00'), anchorSource: 'paidExpiry' });
    expect(a?.deadline).toBe(endOf('2026-09-27', '+09:00'));

    const noDays = renewal({ at: t('2026-03-01T12:00:00+09:00') });
    const b = keepAliveDeadline(line(), [povoReading], [noDays], POVO_RULE, TOKYO);
    expect(b).toMatchObject({ anchorSource: 'paidPurchase', deadline: endOf('2026-08-28', '+09:00') });
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
    expect(s).toMatchObject({ anchorSource: 'manual', deadline: endOf('2026-10-28', '+09:00') });
  });

  it('falls back to when the line was first seen', () => {
    const s = keepAliveDeadline(line(), [], [], POVO_RULE, TOKYO);
    expect(s).toMatchObject({ anchorSource: 'firstSeen', deadline: endOf('2026-06-30', '+09:00') });
  });

  it('counts only paid buckets: a free bonus never keeps the number', () => {
    const r = reading({
      expiresAt: t('2027-01-20T23:59:59+09:00'),
      buckets: [bucket({ expiresAt: t('2026-12-18T23:59:59+09:00') }), bucket({ bonus: true, expiresAt: t('2027-01-20T23:59:59+09:00') })],
    });
    expect(keepAliveDeadline(line(), [r], [], POVO_RULE, TOKYO)).toMatchObject({
      anchorAt: t('2026-12-18T23:59:59+09:00'),
      anchorSource: 'paidExpiry',
    });
    // Only bonus data listed: nothing paid is known, so the count falls back to first seen.
    const onlyBonus = reading({ buckets: [bucket({ bonus: true })] });
    expect(keepAliveDeadline(line(), [onlyBonus], [], POVO_RULE, TOKYO)?.anchorSource).toBe('firstSeen');
  });

  it("keeps a paid topping's expiry from an earlier reading that listed it", () => {
    const earlier = reading({ at: t('2026-12-01T12:00:00+09:00'), buckets: [bucket()] });
    const later = reading({ at: t('2026-12-25T12:00:00+09:00'), expiresAt: null, buckets: [] });
    expect(keepAliveDeadline(line(), [earlier, later], [], POVO_RULE, TOKYO)?.anchorAt).toBe(bucket().expiresAt);
  });
});

describe('keepAliveDeadline: afterLastActivity (giffgaff) and afterExpiry', () => {
  const gg = (at: string, remainingMB: number, over = {}) =>
    reading({ at: t(at), remainingMB, totalMB: 20480, usedMB: null, expiresAt: null, ...over });
  const ggLine = line({ createdAt: t('2026-03-01T12:00:00Z') });

  it('counts from before the first reading that shows use, to the end of the day in the provider zone across DST', () => {
    const s = keepAliveDeadline(
      ggLine,
      [gg('2026-03-01T12:00:00Z', 5000), gg('2026-03-10T12:00:00Z', 4000)],
      [],
      GIFFGAFF_RULE,
      LONDON,
    );
    expect(s).toMatchObject({ anchorAt: t('2026-03-01T12:00:00Z'), anchorSource: 'activity', cancelAt: null });
    expect(local(s?.deadline ?? 0, LONDON)).toBe('2026-08-28 23:59'); // BST by then
    expect(s?.deadline).toBe(endOf('2026-08-28', '+01:00'));
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
    expect(local(s?.deadline ?? 0, LONDON)).toBe('2026-10-17 23:59');
  });

  it('does not read a new period as use', () => {
    const readings = [
      gg('2026-03-01T12:00:00Z', 5000, { expiresAt: t('2026-03-05T00:00:00Z') }),
      gg('2026-03-20T12:00:00Z', 0, { expiresAt: t('2026-04-05T00:00:00Z') }),
    ];
    expect(keepAliveDeadline(ggLine, readings, [], GIFFGAFF_RULE, LONDON)?.anchorSource).toBe('firstSeen');
  });

  it('afterExpiry counts from the latest expiry, and knows nothing without one', () => {
    const readings = [
      reading({ expiresAt: t('2026-05-31T23:59:59+09:00') }),
      reading({ at: t('2026-05-01T00:00:00+09:00'), expiresAt: t('2026-04-30T23:59:59+09:00') }),
    ];
    const s = keepAliveDeadline(line(), readings, [], U300, TOKYO);
    expect(s).toMatchObject({ anchorSource: 'expiry', deadline: endOf('2026-07-30', '+09:00') });
    expect(keepAliveDeadline(line(), [reading({ expiresAt: null })], [], U300, TOKYO)).toBeNull();
    expect(keepAliveDeadline(line(), readings, [], { ...U300, days: 0 }, TOKYO)).toBeNull();
  });
});

describe('lineDeadline', () => {
  const input = (over: Partial<LineDeadlineInput> = {}): LineDeadlineInput => ({
    line: line(),
    kind: 'keep-number',
    readings: [],
    renewals: [],
    rule: POVO_RULE,
    timeZone: TOKYO,
    ...over,
  });

  describe('keep-number', () => {
    it("povo (the issue's example): from the latest PAID topping, never the later free bonus", () => {
      const r = reading({
        at: t('2026-12-12T10:00:00+09:00'),
        // The summary as the old model merged it: the latest expiry of any bucket, the bonus included.
        expiresAt: t('2027-01-20T23:59:59+09:00'),
        remainingMB: 12800 + 3072 + 1024,
        totalMB: 20480 + 3072 + 1024,
        buckets: [
          bucket({ remainingMB: 12800, totalMB: 20480, expiresAt: t('2026-12-20T23:59:59+09:00') }),
          bucket({ name: 'データ追加3GB(30日間)', remainingMB: 3072, totalMB: 3072, expiresAt: t('2026-12-18T23:59:59+09:00') }),
          bucket({ name: 'データボーナス1GB', remainingMB: 1024, totalMB: 1024, expiresAt: t('2027-01-20T23:59:59+09:00'), bonus: true }),
        ],
      });
      const d = lineDeadline(input({ readings: [r] }));
      // The day after 2026-12-20 is day 1 of 180: the number lives through 2027-06-18.
      expect(d).toEqual({
        at: endOf('2027-06-18', '+09:00'),
        basis: 'rule',
        ruleFrom: t('2026-12-20T23:59:59+09:00'),
        estimate: false,
        precision: 'date',
      });
      expect(local(d?.at ?? 0, TOKYO)).toBe('2027-06-18 23:59');
      // The old merged reading (no buckets) would have given 2027-07-19.
      expect(lineDeadline(input({ readings: [{ ...r, buckets: [] }] }))?.at).toBe(endOf('2027-07-19', '+09:00'));
    });

    it('falls back to the reading expiry only for a reading that lists no buckets', () => {
      expect(lineDeadline(input({ readings: [povoReading] }))).toMatchObject({ at: POVO_DEADLINE, ruleFrom: povoReading.expiresAt });
    });

    it('counts a paid renewal after the last reading', () => {
      const paid = renewal({ at: t('2026-03-01T12:00:00+09:00'), expectDays: 30 });
      expect(lineDeadline(input({ readings: [povoReading], renewals: [paid] }))).toMatchObject({
        at: endOf('2026-09-27', '+09:00'),
        ruleFrom: t('2026-03-31T12:00:00+09:00'),
        estimate: false,
      });
    });

    it('giffgaff: an estimate when the only anchor is when Kigen first saw the line, a date either way', () => {
      const ggLine = line({ id: 'giffgaff:main', provider: 'giffgaff', createdAt: t('2026-11-30T09:04:00Z') });
      const seen = reading({ lineId: ggLine.id, at: t('2026-11-30T09:04:00Z'), expiresAt: null, usedMB: null });
      const d = lineDeadline(input({ line: ggLine, readings: [seen], rule: GIFFGAFF_RULE, timeZone: LONDON }));
      expect(d).toEqual({ at: endOf('2027-05-29', '+01:00'), basis: 'rule', ruleFrom: t('2026-11-30T09:04:00Z'), estimate: true, precision: 'date' });

      const used = reading({ ...seen, at: t('2026-12-05T09:00:00Z'), remainingMB: seen.remainingMB! - 100 });
      expect(lineDeadline(input({ line: ggLine, readings: [seen, used], rule: GIFFGAFF_RULE, timeZone: LONDON }))).toMatchObject({
        ruleFrom: seen.at,
        estimate: false,
      });
    });

    it('without a rule, takes a SIM validity the page states, else knows none', () => {
      const stated = reading({ lineValidUntil: t('2027-03-31T23:59:59+09:00') });
      expect(lineDeadline(input({ rule: undefined, readings: [stated] }))).toMatchObject({ basis: 'page', at: stated.lineValidUntil });
      expect(lineDeadline(input({ rule: undefined, readings: [povoReading] }))).toBeNull();
    });
  });

  describe('prepaid', () => {
    const HK = 'Asia/Hong_Kong';
    const prepaid = (over: Partial<LineDeadlineInput> = {}) => input({ kind: 'prepaid', rule: undefined, timeZone: HK, ...over });

    it('takes the SIM validity the page states, as a date when it says 23:59:59', () => {
      const r = reading({ expiresAt: t('2026-12-31T23:59:59+08:00'), lineValidUntil: t('2027-03-31T23:59:59+08:00') });
      expect(lineDeadline(prepaid({ readings: [r] }))).toEqual({
        at: t('2027-03-31T23:59:59+08:00'),
        basis: 'page',
        ruleFrom: null,
        estimate: false,
        precision: 'date',
      });
    });

    it('keeps a stated time to the minute', () => {
      const r = reading({ lineValidUntil: t('2026-12-04T22:59:00+08:00') });
      expect(lineDeadline(prepaid({ readings: [r] }))?.precision).toBe('time');
    });

    it("takes the reading's expiry when it lists at most one bucket (the SIM's only validity)", () => {
      const none = reading({ expiresAt: t('2026-12-31T23:59:59+08:00') });
      expect(lineDeadline(prepaid({ readings: [none] }))).toMatchObject({ at: none.expiresAt, basis: 'page', precision: 'date' });
      const one = reading({ expiresAt: t('2026-12-31T23:59:59+08:00'), buckets: [bucket({ expiresAt: t('2026-12-31T23:59:59+08:00') })] });
      expect(lineDeadline(prepaid({ readings: [one] }))).toMatchObject({ at: one.expiresAt, basis: 'page' });
    });

    it('does not take one of several buckets for the SIM: the rule if any, else nothing', () => {
      const two = reading({ buckets: [bucket(), bucket({ expiresAt: t('2027-02-01T23:59:59+09:00') })] });
      expect(lineDeadline(prepaid({ readings: [two] }))).toBeNull();
      expect(lineDeadline(prepaid({ readings: [two], rule: POVO_RULE, timeZone: TOKYO }))).toMatchObject({ basis: 'rule' });
    });

    it('applies an afterExpiry rule (b-mobile U300) from the stated expiry: the SIM outlives it', () => {
      const r = reading({ expiresAt: t('2026-05-31T23:59:59+09:00') });
      expect(lineDeadline(prepaid({ readings: [r], rule: U300, timeZone: TOKYO }))).toEqual({
        at: endOf('2026-07-30', '+09:00'),
        basis: 'rule',
        ruleFrom: r.expiresAt,
        estimate: false,
        precision: 'date',
      });
      // A SIM validity the page states is the deadline itself.
      const stated = { ...r, lineValidUntil: t('2026-06-30T23:59:59+09:00') };
      expect(lineDeadline(prepaid({ readings: [stated], rule: U300, timeZone: TOKYO }))).toMatchObject({ basis: 'page', at: stated.lineValidUntil });
    });

    it('reads the newest reading that states a validity (a later one without failed to read it)', () => {
      const a = reading({ at: t('2026-11-01T00:00:00Z'), expiresAt: t('2026-12-31T23:59:59+08:00') });
      const b = reading({ at: t('2026-11-02T00:00:00Z'), expiresAt: null, remainingMB: 10 });
      expect(lineDeadline(prepaid({ readings: [a, b] }))?.at).toBe(a.expiresAt);
    });

    it('knows nothing without a stated validity or a rule', () => {
      expect(lineDeadline(prepaid({ readings: [reading({ expiresAt: null })] }))).toBeNull();
      expect(lineDeadline(prepaid())).toBeNull();
    });
  });

  it('monthly and travel-eSIM lines have no number at stake, whatever the readings and rules say', () => {
    const r = reading({ lineValidUntil: t('2027-03-31T23:59:59+09:00') });
    expect(lineDeadline(input({ kind: 'monthly', readings: [r] }))).toBeNull();
    expect(lineDeadline(input({ kind: 'travel-esim', readings: [r], rule: U300 }))).toBeNull();
  });

  it("puts the user's own deadline above the page and any rule, for every kind", () => {
    const own = line({ settings: { muted: false, deadline: t('2027-02-01T23:59:59+09:00') } });
    const r = reading({ lineValidUntil: t('2027-03-31T23:59:59+09:00') });
    for (const kind of ['prepaid', 'keep-number', 'monthly', 'travel-esim'] as const) {
      expect(lineDeadline(input({ kind, line: own, readings: [r] }))).toEqual({
        at: t('2027-02-01T23:59:59+09:00'),
        basis: 'user',
        ruleFrom: null,
        estimate: false,
        precision: 'date',
      });
    }
    const atNoon = line({ settings: { muted: false, deadline: t('2027-02-01T12:00:00+09:00') } });
    expect(lineDeadline(input({ line: atNoon }))?.precision).toBe('time');
  });

  it('gives the rule status behind a rule deadline, and none behind a stated one', () => {
    expect(resolveLineDeadline(input({ readings: [povoReading] }))?.keepAlive).toMatchObject({ anchorSource: 'paidExpiry', deadline: POVO_DEADLINE });
    const stated = reading({ lineValidUntil: t('2027-03-31T23:59:59+09:00') });
    expect(resolveLineDeadline(input({ kind: 'prepaid', readings: [stated] }))?.keepAlive).toBeNull();
  });
});
