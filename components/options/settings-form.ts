import type { LineSettings } from '../../utils/records';
import type { MessageKey } from '../../utils/i18n/keys';
import { DEFAULT_SETTINGS, type Settings, type UiLanguage } from '../../utils/settings';
import { SETTINGS_LIMITS } from '../../utils/settings-rules';
import { MB_PER_GB } from '../../utils/format';

/**
 * The settings form as typed, and its checks. Pure, so every rule is tested without a DOM. The
 * limits are SETTINGS_LIMITS, the same the backup importer enforces.
 */

export const DATA_UNITS = ['MB', 'GB'] as const;
export type DataUnit = (typeof DATA_UNITS)[number];

export interface SettingsDraft {
  /** Kept as numbers: each was checked when added. */
  leadDays: number[];
  lowDataPercent: string;
  lowDataAmount: string;
  lowDataUnit: DataUnit;
  staleDays: string;
  /** "HH:MM", as <input type="time"> gives it. */
  quietStart: string;
  quietEnd: string;
  language: UiLanguage;
}

export type DraftField = Exclude<keyof SettingsDraft, 'leadDays' | 'language' | 'lowDataUnit'>;
/** Field → message key of what is wrong with it. */
export type DraftErrors = Partial<Record<DraftField, MessageKey>>;

const pad = (n: number) => String(n).padStart(2, '0');

/** 1320 → "22:00". */
export function minutesToTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "22:00" (or "22:00:00") → 1320; undefined when not a time of day. */
export function timeToMinutes(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h <= 23 && min <= 59 ? h * 60 + min : undefined;
}

/** A number as people type it (full-width digits, spaces, a comma as decimal mark); undefined when not one. */
export function parseDecimal(text: string): number | undefined {
  const s = text.normalize('NFKC').trim().replace(/\s/g, '').replace(/^(\d+),(\d+)$/, '$1.$2');
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function parseWhole(text: string): number | undefined {
  const n = parseDecimal(text);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

const inRange = (n: number | undefined, r: { min: number; max: number }): n is number =>
  n !== undefined && n >= r.min && n <= r.max;

/** Shows a threshold in GB when it is a whole number of tenths of a GB, else in MB. */
export function amountOf(mb: number): { amount: string; unit: DataUnit } {
  const gb = mb / MB_PER_GB;
  if (mb >= MB_PER_GB && Math.abs(gb * 10 - Math.round(gb * 10)) < 1e-9) return { amount: String(Math.round(gb * 10) / 10), unit: 'GB' };
  return { amount: String(Math.round(mb * 10) / 10), unit: 'MB' };
}

export function draftFromSettings(s: Settings): SettingsDraft {
  const { amount, unit } = amountOf(s.lowDataMB);
  return {
    leadDays: sortLeadDays(s.leadDays),
    lowDataPercent: String(s.lowDataPercent),
    lowDataAmount: amount,
    lowDataUnit: unit,
    staleDays: String(s.staleDays),
    quietStart: minutesToTime(s.quietStart),
    quietEnd: minutesToTime(s.quietEnd),
    language: s.language,
  };
}

/** Furthest ahead first, as the list shows them. */
export function sortLeadDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}

/** A lead day to add to `current`, or the message key of why not. */
export function checkLeadDay(text: string, current: readonly number[]): { day: number } | { error: MessageKey } {
  if (current.length >= SETTINGS_LIMITS.leadDaysCount) return { error: 'options_error_lead_max' };
  const day = parseWhole(text);
  if (!inRange(day, SETTINGS_LIMITS.leadDay)) return { error: 'options_error_lead_range' };
  if (current.includes(day)) return { error: 'options_error_lead_duplicate' };
  return { day };
}

/** The settings the draft stands for, or what is wrong with each field. */
export function parseDraft(draft: SettingsDraft): { settings: Settings } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const percent = parseDecimal(draft.lowDataPercent);
  if (!inRange(percent, SETTINGS_LIMITS.lowDataPercent)) errors.lowDataPercent = 'options_error_percent';
  const amount = parseDecimal(draft.lowDataAmount);
  const mb = amount === undefined ? undefined : Math.round(amount * (draft.lowDataUnit === 'GB' ? MB_PER_GB : 1) * 10) / 10;
  if (!inRange(mb, SETTINGS_LIMITS.lowDataMB)) errors.lowDataAmount = 'options_error_amount';
  const stale = parseWhole(draft.staleDays);
  if (!inRange(stale, SETTINGS_LIMITS.staleDays)) errors.staleDays = 'options_error_stale';
  const quietStart = timeToMinutes(draft.quietStart);
  if (quietStart === undefined) errors.quietStart = 'options_error_time';
  const quietEnd = timeToMinutes(draft.quietEnd);
  if (quietEnd === undefined) errors.quietEnd = 'options_error_time';
  if (
    Object.keys(errors).length > 0 ||
    percent === undefined ||
    mb === undefined ||
    stale === undefined ||
    quietStart === undefined ||
    quietEnd === undefined
  ) {
    return { errors };
  }
  return {
    settings: {
      ...DEFAULT_SETTINGS,
      leadDays: sortLeadDays(draft.leadDays),
      lowDataPercent: percent,
      lowDataMB: mb,
      staleDays: stale,
      quietStart,
      quietEnd,
      language: draft.language,
    },
  };
}

/** One line's own low-data threshold and auto-renew switch, as typed in the options page. */
export interface LineAlertsDraft {
  /** Empty: the global setting applies. */
  lowDataPercent: string;
  lowDataAmount: string;
  lowDataUnit: DataUnit;
  autoRenew: boolean;
}

export type LineAlertsErrors = Partial<Record<'lowDataPercent' | 'lowDataAmount', MessageKey>>;

export function lineAlertsDraft(s: LineSettings): LineAlertsDraft {
  const amount = s.lowDataMB === undefined ? { amount: '', unit: 'GB' as DataUnit } : amountOf(s.lowDataMB);
  return {
    lowDataPercent: s.lowDataPercent === undefined ? '' : String(s.lowDataPercent),
    lowDataAmount: amount.amount,
    lowDataUnit: amount.unit,
    autoRenew: s.autoRenew === true,
  };
}

/** The line's settings with the draft applied (empty fields drop the override), or the errors. */
export function parseLineAlerts(
  draft: LineAlertsDraft,
  current: LineSettings,
): { settings: LineSettings } | { errors: LineAlertsErrors } {
  const errors: LineAlertsErrors = {};
  const percentText = draft.lowDataPercent.trim();
  const amountText = draft.lowDataAmount.trim();
  const percent = percentText === '' ? undefined : parseDecimal(percentText);
  if (percentText !== '' && !inRange(percent, SETTINGS_LIMITS.lowDataPercent)) errors.lowDataPercent = 'options_error_percent';
  const amount = amountText === '' ? undefined : parseDecimal(amountText);
  const mb = amount === undefined ? undefined : Math.round(amount * (draft.lowDataUnit === 'GB' ? MB_PER_GB : 1) * 10) / 10;
  if (amountText !== '' && !inRange(mb, SETTINGS_LIMITS.lowDataMB)) errors.lowDataAmount = 'options_error_amount';
  if (Object.keys(errors).length > 0) return { errors };
  const rest: LineSettings = { ...current };
  delete rest.lowDataPercent;
  delete rest.lowDataMB;
  delete rest.autoRenew;
  return {
    settings: {
      ...rest,
      ...(percent !== undefined ? { lowDataPercent: percent } : {}),
      ...(mb !== undefined ? { lowDataMB: mb } : {}),
      ...(draft.autoRenew ? { autoRenew: true } : {}),
    },
  };
}
