import type { LineRecord } from '../records';
import type { Locale, ProviderProfile } from '../providers/types';
import type { PlannedReminder } from '../reminders/types';
import { formatDateTime, formatMB, zoneName } from '../format';
import type { MessageKey, TFunction } from '../i18n/keys';

/**
 * What a calendar event says, by what is at stake: a number deadline (a prepaid SIM's expiry, a
 * keep-alive rule's deadline) says the number is lost; a data lapse or a run-out forecast speaks
 * of data only, never of the number or the line, as the notifications do.
 */

/** The texts an event needs, in the user's language. */
export interface EventTextContext {
  t: TFunction;
  /** BCP 47 tag for Intl dates and amounts. */
  intl: string;
  locale: Locale;
}

/** A reminder kind the calendar holds (see CALENDAR_KINDS in events.ts). */
export type CalendarReminder = Extract<PlannedReminder, { kind: 'expiry' | 'keepAlive' | 'dataLapse' | 'forecast' }>;

/** "povo · Travel", "IIJmio · 090-1234-5678", or the provider alone. */
export function lineTitle(line: LineRecord, providerLabel: string): string {
  const own = line.label?.trim() || line.lineId?.trim();
  return own ? `${providerLabel} · ${own}` : providerLabel;
}

/** "Wed 20 Jan 2027, 23:59 JST": a moment as the provider states it, in its zone. */
function providerTime(at: number, zone: string, ctx: EventTextContext): string {
  const label = zone === 'Asia/Tokyo' ? ctx.t('popup_zone_jst') : zoneName(zone, ctx.intl, at);
  return `${formatDateTime(at, ctx.intl, zone)} ${label}`;
}

/**
 * A provider rule's action. The planner carries it as a string, copied from the profile's
 * `KeepAliveRule.actionKey`, which is typed `MessageKey` there (and `t` shows an unknown key as is).
 */
const ruleAction = (t: TFunction, key: string) => t(key as MessageKey);

/** Summary (title, also each alarm's text) and description of the event a reminder belongs to. */
export function eventText(
  r: CalendarReminder,
  /** What the reminder warns of: the deadline, the lapse, the run-out (the event's start). */
  at: number,
  title: string,
  profile: Pick<ProviderProfile, 'timeZone'> | undefined,
  userZone: string,
  ctx: EventTextContext,
): { summary: string; description: string } {
  const { t } = ctx;
  const when = (at: number) => providerTime(at, profile?.timeZone ?? userZone, ctx);
  const mb = (v: number) => formatMB(v, ctx.intl);
  switch (r.kind) {
    case 'expiry': {
      const d = r.detail;
      const action = d.actionKey === null ? t('notify_action_renew') : ruleAction(t, d.actionKey);
      return {
        summary: t('calendar_expiry_summary', [title]),
        description: t('calendar_expiry_description', [when(at), action]),
      };
    }
    case 'keepAlive':
      return {
        summary: t('calendar_keepalive_summary', [title]),
        description: t('calendar_keepalive_description', [when(at), ruleAction(t, r.detail.actionKey)]),
      };
    case 'dataLapse': {
      const d = r.detail;
      return {
        summary: t('calendar_lapse_summary', [title, mb(d.remainingMB)]),
        description: d.name
          ? t('calendar_lapse_description', [mb(d.remainingMB), d.name, when(at)])
          : t('calendar_lapse_description_noName', [mb(d.remainingMB), when(at)]),
      };
    }
    case 'forecast': {
      const d = r.detail;
      return {
        summary: t('calendar_forecast_summary', [title]),
        description: t('calendar_forecast_description', [mb(d.ratePerDayMB), mb(d.remainingMB), when(at), when(d.expiresAt)]),
      };
    }
  }
}
