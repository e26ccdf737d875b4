import { JAPAN_PAGES } from './defaults';
import type { ProviderProfile } from './types';

/**
 * b-mobile (日本通信, Japan Communications): the VISITOR SIM for tourists (1GB / 1 day charges,
 * over the SIM's own network only) and the older b-microSIM U300 (30 / 185-day charges). The
 * My page of 日本通信's postpaid SIMs is mypage.bmobile.ne.jp.
 */
export const bMobile: ProviderProfile = {
  id: 'b-mobile',
  names: {
    en: 'b-mobile (Japan Communications)',
    ja: '日本通信（b-mobile）',
    'zh-CN': 'b-mobile（日本通信）',
    'zh-TW': 'b-mobile（日本通信）',
  },
  country: 'JP',
  // www.bmobile.ne.jp is mostly the marketing site: only charge and status paths.
  hosts: ['www.bmobile.ne.jp', 'mypage.bmobile.ne.jp'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://mypage.bmobile.ne.jp/*',
    'https://www.bmobile.ne.jp/english/*',
    'https://www.bmobile.ne.jp/visitor/*',
    'https://www.bmobile.ne.jp/mypage/*',
    'https://www.bmobile.ne.jp/planchange/*',
  ],
  accountPages: [
    'https://www.bmobile.ne.jp/english/charge_top*',
    'https://www.bmobile.ne.jp/visitor/charge_top*',
    'https://www.bmobile.ne.jp/mypage/status*',
    'https://mypage.bmobile.ne.jp/',
    'https://mypage.bmobile.ne.jp/checkout/status*',
    // A plan-change page: the content decides whether it shows status.
    'https://www.bmobile.ne.jp/planchange/capsetting_change.html*',
  ],
  checkoutPages: ['https://www.bmobile.ne.jp/english/charge_input*', 'https://www.bmobile.ne.jp/mypage/charge_plan*'],
  confirmationPages: ['https://www.bmobile.ne.jp/english/charge_complete*'],
  ...JAPAN_PAGES,
  postpaidMonthly: false,
  lineKind: 'prepaid',
  hints: {
    labels: {
      expiry: ['Service End Date', '利用期間', '残り期間'],
      remaining: ['Remaining Data'],
      line: ['SIM Phone Number'],
    },
  },
  // U300 only: charge within 60 days after the period ends. The VISITOR SIM's own window is 2
  // days and its expiry reminders cover it; a line with no plan name read gets no rule.
  keepAliveByPlan: [
    { planIncludes: ['U300'], rule: { anchor: 'afterExpiry', days: 60, actionKey: 'keepalive_b_mobile' } },
  ],
  // VISITOR SIM: each charge adds 1GB and one day (after expiry: 1GB until 23:59 that day).
  topUp: { model: 'fixedIncrement', incrementMB: 1024, incrementDays: 1, stacks: true, autoRenewAvailable: true },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://www.bmobile.ne.jp/english/charge.html',
        // The VISITOR SIM's own charge page; its English and visitor/ pages show VISITOR SIMs only.
        fits: {
          plans: ['VISITOR'],
          pages: ['https://www.bmobile.ne.jp/english/', 'https://www.bmobile.ne.jp/visitor/'],
          product: 'VISITOR SIM',
        },
        steps: [
          'guide_b_mobile_online_1',
          'guide_b_mobile_online_2',
          'guide_b_mobile_online_3',
          'guide_b_mobile_online_4',
          'guide_b_mobile_online_5',
        ],
      },
      {
        kind: 'online',
        url: 'https://www.bmobile.ne.jp/sim_m/charge.html',
        fits: { plans: ['U300'], product: 'U300' },
        steps: ['guide_b_mobile_u300_online_1', 'guide_b_mobile_u300_online_2', 'guide_generic_confirm_1'],
      },
      // オートチャージ exists for U300 only; a VISITOR SIM is charged by hand.
      { kind: 'autoRenew', fits: { plans: ['U300'], product: 'U300' }, steps: ['guide_b_mobile_autoRenew_1', 'guide_b_mobile_autoRenew_2'] },
    ],
    supportHintKey: 'support_b_mobile',
    refundHintKey: 'refund_b_mobile',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts www.bmobile.ne.jp; renewal.online url english/charge.html', confidence: 'V-official', ref: 'www.bmobile.ne.jp/english/charge.html' },
    { fact: 'hosts mypage.bmobile.ne.jp; accountPages / and /checkout/status', confidence: 'V-code', ref: 'Perl (Web::Scraper) and Go (playwright-go) My page scrapers' },
    { fact: 'accountPages english|visitor/charge_top, mypage/status; checkout/confirmation paths', confidence: 'INFERRED', ref: 'tests/fixtures/pages/b-mobile; tests/e2e demo pages; the real charge page opens only over the SIM network' },
    { fact: 'labels Service End Date / Remaining Data / SIM Phone Number', confidence: 'V-official', ref: 'www.bmobile.ne.jp/english/charge.html' },
    { fact: 'labels 利用期間 / 残り期間', confidence: 'V-official', ref: 'www.bmobile.ne.jp/sim_m/charge.html (old)' },
    { fact: 'topUp fixedIncrement 1GB + 1 day; 1GB until 23:59 after lapse; 2-day window; credit card only', confidence: 'V-official', ref: 'www.bmobile.ne.jp/english/charge.html' },
    { fact: 'keepAlive U300: charge within 60 days after the period', confidence: 'V-official', ref: 'www.bmobile.ne.jp/sim_m/charge.html (old page)' },
    { fact: 'topUp autoRenewAvailable: U300 オートチャージ below 2 days left', confidence: 'V-official', ref: 'www.bmobile.ne.jp/sim_m/charge.html (old page)' },
    { fact: 'renewal methods by product: VISITOR SIM charge (english/, visitor/ pages), U300 charge and オートチャージ', confidence: 'V-official', ref: 'www.bmobile.ne.jp/english/charge.html; www.bmobile.ne.jp/sim_m/charge.html (old page)' },
    { fact: 'renewal U300 steps チャージ方法選択 → プラン選択 → 決済情報入力; 30 / 185 days', confidence: 'V-official', ref: 'www.bmobile.ne.jp/sim_m/charge.html' },
    { fact: 'refund: no refunds or cancellations once the order is completed', confidence: 'V-official', ref: 'www.bmobile.ne.jp/english/charge.html' },
    { fact: '日本通信SIM My page labels', confidence: 'NOT-FOUND', ref: 'research §13 (the 高速通信 … MB span of a Go scraper is the only hint)' },
  ],
};
