// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReader } from '@/entrypoints/account-reader.content/reader';
import { READ_BUDGET_MS, READ_SHARE, WAIT_BOUND_MS } from '@/utils/rounds';
import { extractStatus } from '@/utils/extract/account-page';
import type { ExtractResult } from '@/utils/extract/types';
import { READING_PROFILES } from '@/utils/providers/reading';
import { sendToBackground } from '@/utils/messaging/content';

/**
 * The account reader under pages that never settle: it reads while the view may still be
 * rendering, never more than a share of the page's main thread, stops at its bound and its
 * reading budget, and a page that restarts it (in-page navigation, forged WXT events) cannot
 * make it read for longer than its budget. extractStatus is replaced by a stub whose cost in
 * milliseconds the test sets (the fake clock advances by it).
 */

vi.mock('@/utils/extract/account-page', () => ({ extractStatus: vi.fn() }));
vi.mock('@/utils/messaging/content', () => ({ sendToBackground: vi.fn(async () => ({ accepted: 1, refused: [] })) }));

const PROFILE = READING_PROFILES.find((p) => p.id === 'iijmio')!;
const NOTHING: ExtractResult = { provider: 'iijmio', pageKind: 'other', isAccountPage: false, readings: [], reason: 'no status', checkout: null, confirmation: null };
const FOUND: ExtractResult = {
  ...NOTHING,
  isAccountPage: true,
  readings: [{ line: '090-1234-5678', plan: null, expiresAt: '2026-12-31T23:59:59+09:00', remainingMB: 1024, totalMB: null, usedMB: null, unlimited: false, buckets: [], lineValidUntil: null }],
  reason: '',
};

let cost = 0;
let result = NOTHING;
let ctx: ContentScriptContext;
let mutator: ReturnType<typeof setInterval> | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
  document.body.innerHTML = '<main id="app"></main>';
  cost = 0;
  result = NOTHING;
  // A read takes `cost` ms of the page's main thread: performance.now moves on by that much, but
  // no timer runs meanwhile (nothing else runs during a synchronous read).
  let extra = 0;
  const fakeNow = performance.now.bind(performance);
  vi.spyOn(performance, 'now').mockImplementation(() => fakeNow() + extra);
  vi.mocked(extractStatus).mockReset().mockImplementation(() => {
    extra += cost;
    return result;
  });
  vi.mocked(sendToBackground).mockClear();
  ctx = new ContentScriptContext('account');
});

afterEach(() => {
  clearInterval(mutator);
  ctx.abort('test over');
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** A page script that changes the DOM every `everyMs`, forever. */
function mutateForever(everyMs: number): void {
  let n = 0;
  mutator = setInterval(() => {
    document.getElementById('app')!.textContent = `tick ${n++}`;
  }, everyMs);
}

/** Runs the fake clock in small steps so MutationObserver callbacks (microtasks) run between. */
async function runFor(ms: number, step = 100): Promise<void> {
  for (let t = 0; t < ms; t += step) {
    await vi.advanceTimersByTimeAsync(step);
  }
}

const reads = () => vi.mocked(extractStatus).mock.calls.length;

describe('account reader on restless pages', () => {
  it('reads at once, then after the DOM settles, and stops at the bound', async () => {
    mutateForever(500);
    startReader(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS);
    const atBound = reads();
    expect(atBound).toBeGreaterThan(3);
    await runFor(30_000);
    expect(reads()).toBe(atBound);
  });

  it('a DOM that changes faster than it settles is read once and left alone', async () => {
    mutateForever(50);
    startReader(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS + 5_000);
    expect(reads()).toBe(1);
  });

  it(`takes at most ${READ_SHARE * 100}% of the main thread while it waits`, async () => {
    cost = 400;
    mutateForever(500);
    startReader(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS);
    // The timeline above does not include the reads themselves: add them back.
    const busy = reads() * cost;
    expect(busy).toBeLessThanOrEqual((WAIT_BOUND_MS + busy) * READ_SHARE + cost);
  });

  it('gives up when a huge page has used its reading budget', async () => {
    cost = 1_500;
    mutateForever(500);
    startReader(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS * 3);
    expect(reads() * cost).toBeLessThanOrEqual(READ_BUDGET_MS + cost);
  });

  it('a page that restarts it forever (navigation, forged WXT events) stays within the budget', async () => {
    cost = 300;
    mutateForever(500);
    startReader(ctx, PROFILE);
    // The page knows our event name (the extension id is public) and fires it every second.
    const name = `${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:locationchange`;
    const restarts = setInterval(() => {
      history.pushState({}, '', `/member/?v=${Date.now()}`);
      window.dispatchEvent(new Event(name));
    }, 1_000);
    await runFor(WAIT_BOUND_MS * 4);
    clearInterval(restarts);
    expect(reads() * cost).toBeLessThanOrEqual(READ_BUDGET_MS + cost);
  });

  it('reports a page it cannot read once, sends a status that appears while it waits, once, and stops', async () => {
    mutateForever(500);
    startReader(ctx, PROFILE);
    await runFor(3_000);
    expect(vi.mocked(sendToBackground).mock.calls).toEqual([['reportPage', { provider: 'iijmio', pageKind: 'other', reason: 'no status' }]]);
    result = FOUND;
    await runFor(2_000);
    const after = reads();
    expect(sendToBackground).toHaveBeenCalledTimes(2);
    expect(sendToBackground).toHaveBeenLastCalledWith('submitReadings', { provider: 'iijmio', readings: FOUND.readings });
    await runFor(10_000);
    expect(reads()).toBe(after);
  });
});

describe('a page the reader throws on', () => {
  it('stores nothing, reports the page as unread with a reason, and is not read again', async () => {
    vi.mocked(extractStatus).mockImplementation(() => {
      throw new TypeError('card.className.split is not a function');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    mutateForever(500);
    startReader(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS);
    expect(reads()).toBe(1);
    const sent = vi.mocked(sendToBackground).mock.calls;
    expect(sent.some(([type]) => type === 'submitReadings')).toBe(false);
    expect(sent).toContainEqual(['reportPage', { provider: 'iijmio', pageKind: 'other', reason: expect.stringContaining('could not read') }]);
  });
});
