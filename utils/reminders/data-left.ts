import type { Bucket, LineKind, LineSettings, ReadingRecord, RenewalRecord } from '../records';
import { latest, periodKey, renewedAfter, samePeriod } from './history';
import { type Candidate, makeReminderKey } from './schedule';
import { DAY_MS, HOUR_MS } from '../time';
import { addLocalDays } from './waking-hours';

/**
 * Data at stake: low data and run-out forecasts (about the latest reading's plan period), and data
 * that lapses (a bucket with data left reaches its expiry). None of these is the number.
 */

/**
 * The low-data threshold in MB for a reading's total, or 0 for "never warn".
 *
 * "20 % or 1 GB, whichever comes first": as data goes down the larger threshold is crossed first,
 * so the threshold is the larger of the two. The global MB threshold only applies when it is
 * below half the total: otherwise a 1 GB plan would be "low" from its first day. A per-line MB
 * value is the user's explicit choice for that line and always applies. 0 turns a part off.
 */
export function lowDataThresholdMB(
  totalMB: number | null,
  global: { lowDataPercent: number; lowDataMB: number },
  line: Pick<LineSettings, 'lowDataPercent' | 'lowDataMB'>,
): number {
  const percent = line.lowDataPercent ?? global.lowDataPercent;
  const mb = line.lowDataMB ?? global.lowDataMB;
  const hasTotal = totalMB !== null && totalMB > 0;
  const byPercent = hasTotal && percent > 0 ? (totalMB * Math.min(percent, 100)) / 100 : 0;
  const mbApplies = line.lowDataMB !== undefined || !hasTotal || mb < totalMB / 2;
  const byMB = mb > 0 && mbApplies ? mb : 0;
  return Math.max(byPercent, byMB);
}

export interface DataInput {
  lineId: string;
  /** The line's readings, oldest first. */
  readings: readonly ReadingRecord[];
  renewals: readonly RenewalRecord[];
  lineSettings: LineSettings;
  global: { lowDataPercent: number; lowDataMB: number };
  now: number;
}

/** The latest reading if its facts still stand: not expired and no renewal since. */
function currentReading(input: DataInput): ReadingRecord | undefined {
  const last = latest(input.readings);
  if (!last || last.remainingMB === null) return undefined;
  if (last.unlimited && last.totalMB === null) return undefined; // unlimited without a stated quota
  if (last.expiresAt !== null && last.expiresAt <= input.now) return undefined;
  if (renewedAfter(input.renewals, last.at, input.now)) return undefined;
  return last;
}

/**
 * Low data on the latest reading: fires now (in waking hours), before the period's expiry. The
 * key is the plan period, so a top-up that lifts the data above the threshold removes it from
 * the plan, and a new period (new expiry or total) can warn again.
 */
export function lowDataCandidate(input: DataInput): Candidate<'lowData'>[] {
  const r = currentReading(input);
  if (!r || r.remainingMB === null) return [];
  const thresholdMB = lowDataThresholdMB(r.totalMB, input.global, input.lineSettings);
  if (thresholdMB <= 0 || r.remainingMB > thresholdMB) return [];
  return [
    {
      key: makeReminderKey(input.lineId, 'lowData', periodKey(r)),
      lineId: input.lineId,
      kind: 'lowData',
      natural: input.now,
      deadline: r.expiresAt,
      prefer: 'later',
      detail: {
        remainingMB: r.remainingMB,
        totalMB: r.totalMB,
        thresholdMB,
        readingAt: r.at,
        expiresAt: r.expiresAt,
      },
    },
  ];
}

export interface RunOutForecast {
  /** When the data runs out at the recent rate, projected from the latest reading. */
  runOutAt: number;
  ratePerDayMB: number;
  remainingMB: number;
  /** The readings the rate comes from. */
  fromAt: number;
  toAt: number;
}

/** Recent history: the rate comes from at most this far back (when enough readings remain). */
const FORECAST_WINDOW_MS = 14 * DAY_MS;
/** A rate from readings closer together than this is noise. */
const FORECAST_MIN_SPAN_MS = 12 * HOUR_MS;

/**
 * When the data runs out at the recent usage rate, or null when unknown or never.
 *
 * Uses readings of one line up to `now`, of the latest reading's plan period, after the last
 * top-up (a rise in remaining data restarts the window), from the last 14 days when they span at
 * least 12 hours, else from the newest reading at least 12 hours older than the latest.
 */
