import { ahamo } from './ahamo';
import { airalo } from './airalo';
import { au } from './au';
import { bMobile } from './b-mobile';
import { cmhk } from './cmhk';
import { docomo } from './docomo';
import { giffgaff } from './giffgaff';
import { GENERIC_TIPS, TROUBLESHOOTING } from './guide-keys';
import { hisMobile } from './his-mobile';
import { holafly } from './holafly';
import { iijmio } from './iijmio';
import { keepAliveRuleFor } from './keep-alive-rule';
import { linemo } from './linemo';
import { mineo } from './mineo';
import { mobal } from './mobal';
import { povo } from './povo';
import { rakutenMobile } from './rakuten-mobile';
import { sakuraMobile } from './sakura-mobile';
import { softbank } from './softbank';
import { uqMobile } from './uq-mobile';
import { ymobile } from './ymobile';
import type { ProviderProfile, RenewalMethod } from './types';

export { keepAliveRuleFor };

/** Every provider Kigen knows, as a plain array. Order is the order shown in lists. */
export const PROVIDERS: readonly ProviderProfile[] = [
  povo,
  rakutenMobile,
  iijmio,
  mineo,
  docomo,
  ahamo,
  au,
  uqMobile,
  softbank,
  ymobile,
  linemo,
  bMobile,
  hisMobile,
  sakuraMobile,
  mobal,
  airalo,
  holafly,
  giffgaff,
  cmhk,
];

export function getProvider(id: string): ProviderProfile | undefined {
  return PROVIDERS.find((p) => p.id === id);
}

/** The provider whose hosts include this hostname, exactly. */
export function providerForHost(hostname: string): ProviderProfile | undefined {
  const host = hostname.toLowerCase();
  return PROVIDERS.find((p) => p.hosts.includes(host));
}

/** Where a provider's reader runs: its account and shop areas, else its known page patterns. */
export function areasOf(p: Pick<ProviderProfile, 'areas' | 'accountPages' | 'checkoutPages' | 'confirmationPages'>): string[] {
  return p.areas ?? [...p.accountPages, ...p.checkoutPages, ...p.confirmationPages];
}

/** Match patterns for the account content script (the reader), derived from the registry. */
export const ACCOUNT_MATCHES: string[] = [...new Set(PROVIDERS.flatMap((p) => [...areasOf(p), ...p.accountPages, ...p.checkoutPages, ...p.confirmationPages]))];

/** Match patterns for the checkout overlay (checkout and confirmation pages). */
export const CHECKOUT_MATCHES: string[] = [
  ...new Set(PROVIDERS.flatMap((p) => [...p.checkoutPages, ...p.confirmationPages])),
];

/** What the popup's renewal guide shows for one provider: all message keys, no text. */
export interface ProviderGuide {
  methods: readonly RenewalMethod[];
  tips: readonly string[];
  troubleshooting: readonly string[];
  supportHintKey: string | null;
  refundHintKey: string | null;
}

/**
 * The guide for a provider id. Unknown providers (manual lines) still get the generic tips and
 * troubleshooting, with no methods and no support hint.
 */
export function guideFor(providerId: string): ProviderGuide {
  const profile = getProvider(providerId);
  return {
    methods: profile?.renewal.methods ?? [],
    tips: GENERIC_TIPS,
    troubleshooting: TROUBLESHOOTING,
    supportHintKey: profile?.renewal.supportHintKey ?? null,
    refundHintKey: profile?.renewal.refundHintKey ?? null,
  };
}
