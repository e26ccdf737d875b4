import type { ProviderProfile } from './types';

/** IIJmio: MVNO on docomo / au networks. Member pages are a Nuxt app at www.iijmio.jp. */
export const iijmio: ProviderProfile = {
  id: 'iijmio',
  names: { en: 'IIJmio', ja: 'IIJmio', 'zh-CN': 'IIJmio', 'zh-TW': 'IIJmio' },
  country: 'JP',
  hosts: ['www.iijmio.jp'],
  accountPages: ['https://www.iijmio.jp/member/*', 'https://www.iijmio.jp/service/setup/hdc/*'],
  checkoutPages: ['https://www.iijmio.jp/service/setup/hdd/charge/*'],
  confirmationPages: ['https://www.iijmio.jp/service/setup/hdd/charge/complete*'],
  timeZone: 'Asia/Tokyo',
  dateOrder: 'ymd',
  pageLanguage: 'ja',
  dataUnit: 'binary',
  postpaidMonthly: false,
  hints: {
    labels: { remaining: ['データ残量', 'クーポン残量'], used: ['高速通信利用量', '低速通信利用量'] },
  },
  topUp: { model: 'monthlyAddOn', stacks: true, autoRenewAvailable: false },
  renewal: {
    methods: [{ kind: 'online', url: 'https://www.iijmio.jp/member/', steps: [] }],
    supportHintKey: 'support_generic',
  },
  sources: [{ fact: 'hosts', confidence: 'V-code', ref: 'yananob/iijmio-usage-check tests/data/data_usage.html' }],
};
