import { JAPAN_POSTPAID, monthlyAddOn, noPurchasePages } from './defaults';
import type { ProviderProfile } from './types';

/**
 * Sakura Mobile: monthly SIMs for residents and long stays, plus a travel eSIM, sold in English.
 * Its "My Page" flow is documented in the help centre; no address or label of it was found, so
 * the page patterns are the team's guess.
 */
export const sakuraMobile: ProviderProfile = {
  id: 'sakura-mobile',
  names: { en: 'Sakura Mobile', ja: 'サクラモバイル', 'zh-CN': 'Sakura Mobile', 'zh-TW': 'Sakura Mobile' },
  country: 'JP',
  // www.sakuramobile.jp is the shop and marketing site: only the guessed My Page path.
  hosts: ['www.sakuramobile.jp'],
  accountPages: ['https://www.sakuramobile.jp/mypage/*'],
  ...noPurchasePages(),
  // Monthly plans; a travel eSIM's end date is read where the page states it.
  ...JAPAN_POSTPAID,
  // Its pages are in English.
  pageLanguage: 'en',
  // No top-up product is documented; plan changes apply from the 1st of the next month.
  topUp: monthlyAddOn(),
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://support.sakuramobile.jp/hc/en-us/articles/360040685891',
        steps: [
          'guide_sakura_mobile_online_1',
          'guide_sakura_mobile_online_2',
          'guide_sakura_mobile_online_3',
          'guide_sakura_mobile_online_4',
        ],
      },
      {
        kind: 'voucher',
        steps: ['guide_sakura_mobile_voucher_1', 'guide_sakura_mobile_voucher_2', 'guide_generic_voucher_2'],
      },
    ],
    supportHintKey: 'support_sakura_mobile',
    refundHintKey: 'refund_sakura_mobile',
  },
  sources: [
    { fact: 'hosts www.sakuramobile.jp', confidence: 'V-official', ref: 'www.sakuramobile.jp/terms-of-service/; /payment-methods/' },
    { fact: 'accountPages /mypage/', confidence: 'INFERRED', ref: 'tests/fixtures/pages/sakura-mobile; My Page address not found' },
    { fact: 'renewal.online My Page → Contract details → Manage Plan → Change monthly plan; 25th 11:59 PM JST', confidence: 'V-official', ref: 'support.sakuramobile.jp/hc/en-us/articles/360040685891' },
    { fact: 'travel eSIM: install day is day 1, usable until 23:59 of the last day', confidence: 'V-official', ref: 'support.sakuramobile.jp/hc/en-us/articles/27171831802393' },
    { fact: 'renewal.voucher Smart Pit cash payment at Lawson / Ministop / FamilyMart, 1st–10th, late fee', confidence: 'V-official', ref: 'www.sakuramobile.jp/payment-methods/' },
    { fact: 'refund: eSIM Compatibility Insurance gives a partial refund for an incompatible phone', confidence: 'V-official', ref: 'support.sakuramobile.jp/hc/en-us/articles/34823295298713' },
    { fact: 'labels, remaining-data display, top-up', confidence: 'NOT-FOUND', ref: 'research §14' },
    { fact: 'keepAlive none (monthly contract)', confidence: 'INFERRED', ref: 'research §14' },
  ],
};
