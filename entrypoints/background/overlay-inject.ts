import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { matchesAny } from '@/utils/extract/patterns';
import type { ProviderProfile } from '@/utils/providers/types';

/**
 * The checkout overlay on demand: the account reader runs on every page of a provider's areas and
 * reports a page it finds to be a checkout or a confirmation; the background then injects the
 * overlay's content script into that tab's top frame, once per page address. No page that is not
 * a checkout loads the overlay's code.
 */

/** A page at one of the provider's known checkout or confirmation addresses (a hint; the content decides elsewhere). */
export function isKnownShopPage(provider: Pick<ProviderProfile, 'checkoutPages' | 'confirmationPages'>, url: URL): boolean {
  return matchesAny([...provider.checkoutPages, ...provider.confirmationPages], url);
}

const OVERLAY_FILE = '/content-scripts/checkout.js';
const keyOf = (tabId: number) => `session:overlayAt:${tabId}` as const;

export async function injectOverlay(tabId: number, url: string): Promise<boolean> {
  // Once per page load: the injected overlay follows in-page navigation on its own.
  if ((await storage.getItem<string>(keyOf(tabId))) !== null) return false;
  await storage.setItem(keyOf(tabId), url);
  try {
    if (browser.scripting) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [OVERLAY_FILE] });
    } else {
      await browser.tabs.executeScript(tabId, { file: OVERLAY_FILE, frameId: 0, runAt: 'document_idle' });
    }
    return true;
  } catch (error) {
    // The tab navigated or closed meanwhile: nothing to show there.
    await storage.removeItem(keyOf(tabId));
    console.warn('[kigen] overlay not injected:', error);
    return false;
  }
}

/**
 * A page load (a reload too) starts without the overlay, so it may be injected again. In-page
 * navigation keeps the injected overlay, which follows the page's address itself.
 */
export function setupOverlayInject(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void storage.removeItem(keyOf(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(keyOf(tabId)));
}
