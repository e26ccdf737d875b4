import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet time after the last DOM change or form input before the page is read again. */
const SETTLE_MS = 400;
/** A page that never goes quiet (a ticking countdown, a carousel) is still read this often. */
const MAX_WAIT_MS = 2000;
/**
 * Reading takes at most this share of the page's main thread: after a read that took t ms the
 * next waits at least t × (1 / share − 1), so a huge page that keeps changing is not frozen by
 * re-reads (the account reader follows the same rule).
 */
const READ_SHARE = 0.2;

/**
 * Calls `onChange` when the page settles after DOM changes, form input (the user picks another
 * product) or in-page navigation, and `onViewport` on resize and scroll (once per frame).
 * Everything stops with the content-script context.
 */
export function watchPage(ctx: ContentScriptContext, onChange: () => void, onViewport: () => void): void {
  let settle: number | undefined;
  let firstAt: number | undefined;
  let nextReadAt = 0;
  const run = () => {
    firstAt = undefined;
    const start = performance.now();
    onChange();
    const took = performance.now() - start;
    nextReadAt = performance.now() + took * (1 / READ_SHARE - 1);
  };
  const schedule = () => {
    const now = Date.now();
    firstAt ??= now;
    clearTimeout(settle);
    const wait = Math.max(0, Math.min(SETTLE_MS, firstAt + MAX_WAIT_MS - now), nextReadAt - performance.now());
    settle = ctx.setTimeout(run, wait);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['checked', 'selected', 'aria-checked', 'aria-selected', 'class'],
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(settle);
  });
  ctx.addEventListener(document, 'change', schedule, { capture: true });
  ctx.addEventListener(document, 'input', schedule, { capture: true });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);

  let frame: number | undefined;
  const viewport = () => {
    if (frame !== undefined) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = undefined;
      onViewport();
    });
  };
  ctx.addEventListener(window, 'resize', viewport, { passive: true });
  ctx.addEventListener(window, 'scroll', viewport, { passive: true, capture: true });
}

/**
 * Keeps a page script from hiding or disabling the overlay's host element through attributes
 * (style, hidden, inert…) or by taking it out of the document. The host is created without
 * attributes, so any attribute is the page's doing. Re-inserting is bounded so a page that keeps
 * removing it cannot start an endless tug of war. `shown` is false once the user hid the panel.
 */
export function guardHost(
  ctx: ContentScriptContext,
  host: HTMLElement,
  shown: () => boolean,
  reinsert: () => void,
): void {
  let reinserts = 0;
  const attributes = new MutationObserver(() => {
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
  });
  attributes.observe(host, { attributes: true });
  const presence = new MutationObserver(() => {
    if (!host.isConnected && shown() && ctx.isValid && reinserts < 3) {
      reinserts += 1;
      reinsert();
    }
  });
  presence.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => {
    attributes.disconnect();
    presence.disconnect();
  });
}
