import type { RenewalRecord } from '../records';
import { DAY_MS, MINUTE_MS } from '../time';

/**
 * The confirmation rule for a purchase captured on a confirmation page: did the provider apply
 * it? Pure: (renewal, a reading of the line taken after it, now) → verdict.
 *
 * - `confirmed`: the reading shows the expiry moved later, or the data went up by (about) what
 *   was bought.
 * - `notReflected`: a reading taken after the grace time shows no such change, or 24 hours
 *   passed with no reading that shows it (the reminder planner checks then).
 * - `pending`: not enough evidence yet.
 *
 * A `notReflected` renewal can still turn `confirmed` later: providers sometimes apply top-ups
 * late, and the record should end up true.
 */

/**
 * Providers say a purchase "may take a few minutes" to show (povo: 反映まで数分かかる場合があります).
 * A reading inside this window that shows no change is not yet evidence of a problem.
 */
export const REFLECT_GRACE_MS = 10 * MINUTE_MS;
/** With no reading showing the change this long after the purchase, the user is told. */
export const CHECK_AFTER_MS = DAY_MS;
/**
 * Data must rise by at least this share of what was bought (the rest allows for use in between).
 * With nothing known of the product, any rise of more than 1 MB counts.
 */
export const DATA_RISE_SHARE = 0.5;

export type Verdict = 'confirmed' | 'notReflected' | 'pending';

/** What the rule needs of a reading (a stored ReadingRecord or a new one). */
export interface ReadingStatus {
  at: number;
  expiresAt: number | null;
  remainingMB: number | null;
}

/** The renewal as the rule sees it: only open ones (pending, notReflected) are judged. */
export type RenewalFacts = Pick<RenewalRecord, 'at' | 'expiresBefore' | 'remainingBefore' | 'expectDays' | 'expectMB'> & {
  status: OpenStatus;
};

export const OPEN_STATUSES = ['pending', 'notReflected'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

export function isOpen(status: RenewalRecord['status']): status is OpenStatus {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

/** True when `reading` shows the purchase: expiry later or data up since the capture. */
export function showsPurchase(renewal: RenewalFacts, reading: ReadingStatus): boolean {
  const { expiresBefore, remainingBefore, expectDays, expectMB } = renewal;
  if (reading.expiresAt != null) {
    if (expiresBefore != null && reading.expiresAt > expiresBefore) return true;
    // No earlier expiry to compare: the new one must be about as far out as the product runs.
    if (expiresBefore == null && expectDays != null && reading.expiresAt >= renewal.at + (expectDays - 1) * DAY_MS) {
      return true;
    }
  }
  if (reading.remainingMB != null) {
    const rise = expectMB != null ? expectMB * DATA_RISE_SHARE : 1;
    if (remainingBefore != null && reading.remainingMB - remainingBefore >= rise) return true;
    if (remainingBefore == null && expectMB != null && reading.remainingMB >= rise) return true;
  }
  return false;
}

/** The renewal's status given `reading` (null when the question is "24 hours passed?") at `now`. */
export function confirmRenewal(renewal: RenewalFacts, reading: ReadingStatus | null, now: number): Verdict {
  if (reading && reading.at >= renewal.at) {
    if (showsPurchase(renewal, reading)) return 'confirmed';
    if (reading.at - renewal.at >= REFLECT_GRACE_MS) return 'notReflected';
  }
  if (renewal.status === 'pending' && now - renewal.at >= CHECK_AFTER_MS) return 'notReflected';
  return renewal.status;
}
