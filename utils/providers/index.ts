import { iijmio } from './iijmio';
import type { ProviderProfile } from './types';

/** Every provider Kigen knows, as a plain array. Order is the order shown in lists. */
export const PROVIDERS: readonly ProviderProfile[] = [iijmio];

export function getProvider(id: string): ProviderProfile | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

/** The provider whose hosts include this hostname, exactly. */
export function providerForHost(hostname: string): ProviderProfile | undefined {
  const host = hostname.toLowerCase();
  return PROVIDERS.find((p) => p.hosts.includes(host));
}

/** Match patterns for the account content script, derived from the registry. */
export const ACCOUNT_MATCHES: string[] = [...new Set(PROVIDERS.flatMap((p) => p.accountPages))];

/** Match patterns for the checkout overlay (checkout and confirmation pages). */
export const CHECKOUT_MATCHES: string[] = [
  ...new Set(PROVIDERS.flatMap((p) => [...p.checkoutPages, ...p.confirmationPages])),
];
