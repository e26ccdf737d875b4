import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { matchesAny } from '@/utils/extract/patterns';
import type { ProviderProfile } from '@/utils/providers/types';

/**
 * The checkout overlay on demand: where the background reads a copy of a provider page and finds
 * a checkout or a confirmation (entrypoints/background/read-page.ts), or the page is at a known
 * checkout address, the overlay is injected into the tab's top frame, once per page load: it
 * follows in-page navigation itself.
 */

const SCRIPTS = {
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

/**
 * A page load (a reload too) starts without the overlay, so it may be injected again. In-page
 * navigation keeps it; it follows the page's address itself.
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
