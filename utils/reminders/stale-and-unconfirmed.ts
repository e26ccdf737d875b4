import type { ReadingRecord, RenewalRecord } from '../records';
import { latest, latestWithExpiry } from './history';
import { type Candidate, makeReminderKey } from './schedule';
import { RENEWAL_CHECK_AFTER_MS } from './types';
import { addLocalDays, calendarDaysBetween } from './waking-hours';

/** Reminders that ask the user to look: stale readings and renewals not yet seen on the page. */

/** What a fresh reading would matter for: the stakes of the line at the time of planning. */
export interface StaleStakes {
  /** Instants of what is at stake: the line deadline, keep-alive deadline, data lapses. */
  deadlines: readonly number[];
  /** The newest reading shows low data. */
  lowData: boolean;
  /** Days before a deadline from which a reading matters (the longest configured lead, at least 1). */
  windowDays: number;
}

/**
 * One reminder to open the account page, `staleDays` after the newest reading, when a fresh
 * reading matters soon: the nearest deadline or lapse is inside the lead window then, or the data
 * is low. Keyed by the reading's time (a new reading replaces it). Never for a line
 * with nothing at stake soon: a monthly plan without an expiry, a far deadline (a prepaid card
 * valid for 138 more days), a line with no expiry at all. Only for lines Kigen has read from a
 * provider page: a line known only from manual entries has no page to refresh. Nothing once the
 * line has expired, or when every deadline passes before the reminder would fire (the deadline's
 * own reminders speak then).
 */
export function staleCandidate(
  lineId: string,
  readings: readonly ReadingRecord[],
  staleDays: number,
  now: number,
  tz: string,
  stakes: StaleStakes,
): Candidate<'stale'>[] {
  const last = latest(readings);
  if (!last || !(staleDays > 0) || !readings.some((r) => r.source === 'page')) return [];
  const expiresAt = latestWithExpiry(readings)?.expiresAt ?? null;
  if (expiresAt !== null && expiresAt <= now) return [];
  const due = addLocalDays(last.at, tz, Math.round(staleDays));
  const ahead = stakes.deadlines.filter((d) => d > due).sort((a, b) => a - b);
  const next = ahead[0];
  const window = Math.max(1, Math.round(stakes.windowDays));
  // Whether the nearest stake is inside its lead window when the nudge would be shown. A far one
  // is no reason to look now; the plan is made again (every alarm, write and browser start), so
  // the nudge comes once the window opens.
  const soon = next !== undefined && calendarDaysBetween(Math.max(due, now), next, tz) <= window;
  if (!stakes.lowData && !soon) return [];
  const natural = due;
  // The reminder says nothing once what it is about has passed (low data ends with the plan period).
  const deadline = next ?? (expiresAt !== null && expiresAt > due ? expiresAt : null);
  if (expiresAt !== null && deadline === null) return [];
  return [
    {
      key: makeReminderKey(lineId, 'stale', String(last.at)),
      lineId,
      kind: 'stale',
      natural,
      deadline,
      prefer: 'later',
      detail: { lastReadingAt: last.at, staleDays: Math.round(staleDays) },
    },
  ];
}

/**
 * A check 24 hours after each pending renewal; the background decides whether a reading has
 * confirmed it (then the status is no longer `pending` and the check leaves the plan). Keyed by
 * the renewal's time, which is known before the record has an id. No deadline: the background's
 * "not reflected" rule is "after 24 hours", so firing earlier would judge too soon. Of several
 * overdue checks only the newest is planned (one catch-up per line).
 */
export function renewalCheckCandidates(
  lineId: string,
  renewals: readonly RenewalRecord[],
  now: number,
): Candidate<'renewalCheck'>[] {
  const pending = renewals.filter((r) => r.status === 'pending').sort((a, b) => a.at - b.at);
  const overdue = pending.filter((r) => r.at + RENEWAL_CHECK_AFTER_MS <= now);
  const newestOverdue = overdue[overdue.length - 1];
  const kept = pending.filter((r) => r.at + RENEWAL_CHECK_AFTER_MS > now || r === newestOverdue);
  return kept.map((r) => ({
    key: makeReminderKey(lineId, 'renewalCheck', String(r.at)),
    lineId,
    kind: 'renewalCheck',
    natural: r.at + RENEWAL_CHECK_AFTER_MS,
    deadline: null,
    prefer: 'later',
    detail: { renewalAt: r.at, renewalId: r.id ?? null, orderNumber: r.orderNumber, product: r.product },
  }));
}
