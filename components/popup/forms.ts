import { TZDate } from '@date-fns/tz';
import type { LineRecord, ReadingRecord } from '../../utils/records';
import type { RenewalMethodKind } from '../../utils/providers/types';
import type { MessageKey } from '../../utils/i18n/keys';
import type { NewReading } from '../../utils/store/lines';
import { MB_PER_GB } from '../../utils/format';

/**
 * Parsing what the user typed in the popup's forms. Pure, so the rules are tested without a
 * DOM: dates are wall-clock times in the provider's zone (JST for Japanese providers, as their
 * pages state them), a date without a time means the end of that day there.
 */

/** Currencies offered for an amount; the provider's own comes first when it is not listed. */
export const CURRENCIES: readonly string[] = ['JPY', 'CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP'];

export function currencyForCountry(country: string | undefined): string {
  if (country === 'GB') return 'GBP';
  if (country === 'HK') return 'HKD';
  if (country === 'JP') return 'JPY';
  return 'USD';
}

export interface RenewInput {
  method: RenewalMethodKind;
  orderNumber: string | null;
  amount: number | null;
  currency: string | null;
}

/** A number as people type it: full-width digits, a comma as decimal mark, spaces. */
function parseNumber(text: string): number | null | undefined {
  const s = text.normalize('NFKC').trim().replace(/\s/g, '');
  if (s === '') return null;
  const n = Number(/^\d+,\d{1,2}$/.test(s) ? s.replace(',', '.') : s.replace(/,/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** An amount: null when empty, undefined when not a non-negative number. */
export const parseAmount = parseNumber;

/** The instant a wall-clock date (and time) in `timeZone` denotes; a date alone is its last moment. */
export function wallToInstant(date: string, time: string, timeZone: string): number | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!d) return undefined;
  const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (m < 1 || m > 12 || day < 1 || day > 31) return undefined;
  if (time === '') return new TZDate(y, m - 1, day, 23, 59, 59, 999, timeZone).getTime();
  const tm = /^(\d{2}):(\d{2})$/.exec(time);
  if (!tm || Number(tm[1]) > 23 || Number(tm[2]) > 59) return undefined;
  return new TZDate(y, m - 1, day, Number(tm[1]), Number(tm[2]), 0, 0, timeZone).getTime();
}

/** "2026-12-31" and "23:59" of an instant in `timeZone`, for date and time inputs. */
export function instantToWall(at: number, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** The line form's fields as typed. */
export interface LineFormRaw {
  provider: string;
  label: string;
  date: string;
  time: string;
  remainingGB: string;
  totalGB: string;
  unlimited: boolean;
  keepAliveStart: string;
}

export interface LineFormValues {
  provider: string;
  label: string | null;
  expiresAt: number | null;
  remainingMB: number | null;
  totalMB: number | null;
  unlimited: boolean;
  keepAliveStart: number | null;
}

/** Field → message key of what is wrong with it. */
export type LineFormErrors = Partial<Record<keyof LineFormRaw, MessageKey>>;

export const EMPTY_LINE_FORM: LineFormRaw = {
  provider: '',
  label: '',
  date: '',
  time: '',
  remainingGB: '',
  totalGB: '',
  unlimited: false,
  keepAliveStart: '',
};

const gbText = (mb: number | null | undefined) =>
  mb === null || mb === undefined ? '' : String(Math.round((mb / MB_PER_GB) * 100) / 100);

/** The form prefilled from a stored line and its newest reading. */
export function rawFromLine(line: LineRecord, latest: ReadingRecord | undefined, zone: string): LineFormRaw {
  const expiry = latest?.expiresAt != null ? instantToWall(latest.expiresAt, zone) : null;
  const start = line.settings.keepAliveStart;
  return {
    provider: line.provider,
    label: line.label ?? '',
    date: expiry?.date ?? '',
    // A date-only expiry is stored as 23:59:59.999: show it as a date alone.
    time: latest?.expiresAt != null && new Date(latest.expiresAt).getUTCMilliseconds() === 999 ? '' : (expiry?.time ?? ''),
    remainingGB: gbText(latest?.remainingMB),
    totalGB: gbText(latest?.totalMB),
    unlimited: latest?.unlimited ?? false,
    keepAliveStart: start !== undefined ? instantToWall(start, zone).date : '',
  };
}

export function parseLineForm(
  raw: LineFormRaw,
  zone: string,
): { values: LineFormValues; errors?: undefined } | { values?: undefined; errors: LineFormErrors } {
  const errors: LineFormErrors = {};
  if (!raw.provider) errors.provider = 'popup_error_provider';
  let expiresAt: number | null = null;
  if (raw.date || raw.time) {
    const at = raw.date ? wallToInstant(raw.date, raw.time, zone) : undefined;
    if (at === undefined) errors.date = 'popup_error_date';
    else expiresAt = at;
  }
  const remainingGB = parseNumber(raw.remainingGB);
  const totalGB = parseNumber(raw.totalGB);
  if (remainingGB === undefined) errors.remainingGB = 'popup_error_number';
  if (totalGB === undefined || totalGB === 0) errors.totalGB = 'popup_error_number';
  else if (totalGB !== null && remainingGB != null && remainingGB > totalGB) errors.totalGB = 'popup_error_total';
  let keepAliveStart: number | null = null;
  if (raw.keepAliveStart) {
    const at = wallToInstant(raw.keepAliveStart, '00:00', zone);
    if (at === undefined) errors.keepAliveStart = 'popup_error_date';
    else keepAliveStart = at;
  }
  if (Object.keys(errors).length > 0) return { errors };
  const mb = (gb: number | null | undefined) => (gb == null ? null : Math.round(gb * MB_PER_GB * 10) / 10);
  return {
    values: {
      provider: raw.provider,
      label: raw.label.trim() || null,
      expiresAt,
      remainingMB: mb(remainingGB),
      totalMB: mb(totalGB),
      unlimited: raw.unlimited,
      keepAliveStart,
    },
  };
}

const READING_FIELDS = ['date', 'time', 'remainingGB', 'totalGB', 'unlimited'] as const;

/**
 * The manual reading to store after the form, or null when the reading fields were not touched
 * (renaming a line must not look like a fresh reading). Fields left as prefilled keep the stored
 * value exactly instead of its rounded display.
 */
export function manualReading(
  values: LineFormValues,
  raw: LineFormRaw,
  initial: LineFormRaw | null,
  latest: ReadingRecord | undefined,
  now: number,
): NewReading | null {
  const same = (k: (typeof READING_FIELDS)[number]) => initial !== null && raw[k] === initial[k];
  if (initial === null) {
    if (values.expiresAt === null && values.remainingMB === null && values.totalMB === null && !values.unlimited) return null;
  } else if (READING_FIELDS.every(same)) return null;
  const keep = latest !== undefined;
  return {
    at: now,
    expiresAt: keep && same('date') && same('time') ? latest.expiresAt : values.expiresAt,
    remainingMB: keep && same('remainingGB') ? latest.remainingMB : values.remainingMB,
    totalMB: keep && same('totalGB') ? latest.totalMB : values.totalMB,
    usedMB: null,
    unlimited: values.unlimited,
    plan: latest?.plan ?? null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: '',
    source: 'manual',
  };
}
