import { JAPAN_PAGES, brandName, noPurchasePages, noPurchasePagesSource } from './defaults';
import type { ProviderProfile } from './types';

/**
 * HIS Mobile (エイチ・アイ・エス・モバイル): prepaid SIMs for travellers to Japan (日本周遊
 * プリペイドSIM) on the same platform as b-mobile's, so the same status page path.
 */
export const hisMobile: ProviderProfile = {
  id: 'his-mobile',
  names: brandName('HIS Mobile'),
  country: 'JP',
  hosts: ['his.mvno.ne.jp'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://his.mvno.ne.jp/*',
  ],
  accountPages: ['https://his.mvno.ne.jp/checkout/status*'],
  ...noPurchasePages(),
  ...JAPAN_PAGES,
  postpaidMonthly: false,
  lineKind: 'prepaid',
  hints: {
    labels: { expiry: ['SIM有効期限', '有効期限'], remaining: ['データ残量'] },
  },
  topUp: { model: 'extendValidity', stacks: false, autoRenewAvailable: false },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://his.mvno.ne.jp/checkout/status',
        steps: ['guide_his_mobile_online_1', 'guide_his_mobile_online_2', 'guide_generic_confirm_1'],
      },
    ],
    supportHintKey: 'support_his_mobile',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts his.mvno.ne.jp; accountPages /checkout/status (the b-mobile platform)', confidence: 'V-code', ref: 'issue 14, class 8: public scrapers use https://his.mvno.ne.jp/checkout/status' },
    { fact: 'labels SIM有効期限 / 有効期限 / データ残量', confidence: 'INFERRED', ref: 'same platform as mypage.bmobile.ne.jp/checkout/status' },
    { fact: 'topUp: a charge extends the SIM validity; no auto-renew', confidence: 'INFERRED', ref: 'no official page read here' },
    noPurchasePagesSource('no checkout or confirmation paths known'),
  ],
};
