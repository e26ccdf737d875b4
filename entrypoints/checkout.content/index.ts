import { defineContentScript } from 'wxt/utils/define-content-script';
import { CHECKOUT_MATCHES } from '@/utils/providers';
import { startOverlay } from './overlay';
import './style.css';

/**
 * The checkout overlay on provider top-up, checkout and confirmation pages (patterns from the
 * provider registry). Its CSS goes into the shadow root only (`cssInjectionMode: 'ui'`), never
 * into the page.
 */
export default defineContentScript({
  matches: CHECKOUT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startOverlay(ctx);
  },
});
