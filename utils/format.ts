import type { Price } from './extract/types';
import type { TFunction, Translator } from './i18n/t';
import { DAY_MS, HOUR_MS, MINUTE_MS, dateIn } from './time';

/**
 * The one formatting module: data amounts, money, dates and times, spans, with the platform's
 * Intl (nothing bundled, so content scripts may use it too) in the language the user chose.
 * Every surface (popup, options, overlay, notifications, calendar) writes instants through
 * `formatDateTime` / `formatTwoZones`, so one moment reads the same everywhere.
 */

/** What every presentational component gets to write text: translator, zone and clock. */
export interface Fmt {
  /** Message text by typed key (a typo in a key does not compile). */
  t: TFunction;
  /** BCP 47 tag for Intl. */
  intl: string;
  /** The user's IANA zone (Intl.DateTimeFormat().resolvedOptions().timeZone, injectable in tests). */
  zone: string;
  /** The instant the page renders for (epoch ms). */
  now: number;
}

export function makeFmt(tr: Translator, zone: string, now: number): Fmt {
  return { t: tr.t, intl: tr.intl, zone, now };
}

/**
 * Intl formatters by locale and options: building one costs far more than using it (a popup
 * with 20 cards formats a few hundred values), so each is built once per page.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

export function numberFormat(intl: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${intl}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intl, options));
}

export function dateTimeFormat(intl: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${intl}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intl, options));
}

function relativeTimeFormat(intl: string, numeric: 'auto' | 'always' = 'auto'): Intl.RelativeTimeFormat {
  return cached(`r|${intl}|${numeric}`, () => new Intl.RelativeTimeFormat(intl, { numeric }));
}

/** Data amounts are MB with 1 GB = 1024 MB, as the providers count. */
export const MB_PER_GB = 1024;

/** "7.3 GB" from 7475.2 MB, "512 MB" below 1 GB. */
export function formatMB(mb: number, intl: string): string {
  if (Math.abs(mb) >= MB_PER_GB) {
    const gb = mb / MB_PER_GB;
    const digits = Math.abs(gb) >= 100 ? 0 : Math.abs(gb) >= 10 ? 1 : 2;
    return `${numberFormat(intl, { maximumFractionDigits: digits }).format(gb)} GB`;
  }
  return `${numberFormat(intl, { maximumFractionDigits: 0 }).format(mb)} MB`;
}

/** An amount in its currency ("¥1,980"); the bare number with the code when Intl does not know it. */
export function formatMoney(amount: number, currency: string | null, intl: string): string {
  if (!currency) return numberFormat(intl).format(amount);
  try {
    return numberFormat(intl, { style: 'currency', currency }).format(amount);
  } catch {
    return `${numberFormat(intl).format(amount)} ${currency}`;
  }
}

/** A price in its currency ("¥25,100"). */
export function formatPrice(price: Price, intl: string): string {
  return formatMoney(price.amount, price.currency, intl);
}

