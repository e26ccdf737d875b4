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
 * SoftBank (My SoftBank): monthly postpaid plans. The data page 「データ使用の管理」 is served
 * by re11.my.softbank.jp/resfe/ after a single sign-on hop through my.softbank.jp.
 */
export const softbank: ProviderProfile = {
  id: 'softbank',
  names: { en: 'SoftBank', ja: 'ソフトバンク', 'zh-CN': '软银', 'zh-TW': '軟銀' },
  country: 'JP',
  // my.softbank.jp runs the sign-on links (/msb/d/webLink/doSend/…); re11 serves the data pages.
  hosts: ['my.softbank.jp', 're11.my.softbank.jp'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://my.softbank.jp/*',
    'https://re11.my.softbank.jp/*',
  ],
  accountPages: ['https://re11.my.softbank.jp/resfe/*'],
  ...noPurchasePages(),
  ...JAPAN_POSTPAID,
  hints: {
    labels: { remaining: ['通信速度低速化までの残りデータ量', '残量'], used: ['使用量'] },
    // A short history table; never the month's remaining data.
    usageLabels: ['過去3日間の通信量'],
  },
  // Data added on a monthly plan counts for the current billing month (reset on 請求締日).
  topUp: monthlyAddOn(),
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://my.softbank.jp/msb/d/webLink/doSend/MRERE0000',
        fits: { addsData: true },
        steps: [
          'guide_softbank_online_1',
          'guide_softbank_online_2',
          'guide_softbank_online_3',
          'guide_generic_confirm_1',
        ],
      },
      shopMethod(),
    ],
    supportHintKey: 'support_softbank',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts, accountPages re11.my.softbank.jp/resfe/ (「データ使用の管理」)', confidence: 'V-code', ref: 'miya/mysb-reminder mysoftbank/mysoftbank.py (2020) and forks' },
    { fact: 'renewal.online url MRERE0000 (link to the data page)', confidence: 'V-code', ref: 'miya/mysb-reminder mysoftbank/mysoftbank.py' },
    noPurchasePagesSource('research §9'),
    { fact: 'labels 通信速度低速化までの残りデータ量; 過去3日間の通信量', confidence: 'V-blog', ref: 'kotonova.com/918' },
    { fact: 'labels 使用量 / 残量 (chart keys usedGigaData / remainData)', confidence: 'V-code', ref: 'miya/mysb-reminder chart config keys' },
    { fact: 'data resets on 請求締日 (10日, 20日 or 月末); SMS at 200MB left', confidence: 'V-blog', ref: 'kotonova.com/918; leadtofuture.com' },
    { fact: 'topUp monthlyAddOn', confidence: 'INFERRED', ref: 'monthly allowance resets on the billing date' },
    { fact: 'renewal.online menu path 「ご利用のデータ通信量を確認する」→「データの状況を確認・変更する」', confidence: 'V-blog', ref: 'kotonova.com/918' },
    shopSource('ソフトバンクショップ'),
    postpaidKeepAliveSource(),
  ],
};
