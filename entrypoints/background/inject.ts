import type { Runtime } from 'webextension-polyfill';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { matchesAny } from '@/utils/extract/patterns';
import type { ProviderProfile } from '@/utils/providers/types';
import type { HandlerDeps } from './deps';
import { checkContentSender } from './sender';

/**
 * Content scripts on demand. The account script's first stage runs on every page of a provider's
 * areas and carries none of the reader: where the page holds a word the reader could start from,
 * it asks for the reader, injected here. The reader reports a page it finds to be a checkout or a
 * confirmation, and the overlay is injected the same way. Each into the tab's top frame, once per
 * page load: an injected script follows in-page navigation itself.
 */

const SCRIPTS = {
  reader: '/content-scripts/account-reader.js',
  overlay: '/content-scripts/checkout.js',
} as const;
type Injected = keyof typeof SCRIPTS;
const keyOf = (what: Injected, tabId: number) => `session:${what}At:${tabId}` as const;

/** A page at one of the provider's known checkout or confirmation addresses (a hint; the content decides elsewhere). */
export function isKnownShopPage(provider: Pick<ProviderProfile, 'checkoutPages' | 'confirmationPages'>, url: URL): boolean {
  return matchesAny([...provider.checkoutPages, ...provider.confirmationPages], url);
}

async function inject(what: Injected, tabId: number, url: string): Promise<boolean> {
  if ((await storage.getItem<string>(keyOf(what, tabId))) !== null) return false;
  await storage.setItem(keyOf(what, tabId), url);
  try {
    if (browser.scripting) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SCRIPTS[what]] });
    } else {
      await browser.tabs.executeScript(tabId, { file: SCRIPTS[what], frameId: 0, runAt: 'document_idle' });
    }
    return true;
  } catch (error) {
    // The tab navigated or closed meanwhile: nothing to read or show there.
    await storage.removeItem(keyOf(what, tabId));
    console.warn(`[kigen] ${what} not injected:`, error);
    return false;
  }
}

export const injectOverlay = (tabId: number, url: string) => inject('overlay', tabId, url);

/** The first stage asks for the reader: from the top frame of a page of the provider it names. */
export async function handleLoadReader(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<{ loaded: boolean }> {
  const payload = v.safeParse(v.strictObject({ provider: v.pipe(v.string(), v.maxLength(40)) }), data);
  if (!payload.success) return { loaded: false };
  const who = checkContentSender(sender, payload.output.provider, 'account', deps.extensionId);
  if (!who.ok || typeof sender.tab?.id !== 'number') return { loaded: false };
  return { loaded: await inject('reader', sender.tab.id, who.url.href) };
}

/**
 * A page load (a reload too) starts without either script, so each may be injected again.
 * In-page navigation keeps them; they follow the page's address themselves.
 */
export function setupInject(): void {
  const forget = (tabId: number) => {
    for (const what of Object.keys(SCRIPTS) as Injected[]) void storage.removeItem(keyOf(what, tabId));
  };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => forget(tabId));
}
