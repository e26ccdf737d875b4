import type { CheckoutInfo } from '../extract/types';
import type { TopUpRule } from '../providers/types';
import { DAY_MS, addZonedDays, endOfZonedDay } from '../time';

/**
 * "After this purchase": what a line will show once the product on the checkout page is bought,
 * by the provider's top-up model. Pure: the overlay and the tests hand in the line, the product,
 * the rule and the clock. A value we cannot work out is null with a note saying why, never a guess.
 */


/** The line as last read (epoch ms, MB with 1 GB = 1024 MB). */
export interface LineStatus {
  expiresAt: number | null;
  remainingMB: number | null;
  unlimited: boolean;
}

/** A new bucket of data with its own validity (povo topping, Airalo top-up package). */
export interface NewBucket {
  dataMB: number | null;
  unlimited: boolean;
  /** End of the bucket's validity, or null when the page states no duration in days. */
  expiresAt: number | null;
}

export const AFTER_NOTES = [
  /** The checkout page did not say what is being bought. */
  'productUnknown',
  /** The product's duration is not in days (hours, "until used up") or not stated. */
  'durationUnknown',
  /** The product's data amount is not stated. */
  'dataUnknown',
  /** Existing data keeps its own expiry; the purchase does not extend it (separateBucket). */
  'existingKeepsExpiry',
  /** The line has expired or run out: the charge starts afresh instead of adding (b-mobile). */
  'restartsAfterLapse',
  /** Days left now are not added on: the new period starts today (topUp.stacks false). */
  'remainingDaysLost',
  /** Data is added to this month; the expiry does not change (monthlyAddOn). */
  'thisMonthOnly',
  /** No reading of the line yet: only the product itself can be shown. */
  'noReading',
] as const;
export type AfterNote = (typeof AFTER_NOTES)[number];

export interface AfterPurchase {
  /** The line's expiry after buying; null when unknown. */
  expiresAt: number | null;
  /** Data the line can use after buying, all buckets together; null when unknown. */
  remainingMB: number | null;
  unlimited: boolean;
  /** Set for the separateBucket model: the purchase as its own bucket. */
  bucket: NewBucket | null;
  notes: AfterNote[];
}

/** End of the calendar day `days` after `from`, in the provider's zone (povo: 23:59:59 JST). */
export function endOfDayAfter(from: number, days: number, timeZone: string): number {
  return endOfZonedDay(from, days, timeZone);
}

/** `at` moved by whole calendar days in the provider's zone (keeps 23:59:59 across DST). */
function plusDays(at: number, days: number, timeZone: string): number {
  return addZonedDays(at, days, timeZone);
}

function sum(a: number | null, b: number | null): number | null {
  return a == null || b == null ? null : a + b;
}

function live(line: LineStatus, now: number): boolean {
  return line.expiresAt != null && line.expiresAt > now && (line.unlimited || (line.remainingMB ?? 1) > 0);
}

