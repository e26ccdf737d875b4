import { brandName, noPurchasePages } from './defaults';
import type { ProviderProfile } from './types';

/**
 * Holafly: unlimited-data travel eSIMs. Plans end when the purchased days are over (no
 * rollover); a recharge from the user panel is best made the day before expiry.
 */
export const holafly: ProviderProfile = {
  id: 'holafly',
  names: brandName('Holafly'),
  country: 'global',
  // esim.holafly.com is also the store and blog: only the account paths (guessed).
  hosts: ['esim.holafly.com'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://esim.holafly.com/*',
  ],
  accountPages: [
    'https://esim.holafly.com/account/*',
    'https://esim.holafly.com/my-esims/*',
    'https://esim.holafly.com/*/my-esims/*',
  ],
  ...noPurchasePages(),
  // Kigen's users hold Holafly's Japan eSIMs, and the Japanese help centre states dates without
  // a zone. Reading a bare date as the end of that day in Tokyo is the earliest plausible end
  // (UTC or the seller's Spanish zone would end later), so a reminder is never late.
  timeZone: 'Asia/Tokyo',
  dateOrder: 'mdy',
  pageLanguage: 'en',
  dataUnit: 'binary',
  postpaidMonthly: false,
  lineKind: 'travel-esim',
  hints: {
    labels: { expiry: ['有効期限'] },
  },
  // No rollover, and the FAQ advises recharging the day before expiry: the new period starts at
  // the recharge and days left are not added.
  topUp: { model: 'extendValidity', stacks: false, autoRenewAvailable: false },
  renewal: {
    methods: [
      {
        kind: 'app',
        steps: ['guide_holafly_app_1', 'guide_holafly_app_2', 'guide_holafly_app_3', 'guide_generic_confirm_1'],
      },
      {
        kind: 'online',
        steps: ['guide_holafly_online_1', 'guide_holafly_app_2', 'guide_holafly_app_3', 'guide_generic_confirm_1'],
      },
    ],
    supportHintKey: 'support_holafly',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts esim.holafly.com', confidence: 'V-official', ref: 'esim.holafly.com FAQ (EN/JA/zh)' },
    { fact: 'accountPages', confidence: 'INFERRED', ref: 'tests/fixtures/pages/holafly; web panel "Holafly Center" address not found' },
    { fact: 'app: Purchases; Pending to Install / Installed – Ready to use / Installed – In use', confidence: 'V-official', ref: 'esim.holafly.com FAQ (EN)' },
    { fact: 'JA: My eSIMs(eSIM管理) → View Details(詳細を表示): 開始日 / 既にご利用された日数 / 有効期限', confidence: 'V-official', ref: 'esim.holafly.com FAQ (JA)' },
    { fact: 'topUp extendValidity, stacks false (no rollover; recharge the day before expiry)', confidence: 'INFERRED', ref: 'from the FAQ rules (V-official): no rollover, recharge advice' },
    { fact: 'timeZone Asia/Tokyo (earliest plausible end of a bare date)', confidence: 'INFERRED', ref: 'Kigen users hold Japan eSIMs; JA help centre dates carry no zone' },
    { fact: 'plan starts when the eSIM is 啟用 (activated), not when scanned', confidence: 'V-official', ref: 'esim.holafly.com FAQ (zh-TW)' },
    { fact: 'keepAlive none', confidence: 'NOT-FOUND', ref: 'research §18' },
  ],
};
