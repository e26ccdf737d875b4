/**
 * Calendar arithmetic in a provider's time zone with the platform's Intl only. The checkout
 * content script has a size budget, so it does not bundle a time-zone library for the two
 * operations it needs.
 */

interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wall(at: number, timeZone: string): Wall {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
function offset(at: number, timeZone: string): number {
  const w = wall(at, timeZone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - Math.floor(at / 1000) * 1000;
}

/** The instant whose wall clock in `timeZone` reads the given time (day overflow allowed). */
function fromWall(w: Wall, ms: number, timeZone: string): number {
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s, ms);
  // Twice: the first guess may sit on the other side of a DST change.
  const first = asUtc - offset(asUtc, timeZone);
  return asUtc - offset(first, timeZone);
}

/** `at` moved by whole calendar days, keeping its wall-clock time in `timeZone`. */
export function addZonedDays(at: number, days: number, timeZone: string): number {
  const w = wall(at, timeZone);
  return fromWall({ ...w, d: w.d + days }, ((at % 1000) + 1000) % 1000, timeZone);
}

/** 23:59:59.999 in `timeZone` of the calendar day `days` after `at`'s day. */
export function endOfZonedDay(at: number, days: number, timeZone: string): number {
  const w = wall(at, timeZone);
  return fromWall({ ...w, d: w.d + days, h: 23, mi: 59, s: 59 }, 999, timeZone);
}
