import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractPage } from '@/utils/extract';
import { sendMessage } from '@/utils/messaging';
import { READING_PROFILES } from '@/utils/providers/reading';

/** How long to wait for a late-rendering single-page app before giving up on this view. */
export const WAIT_BOUND_MS = 20_000;
/** Quiet time after the last DOM mutation before reading again. */
const SETTLE_MS = 400;

/**
 * Reads the page now and, if the status is not there yet, whenever the DOM settles, until a
 * result or the bound. In-page navigation starts a new round. Sends typed values, never HTML.
 */
export function startReader(ctx: ContentScriptContext, boundMs = WAIT_BOUND_MS): void {
  let lastSent = '';
  let observer: MutationObserver | undefined;
  let settleTimer: number | undefined;
  let boundTimer: number | undefined;

  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(settleTimer);
    clearTimeout(boundTimer);
  };

  /** True when the page gave readings (sent or already sent). */
  const attempt = (): boolean => {
    const result = extractPage(document, new URL(location.href), new Date(), READING_PROFILES);
    if (!result.provider || result.readings.length === 0) return false;
    const key = JSON.stringify(result.readings);
    if (key !== lastSent) {
      lastSent = key;
      sendMessage('submitReadings', { provider: result.provider, readings: result.readings }).catch(
        () => undefined, // The background refuses with a logged reason; nothing to do here.
      );
    }
    return true;
  };

  const round = () => {
    stop();
    if (!ctx.isValid || attempt()) return;
    observer = new MutationObserver(() => {
      clearTimeout(settleTimer);
      settleTimer = ctx.setTimeout(() => {
        if (attempt()) stop();
      }, SETTLE_MS);
    });
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    boundTimer = ctx.setTimeout(stop, boundMs);
  };

  ctx.onInvalidated(stop);
  ctx.addEventListener(window, 'wxt:locationchange', round);
  round();
}
