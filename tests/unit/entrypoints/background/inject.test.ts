import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerDeps } from '@/entrypoints/background/handlers';
import { handleLoadReader, setupInject } from '@/entrypoints/background/inject';
import { handleReportPage } from '@/entrypoints/background/tab-status';
import { createDb } from '@/utils/db';

/**
 * The reader on demand: the account script's first stage asks for it from a provider page, and
 * the background injects it into that tab's top frame once per page load. The overlay is injected
 * the same way, each script on its own.
 */

const EXT_ID = 'kigen-test-id';
const MEMBER = 'https://www.iijmio.jp/member/';
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const fromPage = (url: string, tabId = 7, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: EXT_ID, url, frameId: 0, tab: tab(tabId), ...over });

let deps: HandlerDeps;
let injected: Array<{ tabId: number; frameIds?: number[]; files: string[] }>;
let n = 0;

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  // WXT's fake browser has no scripting: the browser's part.
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number; frameIds?: number[] }; files: string[] }) =>
        void injected.push({ tabId: target.tabId, frameIds: target.frameIds, files }),
    },
  });
  deps = { db: createDb(`inject-${n++}`), now: () => Date.now(), extensionId: EXT_ID, extensionOrigin: `chrome-extension://${EXT_ID}/`, afterWrite: async () => undefined };
});

afterEach(() => vi.restoreAllMocks());

describe('the reader on demand', () => {
  it('is injected into the asking tab’s top frame, once per page load', async () => {
    setupInject();
    expect(await handleLoadReader(deps, { provider: 'iijmio' }, fromPage(MEMBER))).toEqual({ loaded: true });
    expect(await handleLoadReader(deps, { provider: 'iijmio' }, fromPage(MEMBER))).toEqual({ loaded: false });
    expect(injected).toEqual([{ tabId: 7, frameIds: [0], files: ['/content-scripts/account-reader.js'] }]);
    // A new page load in the tab may have it again; another tab has its own.
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, tab(7) as never);
    await vi.waitFor(async () => expect(await handleLoadReader(deps, { provider: 'iijmio' }, fromPage(MEMBER))).toEqual({ loaded: true }));
    expect(await handleLoadReader(deps, { provider: 'iijmio' }, fromPage(MEMBER, 8))).toEqual({ loaded: true });
    expect(injected.map((i) => i.tabId)).toEqual([7, 7, 8]);
  });

  it('and the overlay are each injected once, on their own', async () => {
    await handleLoadReader(deps, { provider: 'povo' }, fromPage('https://shop.povo.jp/checkout'));
    await handleReportPage(deps, { provider: 'povo', pageKind: 'checkout', reason: 'checkout page' }, fromPage('https://shop.povo.jp/checkout'));
    await handleReportPage(deps, { provider: 'povo', pageKind: 'checkout', reason: 'checkout page' }, fromPage('https://shop.povo.jp/checkout'));
    expect(injected.map((i) => i.files[0])).toEqual(['/content-scripts/account-reader.js', '/content-scripts/checkout.js']);
  });

  it.each([
    ['a page of another host', { provider: 'iijmio' }, fromPage('https://evil.example/member/')],
    ['a host of another provider', { provider: 'iijmio' }, fromPage('https://shop.povo.jp/home')],
    ['a frame', { provider: 'iijmio' }, fromPage(MEMBER, 7, { frameId: 2 })],
    ['another extension', { provider: 'iijmio' }, fromPage(MEMBER, 7, { id: 'other' })],
    ['no tab', { provider: 'iijmio' }, { id: EXT_ID, url: MEMBER, frameId: 0 }],
    ['plain http', { provider: 'iijmio' }, fromPage('http://www.iijmio.jp/member/')],
    ['an unknown provider', { provider: 'nobody' }, fromPage(MEMBER)],
    ['a malformed message', { provider: 'iijmio', extra: 1 }, fromPage(MEMBER)],
  ])('is refused to %s', async (_, data, sender) => {
    expect(await handleLoadReader(deps, data, sender)).toEqual({ loaded: false });
    expect(injected).toEqual([]);
  });

  it('may be asked for again when injecting failed (the tab navigated meanwhile)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const scripting = (fakeBrowser as unknown as { scripting: { executeScript: () => Promise<void> } }).scripting;
    const real = scripting.executeScript;
    scripting.executeScript = async () => {
      throw new Error('Frame with ID 0 was removed.');
    };
    expect(await handleLoadReader(deps, { provider: 'iijmio' }, fromPage(MEMBER))).toEqual({ loaded: false });
    scripting.executeScript = real;
    expect(await handleLoadReader(deps, { provider: 'iijmio' }, fromPage(MEMBER))).toEqual({ loaded: true });
  });
});
