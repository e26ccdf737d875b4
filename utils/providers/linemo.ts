import { JAPAN_POSTPAID, brandName, monthlyAddOn, noPurchasePages } from './defaults';
import type { ProviderProfile } from './types';

/**
 * LINEMO (SoftBank's online brand): monthly plans, managed on care.linemo.jp. Nothing of its
 * pages was found in public code; paths and labels here are the team's best guess.
 */
export const linemo: ProviderProfile = {
  id: 'linemo',
  names: brandName('LINEMO'),
  country: 'JP',
  // www.linemo.jp is the marketing site; care.linemo.jp is the account (My Menu).
  hosts: ['care.linemo.jp'],
  // The account and shop areas: the reader runs on every page here and the content decides what it is.
  areas: [
    'https://care.linemo.jp/*',
  ],
  accountPages: ['https://care.linemo.jp/', 'https://care.linemo.jp/mymenu/*'],
  ...noPurchasePages(),
  ...JAPAN_POSTPAID,
  hints: {
    labels: { remaining: ['データ残量', '残りデータ量'], used: ['使用量'] },
    usageLabels: ['使用量'],
  },
  // Added data (1GB units) is usable only in the current month, no carry-over.
  topUp: monthlyAddOn(),
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://care.linemo.jp/',
        fits: { addsData: true },
        steps: ['guide_linemo_online_1', 'guide_linemo_online_2', 'guide_linemo_online_3', 'guide_generic_confirm_1'],
      },
    ],
    supportHintKey: 'support_linemo',
  },
  sources: [
    { fact: 'areas (account and shop areas the reader runs on)', confidence: 'INFERRED', ref: 'issue 14: the content decides the page kind; hosts and paths from the page patterns and the research' },
    { fact: 'hosts care.linemo.jp', confidence: 'V-code', ref: 'MOBILE_CARRIERS preset (unconfirmed, research §5)' },
    { fact: 'accountPages / and /mymenu/', confidence: 'INFERRED', ref: 'tests/fixtures/pages/linemo' },
    { fact: 'labels', confidence: 'INFERRED', ref: 'no LINEMO scraper found (research §5)' },
    { fact: 'topUp monthlyAddOn: 1GB per charge, current month only', confidence: 'V-blog', ref: 'kotomobile.jp/?p=2985' },
    { fact: 'keepAlive none (postpaid)', confidence: 'NOT-FOUND', ref: 'research §5' },
    { fact: 'LINEMO may share SoftBank ID (id.my.softbank.jp)', confidence: 'INFERRED', ref: 'research §5, not verified' },
  ],
};
