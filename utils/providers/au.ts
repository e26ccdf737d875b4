import {
  JAPAN_POSTPAID,
  brandName,
  noPurchasePages,
  noPurchasePagesSource,
  postpaidKeepAliveSource,
  shopMethod,
  shopSource,
} from './defaults';
import type { ProviderProfile } from './types';

/**
 * au (KDDI, My au): monthly postpaid plans. Extra data is "Data Charge" (データチャージ), a
 * purchase with its own 62-day validity; buying again within it combines the balances.
 */
export const au: ProviderProfile = {
  id: 'au',
  names: brandName('au'),
  country: 'JP',
  // www.au.com is mostly the marketing site: only /my-au/. my.au.com serves My au's own
  // screens (billing); no page of it is known to show data, so it has no pattern yet.
  hosts: ['www.au.com', 'my.au.com'],
  // my.au.com: the account pages public scrapers use (LIC0020001 data usage, WCV425001 contract).
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://www.au.com/my-au/*',
    'https://my.au.com/*',
  ],
  accountPages: ['https://www.au.com/my-au/*', 'https://my.au.com/aus/hc-cs/lic/*', 'https://my.au.com/aus/WCV425001/*'],
  ...noPurchasePages(),
  ...JAPAN_POSTPAID,
  hints: {
    labels: { expiry: ['有効期限', 'Validity period', 'expiration date'], remaining: ['データ残量'] },
  },
  // "Renewing within the validity period combines the balances and renews the validity": the
  // new 62 days run from the recharge day and the data left is carried into them.
  topUp: { model: 'extendValidity', stacks: false, carriesBalance: true, autoRenewAvailable: true },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://www.au.com/my-au/',
        fits: { addsData: true },
        steps: [
          'guide_au_online_1',
          'guide_au_online_2',
          'guide_au_online_3',
          'guide_au_online_4',
          'guide_generic_confirm_1',
        ],
      },
      { kind: 'autoRenew', fits: { addsData: true }, steps: ['guide_au_autoRenew_1', 'guide_au_autoRenew_2'] },
      shopMethod(),
    ],
    supportHintKey: 'support_au',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts www.au.com, accountPages /my-au/', confidence: 'V-code', ref: 'MOBILE_CARRIERS preset; carrier-receipt downloader' },
    { fact: 'hosts my.au.com (billing /acm/AAL0040001.hc)', confidence: 'V-code', ref: 'carrier-receipt downloader (research §8)' },
    { fact: 'accountPages my.au.com /aus/hc-cs/lic/LIC0020001.hc, /aus/WCV425001/WCE425001.hc', confidence: 'V-code', ref: 'issue 14, class 8 (public scrapers)' },
    noPurchasePagesSource('research §8'),
    { fact: 'labels Validity period / expiration date', confidence: 'V-official', ref: 'www.au.com/english/mobile/charge/data-option/data-charge/' },
    { fact: 'labels 有効期限 / データ残量 (Japanese My au)', confidence: 'INFERRED', ref: 'no scraper found; tests/fixtures/pages/au' },
    { fact: 'topUp: 62 days from recharge, balances combined, monthly data used first', confidence: 'V-official', ref: 'www.au.com/english/mobile/charge/data-option/data-charge/ and .../rate' },
    { fact: 'topUp autoRenewAvailable: reserved charge (amount or expiration date), 1–12 times', confidence: 'V-official', ref: 'www.au.com/english/mobile/charge/data-option/data-charge/' },
    { fact: 'renewal.online: auかんたん決済 (phone bill with password, or au ID card with security code)', confidence: 'V-official', ref: 'www.au.com/english/mobile/charge/data-option/data-charge/' },
    shopSource('auショップ'),
    postpaidKeepAliveSource(),
  ],
};
