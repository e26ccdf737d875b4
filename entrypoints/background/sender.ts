import { MatchPattern } from '@webext-core/match-patterns';
import type { Runtime } from 'webextension-polyfill';
import { areasOf, getProvider } from '@/utils/providers';
import type { ProviderProfile } from '@/utils/providers/types';

/**
 * Who may say what. Content scripts are untrusted: a message claiming a provider is accepted only
 * from this extension's content script, in a tab's top frame, on an https page of one of that
 * provider's hosts and of the page kind the message is about.
 */

export type PageKind = 'account' | 'checkout' | 'confirmation';

export type SenderCheck = { ok: true; provider: ProviderProfile; url: URL } | { ok: false; reason: string };

/**
 * The pages a message about `kind` may come from: the provider's account and shop areas, where the
 * content decides what a page is (a checkout at a path nobody listed is still a checkout), plus the
 * known page patterns.
 */
function patternsFor(provider: ProviderProfile, kind: PageKind): string[] {
  const known =
    kind === 'account'
      ? provider.accountPages
      : kind === 'confirmation'
        ? provider.confirmationPages
        : [...provider.checkoutPages, ...provider.confirmationPages];
  return [...areasOf(provider), ...known];
}

export function checkContentSender(
  sender: Runtime.MessageSender,
  claimedProvider: unknown,
  kind: PageKind,
  extensionId: string,
): SenderCheck {
  if (sender.id !== extensionId) return { ok: false, reason: 'not from this extension' };
  if (!sender.tab || typeof sender.tab.id !== 'number') return { ok: false, reason: 'not from a tab' };
  if (sender.frameId !== 0) return { ok: false, reason: 'not from the top frame' };
  if (typeof claimedProvider !== 'string') return { ok: false, reason: 'no provider' };
  const provider = getProvider(claimedProvider);
  if (!provider) return { ok: false, reason: 'unknown provider' };
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return { ok: false, reason: 'no sender URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not https' };
  if (!provider.hosts.includes(url.hostname)) return { ok: false, reason: 'host is not the provider’s' };
  if (!patternsFor(provider, kind).some((p) => new MatchPattern(p).includes(url.href))) {
    return { ok: false, reason: `not a ${kind} page` };
  }
  return { ok: true, provider, url };
}

/**
 * The sender as at the address its page shows now (`location.href`, sent with the message): a
 * single-page site moves with history.pushState without a new document, and Firefox keeps telling
 * the first address. Only an address on the sender's own origin is taken, one the page could move
 * to itself anyway; anything else is null (refused).
 */
export function atPageAddress(sender: Runtime.MessageSender, shown: string): Runtime.MessageSender | null {
  try {
    const now = new URL(shown);
    return now.origin === new URL(sender.url ?? '').origin ? { ...sender, url: now.href } : null;
  } catch {
    return null;
  }
}

/** Extension pages (popup, options) of this extension, never a content script in a web page. */
export function isExtensionPage(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
