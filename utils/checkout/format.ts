import type { Price } from '../extract/types';

/**
 * Number, date and money formatting for the overlay, with the platform's Intl (nothing bundled).
 * Dates are shown in the provider's zone, the zone its expiry is defined in; the zone's name is
 * added when the user's own clock is in another zone, so a traveller in Shanghai sees "GMT+9".
 */

export { formatMB } from '../ui/format';

function offsetIn(timeZone: string, at: number): string {
  const part = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Date and time in the provider's zone; the zone's name when the user's clock differs. */
export function formatDateTime(at: number, locale: string, timeZone: string, userZone?: string): string {
  const mine = userZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const differs = offsetIn(mine, at) !== offsetIn(timeZone, at);
  const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' }).format(at);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(differs ? { timeZoneName: 'short' as const } : {}),
  }).format(at);
  return `${date} ${time}`;
}

export function formatPrice(price: Price, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency }).format(price.amount);
  } catch {
    return `${price.amount} ${price.currency}`;
  }
}

export { fill } from '../i18n/locale';
