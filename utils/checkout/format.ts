import type { Price } from '../extract/types';

/**
 * Number, date and money formatting for the overlay, with the platform's Intl (nothing bundled).
 * Dates are shown in the provider's zone, the zone its expiry is defined in; the zone's name is
 * added when the user's own clock is in another zone, so a traveller in Shanghai sees "GMT+9".
 */

/** "7.3 GB" from 7475.2 MB (1 GB = 1024 MB), "512 MB" below 1 GB. */
export function formatMB(mb: number, locale: string): string {
  if (mb >= 1024) {
    const gb = mb / 1024;
    const digits = gb >= 100 ? 0 : gb >= 10 ? 1 : 2;
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(gb)} GB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(mb)} MB`;
}

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

/** Fills `$1`, `$2`… in a message text. */
export function fill(template: string, subs: ReadonlyArray<string | number>): string {
  return template.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
