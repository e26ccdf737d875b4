import { TZDate } from '@date-fns/tz';
import { MINUTE_MS } from '../time';
import { daysLeft } from '../format';

/**
 * Zone maths and quiet hours. All wall-clock work goes through TZDate so that days keep their
 * local time across DST changes (a day in Europe/London can be 23 or 25 hours long).
 */

/** Quiet hours in the user's zone, minutes after midnight. start === end means no quiet hours. */
export interface QuietHours {
  start: number;
  end: number;
}

/** The zone if the runtime knows it, else UTC (a wrong zone is better than no reminders). */
export function safeTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone }).format(0);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** Minutes clamped into a day, so a corrupt setting cannot break the maths. */
export function normaliseQuiet(start: number, end: number): QuietHours {
  const clamp = (m: number) => (Number.isFinite(m) ? Math.min(1439, Math.max(0, Math.round(m))) : 0);
  return { start: clamp(start), end: clamp(end) };
}

function minuteOfDay(t: number, tz: string): number {
  const d = new TZDate(t, tz);
  return d.getHours() * 60 + d.getMinutes();
}

/** The instant at `minutes` past local midnight, `dayOffset` local days after t's local date. */
export function atLocalTime(t: number, tz: string, minutes: number, dayOffset = 0): number {
  const d = new TZDate(t, tz);
  return new TZDate(
    d.getFullYear(),
    d.getMonth(),
    d.getDate() + dayOffset,
    Math.floor(minutes / 60),
    minutes % 60,
    tz,
  ).getTime();
}

/** The same local wall-clock time `days` local days later (negative: earlier). */
export function addLocalDays(t: number, tz: string, days: number): number {
  const d = new TZDate(t, tz);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/**
 * Calendar days from a's local date to b's local date (0 = same day): the one day count of
 * utils/format.ts (`daysLeft`), so a reminder's count is the popup's and the overlay's.
 */
export function calendarDaysBetween(a: number, b: number, tz: string): number {
  return daysLeft(b, a, tz);
}

export function isQuiet(t: number, tz: string, q: QuietHours): boolean {
  if (q.start === q.end) return false;
  const m = minuteOfDay(t, tz);
  // Wrapping midnight (22:00–08:00) or not (01:00–07:00).
  return q.start > q.end ? m >= q.start || m < q.end : m >= q.start && m < q.end;
}

/** Start of the quiet period that contains t (t must be quiet). */
function quietStartBefore(t: number, tz: string, q: QuietHours): number {
  const wrapsAndAfterMidnight = q.start > q.end && minuteOfDay(t, tz) < q.end;
  return atLocalTime(t, tz, q.start, wrapsAndAfterMidnight ? -1 : 0);
}

/**
 * The last waking minute before the quiet period that contains t. On DST change days the local
 * start may not exist (spring) or come twice (autumn); then walk back minute by minute from the
 * nearer of the computed start and t (at most two hours: no zone shifts by more).
 */
function lastWakingBefore(t: number, tz: string, q: QuietHours): number | null {
  const computed = quietStartBefore(t, tz, q) - MINUTE_MS;
  if (computed <= t && !isQuiet(computed, tz, q)) return computed;
  let x = Math.min(computed, t - MINUTE_MS);
  for (let i = 0; i < 120; i++, x -= MINUTE_MS) if (!isQuiet(x, tz, q)) return x;
  return null;
}

/**
 * The end of the quiet period that contains t. If the local end time does not exist that day
 * (spring DST gap), the time it maps to may still be quiet: walk forward minute by minute.
 */
function firstWakingAfter(t: number, tz: string, q: QuietHours): number | null {
  const wrapsAndBeforeMidnight = q.start > q.end && minuteOfDay(t, tz) >= q.start;
  const computed = atLocalTime(t, tz, q.end, wrapsAndBeforeMidnight ? 1 : 0);
  if (computed > t && !isQuiet(computed, tz, q)) return computed;
  let x = Math.max(computed, t + MINUTE_MS);
  for (let i = 0; i < 120; i++, x += MINUTE_MS) if (!isQuiet(x, tz, q)) return x;
  return null;
}

/** The morning of t's local day: when that day's quiet hours end. */
export function morningOf(t: number, tz: string, q: QuietHours): number {
  return atLocalTime(t, tz, q.end, 0);
}

export interface PlaceOptions {
  now: number;
  /** Never fire at or after this instant (what the reminder warns about), or null. */
  deadline: number | null;
  /**
   * How to leave quiet hours. `nearest` for warnings ahead of a deadline: the closer edge of the
   * quiet hours, ties to the earlier one (a "3 days left" due at 23:59 is better at 21:59 than at
   * 08:00 with 2 days 16 hours left; one due at 05:00 is better at 08:00 than the evening
   * before). `later` for things due now, snoozes and checks: they wait for the morning.
   */
  prefer: 'nearest' | 'later';
  tz: string;
  quiet: QuietHours;
}

/**
 * Moves a target instant into waking hours, never before `now` and never at or after the
 * deadline. When no waking moment lies between now and the deadline, it fires as soon as
 * possible (now), even in quiet hours: a warning at 22:30 may still be read tonight, one at
 * 04:59 for a 05:00 expiry cannot be acted on.
 */
export function placeInWakingHours(target: number, o: PlaceOptions): number {
  let t = Math.max(target, o.now);
  if (o.deadline !== null && t >= o.deadline) t = Math.max(o.now, o.deadline - MINUTE_MS);
  if (!isQuiet(t, o.tz, o.quiet)) return t;

  let earlier = lastWakingBefore(t, o.tz, o.quiet);
  // Too early: now itself may still be waking (the last minute before quiet hours).
  if (earlier !== null && earlier < o.now) earlier = o.now < t && !isQuiet(o.now, o.tz, o.quiet) ? o.now : null;
  let later = firstWakingAfter(t, o.tz, o.quiet);
  if (later !== null && o.deadline !== null && later >= o.deadline) later = null;

  if (earlier !== null && later !== null && o.prefer === 'nearest') {
    return t - earlier <= later - t ? earlier : later;
  }
  return later ?? earlier ?? o.now;
}
