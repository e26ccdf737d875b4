import { brandName, noPurchasePages } from './defaults';
import type { ProviderProfile } from './types';

/**
 * Mobal: Japan SIMs and eSIMs for visitors, managed in English in MyAccount. Short-term plans
 * end for good at their end date (the number is not reused), so the expiry reminder is the
 * keep-alive reminder; "Ongoing" plans continue until cancelled.
 */
export const mobal: ProviderProfile = {
  id: 'mobal',
  names: brandName('Mobal'),
  country: 'JP',
  // www.mobal.com is also the shop: only MyAccount.
  hosts: ['www.mobal.com'],
  accountPages: ['https://www.mobal.com/myaccount*'],
  // "Extend Service" is reached inside MyAccount; its own address is not known.
  ...noPurchasePages(),
  timeZone: 'Asia/Tokyo',
  // Long dates are written day-first ("31 December 2026"); a UK head office bills the service.
  dateOrder: 'dmy',
  pageLanguage: 'en',
  dataUnit: 'binary',
  postpaidMonthly: false,
  lineKind: 'prepaid',
  // No keepAlive: a short-term plan is disconnected at its end date, which the expiry reminders
  // already cover; there is no later grace to count.
  // Extend Service shows the new end date, i.e. it runs on from the current one.
  topUp: { model: 'extendValidity', stacks: true, autoRenewAvailable: false },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://www.mobal.com/myaccount',
        steps: ['guide_mobal_online_1', 'guide_mobal_online_2', 'guide_mobal_online_3', 'guide_mobal_online_4'],
      },
    ],
    supportHintKey: 'support_mobal',
  },
  sources: [
    { fact: 'hosts, accountPages /myaccount, renewal.online url', confidence: 'V-official', ref: 'support.mobal.com; helpdesk.mobal.com; help.mobal.com (research §15)' },
    { fact: 'renewal.online MyAccount → Services → More Information → Extend Service (30/60/90 days)', confidence: 'V-official', ref: 'research §15' },
    { fact: 'short-term plans disconnected at the end; number not reused; Ongoing plans; Vacation Plan', confidence: 'V-official', ref: 'research §15' },
    { fact: 'payment: international card, Alipay, PayPal; JPY; ¥100 authorization check', confidence: 'V-official', ref: 'support.mobal.com/japan-esim-big5/category/billing/page/2' },
    { fact: 'topUp extendValidity stacks (runs on from the current end date)', confidence: 'INFERRED', ref: '"the page shows the new end date" (research §15)' },
    { fact: 'dateOrder dmy; timeZone Asia/Tokyo', confidence: 'INFERRED', ref: 'UK-run English pages; Japanese network' },
    { fact: 'checkoutPages; labels of the data display', confidence: 'NOT-FOUND', ref: 'research §15' },
    { fact: 'keepAlive none: short-term plans end at the end date', confidence: 'V-official', ref: 'research §15' },
  ],
};
