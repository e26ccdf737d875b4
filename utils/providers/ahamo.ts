import { JAPAN_POSTPAID, brandName, monthlyAddOn, noPurchasePages, noPurchasePagesSource } from './defaults';
import type { ProviderProfile } from './types';

/**
 * ahamo (docomo's online-only brand): one monthly plan plus the 大盛り option. The My page
 * (My ahamo) lives under ahamo.com/myportal/; its labels were not found in any source.
 */
export const ahamo: ProviderProfile = {
  id: 'ahamo',
  names: brandName('ahamo'),
  country: 'JP',
  // ahamo.com also serves the marketing and FAQ pages: only /myportal/.
  hosts: ['ahamo.com'],
  accountPages: ['https://ahamo.com/myportal/*'],
  ...noPurchasePages(),
  ...JAPAN_POSTPAID,
  hints: {
    labels: { remaining: ['データ残量', '残りデータ量'] },
  },
  // Extra data (1GB units) is for this month only: ahamo has no carry-over.
  topUp: monthlyAddOn(),
  renewal: {
    methods: [
      {
        kind: 'app',
        fits: { addsData: true },
        steps: ['guide_ahamo_app_1', 'guide_ahamo_app_2', 'guide_ahamo_app_3', 'guide_generic_confirm_1'],
      },
      {
        kind: 'online',
        url: 'https://ahamo.com/myportal/home/auth/',
        fits: { addsData: true },
        steps: ['guide_ahamo_online_1', 'guide_ahamo_app_2', 'guide_ahamo_app_3', 'guide_generic_confirm_1'],
      },
    ],
    supportHintKey: 'support_ahamo',
  },
  sources: [
    { fact: 'hosts', confidence: 'V-code', ref: 'MOBILE_CARRIERS preset (https://ahamo.com/)' },
    { fact: 'accountPages /myportal/ and renewal.online url', confidence: 'V-code', ref: 'dmenu menu JSON: 「データ・料金」 → https://ahamo.com/myportal/home/auth/' },
    noPurchasePagesSource('research §6'),
    { fact: 'labels データ残量 / 残りデータ量', confidence: 'INFERRED', ref: 'no scraper or fixture found (research §6)' },
    { fact: 'My ahamo / ahamoアプリ show remaining data', confidence: 'V-blog', ref: 'services.awaisora.com (2025)' },
    { fact: 'topUp monthlyAddOn: 1GB add-on, no carry-over', confidence: 'V-blog', ref: 'masamobile.co.jp/docomo/carryover' },
    { fact: 'renewal 大盛り option, 1Mbps after the limit', confidence: 'V-blog', ref: 'toushi-camp.jp; lifestyle.assist-all.co.jp' },
    { fact: 'keepAlive none (postpaid)', confidence: 'INFERRED', ref: 'monthly postpaid plan' },
  ],
};
