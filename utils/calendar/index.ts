/** Calendar export: the lines' number deadlines and data lapses, with the planner's alarms, as an iCalendar file. */
export { type IcsAlarm, type IcsCalendar, type IcsEvent, PRODID, beforeDuration, buildIcs, escapeText, foldLine, utcStamp } from './ics';
export { CALENDAR_KINDS, type CalendarInput, type CalendarKind, calendarEvents, eventUid } from './events';
export { lineTitle } from './text';

/** "kigen-2026-12-30.ics" for a date string "2026-12-30". */
export function calendarFileName(isoDate: string): string {
  return `kigen-${isoDate}.ics`;
}
