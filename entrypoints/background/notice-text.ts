import type { LineRecord } from '@/utils/records';
import { daysLeft, formatDate, formatDaysLeft, formatMB, formatTwoZones } from '@/utils/format';
import { getProvider } from '@/utils/providers';
import type { Locale } from '@/utils/providers/types';
import type { PlannedReminder } from '@/utils/reminders/types';
import { isMessageKey, text } from './texts';

/** Title and body of a reminder notification, in the user's language. Pure. */
export interface NoticeText {
  title: string;
  message: string;
}

/** "Povo 090-1234-5678", or the user's label. */
export function lineName(line: LineRecord, locale: Locale): string {
  const provider = getProvider(line.provider)?.names[locale] ?? line.provider;
  const shown = line.label ?? line.lineId;
  return shown ? `${provider} ${shown}` : provider;
}

function unit(locale: Locale, value: number, u: 'day' | 'hour'): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
}

/**
 * "today", "tomorrow", "in 3 days": the one day count (utils/format.ts `daysLeft`, calendar days in
 * the user's zone at the moment the notification is shown), as the popup and the overlay say it.
 */
export function timeLeft(deadline: number, now: number, locale: Locale, userZone: string): string {
  return formatDaysLeft(daysLeft(deadline, now, userZone), { intl: locale });
}

/** The keep-alive action's text; the key itself when no locale file has it (as `text` would). */
function actionText(locale: Locale, key: string): string {
  return isMessageKey(key) ? text(locale, key) : key;
}

/** The number a reminder is about, as the user knows it: the line's number or label. */
function numberOf(line: LineRecord, locale: Locale): string {
  return line.lineId?.trim() || line.label?.trim() || text(locale, 'notify_the_number');
}

/**
 * Title and body of a reminder shown at `now` (the alarm's moment by default). Only deadline
 * reminders (expiry of a prepaid SIM, keep-alive) speak of losing the number; data lapsing or
 * running low never does.
 */
export function reminderText(
  r: PlannedReminder,
  line: LineRecord,
  locale: Locale,
  userZone: string,
  now: number = r.fireAt,
): NoticeText {
  const name = lineName(line, locale);
  const zone = getProvider(line.provider)?.timeZone ?? 'Asia/Tokyo';
  const when = (at: number) => formatTwoZones(at, locale, userZone, zone, text(locale, 'popup_zone_jst'));
  /** A deadline known only to the day is written as that day, as the provider counts it. */
  const whenDay = (at: number, precision: 'date' | 'time') => (precision === 'date' ? formatDate(at, locale, zone) : when(at));
  const left = (at: number) => timeLeft(at, now, locale, userZone);
  const mb = (v: number) => formatMB(v, locale);
  switch (r.kind) {
    case 'expiry': {
      const d = r.detail;
      const action = d.actionKey === null ? text(locale, 'notify_action_renew') : actionText(locale, d.actionKey);
      return {
        title: text(locale, 'notify_expiry_title', [name, left(d.expiresAt)]),
        message: text(locale, 'notify_number_body', [action, whenDay(d.expiresAt, d.precision), numberOf(line, locale)]),
      };
    }
    case 'dataLapse': {
      const d = r.detail;
      return {
        title: text(locale, 'notify_dataLapse_title', [name, mb(d.remainingMB), left(d.expiresAt)]),
        message: d.name
          ? text(locale, 'notify_dataLapse_body', [mb(d.remainingMB), d.name, when(d.expiresAt)])
          : text(locale, 'notify_dataLapse_body_noName', [mb(d.remainingMB), when(d.expiresAt)]),
      };
    }
    case 'lowData':
      return {
        title: text(locale, 'notify_lowData_title', [name, mb(r.detail.remainingMB)]),
        message: text(locale, 'notify_lowData_body', [mb(r.detail.thresholdMB)]),
      };
    case 'forecast':
      return {
        title: text(locale, 'notify_forecast_title', [name, when(r.detail.runOutAt)]),
        message: text(locale, 'notify_forecast_body', [
          mb(r.detail.ratePerDayMB),
          mb(r.detail.remainingMB),
          when(r.detail.expiresAt),
        ]),
      };
    case 'keepAlive': {
      const deadline = r.deadline ?? 0;
      // An anchor Kigen only stands in for (when it first saw the line): "at the latest", and ask.
      const estimate = r.detail.anchorSource === 'firstSeen';
      return {
        title: text(locale, 'notify_keepAlive_title', [name, left(deadline)]),
        message: text(locale, estimate ? 'notify_number_body_estimate' : 'notify_number_body', [
          actionText(locale, r.detail.actionKey),
          formatDate(deadline, locale, zone),
          numberOf(line, locale),
        ]),
      };
    }
    case 'stale':
      return {
        title: text(locale, 'notify_stale_title', [name, unit(locale, r.detail.staleDays, 'day')]),
        message: text(locale, 'notify_stale_body'),
      };
    case 'renewalCheck': {
      const what = r.detail.product ?? text(locale, 'notify_purchase');
      const body = r.detail.orderNumber
        ? text(locale, 'notify_notReflected_body', [name, what, r.detail.orderNumber])
        : text(locale, 'notify_notReflected_body_noOrder', [name, what]);
      const provider = getProvider(line.provider);
      const hint = provider ? text(locale, provider.renewal.supportHintKey) : '';
      return { title: text(locale, 'notify_notReflected_title'), message: hint ? `${body} ${hint}` : body };
    }
  }
}
