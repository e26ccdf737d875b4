import { defineContentScript } from 'wxt/utils/define-content-script';
import { readTaughtPage } from './read';

/**
 * Reads a page the user taught Kigen. Registered by the background for each taught site the
 * user still grants (scripting.registerContentScripts), never declared: no host access at install.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    void readTaughtPage(ctx);
    // Single-page apps: read again when the address changes in place.
    ctx.addEventListener(window, 'wxt:locationchange', () => void readTaughtPage(ctx));
  },
});
