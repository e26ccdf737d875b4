import type { LineRecord, ReadingRecord, RenewalRecord } from '../records';
import { keepAliveRuleFor } from '../providers/keep-alive-rule';
import type { Locale, ProviderProfile } from '../providers/types';
import { numberAtRiskCandidates } from '../reminders/expiry';
import { readingsOf, renewalsOf } from '../reminders/history';
import { keepAliveCandidates } from '../reminders/keep-alive';
import { resolveLineDeadline } from '../lines/deadline';
import { lineKindOf } from '../lines/kind';
import type { Candidate } from '../reminders/schedule';
import type { ReminderKind } from '../reminders/types';
import { type QuietHours, normaliseQuiet, placeInWakingHours, safeTimeZone } from '../reminders/waking-hours';
import type { Settings } from '../settings';
import { formatDateTime, zoneName } from '../format';
import { OTHER_PROVIDER, providerName, urlFromPattern } from '../providers/names';
import type { IcsAlarm, IcsEvent } from './ics';
import { type TFunction } from '../i18n/keys';

/**
 * Calendar events for what the user stands to lose: the number / SIM at each line's deadline (a
 * prepaid SIM's validity, or a date the user entered) and at its keep-number-alive deadline, each with alarms at the moments Kigen's own
 * reminders would fire. All dates come from utils/reminders (the same candidates and quiet-hour
 * placement as the planner), so the calendar and the notifications never disagree.
 *
 * Like the planner, muted lines are left out, and so is an expiry already past or one followed
 * by a renewal (the next reading brings the new date).
 */

export const CALENDAR_KINDS = ['expiry', 'keepAlive'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export interface CalendarInput {
  lines: readonly LineRecord[];
  readings: readonly ReadingRecord[];
  renewals: readonly RenewalRecord[];
  settings: Pick<Settings, 'leadDays' | 'quietStart' | 'quietEnd'>;
  providers: (id: string) => ProviderProfile | undefined;
  now: number;
  /** The user's IANA zone (alarm placement in waking hours). */
  zone: string;
  /** Texts in the user's language. */
  t: TFunction;
  /** BCP 47 tag for Intl dates. */
  intl: string;
  /** The language of the texts (provider brand names per language). */
  locale: Locale;
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

/** The same for every export of this line and kind. */
export function eventUid(lineId: string, kind: CalendarKind): string {
  return `${kind}-${hash53(lineId)}@kigen.invalid`;
}

/** "povo · Travel", "IIJmio · 090-1234-5678", or the provider alone. */
export function lineTitle(line: LineRecord, providerLabel: string): string {
  const own = line.label?.trim() || line.lineId?.trim();
  return own ? `${providerLabel} · ${own}` : providerLabel;
}

/** "2026/12/31 23:59 JST": the deadline as the provider states it. */
function providerTime(at: number, zone: string, input: CalendarInput): string {
  const label = zone === 'Asia/Tokyo' ? input.t('popup_zone_jst') : zoneName(zone, input.intl, at);
  return `${formatDateTime(at, input.intl, zone)} ${label}`;
}

/** Alarms at the planner's moments still ahead; one at the deadline itself when none is. */
function alarms<K extends ReminderKind>(
  candidates: readonly Candidate<K>[],
  deadline: number,
  description: string,
  input: CalendarInput,
  quiet: QuietHours,
): IcsAlarm[] {
  const tz = safeTimeZone(input.zone);
  // iCalendar times have whole seconds: measure from the start as written.
  const start = Math.floor(deadline / 1000) * 1000;
  const befores = candidates
    .filter((c) => c.natural > input.now)
    .map((c) => start - placeInWakingHours(c.natural, { now: input.now, deadline, prefer: c.prefer, tz, quiet }));
  const unique = [...new Set(befores.filter((b) => b >= 0))].sort((a, b) => b - a);
  return (unique.length > 0 ? unique : [0]).map((before) => ({ before, description }));
}

export function calendarEvents(input: CalendarInput): IcsEvent[] {
  const tz = safeTimeZone(input.zone);
  const quiet = normaliseQuiet(input.settings.quietStart, input.settings.quietEnd);
  const events: IcsEvent[] = [];
  for (const line of input.lines) {
    if (line.settings.muted) continue;
    const profile = line.provider === OTHER_PROVIDER ? undefined : input.providers(line.provider);
    const title = lineTitle(line, providerName(line.provider, profile, input.locale, input.t));
    const providerZone = profile?.timeZone ?? tz;
    const pattern = profile?.accountPages[0];
    const url = pattern ? urlFromPattern(pattern) : null;
    const readings = readingsOf(input.readings, line.id);
    const renewals = renewalsOf(input.renewals, line.id);

    // What is at stake, as the planner sees it: the number at a line deadline (a prepaid SIM's
    // validity, a date the user entered) or at a keep-alive rule's deadline. A monthly plan's reset
    // and a topping or package ending lose no number: they are not put in the calendar.
    const plan = [...readings].reverse().find((r) => r.plan)?.plan ?? null;
    const rule = profile ? keepAliveRuleFor(profile, plan) : undefined;
    const kind = lineKindOf(line, profile, plan);
    const lost = resolveLineDeadline({ line, kind, readings, renewals, rule, timeZone: providerZone });
    if (lost && !lost.keepAlive) {
      const base = { lineId: line.id, readings, renewals, now: input.now, tz, quiet, deadline: lost.deadline, lineKind: kind, actionKey: rule?.actionKey ?? null };
      // The deadline the planner counts as current (none once past or after a renewal), asked with
      // a single lead so it is found even when the user turned every expiry reminder off.
      const expiresAt = numberAtRiskCandidates({ ...base, leadDays: [0] })[0]?.deadline ?? null;
      if (expiresAt !== null) {
        const summary = input.t('calendar_expiry_summary', [title]);
        const leads = numberAtRiskCandidates({ ...base, leadDays: input.settings.leadDays });
        events.push({
          uid: eventUid(line.id, 'expiry'),
          start: expiresAt,
          summary,
          description: input.t('calendar_expiry_description', [providerTime(expiresAt, providerZone, input)]),
          url,
          alarms: alarms(leads, expiresAt, summary, input, quiet),
        });
      }
    }

    const status = lost?.keepAlive ?? null;
    if (status && status.deadline > input.now) {
      const summary = input.t('calendar_keepalive_summary', [title]);
      events.push({
        uid: eventUid(line.id, 'keepAlive'),
        start: status.deadline,
        summary,
        description: input.t('calendar_keepalive_description', [
          providerTime(status.deadline, providerZone, input),
          input.t(status.rule.actionKey),
        ]),
        url,
        alarms: alarms(keepAliveCandidates(line.id, status, tz), status.deadline, summary, input, quiet),
      });
    }
  }
  return events.sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : 1));
}
