import {
  JAPAN_POSTPAID,
  monthlyAddOn,
  noPurchasePages,
  noPurchasePagesSource,
  postpaidKeepAliveSource,
  shopMethod,
  shopSource,
} from './defaults';
import type { ProviderProfile } from './types';

/**
 * Y!mobile (SoftBank's sub-brand, My Y!mobile): monthly plans. Data status is on
 * re61.my.ymobile.jp/resfe/ (four tables: 繰越 / 基本 / 有料 / 使用済み) and, on older
 * accounts, on my.ymobile.jp/muc/d/top/.
 */
export const ymobile: ProviderProfile = {
  id: 'ymobile',
  names: { en: 'Y!mobile', ja: 'ワイモバイル', 'zh-CN': 'Y!mobile', 'zh-TW': 'Y!mobile' },
  country: 'JP',
  // www.ymobile.jp is the marketing site; my.ymobile.jp and re61 serve My Y!mobile.
  hosts: ['my.ymobile.jp', 're61.my.ymobile.jp'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://my.ymobile.jp/*',
    'https://re61.my.ymobile.jp/*',
  ],
  accountPages: ['https://re61.my.ymobile.jp/resfe/*', 'https://my.ymobile.jp/muc/d/top*'],
  ...noPurchasePages(),
  ...JAPAN_POSTPAID,
  hints: {
    labels: { remaining: ['追加料金課金までの残りデータ量', '残りデータ量'], used: ['使用済み'] },
    usageLabels: ['使用済み'],
    selectors: {
      // One line's block with the four tables; values are padded with tabs and newlines.
      lineBlock: '.list-toggle-content.js-toggle-content.m-top-20',
      // Older /muc/d/top/ page: the current usage.
      used: '#data_amount',
    },
  },
  topUp: monthlyAddOn(),
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://my.ymobile.jp/muc/d/webLink/doSend/MRERE0000',
        fits: { addsData: true },
        steps: [
          'guide_ymobile_online_1',
          'guide_ymobile_online_2',
          'guide_ymobile_online_3',
          'guide_generic_confirm_1',
        ],
      },
      shopMethod(),
    ],
    supportHintKey: 'support_ymobile',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts, accountPages re61.my.ymobile.jp/resfe/, renewal.online url MRERE0000', confidence: 'V-code', ref: 'Python scraper and Kotlin app com.hachi.ymobilemonitor (research §11)' },
    { fact: 'accountPages my.ymobile.jp/muc/d/top/ (#data_amount)', confidence: 'V-code', ref: 'AWS-Lambda scraper, older flow (research §11)' },
    { fact: 'selectors.lineBlock (four tables 繰越 / 基本 / 有料 / 使用済み)', confidence: 'V-code', ref: 'research §11' },
    { fact: 'labels 追加料金課金までの残りデータ量 (table.contract-info)', confidence: 'V-code', ref: 'AWS-Lambda scraper, older flow' },
    { fact: 'labels 残りデータ量', confidence: 'INFERRED', ref: 'generic wording' },
    noPurchasePagesSource('research §11 (only the old 「低速解除」 purchase on webmy.ymobile.jp)'),
    { fact: 'topUp monthlyAddOn', confidence: 'INFERRED', ref: '有料 bucket beside the monthly 基本 bucket' },
    shopSource('ワイモバイルショップ'),
    postpaidKeepAliveSource(),
  ],
};
