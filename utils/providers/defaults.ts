import type { FactSource, ProviderNames, ProviderProfile, RenewalMethod, TopUpRule } from './types';

/**
 * Building blocks shared by provider profiles, so that a profile states only what is particular
 * to its provider. Each block returns fresh objects (no profile shares an array with another),
 * and spreading one where its fields stand keeps the profile's fields in the contract's order.
 *
 *     ...JAPAN_POSTPAID,            // timeZone, dateOrder, pageLanguage, dataUnit, postpaidMonthly, lineKind
 *     ...noPurchasePages(),         // checkoutPages: [], confirmationPages: []
 *     topUp: monthlyAddOn(),
 *     methods: [..., shopMethod()],
 *
 * A value that differs for one provider is written after the spread (`...JAPAN_POSTPAID,
 * pageLanguage: 'en'`): it replaces the shared one in place.
 */

type StepKey = RenewalMethod['steps'][number];
type PageConventions = Pick<ProviderProfile, 'timeZone' | 'dateOrder' | 'pageLanguage' | 'dataUnit'>;

/** A brand written the same in every language ("povo", "IIJmio"). */
export function brandName(name: string): ProviderNames {
  return { en: name, ja: name, 'zh-CN': name, 'zh-TW': name };
}

/**
 * How Japanese providers write their pages: times in Japan time, dates year first
 * (2026年12月31日, 2026/12/31), Japanese text, and 1GB = 1024 MB.
 */
export const JAPAN_PAGES: Readonly<PageConventions> = {
  timeZone: 'Asia/Tokyo',
  dateOrder: 'ymd',
  pageLanguage: 'ja',
  dataUnit: 'binary',
};

/**
 * A Japanese carrier or MVNO whose main plans are monthly postpaid: Japanese page conventions,
 * and no plan expiry to read (`postpaidMonthly`; an end date a page does state is still read), so
 * no number at stake on any date (`lineKind: 'monthly'`).
 */
export const JAPAN_POSTPAID: Readonly<PageConventions & Pick<ProviderProfile, 'postpaidMonthly' | 'lineKind'>> = {
  ...JAPAN_PAGES,
  postpaidMonthly: true,
  lineKind: 'monthly',
};

/** No checkout or purchase-confirmation page is known: the checkout overlay does not run here. */
export function noPurchasePages(): Pick<ProviderProfile, 'checkoutPages' | 'confirmationPages'> {
  return { checkoutPages: [], confirmationPages: [] };
}

/**
 * Data added to the current month of a postpaid plan: no expiry moves, nothing is lost by buying
 * early, and (unless `overrides` says so) no automatic renewal.
 */
export function monthlyAddOn(overrides: Partial<Omit<TopUpRule, 'model'>> = {}): TopUpRule {
  return { model: 'monthlyAddOn', stacks: true, autoRenewAvailable: false, ...overrides };
}

/**
 * Renewing at one of the provider's shops, in the generic steps (check opening hours, bring ID
 * and the phone, tell the staff and keep the receipt). `firstStep` replaces the generic first
 * step when the provider has its own (UQ mobile: find a UQスポット).
 */
export function shopMethod(firstStep: StepKey = 'guide_generic_shop_1'): RenewalMethod {
  return { kind: 'shop', steps: [firstStep, 'guide_generic_shop_2', 'guide_generic_shop_3'] };
}

/** The source line of a carrier's shop renewal: the shops exist, their procedures were not researched. */
export function shopSource(shopName: string): FactSource {
  return {
    fact: `renewal.shop (${shopName})`,
    confidence: 'INFERRED',
    ref: 'carrier shops; per-shop procedures not researched',
  };
}

/** The source line of "no keep-alive rule" for a monthly postpaid carrier. */
export function postpaidKeepAliveSource(): FactSource {
  return { fact: 'keepAlive none (postpaid)', confidence: 'INFERRED', ref: 'monthly postpaid plans' };
}

/** The source line of `noPurchasePages()`: none was found, `ref` says where it was looked for. */
export function noPurchasePagesSource(ref: string): FactSource {
  return { fact: 'checkoutPages, confirmationPages: none known', confidence: 'NOT-FOUND', ref };
}
