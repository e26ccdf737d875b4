import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_ALARM } from '@/entrypoints/background/badge';
import { reconcile, setupReminders } from '@/entrypoints/background/reminders';
import { markRead, setupTabStatus } from '@/entrypoints/background/tab-status';
import { type KigenDB, createDb } from '@/utils/db';
import { saveReading } from '@/utils/store/lines';

/**
 * The toolbar badge: the count of lines that need action (global), under each tab's own ✓ / ?
 * mark (per tab), on WXT's fake browser.
 */

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-11-22T10:00:00+09:00');
const RED = [0xb3, 0x26, 0x1e, 255];
const AMBER = [0x9a, 0x67, 0x00, 255];

let db: KigenDB;
let n = 0;

/** A prepaid SIM (CMHK) whose validity, the number at stake, ends at `expiresAt`. */
function seedLine(number: string, expiresAt: number) {
  return saveReading(db, 'cmhk', number, {
    at: T0 - HOUR,
    expiresAt,
    remainingMB: 5000,
    totalMB: 10240,
    usedMB: null,
    unlimited: false,
    plan: '4G 本地數據卡',
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://1cm.hk.chinamobile.com/myaccount/',
    source: 'page',
  });
}

const text = (tabId?: number) => fakeBrowser.action.getBadgeText(tabId === undefined ? {} : { tabId });
const color = (tabId?: number) => fakeBrowser.action.getBadgeBackgroundColor(tabId === undefined ? {} : { tabId });
/**
 * What a tab shows: its own text, else the global one. The fake browser answers '' for a tab with
 * no text of its own, so a tab's own text is taken from the calls: a string (even '', which hides
 * the count) is the tab's, null gives the tab back to the global text (both browsers).
 */
async function shown(tabId: number): Promise<string> {
  const own = vi.mocked(fakeBrowser.action.setBadgeText).mock.calls.map(([d]) => d).filter((d) => d.tabId === tabId).at(-1);
  return typeof own?.text === 'string' ? own.text : text();
}
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.stubEnv('TZ', 'Asia/Tokyo');
  db = createDb(`badge-${n++}`);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the toolbar count', () => {
  it('is nothing while no line needs action', async () => {
    await seedLine('090-1111-1111', T0 + 30 * DAY);
    await reconcile(db, T0);
    expect(await text()).toBe('');
  });

  it('counts the lines lost inside the lead window: amber, red once one is three days away or less', async () => {
    await seedLine('090-1111-1111', T0 + 6 * DAY);
    await seedLine('090-2222-2222', T0 + 5 * DAY);
    await seedLine('090-3333-3333', T0 + 30 * DAY);
    await reconcile(db, T0);
    expect(await text()).toBe('2');
    expect(await color()).toEqual(AMBER);

    await seedLine('090-4444-4444', T0 + 2 * DAY);
    await reconcile(db, T0);
    expect(await text()).toBe('3');
    expect(await color()).toEqual(RED);
  });

  it("leaves a tab's own mark on that tab and shows the count on the others, and on it again once the mark goes", async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText');
    setupTabStatus();
    await seedLine('090-1111-1111', T0 + 2 * DAY);
    await reconcile(db, T0);
    await markRead(7, 'iijmio', 1, T0);
    expect(await shown(7)).toBe('✓');
    expect(await shown(8)).toBe('1');
    // The count changes: the marked tab keeps its mark.
    await seedLine('090-2222-2222', T0 + 3 * DAY);
    await reconcile(db, T0);
    expect(await shown(7)).toBe('✓');
    expect(await shown(8)).toBe('2');
    // The tab leaves the provider page: its mark goes and the count shows there, in the count's colour.
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://example.com/' }, tab(7) as never);
    await vi.waitFor(async () => expect(await shown(7)).toBe('2'));
    expect(await color(7)).toEqual(RED);
  });

  it('changes with the date alone: an alarm at the next local midnight that matters recounts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    setupReminders(db);
    // Lost on 2 Dec 2026 (ten days ahead): it enters the 7-day window at midnight on 25 Nov, Tokyo time.
    await seedLine('090-1111-1111', Date.parse('2026-12-02T18:00:00+09:00'));
    await reconcile(db, T0);
    expect(await text()).toBe('');
    const alarm = await fakeBrowser.alarms.get(BADGE_ALARM);
    expect(alarm?.scheduledTime).toBe(Date.parse('2026-11-25T00:00:00+09:00'));

    vi.setSystemTime(alarm!.scheduledTime + 1_000);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(async () => expect(await text()).toBe('1'));
    expect(await color()).toEqual(AMBER);
    expect((await fakeBrowser.alarms.get(BADGE_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-29T00:00:00+09:00'));
  });

  it('keeps no alarm when no line has a dated loss', async () => {
    await reconcile(db, T0);
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toBeUndefined();
  });
});
