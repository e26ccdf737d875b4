import { isReadCopyMessage, readCopy } from '@/utils/extract/read-copy';

/**
 * Chrome's offscreen document (reason DOM_PARSER): the background's service worker has no DOM, so
 * it hands each copy of a provider page here to be parsed and read (entrypoints/background/read-page.ts).
 * Offscreen documents get only `chrome.runtime`; answered with `sendResponse`.
 */
interface Runtime {
  onMessage: {
    addListener(cb: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined): void;
  };
}
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!isReadCopyMessage(message)) return undefined;
  try {
    sendResponse({ ok: readCopy(message.kigenReadCopy) });
  } catch (error) {
    sendResponse({ error: String(error) });
  }
  return undefined;
});
