import type { ProviderProfile, RenewalMethodKind } from '@/utils/providers/types';
import { RENEWAL_METHOD_KINDS } from '@/utils/providers/types';
import type { MessageKey, Translator } from '@/utils/i18n/t';
import type { ProviderOption } from '@/components/popup/line-form';
import type { RenewalGuideProps } from '@/components/popup/renewal-guide';
import { currencyForCountry } from '@/components/popup/forms';
import { OTHER_PROVIDER, type ProviderEntry, providerEntries, providerName, urlFromPattern } from '@/utils/providers/names';
import { type LineFacts, methodsForLine } from '@/utils/providers/method-fit';

/** The registry as the popup uses it; tests hand in their own profiles. */
export interface PopupProviders {
  get(id: string): ProviderProfile | undefined;
  name(id: string, tr: Translator): string;
  /** Choices of the manual-line form: every provider, then "other". */
  options(tr: Translator): ProviderOption[];
  entries(tr: Translator): ProviderEntry[];
  accountUrl(id: string): string | null;
}

export interface GuideLists {
  tips: readonly MessageKey[];
  troubleshooting: readonly MessageKey[];
}

export function popupProviders(profiles: readonly ProviderProfile[], lists: GuideLists): PopupProviders & GuideLists {
  const get = (id: string) => profiles.find((p) => p.id === id);
  const name = (id: string, tr: Translator) => providerName(id, get(id), tr.locale, tr.t);
  return {
    ...lists,
    get,
    name,
    options: (tr) => [
      ...profiles.map((p) => ({ id: p.id, name: name(p.id, tr), timeZone: p.timeZone, keepAlive: p.keepAlive !== undefined })),
      { id: OTHER_PROVIDER, name: name(OTHER_PROVIDER, tr), timeZone: null, keepAlive: false },
    ],
    entries: (tr) => providerEntries(profiles, tr.locale, tr.t),
    accountUrl: (id) => {
      const pattern = get(id)?.accountPages[0];
      return pattern ? urlFromPattern(pattern) : null;
    },
  };
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
export function renewUrlFor(profile: ProviderProfile | undefined, line: LineFacts, accountUrl: string | null): string | null {
  return methodsForLine(profile, line)[0]?.url ?? accountUrl;
}

/** What "I renewed" offers: the provider's methods (all kinds when unknown) and its currency. */
export function renewChoices(profile: ProviderProfile | undefined): {
  methods: RenewalMethodKind[];
  defaultCurrency: string;
} {
  const own = [...new Set(profile?.renewal.methods.map((m) => m.kind) ?? [])];
  return {
    methods: own.length > 0 ? own : [...RENEWAL_METHOD_KINDS],
    defaultCurrency: currencyForCountry(profile?.country),
  };
}
