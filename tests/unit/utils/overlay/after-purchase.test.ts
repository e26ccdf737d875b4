import { describe, expect, it } from 'vitest';
import { type LineStatus, afterPurchase, endOfDayAfter } from '@/utils/overlay/after-purchase';
import { addZonedDays, endOfZonedDay } from '@/utils/time';
import type { CheckoutInfo } from '@/utils/extract/types';
import type { TopUpRule } from '@/utils/providers/types';

const TOKYO = 'Asia/Tokyo';
const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const GB = 1024;
const at = (iso: string) => Date.parse(iso);

const product = (over: Partial<CheckoutInfo> = {}): CheckoutInfo => ({
  product: 'データ追加3GB(30日間)',
  dataMB: 3 * GB,
  durationDays: 30,
  unlimited: false,
  price: { amount: 990, currency: 'JPY' },
  ...over,
});

const line = (over: Partial<LineStatus> = {}): LineStatus => ({
  expiresAt: at('2026-11-30T23:59:59.999+09:00'),
  remainingMB: 2 * GB,
  unlimited: false,
  ...over,
});

const povo: TopUpRule = { model: 'separateBucket', stacks: true, autoRenewAvailable: true };
const bmobile: TopUpRule = {
  model: 'fixedIncrement',
  incrementMB: 1024,
  incrementDays: 1,
  stacks: true,
  autoRenewAvailable: false,
};
const prepaid: TopUpRule = { model: 'extendValidity', stacks: true, autoRenewAvailable: false };
const noStack: TopUpRule = { model: 'extendValidity', stacks: false, autoRenewAvailable: false };
const iijmio: TopUpRule = { model: 'monthlyAddOn', stacks: true, autoRenewAvailable: false };

describe('endOfDayAfter', () => {
  it('is 23:59:59.999 of the day N days on, in the provider zone', () => {
    // povo: a 30-day topping bought 1 Jan expires at the end of 31 Jan.
    expect(endOfDayAfter(at('2026-01-01T09:00:00+09:00'), 30, TOKYO)).toBe(at('2026-01-31T23:59:59.999+09:00'));
  });

  it('counts the JST date even when UTC is still on the day before', () => {
    expect(endOfDayAfter(at('2026-01-01T00:30:00+09:00'), 0, TOKYO)).toBe(at('2026-01-01T23:59:59.999+09:00'));
  });
});

describe('separateBucket (povo)', () => {
  it('adds a new bucket with its own expiry and leaves the existing expiry alone', () => {
    const after = afterPurchase(povo, line(), product(), NOW, TOKYO);
    expect(after.bucket).toEqual({ dataMB: 3 * GB, unlimited: false, expiresAt: at('2026-12-22T23:59:59.999+09:00') });
    expect(after.remainingMB).toBe(5 * GB);
    expect(after.expiresAt).toBe(at('2026-12-22T23:59:59.999+09:00'));
    expect(after.notes).toEqual(['existingKeepsExpiry']);
  });

  it('does not count expired data in the total after buying', () => {
    const after = afterPurchase(povo, line({ expiresAt: at('2026-11-20T23:59:59+09:00') }), product(), NOW, TOKYO);
    expect(after.remainingMB).toBe(3 * GB);
    expect(after.notes).not.toContain('existingKeepsExpiry');
  });

  it('shows the 365-day sale topping running to the same date next year', () => {
    const after = afterPurchase(povo, line(), product({ dataMB: 120 * GB, durationDays: 365 }), NOW, TOKYO);
    expect(after.bucket?.expiresAt).toBe(at('2027-11-22T23:59:59.999+09:00'));
    expect(after.remainingMB).toBe(122 * GB);
  });

  it('leaves the bucket expiry unknown for an hourly product', () => {
    const after = afterPurchase(povo, line(), product({ dataMB: null, durationDays: null, unlimited: true }), NOW, TOKYO);
    expect(after.bucket).toEqual({ dataMB: null, unlimited: true, expiresAt: null });
    expect(after.expiresAt).toBeNull();
    expect(after.unlimited).toBe(true);
    expect(after.notes).toContain('durationUnknown');
    expect(after.notes).not.toContain('dataUnknown');
  });

  it('shows only the bucket when no line was read yet', () => {
    const after = afterPurchase(povo, null, product(), NOW, TOKYO);
    expect(after.bucket?.dataMB).toBe(3 * GB);
    expect(after.remainingMB).toBeNull();
    expect(after.notes).toContain('noReading');
  });
});