export function forecastRunOut(readings: readonly ReadingRecord[], now: number): RunOutForecast | null {
  const usable = readings
    .filter((r) => r.at <= now && r.remainingMB !== null)
    .sort((a, b) => a.at - b.at);
  const last = latest(usable);
  if (!last || last.remainingMB === null || (last.unlimited && last.totalMB === null)) return null;

  const window: ReadingRecord[] = [last];
  for (let i = usable.length - 2; i >= 0; i--) {
    const r = usable[i];
    const after = window[0];
    if (!r || !after || !samePeriod(r, last)) break;
    if ((r.remainingMB ?? 0) < (after.remainingMB ?? 0)) break; // a top-up came after r
    window.unshift(r);
  }

  const recent = window.find((r) => r.at >= last.at - FORECAST_WINDOW_MS);
  let start = recent && last.at - recent.at >= FORECAST_MIN_SPAN_MS ? recent : undefined;
  if (!start) start = window.filter((r) => r.at <= last.at - FORECAST_MIN_SPAN_MS).pop();
  if (!start || start.remainingMB === null) return null;

  const used = start.remainingMB - last.remainingMB;
  const span = last.at - start.at;
  if (used <= 0 || span <= 0) return null;
  const ratePerMs = used / span;
  return {
    runOutAt: Math.round(last.at + last.remainingMB / ratePerMs),
    ratePerDayMB: ratePerMs * DAY_MS,
    remainingMB: last.remainingMB,
    fromAt: start.at,
    toAt: last.at,
  };
}

/**
 * A forecast reminder when the data runs out at least a day before the expiry, a day before the
 * run-out. Lines without a stated expiry get none (often monthly plans that reset: a run-out
 * warning there would mostly be wrong). One per plan period: the key does not follow the moving
 * forecast, so it fires once even though every reading changes the run-out time.
 */
export function forecastCandidate(input: DataInput): Candidate<'forecast'>[] {
  const r = currentReading(input);
  if (!r || r.expiresAt === null) return [];
  const f = forecastRunOut(input.readings, input.now);
  if (!f || f.runOutAt <= input.now || f.runOutAt > r.expiresAt - DAY_MS) return [];
  return [
    {
      key: makeReminderKey(input.lineId, 'forecast', periodKey(r)),
      lineId: input.lineId,
      kind: 'forecast',
      natural: f.runOutAt - DAY_MS,
      deadline: f.runOutAt,
      prefer: 'nearest',
      detail: {
        runOutAt: f.runOutAt,
        remainingMB: f.remainingMB,
        ratePerDayMB: f.ratePerDayMB,
        expiresAt: r.expiresAt,
        totalMB: r.totalMB,
      },
    },
  ];
}

export interface LapseInput {
  lineId: string;
  /** The line's readings, oldest first. */
  readings: readonly ReadingRecord[];
  renewals: readonly RenewalRecord[];
  lineKind: LineKind;
  /** The line deadline's instant, if any: a bucket lapsing with the SIM is said by that reminder. */
  lineDeadlineAt: number | null;
  now: number;
  tz: string;
}

/** Bucket names become part of a reminder key, whose parts are split on `|`. */
const keyPart = (name: string | null) => (name ?? '-').replace(/\|/g, '/').slice(0, 80);

/**
 * The buckets of the newest reading that lapse with data in them. A reading without buckets on a
 * keep-number or travel-eSIM line is one bucket (its expiry ends that data, never the number);
 * on a prepaid line that expiry is the SIM's own (the number-at-risk reminders speak), and monthly
 * allowances reset every month, so neither gets one. A renewal since a bucketless reading may have
 * extended it: the next reading tells.
 */
function lapsingBuckets(input: LapseInput): Bucket[] {
  const last = latest(input.readings);
  if (!last || input.lineKind === 'monthly') return [];
  if (last.buckets.length > 0) return last.buckets;
  if (input.lineKind === 'prepaid' || last.expiresAt === null) return [];
  if (renewedAfter(input.renewals, last.at, input.now)) return [];
  return [{ name: last.plan, remainingMB: last.remainingMB, totalMB: last.totalMB, expiresAt: last.expiresAt, bonus: false }];
}

/**
 * Data lapses: one reminder per bucket of the newest reading that still has data and an expiry,
 * the day before it lapses (at the expiry's wall-clock time, moved into waking hours), or now when
 * that moment has passed. Keyed by the bucket's expiry and name, so each bucket warns once.
 */
export function dataLapseCandidates(input: LapseInput): Candidate<'dataLapse'>[] {
  return lapsingBuckets(input).flatMap((b): Candidate<'dataLapse'>[] => {
    const { expiresAt, remainingMB } = b;
    if (expiresAt === null || remainingMB === null || !(remainingMB > 0) || expiresAt <= input.now) return [];
    if (input.lineDeadlineAt !== null && expiresAt >= input.lineDeadlineAt) return [];
    return [
      {
        key: makeReminderKey(input.lineId, 'dataLapse', `${expiresAt}@${keyPart(b.name)}`),
        lineId: input.lineId,
        kind: 'dataLapse',
        natural: addLocalDays(expiresAt, input.tz, -1),
        deadline: expiresAt,
        prefer: 'nearest',
        detail: {
          name: b.name,
          remainingMB,
          totalMB: b.totalMB,
          expiresAt,
          bonus: b.bonus,
        },
      },
    ];
  });
}
