import type { ReadingRecord, RenewalRecord } from '../records';
import { latest, latestWithExpiry } from './history';
import { type Candidate, makeReminderKey } from './schedule';
import { RENEWAL_CHECK_AFTER_MS } from './types';
import { addLocalDays } from './waking-hours';

/** Reminders that ask the user to look: stale readings and renewals not yet seen on the page. */

/**
 * One reminder `staleDays` after the newest reading, keyed by that reading's time (a new reading
 * replaces it). Only for lines Kigen has read from a provider page: a line known only from manual
 * entries has no page to refresh, and a line without readings has nothing to go stale. Nothing
 * once the line has expired, or when the line expires before the reminder would fire (the expiry
 * reminders speak then).
 */
export function staleCandidate(
  lineId: string,
  readings: readonly ReadingRecord[],
  staleDays: number,
  now: number,
  tz: string,
): Candidate<'stale'>[] {
  const last = latest(readings);
  if (!last || !(staleDays > 0) || !readings.some((r) => r.source === 'page')) return [];
  const expiresAt = latestWithExpiry(readings)?.expiresAt ?? null;
  if (expiresAt !== null && expiresAt <= now) return [];
  const natural = addLocalDays(last.at, tz, Math.round(staleDays));
  if (expiresAt !== null && natural >= expiresAt) return [];
  return [
    {
      key: makeReminderKey(lineId, 'stale', String(last.at)),
      lineId,
      kind: 'stale',
      natural,
      deadline: expiresAt,
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
