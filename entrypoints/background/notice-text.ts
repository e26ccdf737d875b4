import type { LineRecord } from '@/utils/records';
import { formatMB, formatTwoZones } from '@/utils/format';
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

/** "3 days" or, under a day, "5 hours" (never "0 days"). */
export function timeLeft(msLeft: number, locale: Locale): string {
  const hours = Math.max(1, Math.round(msLeft / 3_600_000));
  return hours < 24 ? unit(locale, hours, 'hour') : unit(locale, Math.round(hours / 24), 'day');
}

/** The keep-alive action's text; the key itself when no locale file has it (as `text` would). */
function actionText(locale: Locale, key: string): string {
  return isMessageKey(key) ? text(locale, key) : key;
}

export function reminderText(
  r: PlannedReminder,
  line: LineRecord,
  locale: Locale,
  userZone: string,
): NoticeText {
  const name = lineName(line, locale);
  const zone = getProvider(line.provider)?.timeZone ?? 'Asia/Tokyo';
  const when = (at: number) => formatTwoZones(at, locale, userZone, zone, text(locale, 'popup_zone_jst'));
  const mb = (v: number) => formatMB(v, locale);
  switch (r.kind) {
    case 'expiry': {
      const d = r.detail;
      const title =
        r.daysLeft === 0
          ? text(locale, 'notify_expiry_today_title', [name])
          : text(locale, 'notify_expiry_title', [name, timeLeft(r.msLeft ?? 0, locale)]);
      const message =
        d.remainingMB == null
          ? text(locale, 'notify_expiry_body_noData', [when(d.expiresAt)])
          : text(locale, 'notify_expiry_body', [when(d.expiresAt), mb(d.remainingMB)]);
      return { title, message };
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
    case 'keepAlive':
      return {
        title: text(locale, 'notify_keepAlive_title', [name, timeLeft(r.msLeft ?? 0, locale)]),
        message: text(locale, 'notify_keepAlive_body', [actionText(locale, r.detail.actionKey), when(r.deadline ?? 0)]),
      };
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
