/**
 * What the pure page readers return. The extract CLI prints exactly this shape as JSON, and the
 * account content script sends `readings` (typed values, never page HTML) to the background.
 */

/** The plan status of one line / SIM / eSIM as the page shows it now. */
export interface ExtractedReading {
  /** The line id as shown ("090-1234-5678", an ICCID tail, an eSIM name), or null. */
  line: string | null;
  /** The plan or product name as shown, or null. */
  plan: string | null;
  /** ISO 8601 with offset, e.g. "2026-12-31T23:59:59+09:00"; null when the page states none. */
  expiresAt: string | null;
  /** What the user can still use, in MB (1 GB = 1024 MB); null when unknown. */
  remainingMB: number | null;
  totalMB: number | null;
  usedMB: number | null;
  /** An unlimited plan (使い放題 / 無制限 / Unlimited), even when a high-speed quota is stated. */
  unlimited: boolean;
  /**
   * Every separately-expiring allowance the page lists for the line (topping, coupon, package,
   * carry-over, bonus), in page order; [] when the page shows one undivided amount.
   */
  buckets: ExtractedBucket[];
  /** When the page itself states the SIM / number stays usable until (ISO with offset), or null. */
  lineValidUntil: string | null;
}

export interface ExtractedBucket {
  name: string | null;
  remainingMB: number | null;
  totalMB: number | null;
  /** ISO 8601 with offset, or null when the page states none for it. */
  expiresAt: string | null;
  /** Free or promotional data (データボーナス, 特典, 赠送, bonus, gift). */
  bonus: boolean;
}

/** What a page is, read from its content (URL patterns are only hints). */
export const PAGE_KINDS = [
  'account',
  'checkout',
  'confirmation',
  'order-history',
  'usage-history',
  'catalogue',
  'help',
  'login',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface Price {
  amount: number;
  /** ISO 4217: "JPY", "HKD", "GBP", "USD". */
  currency: string;
}

/** What a checkout / top-up page is about to sell (the selected product only). */
export interface CheckoutInfo {
  product: string | null;
  dataMB: number | null;
  durationDays: number | null;
  unlimited: boolean;
  /** The total due, tax included, after coupons and discounts. */
  price: Price | null;
}

/** What a purchase confirmation page says was bought. */
export interface ConfirmationInfo {
  orderNumber: string | null;
  product: string | null;
  price: Price | null;
}

export interface ExtractResult {
  /** Provider id from the registry, or null on an unknown host. */
  provider: string | null;
  /** What the page is. */
  pageKind: PageKind;
  /** True when the page shows current plan status (pageKind "account"). */
  isAccountPage: boolean;
  /** One per current line, in page order. */
  readings: ExtractedReading[];
  /** Why `readings` is empty, or what was dropped from them and why ("" when nothing to say). */
  reason: string;
  /** Null unless the page is a checkout / top-up page. */
  checkout: CheckoutInfo | null;
  /** Null unless the page is a purchase confirmation page. */
  confirmation: ConfirmationInfo | null;
}
