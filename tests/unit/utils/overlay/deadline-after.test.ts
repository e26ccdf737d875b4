import { describe, expect, it } from 'vitest';
import type { LineDeadlineInput } from '@/utils/lines/deadline';
import { deadlineAfterPurchase } from '@/utils/overlay/deadline-after';
import type { CheckoutInfo } from '@/utils/extract/types';
import type { KeepAliveRule } from '@/utils/providers/types';
import { GIFFGAFF_RULE, POVO_RULE, line, reading, t } from '../../support/reminders-seed';

const TOKYO = 'Asia/Tokyo';
const NOW = t('2026-11-22T10:00:00+09:00');
const U300: KeepAliveRule = { anchor: 'afterExpiry', days: 60, actionKey: 'keepalive_b_mobile' };
/** The end of a day as a rule deadline gives it: 23:59:59.999 in the zone. */
const endOf = (isoDate: string, offset = '+09:00') => t(`${isoDate}T23:59:59.999${offset}`);

const topping = (over: Partial<CheckoutInfo> = {}): CheckoutInfo => ({
  product: 'データ追加3GB(30日間)',
  dataMB: 3072,
  durationDays: 30,
  unlimited: false,
  price: { amount: 990, currency: 'JPY' },
  ...over,
});

const povo = (): LineDeadlineInput => ({
  line: line(),
  kind: 'keep-number',
  // A topping that ends at the end of 2026-12-02 (JST): the number's deadline is 180 days on.
  readings: [reading({ at: NOW - 3600_000, expiresAt: t('2026-12-02T23:59:59+09:00') })],
  renewals: [],
  rule: POVO_RULE,
  timeZone: TOKYO,
});

describe('deadlineAfterPurchase', () => {
  it('povo: a 30-day topping bought today moves the number’s deadline to 180 days after it ends', () => {
    // Before: 2026-12-02 + 180 days. After: the topping ends 2026-12-22, + 180 days.
    expect(deadlineAfterPurchase(povo(), topping(), null, NOW)).toBe(endOf('2027-06-20'));
  });

  it('povo: a product whose days the page does not state gives no date rather than a guess', () => {
    expect(deadlineAfterPurchase(povo(), topping({ durationDays: null }), null, NOW)).toBeNull();
    expect(deadlineAfterPurchase(povo(), null, null, NOW)).toBeNull();
  });

  it('b-mobile U300: counts 60 days from the expiry the purchase leads to', () => {
    const u300: LineDeadlineInput = {
      line: line({ provider: 'b-mobile' }),
      kind: 'prepaid',
      readings: [reading({ at: NOW - 3600_000, expiresAt: t('2026-11-27T23:59:59+09:00'), buckets: [], lineValidUntil: null })],
      renewals: [],
      rule: U300,
      timeZone: TOKYO,
    };
    expect(deadlineAfterPurchase(u300, null, t('2026-12-27T23:59:59+09:00'), NOW)).toBe(endOf('2027-02-25'));
    expect(deadlineAfterPurchase(u300, null, null, NOW)).toBeNull();
  });

  it('giffgaff: any purchase is activity, so the count starts today', () => {
    const gg: LineDeadlineInput = { ...povo(), line: line({ provider: 'giffgaff' }), rule: GIFFGAFF_RULE, timeZone: 'Europe/London' };
    expect(deadlineAfterPurchase(gg, null, null, NOW)).toBe(endOf('2027-05-21', '+01:00'));
  });

  it('a line without a keep-alive rule (or a monthly plan) has no number’s deadline to move', () => {
    expect(deadlineAfterPurchase({ ...povo(), rule: undefined }, topping(), null, NOW)).toBeNull();
    expect(deadlineAfterPurchase({ ...povo(), kind: 'monthly' }, topping(), null, NOW)).toBeNull();
  });
});