/** What the line shows after buying `product` under `rule`, read at `now`. */
export function afterPurchase(
  rule: TopUpRule,
  line: LineStatus | null,
  product: CheckoutInfo | null,
  now: number,
  timeZone: string,
): AfterPurchase {
  const notes: AfterNote[] = [];
  const note = (n: AfterNote) => {
    if (!notes.includes(n)) notes.push(n);
  };
  if (!line) note('noReading');
  const current: LineStatus = line ?? { expiresAt: null, remainingMB: null, unlimited: false };

  // A provider with a fixed charge may sell other products too (b-mobile: the VISITOR SIM's
  // 1 GB / 1 day charge, and U300's 30- and 185-day charge plans). A product that states another
  // duration, or unlimited data, is not the increment: it extends the validity like a recharge.
  const isIncrement =
    !product || ((product.durationDays == null || product.durationDays === rule.incrementDays) && !product.unlimited);
  if (rule.model === 'fixedIncrement' && !isIncrement) {
    return afterPurchase({ ...rule, model: 'extendValidity' }, line, product, now, timeZone);
  }

  if (rule.model === 'fixedIncrement') {
    // The product is fixed by the rule (b-mobile VISITOR SIM: 1 GB and one day per charge), so
    // the page's product text is not needed.
    const mb = rule.incrementMB ?? null;
    const days = rule.incrementDays ?? null;
    if (mb == null) note('dataUnknown');
    if (days == null) note('durationUnknown');
    if (!line) return { expiresAt: null, remainingMB: mb, unlimited: false, bucket: null, notes };
    if (live(current, now)) {
      return {
        expiresAt: current.expiresAt == null || days == null ? null : plusDays(current.expiresAt, days, timeZone),
        remainingMB: current.unlimited ? null : sum(current.remainingMB, mb),
        unlimited: current.unlimited,
        bucket: null,
        notes,
      };
    }
    // After expiry or once the data is used up, a charge gives the increment until the end of
    // the same day only (b-mobile: "1GB only until 23:59 the same day").
    note('restartsAfterLapse');
    return { expiresAt: endOfDayAfter(now, 0, timeZone), remainingMB: mb, unlimited: false, bucket: null, notes };
  }

  if (!product) {
    note('productUnknown');
    return { expiresAt: null, remainingMB: null, unlimited: false, bucket: null, notes };
  }
  const days = product.durationDays;
  const mb = product.unlimited ? null : product.dataMB;
  if (days == null) note('durationUnknown');
  if (mb == null && !product.unlimited) note('dataUnknown');

  if (rule.model === 'separateBucket') {
    const bucket: NewBucket = {
      dataMB: mb,
      unlimited: product.unlimited,
      expiresAt: days == null ? null : endOfDayAfter(now, days, timeZone),
    };
    if (line && live(current, now) && !current.unlimited && (current.remainingMB ?? 0) > 0) note('existingKeepsExpiry');
    const currentMB = live(current, now) ? current.remainingMB : 0;
    const expiresAt =
      bucket.expiresAt == null ? null : Math.max(bucket.expiresAt, live(current, now) ? (current.expiresAt ?? 0) : 0);
    return {
      expiresAt,
      remainingMB: product.unlimited ? null : sum(line ? currentMB : null, mb),
      unlimited: product.unlimited || (live(current, now) && current.unlimited),
      bucket,
      notes,
    };
  }

  if (rule.model === 'monthlyAddOn') {
    note('thisMonthOnly');
    return {
      expiresAt: current.expiresAt,
      remainingMB: product.unlimited ? null : sum(current.remainingMB, mb),
      unlimited: product.unlimited || current.unlimited,
      bucket: null,
      notes,
    };
  }

  // extendValidity: the period runs on from the current expiry, or from today when the line has
  // lapsed or when the provider does not stack purchases on the time left.
  if (!line) {
    return {
      expiresAt: days == null ? null : endOfDayAfter(now, days, timeZone),
      remainingMB: mb,
      unlimited: product.unlimited,
      bucket: null,
      notes,
    };
  }
  const valid = current.expiresAt != null && current.expiresAt > now;
  if (!valid) note('restartsAfterLapse');
  if (valid && !rule.stacks && current.expiresAt != null && current.expiresAt - now > DAY_MS) note('remainingDaysLost');
  let expiresAt: number | null = null;
  if (days != null) {
    expiresAt =
      valid && rule.stacks && current.expiresAt != null
        ? plusDays(current.expiresAt, days, timeZone)
        : endOfDayAfter(now, days, timeZone);
  }
  // Lapsed data is gone; whether unused data survives a non-stacking renewal is stated nowhere,
  // so the total is left unknown there rather than guessed.
  const keptMB = !valid ? 0 : rule.stacks ? current.remainingMB : null;
  return {
    expiresAt,
    remainingMB: product.unlimited ? null : sum(keptMB, mb),
    unlimited: product.unlimited,
    bucket: null,
    notes,
  };
}
