import { toInstant, wallClock } from '../extract/zone';

/**
 * Calendar arithmetic in a provider's time zone, on the extractor's Intl-only zone code (the
 * checkout content script has a size budget, so no time-zone library).
 */

/** `at` moved by whole calendar days, keeping its wall-clock time in `timeZone`. */
export function addZonedDays(at: number, days: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  return toInstant({ ...w, d: w.d + days }, timeZone) + (((at % 1000) + 1000) % 1000);
}

/** 23:59:59.999 in `timeZone` of the calendar day `days` after `at`'s day. */
export function endOfZonedDay(at: number, days: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  return toInstant({ ...w, d: w.d + days, h: 23, mi: 59, s: 59 }, timeZone) + 999;
}
