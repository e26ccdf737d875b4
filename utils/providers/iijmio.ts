import { JAPAN_POSTPAID, brandName, monthlyAddOn } from './defaults';
import type { ProviderProfile } from './types';

/**
 * IIJmio: MVNO on docomo / au networks. Member pages are a Nuxt app at www.iijmio.jp; the
 * monthly allowance comes as coupons that last until the end of the following month (翌月末).
 */
export const iijmio: ProviderProfile = {
  id: 'iijmio',
  names: brandName('IIJmio'),
  country: 'JP',
  hosts: ['www.iijmio.jp'],
  // www.iijmio.jp is also the marketing site: only member paths.
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://www.iijmio.jp/member/*',
    'https://www.iijmio.jp/customer/*',
    'https://www.iijmio.jp/service/*',
  ],
  accountPages: [
    'https://www.iijmio.jp/member/*',
    'https://www.iijmio.jp/customer/contract/*',
    'https://www.iijmio.jp/service/setup/hdc/*',
    'https://www.iijmio.jp/service/setup/prepaid/*',
  ],
  checkoutPages: ['https://www.iijmio.jp/service/setup/hdd/charge/*'],
  confirmationPages: ['https://www.iijmio.jp/service/setup/hdd/charge/complete*'],
  // ギガプラン is monthly; coupon expiries (翌月末) and prepaid packs are read where stated.
  ...JAPAN_POSTPAID,
  hints: {
    labels: {
      remaining: ['データ残量', 'クーポン残量'],
      used: ['高速通信利用量', '低速通信利用量'],
      expiry: ['有効期限'],
    },
    // The usage pages (データ利用量照会) show only what was used per month or day.
    usageLabels: ['高速通信利用量', '低速通信利用量', 'データ利用量'],
  },
  // プリペイドパック lines are prepaid SIMs; every other plan is monthly (JAPAN_POSTPAID).
  lineKindByPlan: [{ planIncludes: ['プリペイド'], kind: 'prepaid' }],
  // Prepaid packs: recharge by the end of the month after the coupon expiry or lose the SIM.
  // That is 28–31 days after a month-end expiry; 28 never falls after the real deadline.
  // Monthly plans have no such rule, so it is bound to the prepaid plan name.
  keepAliveByPlan: [
    { planIncludes: ['プリペイド'], rule: { anchor: 'afterExpiry', days: 28, actionKey: 'keepalive_iijmio' } },
  ],
  // 追加クーポン on ギガプラン last until the end of the month of purchase.
  topUp: monthlyAddOn(),
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://www.iijmio.jp/member/',
        steps: ['guide_iijmio_online_1', 'guide_iijmio_online_2', 'guide_iijmio_online_3', 'guide_generic_confirm_1'],
      },
      {
        kind: 'voucher',
        // Coupon cards recharge プリペイドパック SIMs; a ギガプラン line buys 追加クーポン online.
        fits: { plans: ['プリペイド'], product: 'プリペイドパック' },
        steps: [
          'guide_iijmio_voucher_1',
          'guide_generic_voucher_1',
          'guide_generic_voucher_2',
          'guide_iijmio_voucher_2',
          'guide_iijmio_voucher_3',
        ],
      },
    ],
    supportHintKey: 'support_iijmio',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts, accountPages /member/, /customer/contract/', confidence: 'V-code', ref: 'yananob/iijmio-usage-check tests/data/data_usage.html (member navigation)' },
    { fact: 'accountPages /service/setup/hdc/ (usage pages)', confidence: 'V-code', ref: 'yananob/iijmio-usage-check tests/data/{data_usage,daily_usage}.html' },
    { fact: 'accountPages /service/setup/prepaid/', confidence: 'INFERRED', ref: 'tests/fixtures/pages/iijmio/prepaid-pack-plain' },
    { fact: 'checkoutPages /service/setup/hdd/charge/', confidence: 'V-code', ref: 'shidetake/buy_iijmio_coupon buy_iijmio_coupon.rb (old, pre-ギガプラン)' },
    { fact: 'confirmationPages .../charge/complete', confidence: 'INFERRED', ref: 'tests/fixtures/pages/iijmio/coupon-charge-complete' },
    { fact: 'labels.used 高速通信利用量 / 低速通信利用量', confidence: 'V-code', ref: 'yananob/iijmio-usage-check tests/data/data_usage.html' },
    { fact: 'labels.remaining データ残量 / クーポン残量', confidence: 'INFERRED', ref: 'coupon terms (バンドルクーポン / 追加クーポン) from V-blog; label wording not seen' },
    { fact: 'postpaidMonthly; coupons last until 翌月末', confidence: 'V-blog', ref: 'sim-labo.jp; mobile-master.website' },
    { fact: 'keepAlive prepaid: recharge by the end of the next month', confidence: 'V-blog', ref: 'northwestenterprisingmoms.com (2019); 28 days is our conservative reading' },
    { fact: 'topUp monthlyAddOn: 1GB 220円, up to 20/month, until month end', confidence: 'V-blog', ref: 'masamobile.co.jp/iijmio/charge' },
    { fact: 'renewal.online 「手続き・照会」', confidence: 'V-code', ref: 'member navigation in yananob/iijmio-usage-check fixture' },
    { fact: 'renewal.voucher: prepaid coupon cards at convenience stores', confidence: 'V-blog', ref: 'northwestenterprisingmoms.com (2019)' },
  ],
};
