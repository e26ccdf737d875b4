import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandlerDeps } from '@/entrypoints/background/handlers';
import { handleSubmitReadings } from '@/entrypoints/background/handlers';
import { handleGetTabStatus, handleReportPage, markRead, setupTabStatus } from '@/entrypoints/background/tab-status';
import { createDb } from '@/utils/db';

const EXT_ID = 'kigen-test-id';
const ORIGIN = 'chrome-extension://kigen-test-id/';
const NOW = Date.parse('2026-12-02T10:00:00+09:00');
const MEMBER = 'https://www.iijmio.jp/member/';

const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const fromPage = (url: string, tabId = 7, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: EXT_ID,
  url,
  frameId: 0,
  tab: tab(tabId),
  ...over,
});
const popup: Runtime.MessageSender = { id: EXT_ID, url: `${ORIGIN}popup.html` };

let deps: HandlerDeps;
let clock = NOW;
let n = 0;
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const report = { provider: 'iijmio', pageKind: 'other', reason: 'no plan status found on the page' } as const;

beforeEach(() => {
  fakeBrowser.reset();
  clock = NOW;
  deps = {
    db: createDb(`tab-status-${n++}`),
    now: () => clock,
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    afterWrite: async () => undefined,
  };
});

describe('the toolbar mark of a tab', () => {
  it('shows ? on a provider page the reader could not read, and the popup learns why', async () => {
    await handleReportPage(deps, report, fromPage(MEMBER));
    expect(await badge(7)).toBe('?');
    expect(await badge(8)).toBe('');
    expect(await handleGetTabStatus(deps, { tabId: 7 }, popup)).toMatchObject({ provider: 'iijmio', state: 'unread', pageKind: 'other' });
  });

  it('shows ✓ once readings from the page are stored, and a later report does not take it back', async () => {
    const reading = { line: '090-1234-5678', plan: null, expiresAt: '2026-12-31T23:59:59+09:00', remainingMB: 1024, totalMB: 2048, usedMB: null, unlimited: false, buckets: [], lineValidUntil: null };
    const result = await handleSubmitReadings(deps, { provider: 'iijmio', readings: [reading] }, fromPage(MEMBER));
    expect(result.accepted).toBe(1);
    expect(await badge(7)).toBe('✓');
    await handleReportPage(deps, report, fromPage(MEMBER));
    expect(await badge(7)).toBe('✓');
    expect(await handleGetTabStatus(deps, { tabId: 7 }, popup)).toMatchObject({ state: 'read', lines: 1 });
  });

  it.each([
    ['another provider’s host', fromPage('https://evil.example/member/')],
    ['a frame', fromPage(MEMBER, 7, { frameId: 3 })],
    ['another extension', fromPage(MEMBER, 7, { id: 'other' })],
  ])('refuses a report from %s', async (_, sender) => {
    await handleReportPage(deps, report, sender);
    expect(await badge(7)).toBe('');
  });

  it('refuses a malformed report and tells a content script nothing', async () => {
    await handleReportPage(deps, { ...report, pageKind: 'admin' }, fromPage(MEMBER));
    await handleReportPage(deps, { ...report, reason: 'x'.repeat(400) }, fromPage(MEMBER));
    expect(await badge(7)).toBe('');
    await markRead(7, 'iijmio', 2, NOW);
    expect(await handleGetTabStatus(deps, { tabId: 7 }, fromPage(MEMBER))).toBeNull();
  });

  it('forgets a tab that navigates away or closes', async () => {
    setupTabStatus();
    await markRead(7, 'iijmio', 1, NOW);
    await markRead(9, 'iijmio', 1, NOW);
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://www.iijmio.jp/' }, tab(7) as never);
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(await handleGetTabStatus(deps, { tabId: 7 }, popup)).toBeNull();
    expect(await handleGetTabStatus(deps, { tabId: 9 }, popup)).toBeNull();
    expect(await badge(7)).toBe('');
  });
});
