import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from './overlay';
import './style.css';

/**
 * The overlay is not declared for any page: the background injects it into a tab when the account
 * reader finds the page is a checkout or a confirmation, by its content or its known path
 * (entrypoints/background/inject.ts). `matches` only gives the build the host access that
 * injection needs: the providers' account and shop areas, from the registry. WXT reads it in Node
 * (`import.meta.env.SSR`); in the browser bundle the branch is removed with the registry.
 */
const matches: string[] = import.meta.env.SSR ? (await import('@/utils/providers')).ACCOUNT_MATCHES : [];

/**
 * The checkout overlay on provider top-up, checkout and confirmation pages. Its CSS goes into
 * the shadow root only (`cssInjectionMode: 'ui'`), never into the page.
 */
export default defineContentScript({
  matches,
  registration: 'runtime',
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startOverlay(ctx);
  },
});
