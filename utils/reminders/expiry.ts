import type { ReadingRecord, RenewalRecord } from '../records';
import { latestWithExpiry, renewedAfter } from './history';
import { type Candidate, makeReminderKey } from './schedule';
import { MINUTE_MS } from '../time';
import { type QuietHours, addLocalDays, morningOf } from './waking-hours';

/** Lead days as configured: whole days 0–60, each once, longest first. */
export function normaliseLeadDays(leadDays: readonly number[]): number[] {
  const valid = leadDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 60);
  return [...new Set(valid)].sort((a, b) => b - a);
}

/**
 * The moment a lead's reminder belongs to, before quiet hours.
 * - L > 0: L local days before the expiry, at the expiry's local wall-clock time (DST-safe).
 * - L = 0: the morning of the expiry day (when quiet hours end). If the line expires before
 *   that morning (e.g. at 00:00 or 05:00), the minute before the expiry: placement then moves it
 *   to the last waking moment before, i.e. the previous evening.
 */
export function leadMoment(expiresAt: number, lead: number, tz: string, quiet: QuietHours): number {
  if (lead > 0) return addLocalDays(expiresAt, tz, -lead);
  const morning = morningOf(expiresAt, tz, quiet);
  return morning < expiresAt ? morning : expiresAt - MINUTE_MS;
}

export interface ExpiryInput {
  lineId: string;
  /** The line's readings, oldest first. */
  readings: readonly ReadingRecord[];
  renewals: readonly RenewalRecord[];
  leadDays: readonly number[];
  now: number;
  tz: string;
  quiet: QuietHours;
}

/**
 * One candidate per lead for the line's current expiry. Keys carry the expiry instant and the
 * lead, so a new expiry (renewal, new cycle) gives new keys and the old ones drop out of the plan.
 * Nothing once the line has expired, and nothing after a renewal newer than the reading that
 * showed the expiry (the next reading brings the new date).
 */
export function expiryCandidates(input: ExpiryInput): Candidate<'expiry'>[] {
  const source = latestWithExpiry(input.readings);
  if (!source || source.expiresAt <= input.now) return [];
  if (renewedAfter(input.renewals, source.at, input.now)) return [];
  const expiresAt = source.expiresAt;
  return normaliseLeadDays(input.leadDays).map((lead) => ({
    key: makeReminderKey(input.lineId, 'expiry', `${expiresAt}@${lead}`),
    lineId: input.lineId,
    kind: 'expiry',
    natural: leadMoment(expiresAt, lead, input.tz, input.quiet),
    deadline: expiresAt,
    prefer: 'nearest',
    detail: { leadDays: lead, expiresAt, remainingMB: source.remainingMB, totalMB: source.totalMB },
  }));
}
