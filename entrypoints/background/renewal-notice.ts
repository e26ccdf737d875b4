import type { LineRecord, RenewalRecord } from '@/utils/records';
import { getProvider } from '@/utils/providers';
import { makeReminderKey } from '@/utils/reminders/schedule';
import type { Locale } from '@/utils/providers/types';
import { text } from './texts';

/**
 * The words of the "renewal not reflected" notification: which line, which purchase, the order
 * number to quote, and the provider's own support hint. The caller creates the notification.
 */
export interface Notice {
  /**
   * The key of the renewal's planned 24-hour check: a repeat replaces rather than stacks, and a
   * click opens the provider's renewal page like any reminder of the line.
   */
  id: string;
  title: string;
  message: string;
}

export function notReflectedNotice(renewal: RenewalRecord, line: LineRecord | undefined, locale: Locale): Notice {
  const provider = line ? getProvider(line.provider) : undefined;
  const name = provider?.names[locale] ?? line?.provider ?? '';
  const lineName = line?.label ?? line?.lineId ?? '';
  const who = lineName ? `${name} ${lineName}` : name;
  const what = renewal.product ?? text(locale, 'notify_purchase');
  const body = renewal.orderNumber
    ? text(locale, 'notify_notReflected_body', [who, what, renewal.orderNumber])
    : text(locale, 'notify_notReflected_body_noOrder', [who, what]);
  const key = provider?.renewal.supportHintKey;
  // A hint missing from the locale files comes back as its key: say nothing rather than that.
  const hint = key && text(locale, key) !== key ? text(locale, key) : '';
  return {
    id: makeReminderKey(renewal.lineId, 'renewalCheck', String(renewal.at)),
    title: text(locale, 'notify_notReflected_title'),
    message: hint ? `${body} ${hint}` : body,
  };
}
