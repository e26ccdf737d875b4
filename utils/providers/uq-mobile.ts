import { JAPAN_POSTPAID, noPurchasePages, postpaidKeepAliveSource, shopMethod } from './defaults';
import type { ProviderProfile } from './types';

/**
 * UQ mobile (KDDI): monthly plans read in "my UQ mobile" on www.uqwimax.jp; login is shared
 * with au (au ID). Carry-over (くりこし) lasts until the end of the following month.
 */
export const uqMobile: ProviderProfile = {
  id: 'uq-mobile',
  names: { en: 'UQ mobile', ja: 'UQモバイル', 'zh-CN': 'UQ mobile', 'zh-TW': 'UQ mobile' },
  country: 'JP',
  // www.uqwimax.jp also serves UQ's marketing pages: only the member support paths.
  hosts: ['www.uqwimax.jp'],
  accountPages: ['https://www.uqwimax.jp/mobile/support/member/*'],
  // The データチャージ site is separate and its address is not known.
  ...noPurchasePages(),
  ...JAPAN_POSTPAID,
  hints: {
    labels: { remaining: ['データ残量', '追加データ残量'], expiry: ['有効期限'] },
  },
  // Charged data is consumed last (くりこし → monthly → charge) and keeps its own validity.
  topUp: { model: 'separateBucket', stacks: true, autoRenewAvailable: false },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://www.uqwimax.jp/mobile/support/member/',
        fits: { addsData: true },
        steps: [
          'guide_uq_mobile_online_1',
          'guide_uq_mobile_online_2',
          'guide_uq_mobile_online_3',
          'guide_generic_confirm_1',
        ],
      },
      { kind: 'app', fits: { addsData: true }, steps: ['guide_uq_mobile_app_1', 'guide_uq_mobile_online_2', 'guide_uq_mobile_online_3'] },
      shopMethod('guide_uq_mobile_shop_1'),
    ],
    supportHintKey: 'support_uq_mobile',
  },
  sources: [
    { fact: 'hosts, accountPages /mobile/support/member/', confidence: 'V-code', ref: 'MOBILE_CARRIERS preset' },
    { fact: 'login shared with au (au ID, 「au/UQパスワード」)', confidence: 'V-code', ref: 'research §10' },
    { fact: 'checkoutPages: separate データチャージサイト, address unknown', confidence: 'NOT-FOUND', ref: 'simfree-world.com, kkyssim.com (V-blog) mention it' },
    { fact: 'labels データ残量 / 追加データ残量', confidence: 'V-blog', ref: 'kkyssim.com/uqmobile-datacharge' },
    { fact: 'topUp separateBucket; consumption くりこし → monthly → charge', confidence: 'V-blog', ref: 'l-kyojin01.jp/archive/4703; FAQ excerpt (URL unknown)' },
    { fact: 'renewal.app UQ mobile ポータルアプリ', confidence: 'V-blog', ref: 'simfree-world.com; kkyssim.com' },
    { fact: 'renewal.shop UQスポット', confidence: 'INFERRED', ref: 'UQ shops named in a public SIM-unlock guide; procedures not researched' },
    postpaidKeepAliveSource(),
  ],
};
