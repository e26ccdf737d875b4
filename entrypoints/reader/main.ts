import { isReadCopyMessage, readCopy } from '@/utils/extract/read-copy';
import { isReadPurchaseMessage, readPurchaseCopy } from '@/utils/overlay/read-purchase';

/**
 * Chrome's offscreen document (reason DOM_PARSER): the background's service worker has no DOM, so
 * it hands each copy of a provider page here to be parsed and read: account pages
 * (entrypoints/background/read-page.ts) and checkout pages (entrypoints/background/read-purchase.ts).
 * Offscreen documents get only `chrome.runtime`; answered with `sendResponse`.
 */
interface Runtime {
  onMessage: {
    addListener(cb: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
  };
}
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

runtime.onMessage.addListener((message, _sender, sendResponse) => {
  const read = isReadCopyMessage(message)
    ? () => readCopy(message.kigenReadCopy)
    : isReadPurchaseMessage(message)
      ? () => readPurchaseCopy(message.kigenReadPurchase)
      : null;
  if (!read) return undefined;
  try {
    sendResponse({ ok: read() });
  } catch (error) {
    sendResponse({ error: String(error) });
  }
  return undefined;
});
