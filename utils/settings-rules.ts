import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings, UI_LANGUAGES } from './settings';
import { MAX_MB } from './validate';

/**
 * What a valid Settings value is, in one place: the options form checks typed values against
 * these limits and the backup importer validates a file's settings with `SettingsSchema`.
 * The reminder planner reads the same fields (utils/reminders), where 0 turns a threshold off.
 */
export const SETTINGS_LIMITS = {
  /** Days before expiry: 0 (the day itself) to 60, at most 8 of them. */
  leadDay: { min: 0, max: 60 },
  leadDaysCount: 8,
  /** Share of the total; 0 turns the percent part off. */
  lowDataPercent: { min: 0, max: 100 },
  /** MB; 0 turns the amount part off. The cap is the validators' largest plan. */
  lowDataMB: { min: 0, max: MAX_MB },
  /** Days without a reading before a line counts as stale; 0 turns the check off. */
  staleDays: { min: 0, max: 365 },
  /** Minutes after midnight. */
  minuteOfDay: { min: 0, max: 24 * 60 - 1 },
} as const;

const int = (range: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer(), v.minValue(range.min), v.maxValue(range.max));

/**
 * Settings as stored or as found in a backup. A field missing (settings written by an older
 * version) takes its default; an unknown field or an out-of-range value is refused.
 */
export const SettingsSchema: v.GenericSchema<unknown, Settings> = v.strictObject({
  leadDays: v.optional(
    v.pipe(
      v.array(int(SETTINGS_LIMITS.leadDay)),
      v.maxLength(SETTINGS_LIMITS.leadDaysCount),
      v.check((days) => new Set(days).size === days.length, 'duplicate lead days'),
    ),
    () => [...DEFAULT_SETTINGS.leadDays],
  ),
  lowDataPercent: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(SETTINGS_LIMITS.lowDataPercent.min), v.maxValue(SETTINGS_LIMITS.lowDataPercent.max)),
    DEFAULT_SETTINGS.lowDataPercent,
  ),
  lowDataMB: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(SETTINGS_LIMITS.lowDataMB.min), v.maxValue(SETTINGS_LIMITS.lowDataMB.max)),
    DEFAULT_SETTINGS.lowDataMB,
  ),
  staleDays: v.optional(int(SETTINGS_LIMITS.staleDays), DEFAULT_SETTINGS.staleDays),
  quietStart: v.optional(int(SETTINGS_LIMITS.minuteOfDay), DEFAULT_SETTINGS.quietStart),
  quietEnd: v.optional(int(SETTINGS_LIMITS.minuteOfDay), DEFAULT_SETTINGS.quietEnd),
  language: v.optional(v.picklist(UI_LANGUAGES), DEFAULT_SETTINGS.language),
});
