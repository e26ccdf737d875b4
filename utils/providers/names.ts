import type { Locale, ProviderProfile } from './types';
import { type TFunction } from '../i18n/keys';

/** Provider facts the pages show, taken from the registry (brand names are data, not UI text). */

/** The provider id of manual lines for providers Kigen does not know. */
export const OTHER_PROVIDER = 'other';

export interface ProviderEntry {
  id: string;
  name: string;
  /** The provider's own account page, when a match pattern names one exact page. */
  url: string | null;
  /** Host of the account page, shown as text. */
  host: string;
}

export function providerName(
  id: string,
  profile: Pick<ProviderProfile, 'names'> | undefined,
  locale: Locale,
  t: TFunction,
): string {
  if (profile) return profile.names[locale] || profile.names.en;
  return id === OTHER_PROVIDER ? t('popup_provider_other') : id;
}

/**
 * A page to open from a match pattern: "https://www.iijmio.jp/member/*" → "https://www.iijmio.jp/member/".
 * Null when the host has a wildcard or the path does not end in one (no page to guess).
 */
export function urlFromPattern(pattern: string): string | null {
  const m = /^(https):\/\/([^/*]+)(\/[^*]*)\*?$/.exec(pattern);
  return m ? `${m[1]}://${m[2]}${m[3]}` : null;
}

export function hostOfPattern(pattern: string): string {
  return /^[a-z*]+:\/\/([^/]+)/.exec(pattern)?.[1]?.replace(/^\*\./, '') ?? pattern;
}

/** Every provider with its account page, for the empty state. */
export function providerEntries(
  profiles: ReadonlyArray<Pick<ProviderProfile, 'id' | 'names' | 'hosts'> & { accountPages: readonly string[] }>,
  locale: Locale,
  t: TFunction,
): ProviderEntry[] {
  return profiles.map((p) => {
    const pattern = p.accountPages[0];
    const url = pattern ? urlFromPattern(pattern) : null;
    const host = pattern ? hostOfPattern(pattern) : (p.hosts[0] ?? '');
    return { id: p.id, name: providerName(p.id, p, locale, t), url, host };
  });
}
