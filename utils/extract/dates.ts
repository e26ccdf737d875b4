import type { DateOrder } from '../providers/types';
import { DAY_MS, type WallClock, type Zone, dateIn, daysInMonth, isValidDate, toInstant } from '../time';

/**
 * Dates and times as provider pages write them, in Japanese, Chinese and English. Every parser
 * returns null rather than guess: an ambiguous day-month order with no hint gives nothing.
 */

export interface DateContext {
  now: number;
  /** The provider's zone (or the page's, when it states one). */
  zone: Zone;
  /** False when nothing settles the zone of the page's dates: a date without its own zone is unread. */
  zoneKnown?: boolean;
  /** Order of numeric dates like 04/05/2027; null = unknown (ambiguous ones are dropped). */
  dateOrder: DateOrder | null;
}

export interface ParsedDate {
  /** The instant: a stated time is kept; a date alone means 23:59:59 that day. */
  at: number;
  /** The zone the page stated, if any; it wins over the provider's. */
  zone: Zone | null;
  /** "あと3日" and similar: counted from now. */
  relative: boolean;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH_RE = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const ERA: Record<string, number> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988 };

/** A zone stated in the text: JST / 日本時間 / GMT+9 / UTC / HKT… */
export function statedZone(text: string): Zone | null {
  // Of several, the first that is not a comparison: "均为北京时间（UTC+8），与日本时间相差1小时".
  const named: Array<[RegExp, Zone]> = [
    [/JST|日本時間|日本时间|東京時間|东京时间/i, 'Asia/Tokyo'],
    [/HKT|香港時間|香港时间/, 'Asia/Hong_Kong'],
    [/北京时间|北京時間|CST\s*\(?China/i, 'Asia/Shanghai'],
  ];
  let best: { at: number; zone: Zone } | null = null;
  for (const [re, zone] of named) {
    const x = re.exec(text);
    if (!x || /(?:与|與|和|比|跟|than|from)\s*$/i.test(text.slice(Math.max(0, x.index - 6), x.index))) continue;
    if (best === null || x.index < best.at) best = { at: x.index, zone };
  }
  if (best) return best.zone;
  const off = /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(text);
  if (off) {
    const minutes = Number(off[2]) * 60 + Number(off[3] ?? 0);
    return minutes <= 14 * 60 ? (off[1] === '-' ? -minutes : minutes) : null;
  }
  if (/\b(UTC|GMT)\b|\(Z\)/.test(text)) return 0;
  return null;
}

/** UTC offsets (minutes) of the named zones `statedZone` returns, to tell whether two agree. */
const NAMED_OFFSETS: Record<string, number> = { 'Asia/Tokyo': 540, 'Asia/Hong_Kong': 480, 'Asia/Shanghai': 480 };

/** A range of hours in a day with its zone ("香港時間 10:00–19:00", "9:00〜18:00 JST"). */
const OPENING_HOURS =
  /\S{0,6}(?:時間|时间|JST|HKT|CST|[GU]TC?\s*[+-]\s*\d{1,2})\s*[:：]?\s*\d{1,2}:\d{2}\s*[-–—~〜～至到]\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[-–—~〜～至到]\s*\d{1,2}:\d{2}\s*[(（]?\s*(?:JST|HKT|CST|[GU]TC?\s*[+-]\s*\d{1,2}|\S{0,4}(?:時間|时间))/;

/** The one zone the page's text states ("所有时间均为东京时间（UTC+9）"), or null when none or several. */
export function zoneStatedOnPage(segs: readonly { text: string }[]): Zone | null {
  let found: Zone | null = null;
  for (const s of segs.slice(0, 3000)) {
    const z = statedZone(s.text);
    if (z === null) continue;
    // "客戶服務熱線（香港時間 10:00–19:00）": a desk's opening hours, not the zone of the page's dates.
    // ("本页所有时间均为北京时间（UTC+8） · 客服在线 9:00–21:00" still states it.)
    if (OPENING_HOURS.test(s.text) && statedZone(s.text.replace(OPENING_HOURS, ' ')) === null) continue;
    const key = (x: Zone) => (typeof x === 'number' ? x : (NAMED_OFFSETS[x] ?? x));
    if (found !== null && key(found) !== key(z)) return null;
    found ??= z;
  }
  return found;
}

interface DayMatch {
  y: number;
  m: number;
  d: number;
  /** Where the date text ends, to look for a time right after it. */
  end: number;
  start: number;
  monthEnd?: boolean;
}

const JA_DATE = /(令和|平成|[RH](?=\d{1,2}\.))?\s*(\d{1,4})\s*(?:年|\.)\s*(\d{1,2})\s*(?:月|\.)\s*(?:(\d{1,2})\s*日?|(末))/gu;
const NUM_YMD = /(?<![\d.])(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d])/g;
const NUM_XXY = /(?<![\d.])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g;
const MD_JA = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const EN_MDY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'gi');
const EN_DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})`, 'gi');

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Every calendar date in the text, in order of appearance (year-less ones take a year later). */
function findDays(text: string, ctx: DateContext): DayMatch[] {
  const found: DayMatch[] = [];
  const add = (y: number, m: number, d: number, start: number, end: number, monthEnd = false) => {
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ y, m, d, start, end, monthEnd });
  };
  for (const x of text.matchAll(JA_DATE)) {
    const era = x[1] ? ERA[x[1].toLowerCase()] : undefined;
    const rawYear = Number(x[2]);
    if (!era && (x[2] ?? '').length !== 4) continue;
    if (era !== undefined && rawYear > 99) continue;
    const y = era !== undefined ? era + rawYear : rawYear;
    const m = Number(x[3]);
    const monthEnd = Boolean(x[5]);
    const d = monthEnd ? daysInMonth(y, m) : Number(x[4]);
    if (m >= 1 && m <= 12) add(y, m, d, x.index, x.index + x[0].length, monthEnd);
  }
  for (const x of text.matchAll(NUM_YMD)) add(Number(x[1]), Number(x[2]), Number(x[3]), x.index, x.index + x[0].length);
  for (const x of text.matchAll(EN_MDY)) add(Number(x[3]), monthIndex(x[1] ?? ''), Number(x[2]), x.index, x.index + x[0].length);
  for (const x of text.matchAll(EN_DMY)) add(Number(x[3]), monthIndex(x[2] ?? ''), Number(x[1]), x.index, x.index + x[0].length);
  for (const x of text.matchAll(NUM_XXY)) {
    const a = Number(x[1]);
    const b = Number(x[2]);
    let order = ctx.dateOrder;
    if (a > 12 && b <= 12) order = 'dmy';
    else if (b > 12 && a <= 12) order = 'mdy';
    if (order !== 'dmy' && order !== 'mdy') continue; // ambiguous: drop rather than guess
    const [d, m] = order === 'dmy' ? [a, b] : [b, a];
    add(Number(x[3]), m, d, x.index, x.index + x[0].length);
  }
  // Dates without a year take the year of the date before them, else the next occurrence.
  found.sort((p, q) => p.start - q.start);
  for (const x of text.matchAll(MD_JA)) {
    if (found.some((f) => x.index < f.end && x.index + x[0].length > f.start)) continue;
    const m = Number(x[1]);
    const d = Number(x[2]);
    const before = found.filter((f) => f.end <= x.index).pop();
    let y: number;
    if (before) y = m < before.m ? before.y + 1 : before.y;
    else {
      const today = dateIn(ctx.now, ctx.zone);
      y = today.y;
      // Half a year past means next year's date ("1月5日" read in December).
      if ((today.m - m + 12) % 12 >= 6 && m < today.m) y += 1;
    }
    add(y, m, d, x.index, x.index + x[0].length);
    found.sort((p, q) => p.start - q.start);
  }
  return found.filter((f) => isValidDate(f.y, f.m, f.d)).sort((p, q) => p.start - q.start);
}

const TIME = /^\s*(?:日\s*)?(?:\(.{1,3}\)\s*)?(?:,|at|@|[·・|｜-])?\s*(午前|午後|上午|下午|AM|PM)?\s*(\d{1,2})\s*(?::|時|点|點)\s*(\d{2})?(?:\s*(?::|分)\s*(\d{2}))?(?:\s*秒)?\s*(AM|PM|a\.m\.|p\.m\.)?/i;

type Clock = { h: number; mi: number; s: number };

/** A stated time of day, its half of the day applied; null when out of range. 24:00 is the day's end. */
function clock(hour: number, mi: number, s: number, half: string): Clock | null {
  let h = hour;
  if (half && h > 12) return null;
  if (/午後|下午|pm|p\.m\./i.test(half) && h < 12) h += 12;
  if (/午前|上午|am|a\.m\./i.test(half) && h === 12) h = 0;
  if (h > 24 || mi > 59 || s > 59) return null;
  return h === 24 ? { h: 23, mi: 59, s: 59 } : { h, mi, s };
}

/** "23:59 on December 10, 2026": a time of day stated just before its date. */
function timeBefore(text: string): Clock | null {
  const x = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?\s*(?:on|,)?\s*$/i.exec(text);
  return x ? clock(Number(x[1]), Number(x[2]), Number(x[3] ?? 0), x[4] ?? '') : null;
}

/** A time right after a date: "午後11:59", "23:59:59", "23時59分", "4:30 PM". */
function timeAfter(text: string): Clock | null {
  const x = TIME.exec(text);
  if (!x) return null;
  if (x[3] === undefined && !/時|点|點/.test(x[0])) return null;
  return clock(Number(x[2]), Number(x[3] ?? 0), Number(x[4] ?? 0), x[1] ?? x[5] ?? '');
}

const RELATIVE = [
  /(?:残り|あと|剩余|剩餘|还剩|還剩|尚余|尚餘)\s*(\d{1,4})\s*(?:日|天)/,
  /(\d{1,4})\s*days?\s+(?:left|remaining)/i,
  /\b(?:in|within)\s+(\d{1,4})\s*days?\b/i,
  /(\d{1,4})\s*(?:日後|日後に|天后|天後)/,
  /(?:剩余天数|剩餘天數|有效天數|有效天数|残り日数|残日数)\s*:?\s*(\d{1,4})/,
];

/** "残り 5時間30分", "剩余时间 2小时15分", "13 hours 25 minutes left": a countdown to the minute. */
/** A countdown in days and hours: "Expires in 1 day 4 hours", "剩余 3天5小时", "あと2日3時間". */
const DAYS_HOURS =
  /(?:残り|あと|剩余|剩餘|还剩|還剩|尚余|尚餘|left|remaining|ends in|expires in|expiring in|^in|\bwithin)\D{0,6}?(\d{1,3})\s*(?:日|天|days?|d\b),?\s*(\d{1,2})\s*(?:時間|小时|小時|hours?|hrs?|h\b)(?:\s*(\d{1,2})\s*(?:分|minutes?|mins?|m\b))?/i;

const COUNTDOWN = [
  /(?:残り|あと|剩余|剩餘|还剩|還剩|尚余|尚餘|left|remaining|ends in|expires in|expiring in)\D{0,6}?(\d{1,3})\s*(?:時間|小时|小時|hours?|hrs?|h\b)\s*(?:(\d{1,2})\s*(?:分|minutes?|mins?|m\b))?/i,
  /(\d{1,3})\s*(?:hours?|hrs?|h)\s*(?:(\d{1,2})\s*(?:minutes?|mins?|m)\s*)?(?:left|remaining)/i,
];

/**
 * "あと3日", "残り 3 日間", "剩余3天", "3 days left": end of the day now + N. A countdown in hours
 * and minutes ("残り 5時間30分") is the instant now + that, to the minute.
 */
export function parseRelative(text: string, ctx: DateContext): ParsedDate | null {
  // ("Expires in 1 day 4 hours", "剩余 3天5小时": days and hours, to the minute.)
  const dh = DAYS_HOURS.exec(text);
  if (dh) return { at: Math.floor((ctx.now + ((Number(dh[1]) * 24 + Number(dh[2])) * 60 + Number(dh[3] ?? 0)) * 60_000) / 60_000) * 60_000, zone: null, relative: true };
  for (const re of COUNTDOWN) {
    const x = re.exec(text);
    if (x) return { at: Math.floor((ctx.now + (Number(x[1]) * 60 + Number(x[2] ?? 0)) * 60_000) / 60_000) * 60_000, zone: null, relative: true };
  }
  for (const re of ctx.zoneKnown === false ? [] : RELATIVE) {
    const x = re.exec(text);
    if (!x) continue;
    const n = Number(x[1]);
    const today = dateIn(ctx.now, ctx.zone);
    const base = Date.UTC(today.y, today.m - 1, today.d) + n * DAY_MS;
    const t = new Date(base);
    const w: WallClock = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: 23, mi: 59, s: 59 };
    return { at: toInstant(w, ctx.zone), zone: null, relative: true };
  }
  return null;
}

/**
 * The date a value text names. Of several dates (a period "2026/11/01〜2026/12/31"), the last
 * one is the end. A date alone is the end of that day; a stated time is kept.
 */
export function parseDate(text: string, ctx: DateContext): ParsedDate | null {
  const days = findDays(text, ctx);
  const last = days[days.length - 1];
  if (!last) return parseRelative(text, ctx);
  const time = last.monthEnd ? null : (timeAfter(text.slice(last.end)) ?? timeBefore(text.slice(0, last.start)));
  const stated = statedZone(text);
  if (stated === null && ctx.zoneKnown === false) return null;
  const zone = stated ?? ctx.zone;
  const w: WallClock = { y: last.y, m: last.m, d: last.d, h: time?.h ?? 23, mi: time?.mi ?? 59, s: time?.s ?? 59 };
  return { at: toInstant(w, zone), zone: stated, relative: false };
}

/** "Renews on D" (a monthly reset): the plan's current period ends at the end of the day before. */
export function dayBefore(parsed: ParsedDate, zone: Zone): number {
  const day = dateIn(parsed.at, zone);
  const prev = new Date(Date.UTC(day.y, day.m - 1, day.d) - DAY_MS);
  return toInstant({ y: prev.getUTCFullYear(), m: prev.getUTCMonth() + 1, d: prev.getUTCDate(), h: 23, mi: 59, s: 59 }, zone);
}
