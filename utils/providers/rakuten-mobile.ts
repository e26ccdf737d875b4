import { JAPAN_POSTPAID, noPurchasePages, noPurchasePagesSource, shopMethod } from './defaults';
import type { ProviderProfile } from './types';

/**
 * Rakuten Mobile (楽天モバイル): a tiered postpaid plan read in "my 楽天モバイル" at
 * portal.mobile.rakuten.co.jp. Its data figure is usage this month, never what is left.
 */
export const rakutenMobile: ProviderProfile = {
  id: 'rakuten-mobile',
  names: { en: 'Rakuten Mobile', ja: '楽天モバイル', 'zh-CN': '乐天移动', 'zh-TW': '樂天行動' },
  country: 'JP',
  // network.mobile.rakuten.co.jp is the marketing and guide site; the portal is the account.
  hosts: ['portal.mobile.rakuten.co.jp'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://portal.mobile.rakuten.co.jp/*',
  ],
  accountPages: [
    'https://portal.mobile.rakuten.co.jp/dashboard*',
    'https://portal.mobile.rakuten.co.jp/my-rakuten-mobile*',
  ],
  // データチャージ starts from the dashboard itself (the official data-charge page links to
  // /dashboard?scrollTo=partnerArea#home); no separate checkout path is known, so none is guessed.
  ...noPurchasePages(),
  ...JAPAN_POSTPAID,
  hints: {
    labels: { used: ['データ利用量'] },
    // 当月分の「データ利用量」 is usage, high and low speed together; charged data is not in it.
    usageLabels: ['データ利用量'],
    // innerText like "19.5GB": data USED this month (a scraper computes remaining as 20 − used).
    selectors: { used: 'div.title__data' },
  },
  // データチャージ: "購入日を含めて31日間", consumed after the month's allowance: its own bucket.
  topUp: { model: 'separateBucket', stacks: true, autoRenewAvailable: false },
  // Rakuten最強プラン's price is set by the data used this month: up to 3GB 1,078円, up to 20GB
  // 2,178円, beyond that (unlimited) 3,278円. "Up to" includes the bound: exactly 3GB is 1,078円.
  // 1,078 = 980 + 10% consumption tax, so these are tax-included prices [INFERRED].
  usageTiers: [
    { upToMB: 3 * 1024, monthlyYen: 1078 },
    { upToMB: 20 * 1024, monthlyYen: 2178 },
    { upToMB: null, monthlyYen: 3278 },
  ],
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://portal.mobile.rakuten.co.jp/dashboard?scrollTo=partnerArea#home',
        // データチャージ only buys data: nothing for a line whose data is unlimited.
        fits: { addsData: true },
        steps: [
          'guide_rakuten_mobile_online_1',
          'guide_rakuten_mobile_online_2',
          'guide_rakuten_mobile_online_3',
          'guide_rakuten_mobile_online_4',
        ],
      },
      {
        kind: 'app',
        fits: { addsData: true },
        steps: ['guide_rakuten_mobile_app_1', 'guide_rakuten_mobile_online_2', 'guide_rakuten_mobile_online_3'],
      },
      shopMethod(),
    ],
    supportHintKey: 'support_rakuten_mobile',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts, accountPages /dashboard', confidence: 'V-code', ref: 'MT472562/RakutenMobileSystem rakuten.py' },
    { fact: 'accountPages /my-rakuten-mobile', confidence: 'V-code', ref: 'Rakuten site source (LinkNormal href); MOBILE_CARRIERS preset; xn--zck8ci2732becr.jp/?p=544 (V-blog)' },
    noPurchasePagesSource('research §2; data-charge button on the official site goes to /dashboard?scrollTo=partnerArea#home (V-code)'),
    { fact: 'labels.used / usageLabels データ利用量 = usage', confidence: 'V-official', ref: 'network.mobile.rakuten.co.jp/guide/data-traffic/; faq/detail/10001093' },
    { fact: 'selectors.used div.title__data (used, not remaining)', confidence: 'V-code', ref: 'MT472562/RakutenMobileSystem rakuten.py' },
    { fact: 'postpaidMonthly (tiered postpaid plan)', confidence: 'V-blog', ref: 'cheap-sim.com/7246' },
    { fact: 'keepAlive: no inactivity rule', confidence: 'NOT-FOUND', ref: 'research §2' },
    { fact: 'topUp separateBucket: データチャージ valid 31 days incl. purchase day', confidence: 'V-blog', ref: 'apple-geeks.com; appllio.com/rakuten-mobile-overseas' },
    { fact: 'renewal.online url (data-charge button target)', confidence: 'V-code', ref: 'Rakuten official site source: data-ratid="service_data-charge_plans01"' },
    { fact: 'renewal.online/app steps 「ホーム」「データチャージ」', confidence: 'V-blog', ref: 'apple-geeks.com; network.mobile.rakuten.co.jp/guide/data-traffic/ (V-official, 「ホーム」)' },
    { fact: 'renewal.shop (楽天モバイルショップ)', confidence: 'INFERRED', ref: 'carrier shops exist; procedures per shop not researched' },
    { fact: 'usageTiers (Rakuten最強プラン: up to 3GB 1,078円, up to 20GB 2,178円, unlimited 3,278円)', confidence: 'V-blog', ref: 'cheap-sim.com (research §2 Keep-alive)' },
  ],
};
