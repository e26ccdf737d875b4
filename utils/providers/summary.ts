import type { ProviderProfile, RenewalMethod } from './types';

/**
 * The part of a provider profile that a list of lines needs (the popup's cards, the first-run
 * page): its names, zone and hosts, what decides a line's kind and deadline, the pages a "Renew"
 * button opens, and its account page. No reading hints, no guide steps, no sources: those stay in
 * the registry, which the popup loads only for a line's detail.
 */

/** A renewal method without its steps: enough to choose the one a card's "Renew" opens (`methodsForLine`). */
export type MethodSummary = Pick<RenewalMethod, 'kind' | 'url' | 'fits'>;

/**
 * A provider as the list sees it. A full `ProviderProfile` is one too (tests hand in profiles), so
 * every field is a profile field of the same type, or a narrower view of one.
 */
export interface ProviderSummary
  extends Pick<
    ProviderProfile,
    'id' | 'names' | 'country' | 'timeZone' | 'hosts' | 'lineKind' | 'lineKindByPlan' | 'keepAlive' | 'keepAliveByPlan' | 'usageTiers'
  > {
  /** The first account-page pattern only: the page "open your account" links to. */
  accountPages: readonly string[];
  renewal: { methods: readonly MethodSummary[] };
}

/** A profile's summary: plain JSON data (the build embeds it as such, see ./summaries.ts). */
export function summarize(p: ProviderProfile): ProviderSummary {
  return {
    id: p.id,
    names: p.names,
    country: p.country,
    timeZone: p.timeZone,
    hosts: p.hosts,
    accountPages: p.accountPages.slice(0, 1),
    lineKind: p.lineKind,
    ...(p.lineKindByPlan ? { lineKindByPlan: p.lineKindByPlan } : {}),
    ...(p.keepAlive ? { keepAlive: p.keepAlive } : {}),
    ...(p.keepAliveByPlan ? { keepAliveByPlan: p.keepAliveByPlan } : {}),
    ...(p.usageTiers ? { usageTiers: p.usageTiers } : {}),
    renewal: {
      methods: p.renewal.methods.map((m) => ({ kind: m.kind, ...(m.url ? { url: m.url } : {}), ...(m.fits ? { fits: m.fits } : {}) })),
    },
  };
}
