import type { ReadingRecord, RenewalRecord } from '../records';
import { RENEWAL_CHECK_AFTER_MS } from './types';

export { samePeriod } from '../lines/history';

/** Small questions about one line's readings and renewals, shared by the rules. */

/** The line's readings, oldest first (ties keep insertion order). */
export function readingsOf(readings: readonly ReadingRecord[], lineId: string): ReadingRecord[] {
  return readings.filter((r) => r.lineId === lineId).sort((a, b) => a.at - b.at);
}

export function renewalsOf(renewals: readonly RenewalRecord[], lineId: string): RenewalRecord[] {
  return renewals.filter((r) => r.lineId === lineId).sort((a, b) => a.at - b.at);
}

/** The newest reading (input oldest first). */
export function latest<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/**
 * The newest reading that states an expiry. A later reading without one usually means the date
 * could not be read that time, not that the line stopped expiring.
 */
export function latestWithExpiry(sorted: readonly ReadingRecord[]): (ReadingRecord & { expiresAt: number }) | undefined {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const r = sorted[i];
    if (r && r.expiresAt !== null) return { ...r, expiresAt: r.expiresAt };
  }
  return undefined;
}

/**
 * A plan period: the same expiry and the same total. A top-up that adds to the total, or a new
 * cycle with a new expiry, starts a new period (and new reminder keys).
 */
export function periodKey(r: ReadingRecord): string {
  return `${r.expiresAt ?? '-'}/${r.totalMB ?? '-'}`;
}

/**
 * Whether a renewal after the reading at `at` makes that reading's expiry and data facts out of
 * date (the next reading brings the new ones). `recorded` and `confirmed` do. `pending` does only
 * until its 24-hour check: if nothing settles it by then (the background missed it), the old
 * reminders come back rather than leave the line unwatched; `notReflected` never does.
 */
export function renewedAfter(renewals: readonly RenewalRecord[], at: number, now: number): boolean {
  return renewals.some(
    (r) =>
      r.at > at &&
      (r.status === 'recorded' ||
        r.status === 'confirmed' ||
        (r.status === 'pending' && r.at + RENEWAL_CHECK_AFTER_MS > now)),
  );
}
