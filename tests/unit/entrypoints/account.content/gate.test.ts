// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startGate } from '@/entrypoints/account.content/gate';
import { mayShowStatus } from '@/utils/extract/gate';
import { sendToBackground } from '@/utils/messaging/content';
import { READING_PROFILES } from '@/utils/providers/reading';
import { WAIT_BOUND_MS } from '@/utils/rounds';

/**
 * The account script's first stage on a page that renders late: it says why there is nothing to
 * read until a word the reader could start from appears, then asks for the reader once and leaves
 * the page to it, in-page navigation included.
 */

vi.mock('@/utils/messaging/content', () => ({ sendToBackground: vi.fn(async () => ({ loaded: true })) }));
vi.mock('@/utils/extract/gate', async (actual) => {
  const gate = await actual<typeof import('@/utils/extract/gate')>();
  return { ...gate, mayShowStatus: vi.fn(gate.mayShowStatus) };
});

const PROFILE = READING_PROFILES.find((p) => p.id === 'iijmio')!;
let ctx: ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
  document.body.innerHTML = '<main id="app"><a href="/member/">データ残量</a></main>';
  vi.mocked(sendToBackground).mockClear();
  vi.mocked(mayShowStatus).mockClear();
  ctx = new ContentScriptContext('account');
});

afterEach(() => {
  ctx.abort('test over');
  vi.useRealTimers();
});

async function runFor(ms: number, step = 100): Promise<void> {
  for (let t = 0; t < ms; t += step) await vi.advanceTimersByTimeAsync(step);
}

const sent = () => vi.mocked(sendToBackground).mock.calls.map(([type]) => type);

describe('the account script’s first stage', () => {
  it('reports a page with nothing to read once, asks for the reader when a label appears, then stops', async () => {
    startGate(ctx, PROFILE);
    await runFor(1_000);
    expect(vi.mocked(sendToBackground).mock.calls).toEqual([
      ['reportPage', { provider: 'iijmio', pageKind: 'other', reason: expect.stringContaining('no plan status') }],
    ]);
    document.getElementById('app')!.insertAdjacentHTML('beforeend', '<dl><dt>有効期限</dt><dd>2026年12月31日</dd></dl>');
    await runFor(1_000);
    expect(sent()).toEqual(['reportPage', 'loadReader']);
    expect(sendToBackground).toHaveBeenLastCalledWith('loadReader', { provider: 'iijmio' });
    // The reader has the page now: more changes and in-page navigation ask for nothing more.
    document.getElementById('app')!.append('more');
    history.pushState({}, '', '/member/other');
    window.dispatchEvent(new Event(`${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:locationchange`));
    await runFor(5_000);
    expect(sent()).toEqual(['reportPage', 'loadReader']);
  });

  it('loads no reader on a page that never shows one of its words, and stops looking at the bound', async () => {
    const ticker = setInterval(() => {
      document.getElementById('app')!.dataset.n = String(Date.now());
      document.getElementById('app')!.append(' ');
    }, 500);
    startGate(ctx, PROFILE);
    await runFor(WAIT_BOUND_MS);
    const atBound = vi.mocked(mayShowStatus).mock.calls.length;
    expect(atBound).toBeGreaterThan(3);
    await runFor(10_000);
    clearInterval(ticker);
    expect(vi.mocked(mayShowStatus).mock.calls.length).toBe(atBound);
    expect(sent()).toEqual(['reportPage']);
  });
});
