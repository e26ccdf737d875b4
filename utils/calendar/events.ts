import type { LineRecord, ReadingRecord, RenewalRecord } from '../records';
import type { Locale, ProviderProfile } from '../providers/types';
import { planReminders } from '../reminders/plan';
import type { PlannedReminder, ReminderKind, ReminderSettings } from '../reminders/types';
import { OTHER_PROVIDER, providerName, urlFromPattern } from '../providers/names';
import type { TFunction } from '../i18n/keys';
import type { IcsAlarm, IcsEvent } from './ics';
import { type CalendarReminder, eventText, lineTitle } from './text';

/**
 * Calendar events for what the user stands to lose, made from the reminder plan itself
 * (utils/reminders `planReminders`), so the phone's calendar and Kigen's notifications never
 * disagree:
 * - the number / SIM at a line deadline (`expiry`: a prepaid SIM's validity, a date the user
 *   entered) and at a keep-alive rule's deadline (`keepAlive`), one event per line each;
 * - data that lapses (`dataLapse`: a bucket with data left reaches its expiry), one event per
 *   bucket, and the run-out forecast (`forecast`), one per line.
 * Each planned reminder of those kinds is one alarm of its event, at the moment the planner fires
 * it (the user's lead times, keep-alive leads, the day before a lapse or a run-out, moved out of
 * quiet hours). Low data, stale readings and renewal checks are about now, not a date: no event.
 * Monthly resets are no deadline and no lapse, so they are no event either (the planner's rule).
 *
 * The calendar goes to another device: nothing counts as shown there yet and desktop snoozes do
 * not apply, so the plan is made with an empty reminder log.
 */

export const CALENDAR_KINDS = ['expiry', 'keepAlive', 'dataLapse', 'forecast'] as const satisfies readonly ReminderKind[];
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export interface CalendarInput {
  lines: readonly LineRecord[];
  readings: readonly ReadingRecord[];
  renewals: readonly RenewalRecord[];
  /** The reminder settings (lead days, quiet hours, low-data thresholds) as the planner takes them. */
  settings: ReminderSettings;
  providers: (id: string) => ProviderProfile | undefined;
  now: number;
  /** The user's IANA zone (the planner's waking hours and day counts). */
  zone: string;
  /** Texts in the user's language. */
  t: TFunction;
  /** BCP 47 tag for Intl dates. */
  intl: string;
  /** The language of the texts (provider brand names per language). */
  locale: Locale;
}

function isCalendarReminder(r: PlannedReminder): r is CalendarReminder {
  return (CALENDAR_KINDS as readonly string[]).includes(r.kind);
}

/** The planner's reminders that go into the calendar, for the input (and these lead days). */
function calendarReminders(input: CalendarInput, leadDays: readonly number[] = input.settings.leadDays): CalendarReminder[] {
  return planReminders({
    lines: input.lines,
    readings: input.readings,
    renewals: input.renewals,
    settings: { ...input.settings, leadDays: [...leadDays] },
    now: input.now,
    timeZone: input.zone,
    fired: [],
    providers: input.providers,
  }).filter(isCalendarReminder);
}

/** cyrb53: a fast 53-bit string hash, so UIDs are stable without putting phone numbers in them. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The same for every export of this line and kind (of this bucket, for a lapse: its expiry and
 * name), so importing a newer file moves the event to a new date instead of adding a copy.
 */
export function eventUid(lineId: string, kind: CalendarKind, bucket?: string): string {
  return `${kind}-${hash53(bucket === undefined ? lineId : `${lineId}|${bucket}`)}@kigen.invalid`;
}

function uidOf(r: CalendarReminder): string {
  return r.kind === 'dataLapse' ? eventUid(r.lineId, r.kind, `${r.detail.expiresAt}@${r.detail.name ?? ''}`) : eventUid(r.lineId, r.kind);
}

/** Whole seconds, as iCalendar writes times. */
const seconds = (at: number) => Math.floor(at / 1000) * 1000;

export function calendarEvents(input: CalendarInput): IcsEvent[] {
  // Each event's reminders; a number deadline with every lead turned off still gets its event
  // (found with a single lead), without alarms.
  const groups = new Map<string, { head: CalendarReminder; alarms: CalendarReminder[] }>();
  for (const r of calendarReminders(input)) {
    const group = groups.get(uidOf(r));
    if (group) group.alarms.push(r);
    else groups.set(uidOf(r), { head: r, alarms: [r] });
  }
  for (const r of calendarReminders(input, [0])) {
    if (r.kind === 'expiry' && !groups.has(uidOf(r))) groups.set(uidOf(r), { head: r, alarms: [] });
  }

  const lines = new Map(input.lines.map((l) => [l.id, l]));
  const events: IcsEvent[] = [];
  for (const [uid, { head, alarms }] of groups) {
    const line = lines.get(head.lineId);
    if (!line || head.deadline === null) continue;
    const profile = line.provider === OTHER_PROVIDER ? undefined : input.providers(line.provider);
    const title = lineTitle(line, providerName(line.provider, profile, input.locale, input.t));
    const text = eventText(head, head.deadline, title, profile, input.zone, input);
    const pattern = profile?.accountPages[0];
    const start = seconds(head.deadline);
    const icsAlarms: IcsAlarm[] = alarms
      .map((a) => ({ before: Math.max(0, start - seconds(a.fireAt)), description: text.summary }))
      .sort((a, b) => b.before - a.before);
    events.push({ uid, start: head.deadline, ...text, url: pattern ? urlFromPattern(pattern) : null, alarms: icsAlarms });
  }
  return events.sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : 1));
}
