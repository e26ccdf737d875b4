import { brandName } from './defaults';
import type { ProviderProfile } from './types';

/**
 * giffgaff (UK, on O2): the classic number-keeping (保号) SIM. The number is recycled unless the
 * line is used or topped up at least once every 6 months. Goodybags run 30 days.
 */
export const giffgaff: ProviderProfile = {
  id: 'giffgaff',
  names: brandName('giffgaff'),
  country: 'GB',
  // www.giffgaff.com also serves the shop and marketing pages: only account and top-up paths.
  hosts: ['www.giffgaff.com'],
  accountPages: ['https://www.giffgaff.com/dashboard*', 'https://www.giffgaff.com/profile/goodybag*'],
  checkoutPages: ['https://www.giffgaff.com/top-up*', 'https://www.giffgaff.com/goodybags/checkout*'],
  confirmationPages: [],
  timeZone: 'Europe/London',
  dateOrder: 'dmy',
  pageLanguage: 'en-GB',
  dataUnit: 'binary',
  postpaidMonthly: false,
  // The number lives while the line is used or topped up every 6 months.
  lineKind: 'keep-number',
  // Six months, counted as 180 days so the deadline never falls after the real one.
  keepAlive: { anchor: 'afterLastActivity', days: 180, actionKey: 'keepalive_giffgaff' },
  // A goodybag bought while one runs is queued and starts when the current one ends.
  topUp: { model: 'extendValidity', stacks: true, autoRenewAvailable: true },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://www.giffgaff.com/top-up',
        steps: [
          'guide_giffgaff_online_1',
          'guide_giffgaff_online_2',
          'guide_giffgaff_online_3',
          'guide_generic_confirm_1',
        ],
      },
      {
        kind: 'voucher',
        url: 'https://www.giffgaff.com/top-up',
        steps: [
          'guide_giffgaff_voucher_1',
          'guide_generic_voucher_2',
          'guide_giffgaff_voucher_2',
          'guide_giffgaff_voucher_3',
        ],
      },
      { kind: 'autoRenew', steps: ['guide_giffgaff_autoRenew_1', 'guide_giffgaff_autoRenew_2'] },
    ],
    supportHintKey: 'support_giffgaff',
  },
  sources: [
    { fact: 'hosts, accountPages /dashboard (My giffgaff)', confidence: 'V-code', ref: 'several public giffgaff dashboard scrapers; community.giffgaff.com links' },
    { fact: 'accountPages /profile/goodybag; checkoutPages /goodybags/checkout', confidence: 'INFERRED', ref: 'tests/fixtures/pages/giffgaff' },
    { fact: 'checkoutPages /top-up; renewal url', confidence: 'V-code', ref: 'public code linking https://www.giffgaff.com/top-up' },
    { fact: 'keepAlive: a call, SMS/MMS, data connection or purchase every 6 months', confidence: 'V-official', ref: 'community.giffgaff.com blog "Recycling mobile numbers"; T&C 13.3' },
    { fact: 'renewal.online Top-up → Continue → Confirm order; Visa/Mastercard, no Amex/Diners', confidence: 'V-official', ref: 'community.giffgaff.com/t5/Using-giffgaff/Guide-to-top-up/ta-p/3498169' },
    { fact: 'renewal.voucher: epay / Payzone / PayPoint shops, Post Offices, O2 vouchers; 16 digits; 43430; up to 24 hours', confidence: 'V-official', ref: 'community.giffgaff.com Guide to top-up; Solve your questions' },
    { fact: 'topUp autoRenewAvailable: recurring goodybag, auto top-up', confidence: 'V-official', ref: 'community.giffgaff.com Guide to top-up' },
    { fact: 'goodybag runs 30 days; queued goodybags', confidence: 'V-blog', ref: 'giffgaffnetwork.com/es; community 43430 guide (V-official, queue)' },
    { fact: 'dateOrder dmy; Europe/London', confidence: 'INFERRED', ref: 'UK site' },
  ],
};
