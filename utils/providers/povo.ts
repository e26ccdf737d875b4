import { JAPAN_PAGES, brandName } from './defaults';
import type { ProviderProfile } from './types';

/**
 * povo 2.0 (KDDI): no monthly plan, only toppings bought in the povo2.0 app or the povo web shop.
 * Plan status is mainly an app feature; the web shop at shop.povo.jp is a single-page app whose
 * routes were read from its public bundle (research §1).
 */
export const povo: ProviderProfile = {
  id: 'povo',
  names: brandName('povo'),
  country: 'JP',
  // povo.jp itself is the marketing site; only the shop host serves the account.
  hosts: ['shop.povo.jp'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://shop.povo.jp/*',
  ],
  accountPages: [
    // 契約管理. The app opens it with a query (?native=1&reset=true&webview=1); the bare pattern
    // matches that in the match-patterns library, `?*` does in browsers (path + query there).
    'https://shop.povo.jp/manage/order',
    'https://shop.povo.jp/manage/order?*',
    'https://shop.povo.jp/manage/order-history*',
    'https://shop.povo.jp/manage/plan-details*',
    'https://shop.povo.jp/home*',
    'https://shop.povo.jp/dashboard*',
    'https://shop.povo.jp/usage-history*',
  ],
  checkoutPages: ['https://shop.povo.jp/manage/order/topping*', 'https://shop.povo.jp/manage/order/confirm*'],
  confirmationPages: ['https://shop.povo.jp/manage/order/complete*'],
  // Binary units confirmed: a 120GB contract reported 125,829,121 KB.
  ...JAPAN_PAGES,
  postpaidMonthly: false,
  // The number lives while a paid topping is bought within 180 days of the last one's expiry.
  lineKind: 'keep-number',
  hints: {
    labels: { expiry: ['有効期限', '期間満了日'], remaining: ['残量'] },
    // Usage history tooltips read "データ使用量: 1.23GB": used, never remaining.
    usageLabels: ['データ使用量'],
  },
  keepAlive: { anchor: 'afterLastPaidExpiry', days: 180, cancelAfterDays: 30, actionKey: 'keepalive_povo' },
  // Each topping is its own bucket with its own expiry; buying early loses nothing.
  topUp: { model: 'separateBucket', stacks: true, autoRenewAvailable: true },
  renewal: {
    methods: [
      {
        kind: 'app',
        steps: ['guide_povo_app_1', 'guide_povo_app_2', 'guide_povo_app_3', 'guide_povo_app_4', 'guide_povo_app_5'],
      },
      {
        kind: 'online',
        url: 'https://shop.povo.jp/web/login',
        steps: ['guide_povo_online_1', 'guide_povo_online_2', 'guide_generic_confirm_1'],
      },
      {
        kind: 'voucher',
        steps: [
          'guide_povo_voucher_1',
          'guide_generic_voucher_1',
          'guide_generic_voucher_2',
          'guide_povo_voucher_2',
          'guide_generic_confirm_1',
        ],
      },
      { kind: 'autoRenew', steps: ['guide_povo_autoRenew_1', 'guide_povo_autoRenew_2', 'guide_povo_autoRenew_3'] },
    ],
    supportHintKey: 'support_povo',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts', confidence: 'V-code', ref: 'uirooong/povo-android docs/POVO-WEBVIEW-FINDINGS.md (shop.povo.jp SPA); research §1' },
    { fact: 'accountPages /manage/order, /manage/order-history', confidence: 'V-code', ref: 'uirooong/povo-android docs/POVO-WEBVIEW-FINDINGS.md; core-povo test (manage/order?native=1&reset=true&webview=1)' },
    { fact: 'accountPages /home, /dashboard, /manage/plan-details, /usage-history', confidence: 'INFERRED', ref: 'no evidence that the web shows remaining data (research §1); paths of tests/fixtures/pages/povo' },
    { fact: 'checkoutPages, confirmationPages', confidence: 'INFERRED', ref: 'tests/fixtures/pages/povo (checkout-*, order-complete); no public path found' },
    { fact: 'labels.expiry/remaining 有効期限, 残量', confidence: 'V-code', ref: 'uirooong/povo-android docs/samples/quilt-user-plan-details-v2.json' },
    { fact: 'labels.expiry 期間満了日', confidence: 'V-official', ref: 'povo.jp/spec/topping/24h_limit_tickets' },
    { fact: 'usageLabels データ使用量', confidence: 'V-code', ref: 'uirooong/povo-android docs/USAGE-HISTORY-FINDINGS.md' },
    { fact: 'dataUnit binary', confidence: 'V-code', ref: 'uirooong/povo-android docs/PHASE1-FINDINGS.md (120 GB = 125,829,121 KB)' },
    { fact: 'keepAlive 180 days + 30 days', confidence: 'V-blog', ref: 'k-tai.watch.impress.co.jp/docs/news/1353713.html (KDDI PR 2021); orefolder.jp/2022/06/povo-180days' },
    { fact: 'keepAlive anchor: day after the last topping expiry', confidence: 'V-code', ref: 'uirooong/povo-android docs/SUSPENSION-180DAYS.md citing faq.povo.jp No.904/896/1378' },
    { fact: 'topUp separateBucket (new purchase does not extend existing data)', confidence: 'V-official', ref: 'faq.povo.jp/print/faq/766' },
    { fact: 'topUp autoRenewAvailable (auto-charge, subscription toppings)', confidence: 'V-official', ref: 'povo.jp/en/topping-list/detail/3G_30d/; povo.jp/subscription_auto-charge_diff' },
    { fact: 'renewal.app 「上記に同意する」「スワイプして購入を確定する」', confidence: 'V-official', ref: 'povo.jp/subscription_auto-charge_diff' },
    { fact: 'renewal.app sections データトッピング / 使い放題トッピング, 注文完了', confidence: 'V-code', ref: 'core-povo StoreParserTest.kt; quilt-order-history.json' },
    { fact: 'renewal.online url and topping purchase on povo shop', confidence: 'V-official', ref: 'faq.povo.jp/print/faq/413 (povo shop); login URL from a MOBILE_CARRIERS preset (V-code)' },
    { fact: 'renewal.voucher ギガチャージカード at Lawson', confidence: 'V-blog', ref: 'gadget.awaisora.com (2025)' },
    { fact: 'renewal.voucher プリペイドコード', confidence: 'V-official', ref: 'povo.jp/spec/topping/24h_limit_tickets; faq.povo.jp/print/faq/766' },
    { fact: 'support: suspended line cannot buy in the app', confidence: 'V-blog', ref: 'orefolder.jp/2022/06/povo-180days' },
  ],
};
