import type { ProviderProfile } from '@/utils/providers/types';
import type { MessageKey, Translator } from '@/utils/i18n/t';
import type { ProviderOption } from '@/components/popup/line-form';
import type { RenewalGuideProps } from '@/components/popup/renewal-guide';
import type { ProviderSummary } from '@/utils/providers/summary';
import { OTHER_PROVIDER, type ProviderEntry, providerEntries, providerName, urlFromPattern } from '@/utils/providers/names';
import { type LineFacts, methodsForLine } from '@/utils/providers/method-fit';

/**
 * The providers as the popup knows them. The list works from summaries (names, zone, what decides a
 * line's kind and deadline, the pages "Renew" opens); a line's detail also needs the full profiles
 * and the generic guide lists, which `guides()` loads on demand (the registry is a chunk of its own
 * in the built popup). Tests hand in their own profiles.
 */
export interface PopupProviders {
  get(id: string): ProviderSummary | undefined;
  name(id: string, tr: Translator): string;
  /** Choices of the manual-line form: every provider, then "other". */
  options(tr: Translator): ProviderOption[];
  entries(tr: Translator): ProviderEntry[];
  accountUrl(id: string): string | null;
  /** The full profiles and the generic tips, for a line's detail; loaded once, on first call. */
  guides(): Promise<GuideSource>;
}

export interface GuideLists {
  tips: readonly MessageKey[];
  troubleshooting: readonly MessageKey[];
}

/** What a line's renewal guide is made of: the provider's full profile and the generic lists. */
export interface GuideSource extends GuideLists {
  get(id: string): ProviderProfile | undefined;
}

export function popupProviders(summaries: readonly ProviderSummary[], loadGuides: () => Promise<GuideSource>): PopupProviders {
  const get = (id: string) => summaries.find((p) => p.id === id);
  const name = (id: string, tr: Translator) => providerName(id, get(id), tr.locale, tr.t);
  let guides: Promise<GuideSource> | undefined;
  return {
    get,
    name,
    options: (tr) => [
      ...summaries.map((p) => ({ id: p.id, name: name(p.id, tr), timeZone: p.timeZone, keepAlive: p.keepAlive !== undefined })),
      { id: OTHER_PROVIDER, name: name(OTHER_PROVIDER, tr), timeZone: null, keepAlive: false },
    ],
    entries: (tr) => providerEntries(summaries, tr.locale, tr.t),
    accountUrl: (id) => {
      const pattern = get(id)?.accountPages[0];
      return pattern ? urlFromPattern(pattern) : null;
    },
    guides: () => {
      guides ??= loadGuides();
      // A failed load may be tried again (the next time a detail opens).
      guides.catch(() => (guides = undefined));
      return guides;
    },
  };
}

/** A guide source over a list of profiles (the registry in the popup, test profiles in tests). */
export function guideSource(profiles: readonly ProviderProfile[], lists: GuideLists): GuideSource {
  return { ...lists, get: (id) => profiles.find((p) => p.id === id) };
}

/**
 * The renewal guide of one line: its provider's methods that fit it, the recommended one first
 * (only the generic lists for a provider Kigen does not know).
 */
export function guideFor(
  profile: ProviderProfile | undefined,
  providerName: string,
  lists: GuideLists,
  line: LineFacts,
): Omit<RenewalGuideProps, 'fmt' | 'onOpenUrl'> {
  return {
    providerName,
    methods: methodsForLine(profile, line),
    known: profile !== undefined,
    tips: lists.tips,
    troubleshooting: lists.troubleshooting,
    supportHintKey: profile?.renewal.supportHintKey ?? null,
    refundHintKey: profile?.renewal.refundHintKey ?? null,
  };
}

/**
 * The page a line's "Renew" opens: where its recommended method starts, else the provider's account
 * page (`accountUrl`); null when there is neither (a provider Kigen does not know).
 */
export function renewUrlFor(profile: ProviderSummary | undefined, line: LineFacts, accountUrl: string | null): string | null {
  return methodsForLine(profile, line)[0]?.url ?? accountUrl;
}
