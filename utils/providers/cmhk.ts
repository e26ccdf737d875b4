import type { ProviderProfile } from './types';

/**
 * China Mobile Hong Kong (CMHK) prepaid cards: a refill adds value and extends the card's
 * validity. Online refill is a public page on 1cm.hk.chinamobile.com; dates are day-first.
 */
export const cmhk: ProviderProfile = {
  id: 'cmhk',
  names: { en: 'China Mobile Hong Kong', ja: 'チャイナモバイル香港', 'zh-CN': '中国移动香港', 'zh-TW': '中國移動香港' },
  country: 'HK',
  // eshop.hk.chinamobile.com serves only information pages (data top-up prices), so it is not
  // listed; 1cm.hk.chinamobile.com also serves marketing pages, hence the path scopes.
  hosts: ['1cm.hk.chinamobile.com'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://1cm.hk.chinamobile.com/myaccount/*',
    'https://1cm.hk.chinamobile.com/en/myaccount/*',
    'https://1cm.hk.chinamobile.com/bill/*',
    'https://1cm.hk.chinamobile.com/en/bill/*',
  ],
  accountPages: ['https://1cm.hk.chinamobile.com/myaccount/*', 'https://1cm.hk.chinamobile.com/en/myaccount/*'],
  checkoutPages: [
    'https://1cm.hk.chinamobile.com/bill/prepaid-refill.html*',
    'https://1cm.hk.chinamobile.com/en/bill/prepaid-refill.html*',
  ],
  confirmationPages: ['https://1cm.hk.chinamobile.com/bill/prepaid-refill-result*'],
  timeZone: 'Asia/Hong_Kong',
  dateOrder: 'dmy',
  pageLanguage: 'zh-HK',
  dataUnit: 'binary',
  postpaidMonthly: false,
  lineKind: 'prepaid',
  hints: {
    labels: { expiry: ['有效期', '到期日', 'Expiry Date'], remaining: ['剩餘數據'] },
  },
  // No keepAlive: no grace after expiry is documented (one 2016 blog revived a card a month
  // late, too thin to count on); the expiry reminders say "refill before expiry".
  // A refill extends the validity (180 days for larger refills in older reports).
  topUp: { model: 'extendValidity', stacks: true, autoRenewAvailable: false },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://1cm.hk.chinamobile.com/bill/prepaid-refill.html',
        steps: ['guide_cmhk_online_1', 'guide_cmhk_online_2', 'guide_cmhk_online_3', 'guide_generic_confirm_1'],
      },
      {
        kind: 'voucher',
        steps: ['guide_cmhk_voucher_1', 'guide_generic_voucher_1', 'guide_generic_voucher_2', 'guide_cmhk_voucher_2'],
      },
      { kind: 'shop', steps: ['guide_cmhk_shop_1', 'guide_generic_shop_3'] },
    ],
    supportHintKey: 'support_cmhk',
    refundHintKey: 'refund_cmhk',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts; checkoutPages /bill/prepaid-refill.html; renewal.online url and fields', confidence: 'V-official', ref: 'https://1cm.hk.chinamobile.com/bill/prepaid-refill.html' },
    { fact: 'accountPages /myaccount/, /en/ variants, confirmationPages', confidence: 'INFERRED', ref: 'tests/fixtures/pages/cmhk; CMHK Web "Manage Account > My Account" (V-official, postpaid)' },
    { fact: 'refund: a confirmed refill is not refundable', confidence: 'V-official', ref: '1cm.hk.chinamobile.com/bill/prepaid-refill.html' },
    { fact: 'topUp extendValidity: refill extends validity (HK$50 → 180 days in 2016)', confidence: 'V-blog', ref: 'hkyamane.com/?p=4334 (2016); ans.fyi (2011)' },
    { fact: 'dateOrder dmy (19/4/2016)', confidence: 'V-blog', ref: 'hkyamane.com/?p=4334' },
    { fact: 'labels 有效期', confidence: 'V-blog', ref: 'research §A (CMHK wording: 儲值卡 / 增值 / 有效期 / 延長)' },
    { fact: 'labels 到期日 / Expiry Date / 剩餘數據', confidence: 'INFERRED', ref: 'tests/fixtures/pages/cmhk' },
    { fact: 'keepAlive none: grace after expiry not documented', confidence: 'NOT-FOUND', ref: 'research §20 (one 2016 blog only)' },
    { fact: 'renewal.voucher and renewal.shop', confidence: 'INFERRED', ref: 'prepaid refill vouchers and CMHK shops in Hong Kong; not researched in detail' },
    { fact: 'support: MyLink app', confidence: 'V-official', ref: 'eshop.hk.chinamobile.com/en/corporate_information/Data_N_VAS/DataTopup.html' },
  ],
};
