import { JAPAN_POSTPAID, brandName, monthlyAddOn } from './defaults';
import type { ProviderProfile } from './types';

/**
 * mineo (Optage): monthly MVNO plans; the My Page at my.mineo.jp is a Struts app
 * (`/mvno_cp/*.action`). Packet charge adds data that lasts until the end of the next month.
 */
export const mineo: ProviderProfile = {
  id: 'mineo',
  names: brandName('mineo'),
  country: 'JP',
  // mineo.jp is the marketing site; my.mineo.jp is only the My Page.
  hosts: ['my.mineo.jp'],
  // The root shows the login, then the My Page; every My Page screen is under /mvno_cp/.
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://my.mineo.jp/*',
  ],
  accountPages: ['https://my.mineo.jp/', 'https://my.mineo.jp/mvno_cp/*'],
  checkoutPages: ['https://my.mineo.jp/mvno_cp/MCP0201*'],
  confirmationPages: ['https://my.mineo.jp/mvno_cp/MCP020104*'],
  ...JAPAN_POSTPAID,
  hints: {
    labels: { remaining: ['残容量', 'データ残量'], expiry: ['有効期限'] },
  },
  // パケットチャージ: "有効期限は、翌月末まで"; the plan itself has no expiry to move.
  topUp: monthlyAddOn(),
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://my.mineo.jp/',
        fits: { addsData: true },
        steps: ['guide_mineo_online_1', 'guide_mineo_online_2', 'guide_mineo_online_3', 'guide_mineo_online_4'],
      },
    ],
    supportHintKey: 'support_mineo',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts, accountPages /mvno_cp/*', confidence: 'V-code', ref: 'TakashiSasaki userscript "@match https://my.mineo.jp/mvno_cp/*.action"' },
    { fact: 'accountPages / (My Page entry)', confidence: 'V-code', ref: 'Playwright scripts with MY_PAGE_URL = "https://my.mineo.jp/"' },
    { fact: 'checkoutPages, confirmationPages (.action names)', confidence: 'INFERRED', ref: 'tests/fixtures/pages/mineo packet-charge-*; real action names not found' },
    { fact: 'labels.remaining 残容量', confidence: 'V-official', ref: 'mineo.jp/service/data/packet-charge' },
    { fact: 'labels.remaining データ残量 (donut)', confidence: 'V-blog', ref: 'siminfo.jp/mineo/data-carryover' },
    { fact: 'labels.expiry 有効期限', confidence: 'V-blog', ref: 'mypath-as-variant.com/entry/2017/07/31/230218 (gift expiry)' },
    { fact: 'postpaidMonthly; keepAlive none', confidence: 'INFERRED', ref: 'research §4: no inactivity rule found' },
    { fact: 'topUp: 55円 per 100MB, ≤1,000MB a purchase, until 翌月末', confidence: 'V-official', ref: 'mineo.jp/service/data/packet-charge' },
    { fact: 'renewal.online 「パケットチャージ」「今すぐチャージ」「決定」', confidence: 'V-official', ref: 'mineo.jp/service/data/packet-charge' },
    { fact: 'renewal.online eoID login', confidence: 'V-code', ref: 'Playwright login script (eoID → 次へ → eoIDパスワード → ログイン)' },
  ],
};