/** The zone's UTC offset at `at` ("GMT+09:00"), to tell whether two zones differ then. */
export function zoneOffset(timeZone: string, at: number): string {
  const part = dateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

const timeOpts = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/**
 * How a language writes a day, with the weekday and month as names so no reader takes 12/04 for
 * 4 December or for 12 April: "Fri 4 Dec 2026", "2026年12月4日(金)", "2026年12月4日 周五" / "週五".
 * The parts (names included) come from Intl in the user's tag; the order is ours, so every browser
 * and Node write the same string.
 */
type DateStyle = 'en' | 'ja' | 'zh';

function dateStyle(intl: string): DateStyle {
  const tag = intl.toLowerCase();
  return tag.startsWith('ja') ? 'ja' : tag.startsWith('zh') ? 'zh' : 'en';
}

/** "Fri 4 Dec 2026" (en), "2026年12月4日(金)" (ja), "2026年12月4日 周五" (zh-CN), "2026年12月4日 週五" (zh-TW), in `timeZone`. */
export function formatDate(at: number, intl: string, timeZone: string): string {
  const style = dateStyle(intl);
  const parts = dateTimeFormat(intl, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: style === 'en' ? 'short' : 'numeric',
    day: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const [weekday, year, month, day] = [part('weekday'), part('year'), part('month'), part('day')];
  if (style === 'en') return `${weekday} ${day} ${month} ${year}`;
  const date = `${year}年${month}月${day}日`;
  return style === 'ja' ? `${date}(${weekday})` : `${date} ${weekday}`;
}

/** "Fri 4 Dec 2026, 22:59", "2026年12月4日(金) 22:59", "2026年12月4日 周五 22:59": a day and a 24-hour time in `timeZone`. */
export function formatDateTime(at: number, intl: string, timeZone: string): string {
  const joint = dateStyle(intl) === 'en' ? ', ' : ' ';
  return `${formatDate(at, intl, timeZone)}${joint}${formatTime(at, intl, timeZone)}`;
}

export function formatTime(at: number, intl: string, timeZone: string): string {
  return dateTimeFormat(intl, { timeZone, ...timeOpts }).format(at);
}

/** Short name of a zone for the locale ("GMT+9", "BST"). */
export function zoneName(timeZone: string, intl: string, at: number): string {
  const part = dateTimeFormat(intl, { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * An instant in the user's zone, and also in the provider's zone when the two clocks differ
 * then. `other` is the time there (with its date when the day differs), `otherZone` its label:
 * "JST" (or the locale's word) for Japan, Intl's short name elsewhere.
 */
export interface TwoZoneTime {
  local: string;
  other: string | null;
  otherZone: string | null;
}

/**
 * `jstLabel` names Japan time in the user's language ("JST", "日本時間"); other zones get Intl's
 * short name.
 */
export function zonedParts(
  at: number,
  intl: string,
  userZone: string,
  providerZone: string | null,
  jstLabel?: string,
): TwoZoneTime {
  const local = formatDateTime(at, intl, userZone);
  if (!providerZone || zoneOffset(providerZone, at) === zoneOffset(userZone, at)) {
    return { local, other: null, otherZone: null };
  }
  const sameDay = formatDate(at, intl, providerZone) === formatDate(at, intl, userZone);
  const other = sameDay ? formatTime(at, intl, providerZone) : formatDateTime(at, intl, providerZone);
  const otherZone = providerZone === 'Asia/Tokyo' && jstLabel ? jstLabel : zoneName(providerZone, intl, at);
  return { local, other, otherZone };
}

export function twoZoneTime(at: number, fmt: Fmt, providerZone: string | null): TwoZoneTime {
  return zonedParts(at, fmt.intl, fmt.zone, providerZone, fmt.t('popup_zone_jst'));
}

/** "2026年12月4日 周五 22:59 (日本时间 23:59)": `zonedParts` as one string, for text-only surfaces. */
export function formatTwoZones(
  at: number,
  intl: string,
  userZone: string,
  providerZone: string | null,
  jstLabel?: string,
): string {
  const p = zonedParts(at, intl, userZone, providerZone, jstLabel);
  return p.other === null ? p.local : `${p.local} (${p.otherZone ?? ''} ${p.other})`;
}

/** "3 days ago", "in 5 hours", "now": minutes below an hour, hours below two days, else days. */
export function relativeTime(at: number, fmt: Fmt): string {
  const rtf = relativeTimeFormat(fmt.intl);
  const diff = at - fmt.now;
  const abs = Math.abs(diff);
  if (abs < MINUTE_MS) return fmt.t('popup_just_now');
  if (abs < HOUR_MS) return rtf.format(Math.trunc(diff / MINUTE_MS), 'minute');
  if (abs < 2 * DAY_MS) return rtf.format(Math.trunc(diff / HOUR_MS), 'hour');
  return rtf.format(Math.trunc(diff / DAY_MS), 'day');
}

/**
 * Builds the formatters a line's card uses (data amounts, day counts, dates and times and offsets
 * in each of `zones`), so that a page can build them while it waits for its data. Writes nothing:
 * each formatter is kept for the page (`cached`, and utils/time.ts's zone formats).
 */
export function prepareFormats(intl: string, zones: readonly string[], at: number): void {
  const jobs = [
    // 0.5 GB, 1.5 GB and 15 GB: the three precisions formatMB uses.
    ...[512, 1536, 15360].map((mb) => () => formatMB(mb, intl)),
    ...[0, 2].map((days) => () => formatDaysLeft(days, { intl })),
    ...zones.map((zone) => () => [formatDateTime(at, intl, zone), zoneOffset(zone, at), dateIn(at, zone)]),
  ];
  for (const job of jobs) {
    try {
      job();
    } catch {
      // A tag or zone Intl refuses: the page meets it (and copes) as it would have anyway.
    }
  }
}

/**
 * The one day count: calendar days from `now` to `at` in the user's zone (0 = today, 1 = tomorrow,
 * negative = past). Whatever the hour, a deadline on tomorrow's date is 1; the popup, the
 * notifications, the overlay and the calendar all count this way, so they never disagree.
 */
export function daysLeft(at: number, now: number, zone: string): number {
  const day = (ms: number) => {
    const d = dateIn(ms, zone);
    return Date.UTC(d.y, d.m - 1, d.d);
  };
  return Math.round((day(at) - day(now)) / DAY_MS);
}

/**
 * A day count as words, for a sentence that says when something happens: "today", "tomorrow",
 * "in 5 days" ("今日", "明日", "5 日後"; "今天", "明天", "5天后"), and "yesterday", "3 days ago" once past.
 * Two days and more are always a number (never "明後日" / "后天"), so every surface shows the count.
 */
export function formatDaysLeft(days: number, fmt: Pick<Fmt, 'intl'>): string {
  const n = Math.trunc(days);
  return relativeTimeFormat(fmt.intl, Math.abs(n) <= 1 ? 'auto' : 'always').format(n, 'day');
}
