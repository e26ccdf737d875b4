import type { CheckoutInfo } from '@/utils/extract/types';
import type { ProviderProfile } from '@/utils/providers/types';
import { checkoutSeenItem } from '@/utils/settings';

/**
 * What each tab's checkout page was selling, kept in session storage so that the same tab's
 * confirmation page (a new page, a new content script) can record what was bought. Where
 * storage.session is missing the capture simply goes without the product details.
 */

/** A checkout seen this long ago still describes what the same tab's confirmation bought. */
export const SEEN_CHECKOUT_MS = 3 * 3600 * 1000;
/** At most this many tabs' checkout info is kept. */
const SEEN_MAX = 20;

/** Remembers what the tab's checkout page sells; drops stale and excess entries. */
export async function rememberCheckout(tabId: number, provider: ProviderProfile, checkout: CheckoutInfo, now: number) {
  try {
    const seen = await checkoutSeenItem.getValue();
    const fresh = Object.entries(seen)
      .filter(([key, s]) => key !== String(tabId) && now - s.at < SEEN_CHECKOUT_MS)
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, SEEN_MAX - 1);
    await checkoutSeenItem.setValue(Object.fromEntries([[String(tabId), { provider: provider.id, at: now, checkout }], ...fresh]));
  } catch {
    // storage.session is missing on old browsers: the confirmation then goes without the
    // checkout's product details, which only makes the later check less precise.
  }
}

export async function takeCheckout(tabId: number, providerId: string, now: number): Promise<CheckoutInfo | null> {
  try {
    const seen = await checkoutSeenItem.getValue();
    const entry = seen[String(tabId)];
    if (!entry) return null;
    const { [String(tabId)]: _, ...rest } = seen;
    await checkoutSeenItem.setValue(rest);
    return entry.provider === providerId && now - entry.at < SEEN_CHECKOUT_MS ? entry.checkout : null;
  } catch {
    return null;
  }
}
