import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from './overlay';
import './style.css';

/**
 * Where the overlay runs: every provider's checkout and confirmation pages, from the registry.
 * WXT reads these options by importing this file in Node (a server-side environment, where
 * `import.meta.env.SSR` is true); in the browser bundle the branch is false and removed, so the
 * registry, every provider's full profile, stays out of the content script (its size budget).
 * The page's own provider reaches the overlay from the background instead.
 */
const matches: string[] = import.meta.env.SSR ? (await import('@/utils/providers')).CHECKOUT_MATCHES : [];

/**
 * The checkout overlay on provider top-up, checkout and confirmation pages. Its CSS goes into
 * the shadow root only (`cssInjectionMode: 'ui'`), never into the page.
 */
export default defineContentScript({
  matches,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startOverlay(ctx);
  },
});
