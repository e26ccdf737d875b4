import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How the account scripts look at a page that may still be rendering: now, then whenever the DOM
 * settles, until they have what they came for, the bound or the budget: the account script
 * (entrypoints/account.content) sends copies of the page until the background has read one.
 */

/** How long to wait for a late-rendering single-page app before giving up on this view. */
export const WAIT_BOUND_MS = 20_000;
/** Quiet time after the last DOM mutation before looking again. */
const SETTLE_MS = 400;
/**
 * While waiting, looking takes at most this share of the page's main thread: after a look that
 * took t ms the next one waits at least t × (1 / share − 1). A huge page that keeps changing would
 * otherwise be re-read, and frozen, every few hundred milliseconds for the whole bound.
 */
export const READ_SHARE = 0.2;
/**
 * Time one script may spend looking at a page in all, over every round. In-page navigation starts
 * a new round, and a page can navigate (or fake WXT's navigation event) forever.
 */
export const READ_BUDGET_MS = 5_000;

/**
 * What one look found: `done` (this round is over), `more` (look again when the DOM settles), or
 * `stop` (stop for good: the same page would fail again, or another script takes the page over).
 */
export type Look = 'done' | 'more' | 'stop';

/**
 * Looks at the page in rounds; in-page navigation starts a new one. A look that asks elsewhere
 * returns `more` and calls `answer` with what it heard: `done` ends the round, `stop` ends all.
 */
export function lookInRounds(ctx: ContentScriptContext, look: (answer: (found: Look) => void) => Look, boundMs = WAIT_BOUND_MS): void {
  let observer: MutationObserver | undefined;
  let settleTimer: number | undefined;
  let boundTimer: number | undefined;
  /** Time spent looking so far, and the earliest time the next look may start. */
  let spent = 0;
  let nextLookAt = 0;

  /** Counts the rounds, so that a late answer ends only the round it was asked in. */
  let roundNo = 0;

  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(settleTimer);
    clearTimeout(boundTimer);
  };

  /** True when this round is over. */
  const attempt = (): boolean => {
    const start = performance.now();
    const asked = roundNo;
    const answer = (later: Look) => {
      if (later === 'more' || asked !== roundNo) return;
      if (later === 'stop') spent = READ_BUDGET_MS;
      stop();
    };
    let found: Look;
    try {
      found = look(answer);
    } catch (error) {
      // A page this script cannot handle would fail again: stop for good.
      console.warn('[kigen] stopped on this page:', error);
      found = 'stop';
    }
    const took = performance.now() - start;
    spent = found === 'stop' ? READ_BUDGET_MS : spent + took;
    nextLookAt = performance.now() + took * (1 / READ_SHARE - 1);
    return found !== 'more';
  };

  const outOfBudget = () => spent >= READ_BUDGET_MS;

  const round = () => {
    roundNo += 1;
    stop();
    if (!ctx.isValid || outOfBudget() || attempt()) return;
    observer = new MutationObserver(() => {
      clearTimeout(settleTimer);
      const wait = Math.max(SETTLE_MS, nextLookAt - performance.now());
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
