/**
 * Pure reminder planning: (lines, readings, renewals, settings, now, zone) → planned reminders,
 * and the alarm changes that make browser.alarms match them. No browser API, no clock.
 */
export { planReminders } from './plan';
export { forecastRunOut, lowDataThresholdMB, type RunOutForecast } from './data-left';
export { keepAliveDeadline } from '../lines/deadline';
export { leadMoment, normaliseLeadDays } from './expiry';
export {
  ALARM_PREFIX,
  ALARM_TOLERANCE_MS,
  FIRE_NOW_DELAY_MS,
  type AlarmChanges,
  type ExistingAlarm,
  alarmName,
  dueReminders,
  keyFromAlarmName,
  parseReminderKey,
  reconcileAlarms,
} from './alarms';
export { type PlaceOptions, type QuietHours, isQuiet, placeInWakingHours } from './waking-hours';
export * from './types';
