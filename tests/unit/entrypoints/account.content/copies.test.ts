// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCopies } from '@/entrypoints/account.content/copies';
import { sendToBackground } from '@/utils/messaging/content';
import { READING_PROFILES } from '@/utils/providers/reading';
import { READ_BUDGET_MS, READ_SHARE, WAIT_BOUND_MS } from '@/utils/rounds';

/**
 * The account script on pages that never settle: it sends the background a copy of the page at
 * once and whenever the DOM settles, one copy at a time and never an unchanged one, until the
 * background's answer ends the round; never more than a share of the page's main thread, and a
 * page that restarts it (in-page navigation, forged WXT events) cannot make it copy for longer
 * than its budget. A copy's cost in ms is set by the test (the fake clock advances by it).
 */

vi.mock('@/utils/messaging/content', () => ({ sendToBackground: vi.fn() }));

const PROFILE = READING_PROFILES.find((p) => p.id === 'iijmio')!;
let answer: 'done' | 'more' | 'stop' = 'more';
/** Resolved by the test when the background should answer (else at once). */
let held: Array<() => void> | null = null;
let cost = 0;
let copies = 0;
let ctx: ContentScriptContext;
let mutator: ReturnType<typeof setInterval> | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
  document.body.innerHTML = '<main id="app"></main>';
  answer = 'more';
  held = null;
  cost = 0;
  copies = 0;
  // A copy takes `cost` ms of the page's main thread: performance.now moves on by that much.
  let extra = 0;
  const fakeNow = performance.now.bind(performance);
  vi.spyOn(performance, 'now').mockImplementation(() => fakeNow() + extra);
  const real = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')!;
  vi.spyOn(document.documentElement, 'outerHTML', 'get').mockImplementation(function (this: Element) {
    extra += cost;
    copies += 1;
    return real.get!.call(this) as string;
  });
  vi.mocked(sendToBackground).mockReset().mockImplementation(async () => {
    if (held) await new Promise<void>((resolve) => held!.push(resolve));
    return { look: answer } as never;
  });
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
  for (let t = 0; t < ms; t += step) await vi.advanceTimersByTimeAsync(step);
}

const sent = () => vi.mocked(sendToBackground).mock.calls.map(([, data]) => data as { provider: string; html: string; url: string });
const navigate = (path: string) => {
  history.pushState({}, '', path);
  window.dispatchEvent(new Event(`${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:locationchange`));
};

describe('copies of a provider page for the background', () => {
  it('sends the page at once, then after each change once the DOM settles, never an unchanged copy', async () => {
    startCopies(ctx, PROFILE);
    await runFor(1_000);
    expect(sent()).toHaveLength(1);
    expect(sent()[0]).toEqual({ provider: 'iijmio', html: expect.stringContaining('<main id="app"></main>'), url: location.href });
    document.getElementById('app')!.insertAdjacentHTML('beforeend', '<dl><dt>有効期限</dt><dd>2026年12月31日</dd></dl>');
    await runFor(1_000);
    expect(sent()).toHaveLength(2);
    expect(sent()[1]!.html).toContain('<dd>2026年12月31日</dd>');
    // A change that changes nothing (the same text written again) sends nothing.
    document.getElementById('app')!.querySelector('dd')!.textContent = '2026年12月31日';
    await runFor(1_000);
    expect(sent()).toHaveLength(2);
  });

  it('stops when the background has read the page, in-page navigation starting a new round', async () => {
    answer = 'done';
    startCopies(ctx, PROFILE);
    await runFor(500);
    mutateForever(500);
    await runFor(5_000);
    expect(sent()).toHaveLength(1);
    navigate('/member/other');
    await runFor(2_000);
    // (WXT's own watcher sees the new address too: a round or two, each ended by its answer.)
    const after = sent().length;
    expect(after).toBeGreaterThanOrEqual(2);
    await runFor(5_000);
    expect(sent()).toHaveLength(after);
  });

  it('stops for good when the background says so (a page its reader failed on), navigation included', async () => {
    answer = 'stop';
    startCopies(ctx, PROFILE);
    await runFor(500);
    mutateForever(500);
    navigate('/member/other');
    await runFor(5_000);
    expect(sent()).toHaveLength(1);
  });

  it('sends one copy at a time, and the page as it is when the answer comes', async () => {
    held = [];
    mutateForever(500);
    startCopies(ctx, PROFILE);
    await runFor(3_000);
    expect(sent()).toHaveLength(1);
    held.splice(0).forEach((resolve) => resolve());
    await runFor(100);
    expect(sent()).toHaveLength(2);
    expect(sent()[1]!.html).toMatch(/tick \d+/);
  });

  it('sends copies while the page changes and stops at the bound', async () => {
    mutateForever(500);
    startCopies(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS);
    const atBound = sent().length;
    expect(atBound).toBeGreaterThan(3);
    await runFor(30_000);
    expect(sent()).toHaveLength(atBound);
  });

  it('a DOM that changes faster than it settles is copied once and left alone', async () => {
    mutateForever(50);
    startCopies(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS + 5_000);
    expect(copies).toBe(1);
  });

  it(`takes at most ${READ_SHARE * 100}% of the main thread while it waits`, async () => {
    cost = 400;
    mutateForever(500);
    startCopies(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS);
    // The timeline above does not include the copies themselves: add them back.
    const busy = copies * cost;
    expect(copies).toBeGreaterThan(1);
    expect(busy).toBeLessThanOrEqual((WAIT_BOUND_MS + busy) * READ_SHARE + cost);
  });

  it('gives up when a huge page has used its budget', async () => {
    cost = 1_500;
    mutateForever(500);
    startCopies(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS * 3);
    expect(copies * cost).toBeLessThanOrEqual(READ_BUDGET_MS + cost);
  });

  it('a page that restarts it forever (navigation, forged WXT events) stays within the budget', async () => {
    cost = 300;
    mutateForever(500);
    startCopies(ctx, PROFILE);
    // The page knows our event name (the extension id is public) and fires it every second.
    const restarts = setInterval(() => navigate(`/member/?v=${Date.now()}`), 1_000);
    await runFor(WAIT_BOUND_MS * 4);
    clearInterval(restarts);
    expect(copies).toBeGreaterThan(3);
    expect(copies * cost).toBeLessThanOrEqual(READ_BUDGET_MS + cost);
  });
});
