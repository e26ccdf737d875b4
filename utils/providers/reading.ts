import { PROVIDERS } from './index';
import type { ProviderProfile } from './types';

/**
 * The part of a provider profile the page readers need: hosts, page patterns, zone, date order,
 * units and label hints. Content scripts and the extract CLI hand this to `extractPage`.
 */
export type ReadingProfile = Pick<
  ProviderProfile,
  'id' | 'hosts' | 'accountPages' | 'checkoutPages' | 'confirmationPages' | 'timeZone' | 'dateOrder' | 'dataUnit' | 'hints' | 'postpaidMonthly'
> & { topUp?: Pick<ProviderProfile['topUp'], 'monthIsCalendar'> };

export const READING_PROFILES: readonly ReadingProfile[] = PROVIDERS.map((p) => ({
  id: p.id,
  hosts: p.hosts,
  accountPages: p.accountPages,
  checkoutPages: p.checkoutPages,
  confirmationPages: p.confirmationPages,
  timeZone: p.timeZone,
  dateOrder: p.dateOrder,
  dataUnit: p.dataUnit,
  hints: p.hints,
  postpaidMonthly: p.postpaidMonthly,
  topUp: { monthIsCalendar: p.topUp.monthIsCalendar },
}));