describe('fixedIncrement (b-mobile VISITOR SIM)', () => {
  it('adds 1 GB and one day while the line is live, whatever the page says', () => {
    const after = afterPurchase(bmobile, line(), null, NOW, TOKYO);
    expect(after.expiresAt).toBe(at('2026-12-01T23:59:59.999+09:00'));
    expect(after.remainingMB).toBe(3 * GB);
    expect(after.notes).toEqual([]);
  });

  it('gives 1 GB until the end of today after expiry', () => {
    const after = afterPurchase(bmobile, line({ expiresAt: at('2026-11-21T23:59:59+09:00'), remainingMB: 300 }), null, NOW, TOKYO);
    expect(after.expiresAt).toBe(at('2026-11-22T23:59:59.999+09:00'));
    expect(after.remainingMB).toBe(GB);
    expect(after.notes).toEqual(['restartsAfterLapse']);
  });

  it('gives 1 GB until the end of today once the data is used up', () => {
    const after = afterPurchase(bmobile, line({ remainingMB: 0 }), null, NOW, TOKYO);
    expect(after.expiresAt).toBe(at('2026-11-22T23:59:59.999+09:00'));
    expect(after.remainingMB).toBe(GB);
  });
});

it('treats a b-mobile U300 charge plan (185 days, unlimited) as a recharge, not as the 1 GB increment', () => {
  const u300 = product({ product: 'U300 6ヶ月チャージ', dataMB: null, durationDays: 185, unlimited: true });
  const after = afterPurchase(bmobile, line({ unlimited: true, remainingMB: null }), u300, NOW, TOKYO);
  expect(after.expiresAt).toBe(at('2027-06-03T23:59:59.999+09:00'));
  expect(after.unlimited).toBe(true);
  expect(after.remainingMB).toBeNull();
});

describe('extendValidity (prepaid recharge)', () => {
  it('runs the new period on from the current expiry and adds the data', () => {
    const after = afterPurchase(prepaid, line(), product(), NOW, TOKYO);
    expect(after.expiresAt).toBe(at('2026-12-30T23:59:59.999+09:00'));
    expect(after.remainingMB).toBe(5 * GB);
  });

  it('starts from today after the line lapsed, without the lapsed data', () => {
    const after = afterPurchase(prepaid, line({ expiresAt: at('2026-11-01T23:59:59+09:00') }), product(), NOW, TOKYO);
    expect(after.expiresAt).toBe(at('2026-12-22T23:59:59.999+09:00'));
    expect(after.remainingMB).toBe(3 * GB);
    expect(after.notes).toContain('restartsAfterLapse');
  });

  it('starts from today where purchases do not stack, and says the days are lost', () => {
    const after = afterPurchase(noStack, line(), product(), NOW, TOKYO);
    expect(after.expiresAt).toBe(at('2026-12-22T23:59:59.999+09:00'));
    expect(after.remainingMB).toBeNull();
    expect(after.notes).toContain('remainingDaysLost');
  });
});

describe('monthlyAddOn (IIJmio, mineo)', () => {
  it('adds the data to this month and keeps the expiry', () => {
    const after = afterPurchase(iijmio, line(), product({ dataMB: GB, durationDays: null }), NOW, TOKYO);
    expect(after.expiresAt).toBe(line().expiresAt);
    expect(after.remainingMB).toBe(3 * GB);
    expect(after.notes).toContain('thisMonthOnly');
  });
});

it('says so when the page did not say what is being bought', () => {
  const after = afterPurchase(povo, line(), null, NOW, TOKYO);
  expect(after).toEqual({ expiresAt: null, remainingMB: null, unlimited: false, bucket: null, notes: ['productUnknown'] });
});

describe('zoned calendar arithmetic', () => {
  it('keeps the wall-clock time across a DST change (giffgaff, London)', () => {
    const before = at('2026-03-28T23:59:59.000Z'); // GMT, the day before clocks go forward
    expect(addZonedDays(before, 1, 'Europe/London')).toBe(at('2026-03-29T23:59:59.000+01:00'));
    expect(endOfZonedDay(before, 1, 'Europe/London')).toBe(at('2026-03-29T23:59:59.999+01:00'));
  });

  it('rolls over month and year ends', () => {
    expect(endOfZonedDay(at('2026-12-31T20:00:00+09:00'), 1, TOKYO)).toBe(at('2027-01-01T23:59:59.999+09:00'));
    expect(addZonedDays(at('2026-02-28T23:59:59+09:00'), 1, TOKYO)).toBe(at('2026-03-01T23:59:59+09:00'));
  });
});
