import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractStatus } from '@/utils/extract/account-page';
import { sendToBackground } from '@/utils/messaging/content';
import type { ReadingProfile } from '@/utils/providers/reading';

/** How long to wait for a late-rendering single-page app before giving up on this view. */
export const WAIT_BOUND_MS = 20_000;
/** Quiet time after the last DOM mutation before reading again. */
const SETTLE_MS = 400;
/**
 * While waiting, reading takes at most this share of the page's main thread: after a read that
 * took t ms the next one waits at least t × (1 / share − 1). A huge page that keeps changing would
 * otherwise be re-read, and frozen, every few hundred milliseconds for the whole bound.
 */
export const READ_SHARE = 0.2;
/**
 * Reading time this content script may spend on a page in all, over every round. In-page
 * navigation starts a new round, and a page can navigate (or fake WXT's navigation event) forever.
 */
export const READ_BUDGET_MS = 5_000;

/**
 * Reads the page now and, if the status is not there yet, whenever the DOM settles, until a
 * result, the bound or the reading budget. In-page navigation starts a new round. Sends typed
 * values, never HTML.
 */
export function startReader(ctx: ContentScriptContext, profile: ReadingProfile, boundMs = WAIT_BOUND_MS): void {
  let lastSent = '';
  let lastReported = '';
  let observer: MutationObserver | undefined;
  let settleTimer: number | undefined;
  let boundTimer: number | undefined;
  /** Reading time spent so far, and the earliest time the next read may start. */
  let spent = 0;
  let nextReadAt = 0;

  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(settleTimer);
    clearTimeout(boundTimer);
  };

  /** True when the page gave readings (sent or already sent). */
  const attempt = (): boolean => {
    const start = performance.now();
    let result: ReturnType<typeof extractStatus>;
    try {
      result = extractStatus(document, new URL(location.href), new Date(), profile);
    } catch (error) {
      // A page the reader cannot handle: nothing is stored, the toolbar shows "?" with a reason,
      // and the reader stops (the same page would fail again).
      console.warn('[kigen] reader failed on this page:', error);
      spent = READ_BUDGET_MS;
      sendToBackground('reportPage', { provider: profile.id, pageKind: 'other', reason: 'Kigen could not read this page (its reader failed here)' }).catch(() => undefined);
      return true;
    }
    const took = performance.now() - start;
    spent += took;
    nextReadAt = performance.now() + took * (1 / READ_SHARE - 1);
    if (!result.provider) return false;
    // A checkout or a confirmation: the background brings the overlay; there is no status to read.
    const shop = result.pageKind === 'checkout' || result.pageKind === 'confirmation';
    if (result.readings.length === 0 || shop) {
      // The toolbar shows "?" and the popup says why; once per page view and reason.
      const report = `${location.href}|${result.pageKind}|${result.reason}`;
      if (report !== lastReported) {
        lastReported = report;
        sendToBackground('reportPage', { provider: result.provider, pageKind: result.pageKind, reason: result.reason }).catch(() => undefined);
      }
      return shop;
    }
    const key = JSON.stringify(result.readings);
    if (key !== lastSent) {
      lastSent = key;
      sendToBackground('submitReadings', { provider: result.provider, readings: result.readings }).catch(
        () => undefined, // The background refuses with a logged reason; nothing to do here.
      );
    }
    return true;
  };

  const outOfBudget = () => spent >= READ_BUDGET_MS;

  const round = () => {
    stop();
    if (!ctx.isValid || outOfBudget() || attempt()) return;
    observer = new MutationObserver(() => {
      clearTimeout(settleTimer);
      const wait = Math.max(SETTLE_MS, nextReadAt - performance.now());
      settleTimer = ctx.setTimeout(() => {
        if (attempt() || outOfBudget()) stop();
      }, wait);
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
