import type { LineDeadline } from '../lines/deadline';
import type { LineKind, ReadingRecord, RenewalRecord } from '../records';
import { latest, renewedAfter } from './history';
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

interface ExpiryInput {
  lineId: string;
  /** The line's readings, oldest first. */
  readings: readonly ReadingRecord[];
  renewals: readonly RenewalRecord[];
  leadDays: readonly number[];
  now: number;
  tz: string;
  quiet: QuietHours;
}

export interface NumberAtRiskInput extends ExpiryInput {
  /** The line deadline (`lineDeadline`): stated by the page or entered by the user. */
  deadline: LineDeadline;
  lineKind: LineKind;
  /** What keeps the number, from the provider's keep-alive rule (message key), if it has one. */
  actionKey: string | null;
}

/**
 * The number / SIM at risk: one candidate per configured lead before the line deadline of a
 * prepaid line (the SIM validity the page states, else its expiry) or a deadline the user entered.
 * Keys are the expiry reminders' (`expiry|<instant>@<lead>`): for a prepaid SIM whose expiry is its
 * validity the deadline is that same instant, so reminders already shown are not shown again.
 * Nothing once the deadline passed, and nothing after a renewal newer than the reading that stated
 * it (the next reading brings the new date); a date the user entered stands until they change it.
 */
export function numberAtRiskCandidates(input: NumberAtRiskInput): Candidate<'expiry'>[] {
  const { deadline } = input;
  const at = deadline.at;
  if (at <= input.now) return [];
  if (deadline.basis === 'page') {
    const stating = [...input.readings].reverse().find((r) => r.lineValidUntil === at || r.expiresAt === at);
    if (stating && renewedAfter(input.renewals, stating.at, input.now)) return [];
  }
  const last = latest(input.readings);
  return normaliseLeadDays(input.leadDays).map((lead) => ({
    key: makeReminderKey(input.lineId, 'expiry', `${at}@${lead}`),
    lineId: input.lineId,
    kind: 'expiry',
    natural: leadMoment(at, lead, input.tz, input.quiet),
    deadline: at,
    prefer: 'nearest',
    detail: {
      leadDays: lead,
      expiresAt: at,
      remainingMB: last?.remainingMB ?? null,
      totalMB: last?.totalMB ?? null,
      lineKind: input.lineKind,
      basis: deadline.basis,
      precision: deadline.precision,
      actionKey: input.actionKey,
    },
  }));
}
