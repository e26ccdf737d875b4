import {
  JAPAN_POSTPAID,
  monthlyAddOn,
  noPurchasePages,
  noPurchasePagesSource,
  shopMethod,
  shopSource,
} from './defaults';
import type { ProviderProfile } from './types';

/**
 * NTT docomo (My docomo): monthly postpaid plans. No public scraper exists; the labels are from
 * blogs of 2015–2017 and the current pages may word them differently (research §7).
 */
export const docomo: ProviderProfile = {
  id: 'docomo',
  names: { en: 'NTT docomo', ja: 'ドコモ', 'zh-CN': 'docomo', 'zh-TW': 'docomo' },
  country: 'JP',
  // www.docomo.ne.jp is mostly the marketing site: only My docomo paths.
  hosts: ['www.docomo.ne.jp'],
  accountPages: ['https://www.docomo.ne.jp/mydocomo/*'],
  // 1GB追加オプション and スピードモード are applied inside My docomo; no path is known.
  ...noPurchasePages(),
  ...JAPAN_POSTPAID,
  hints: {
    labels: {
      remaining: ['速度低下(128kbps通信)までの残りデータ通信量', '残りデータ量'],
      total: ['当月の利用可能データ量'],
      used: ['1か月間合計データ通信量', 'ご利用データ量'],
    },
    usageLabels: ['1か月間合計データ通信量', 'ご利用データ量'],
  },
  // 1GB追加オプション lasts only the month it is applied for; スピードモード adds 1GB steps
  // automatically up to a cap the user sets.
  topUp: monthlyAddOn({ autoRenewAvailable: true }),
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://www.docomo.ne.jp/mydocomo/',
        fits: { addsData: true },
        steps: ['guide_docomo_online_1', 'guide_docomo_online_2', 'guide_docomo_online_3', 'guide_generic_confirm_1'],
      },
      { kind: 'autoRenew', fits: { addsData: true }, steps: ['guide_docomo_autoRenew_1', 'guide_docomo_autoRenew_2'] },
      shopMethod(),
    ],
    supportHintKey: 'support_docomo',
  },
  sources: [
    { fact: 'hosts, accountPages /mydocomo/', confidence: 'V-code', ref: 'MOBILE_CARRIERS preset; dmenu menu JSON (https://www.docomo.ne.jp/mydocomo/)' },
    noPurchasePagesSource('research §7'),
    { fact: 'labels 当月の利用可能データ量', confidence: 'V-blog', ref: 'rfmori.com/2015/05/docomo-packet.html' },
    { fact: 'labels 1か月間合計データ通信量 / 速度低下(128kbps通信)までの残りデータ通信量', confidence: 'V-blog', ref: 'did2memo.net/2015/06/23/speed-limit-check' },
    { fact: 'labels 残りデータ量 / ご利用データ量 (current wording)', confidence: 'INFERRED', ref: 'tests/fixtures/pages/docomo; current labels not found' },
    { fact: 'postpaidMonthly; keepAlive none', confidence: 'INFERRED', ref: 'monthly postpaid carrier plans; no inactivity rule researched' },
    { fact: 'topUp monthlyAddOn: 1GB追加オプション valid in the month applied', confidence: 'V-blog', ref: 'hermitage-netaudio.com (2017); docomaru.com' },
    { fact: 'topUp autoRenewAvailable: スピードモード', confidence: 'V-blog', ref: 'hermitage-netaudio.com; docomaru.com' },
    { fact: 'renewal.online 「料金・データ量の確認」 / 「1GB追加オプション」', confidence: 'V-blog', ref: 'hermitage-netaudio.com (2017); labels may have changed' },
    { fact: 'renewal.online dポイント usable', confidence: 'V-blog', ref: 'card-reviews.com (2019)' },
    shopSource('ドコモショップ'),
  ],
};
