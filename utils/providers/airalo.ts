import { brandName } from './defaults';
import type { ProviderProfile } from './types';

/**
 * Airalo: travel eSIMs sold worldwide, renewed by adding a package ("TOP UP") to the same eSIM.
 * Its partner API states times in UTC and amounts in MB with 1 GB = 1024 MB.
 */
export const airalo: ProviderProfile = {
  id: 'airalo',
  names: brandName('Airalo'),
  country: 'global',
  // www.airalo.com is also the store: only My eSIMs, checkout and order pages.
  hosts: ['www.airalo.com'],
  accountPages: ['https://www.airalo.com/my-esims*'],
  checkoutPages: ['https://www.airalo.com/checkout*'],
  confirmationPages: ['https://www.airalo.com/order/*'],
  // Validity runs from activation in whole days of 24 hours and the API gives UTC times
  // ("2023-02-09T10:30:45+00:00"); a zone stated on the page still wins.
  timeZone: 'UTC',
  // English pages write "Dec 15, 2026": month first.
  dateOrder: 'mdy',
  pageLanguage: 'en',
  dataUnit: 'binary',
  postpaidMonthly: false,
  lineKind: 'travel-esim',
  hints: {
    labels: { remaining: ['Remaining'], expiry: ['Expires'] },
  },
  // Recycling: an eSIM with no package is recycled after a period (often 90 days) that restarts
  // when the last package's validity ends. Topping up keeps the installed eSIM.
  keepAlive: { anchor: 'afterExpiry', days: 90, actionKey: 'keepalive_airalo' },
  // "TOP UP" adds a new package with its own validity; unused data of the old one lapses.
  topUp: { model: 'separateBucket', stacks: true, autoRenewAvailable: false },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://www.airalo.com/my-esims',
        steps: ['guide_airalo_online_1', 'guide_airalo_online_2', 'guide_airalo_online_3', 'guide_airalo_online_4'],
      },
      {
        kind: 'app',
        steps: ['guide_airalo_app_1', 'guide_airalo_online_2', 'guide_airalo_online_3', 'guide_airalo_online_4'],
      },
    ],
    supportHintKey: 'support_airalo',
  },
  sources: [
    { fact: 'hosts, accountPages /my-esims', confidence: 'V-official', ref: 'Airalo install instructions: "To top up: Visit airalo.com/my-esims"' },
    { fact: 'checkoutPages /checkout, confirmationPages /order/', confidence: 'INFERRED', ref: 'tests/fixtures/pages/airalo' },
    { fact: 'labels Remaining / Expires', confidence: 'INFERRED', ref: 'tests/fixtures/pages/airalo; UI labels seen: DETAILS / SHOW MORE / ACTIVATION POLICY / TOP UP' },
    { fact: 'timeZone UTC; dataUnit binary (3 GB = 3072 MB)', confidence: 'V-official', ref: 'Airalo partner API docs (share.apidog.com): expired_at, amount' },
    { fact: 'dateOrder mdy', confidence: 'INFERRED', ref: 'English store pages' },
    { fact: 'keepAlive: eSIM recycled after ~90 days without a package', confidence: 'V-official', ref: 'airalo.com/help (eSIM recycling; "often 90 days")' },
    { fact: 'topUp separateBucket: TOP UP adds a package; unused data lapses at validity end', confidence: 'V-official', ref: 'airalo.com/help' },
    { fact: 'renewal: My eSIMs → DETAILS; TOP UP; Apply Code / Use Airmoney; Stripe', confidence: 'V-official', ref: 'airalo.com/help (several languages); airalo.com/help/what-is-airmoney' },
  ],
};
