import type { Browser } from '@wxt-dev/browser';

/** `chrome` as seen inside the extension's service worker and pages, for page.evaluate code. */
declare global {
  const chrome: typeof Browser;
}
export {};
