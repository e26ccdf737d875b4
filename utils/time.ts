/**
 * Time: the length of a minute, an hour, a day; wall-clock times in a zone → instants and ISO
 * strings with the zone's offset; calendar arithmetic in a zone. A zone is an IANA name
 * ("Asia/Tokyo") or a fixed offset in minutes (a page that says "GMT+9"). Intl only, no library:
 * the content scripts use it too and have size budgets.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** A mean calendar year, for "more than ten years ahead" checks. */
export const YEAR_MS = 365.25 * DAY_MS;
export type Zone = string | number;

export interface WallClock {
  y: number;
  m: number; // 1–12
  d: number;
  h: number;
  mi: number;
  s: number;
}

const formats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * Zones whose UTC offset has not changed since 1992 (no summer time, no move): their offset needs
 * no Intl. Building a zone's Intl.DateTimeFormat is a content script's dearest single step on a
 * provider page (the renderer loads the zone data for it), and these are the zones providers state.
 */
const FIXED_ZONES: Readonly<Record<string, number>> = {
  'Asia/Tokyo': 540,
  'Asia/Seoul': 540,
  'Asia/Shanghai': 480,
  'Asia/Hong_Kong': 480,
  'Asia/Taipei': 480,
  'Asia/Singapore': 480,
  UTC: 0,
  'Etc/UTC': 0,
};
/** 1992-01-01T00:00Z: from here on, each of FIXED_ZONES keeps its one offset. */
export const FIXED_ZONES_SINCE = Date.UTC(1992, 0, 1);

function formatFor(zone: string): Intl.DateTimeFormat | null {
  if (!formats.has(zone)) {
    try {
      formats.set(
        zone,
        new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
      );
    } catch {
      formats.set(zone, null); // An unknown zone: treated as UTC.
    }
  }
  return formats.get(zone) ?? null;
}

/**
 * The zone's UTC offset in minutes at an instant, from the platform's own zone data (Intl).
 * Written here rather than imported: the account content script has a 12 KB budget.
 */
export function offsetAt(zone: Zone, at: number): number {
  if (typeof zone === 'number') return zone;
  const fixed = FIXED_ZONES[zone];
  if (fixed !== undefined && at >= FIXED_ZONES_SINCE) return fixed;
  const format = formatFor(zone);
  if (!format) return 0;
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(at))) parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time names in `zone` (two passes settle DST edges). */
export function toInstant(w: WallClock, zone: Zone): number {
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s);
  let at = asUtc - offsetAt(zone, asUtc) * 60_000;
  at = asUtc - offsetAt(zone, at) * 60_000;
  return at;
}

const pad = (n: number, len = 2) => String(Math.trunc(Math.abs(n))).padStart(len, '0');

/** "2026-12-31T23:59:59+09:00": the instant written in the zone's own offset. */
export function toIso(at: number, zone: Zone): string {
  const off = offsetAt(zone, at);
  const local = new Date(at + off * 60_000);
  const sign = off < 0 ? '-' : '+';
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(off / 60)}:${pad(off % 60)}`
  );
}

/** The wall-clock time of an instant in a zone. */
export function wallClock(at: number, zone: Zone): WallClock {
  const local = new Date(at + offsetAt(zone, at) * 60_000);
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    h: local.getUTCHours(),
    mi: local.getUTCMinutes(),
    s: local.getUTCSeconds(),
  };
}

/** The calendar date of an instant in a zone. */
export function dateIn(at: number, zone: Zone): { y: number; m: number; d: number } {
  const local = new Date(at + offsetAt(zone, at) * 60_000);
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() };
}

/** Days in a month (m 1–12). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A valid calendar date? (rejects 2026-02-30, month 13…) */
export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The user's own zone, where the runtime tells it. */
export function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

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
