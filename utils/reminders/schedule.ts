import type { ReminderLogRecord } from '../records';
import {
  CATCH_UP_MIN_GAP_MS,
  LATE_GRACE_MS,
  type PlannedOf,
  type ReminderDetails,
  type ReminderKind,
} from './types';
import { type QuietHours, calendarDaysBetween, placeInWakingHours } from './waking-hours';

/**
 * Turning candidate reminders (what the rules say should be warned about, and when) into planned
 * ones: drop what fired, apply snoozes, keep at most one overdue reminder per series, and move
 * everything into waking hours before its deadline.
 */

/** A reminder the rules produced, before fired / snoozed / quiet hours are applied. */
export interface Candidate<K extends ReminderKind> {
  key: string;
  lineId: string;
  kind: K;
  /** Its own moment: when it would fire with no quiet hours and nothing missed. */
  natural: number;
  deadline: number | null;
  prefer: 'nearest' | 'later';
  detail: ReminderDetails[K];
}

export interface ScheduleContext {
  now: number;
  tz: string;
  quiet: QuietHours;
  /** Whether the key has fired and was not re-opened by a later snooze. */
  isDone: (key: string) => boolean;
  /** Epoch ms of the user's snooze for the key, if any. */
  snoozeOf: (key: string) => number | undefined;
}

export function makeReminderKey(lineId: string, kind: ReminderKind, target: string): string {
  return `${lineId}|${kind}|${target}`;
}

/** Builds `isDone` from the reminder log (or a bare set of keys) and the snoozes. */
export function doneChecker(
  fired: readonly ReminderLogRecord[] | ReadonlySet<string>,
  snoozed: Readonly<Record<string, number>>,
): (key: string) => boolean {
  const firedAt = new Map<string, number>();
  if (fired instanceof Set) {
    // Without a firing time a snooze cannot tell whether it came after the firing: fired wins.
    for (const key of fired) firedAt.set(key, Number.POSITIVE_INFINITY);
  } else {
    for (const r of fired as readonly ReminderLogRecord[]) {
      firedAt.set(r.key, Math.max(firedAt.get(r.key) ?? Number.NEGATIVE_INFINITY, r.firedAt));
    }
  }
  return (key) => {
    const at = firedAt.get(key);
    if (at === undefined) return false;
    const snooze = snoozed[key];
    return !(snooze !== undefined && snooze > at);
  };
}

/** Places a candidate: at the snooze, now (when due), or its own moment, in waking hours. */
function finalize<K extends ReminderKind>(c: Candidate<K>, ctx: ScheduleContext): PlannedOf<K> {
  const snooze = ctx.snoozeOf(c.key);
  const due = c.natural <= ctx.now;
  const base = { now: ctx.now, deadline: c.deadline, tz: ctx.tz, quiet: ctx.quiet };
  const fireAt =
    snooze !== undefined
      ? placeInWakingHours(snooze, { ...base, prefer: 'later' })
      : placeInWakingHours(due ? ctx.now : c.natural, { ...base, prefer: due ? 'later' : c.prefer });
  return {
    key: c.key,
    lineId: c.lineId,
    kind: c.kind,
    fireAt,
    deadline: c.deadline,
    msLeft: c.deadline === null ? null : c.deadline - fireAt,
    daysLeft: c.deadline === null ? null : calendarDaysBetween(fireAt, c.deadline, ctx.tz),
    catchUp: c.natural < ctx.now - LATE_GRACE_MS,
    snoozed: snooze !== undefined,
    detail: c.detail,
  };
}

/** A reminder that stands alone (low data, forecast, stale, renewal check). */
export function scheduleOne<K extends ReminderKind>(c: Candidate<K>, ctx: ScheduleContext): PlannedOf<K>[] {
  if (ctx.isDone(c.key)) return [];
  if (c.deadline !== null && c.deadline <= ctx.now) return [];
  return [finalize(c, ctx)];
}

/**
 * A series of lead-time reminders for one deadline (expiry leads, keep-alive leads).
 *
 * - Leads older than one that already fired are obsolete ("7 days left" after "1 day left").
 * - Of the leads whose moment has passed unfired, only the nearest fires, now (the catch-up);
 *   the older ones are skipped. A line first seen 2 days before expiry gets the 3-day reminder now.
 * - Still-future leads fire at their own moment.
 * - A reminder that would fire at or after the next one of the series is dropped (the next one
 *   says more); a catch-up is also dropped when the next one follows within CATCH_UP_MIN_GAP_MS.
 */
export function scheduleSeries<K extends ReminderKind>(
  candidates: readonly Candidate<K>[],
  ctx: ScheduleContext,
): PlannedOf<K>[] {
  const sorted = [...candidates]
    .filter((c) => c.deadline === null || c.deadline > ctx.now)
    .sort((a, b) => a.natural - b.natural);
  let lastFired = Number.NEGATIVE_INFINITY;
  for (const c of sorted) if (ctx.isDone(c.key)) lastFired = Math.max(lastFired, c.natural);
  const open = sorted.filter((c) => !ctx.isDone(c.key) && c.natural > lastFired);

  const due = open.filter((c) => c.natural <= ctx.now);
  const future = open.filter((c) => c.natural > ctx.now);
  const nearestDue = due[due.length - 1];
  const planned = [...(nearestDue ? [nearestDue] : []), ...future].map((c) => ({
    p: finalize(c, ctx),
    due: c === nearestDue,
  }));

  const kept: PlannedOf<K>[] = [];
  let next: PlannedOf<K> | undefined;
  for (let i = planned.length - 1; i >= 0; i--) {
    const item = planned[i];
    if (!item) continue;
    const gap = item.due ? CATCH_UP_MIN_GAP_MS : 0;
    if (next && item.p.fireAt + gap >= next.fireAt) continue;
    kept.unshift(item.p);
    next = item.p;
  }
  return kept;
}
