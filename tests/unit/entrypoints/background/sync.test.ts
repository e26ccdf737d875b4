import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_RETRY_ALARM, type SyncArea, setupSync, syncOnce } from '@/entrypoints/background/sync';
import { createDb } from '@/utils/db';
import { settingsItem, syncEnabledItem, syncLedgerItem, syncStateItem } from '@/utils/settings';
import { deleteLine, getLine, latestReading, putLine, saveReading } from '@/utils/store/lines';
import { encodeItem } from '@/utils/sync/items';
import { SYNC_QUOTA, itemBytes, payloadSize } from '@/utils/sync/quota';
import { DAY, MIN, NOW, carry, liveItem, memoryArea, memoryLocal, pageReading, status } from '../../support/sync-seed';

/**
 * Two browsers, each with its own database, its own settings and ledger, and its own copy of the
 * sync area; `carry` plays the browsers' sync service. Then the real wiring on WXT's fake browser,
 * whose storage.sync area does not enforce quotas: a wrapped set() throws what Chrome throws.
 */

const ID = 'povo:09012345678';
const KEY = `line:${ID}`;
let n = 0;

function browserAt(name: string) {
  const db = createDb(`sync-${name}-${n++}`);
  const local = memoryLocal();
  const area = memoryArea();
  const afterApply = vi.fn(async () => undefined);
  const sync = (at: number, over: { area?: SyncArea } = {}) => syncOnce({ db, area: over.area ?? area, local, now: () => at, afterApply });
  const read = (at: number, over = {}) => {
    const { lineId: _, ...reading } = pageReading(ID, at, over);
    return saveReading(db, 'povo', '090-1234-5678', reading);
  };
  return { db, local, area, afterApply, sync, read };
}

type Browser = ReturnType<typeof browserAt>;

/** Both browsers synced and agreeing on the line the laptop read. */
async function bothWithLine(): Promise<[Browser, Browser]> {
  const laptop = browserAt('laptop');
  const phone = browserAt('phone');
  await laptop.read(NOW - DAY);
  await laptop.sync(NOW - DAY);
  carry(laptop.area, phone.area);
  await phone.sync(NOW - DAY + 1);
  carry(phone.area, laptop.area);
  return [laptop, phone];
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a line read on one browser', () => {
  it('shows on the other with its latest status; the history stays where it was read', async () => {
    const laptop = browserAt('laptop');
    const phone = browserAt('phone');
    await laptop.read(NOW - 2 * DAY, { remainingMB: 5000 });
    await laptop.read(NOW - 3 * MIN, { remainingMB: 1500 });
    expect(await laptop.sync(NOW)).toMatchObject({ ran: true, pushed: [KEY, 'settings'], error: null });
    carry(laptop.area, phone.area);

    expect(await phone.sync(NOW + MIN)).toMatchObject({ ran: true, applied: 1, pushed: [] });
    expect(await getLine(phone.db, ID)).toEqual(await getLine(laptop.db, ID));
    const latest = await latestReading(phone.db, ID);
    expect(latest).toMatchObject({ at: NOW - 3 * MIN, remainingMB: 1500, totalMB: 10240, plan: 'povo2.0 データ追加3GB', source: 'sync', sourceUrl: '', buckets: [] });
    expect(await phone.db.readings.count()).toBe(1);
    expect(await laptop.db.readings.count()).toBe(2);
    expect(phone.afterApply).toHaveBeenCalledTimes(1);
    expect(await phone.local.state()).toEqual({ lastSyncAt: NOW + MIN, error: null });
  });

  it('a newer reading on either browser replaces the status on the other; an older one does not', async () => {
    const [laptop, phone] = await bothWithLine();
    await phone.read(NOW, { remainingMB: 100 });
    await phone.sync(NOW);
    carry(phone.area, laptop.area);
    await laptop.sync(NOW + 1);
    expect(await latestReading(laptop.db, ID)).toMatchObject({ at: NOW, remainingMB: 100, source: 'sync' });
    // The synced status is the laptop's newest reading now: passing it again writes nothing.
    expect(await laptop.sync(NOW + 2)).toMatchObject({ pushed: [], applied: 0 });
  });
});

describe('two browsers editing the same line', () => {
  it.each([
    ['the older edit reaches the sync service last', 'laptop'],
    ['the newer edit reaches the sync service last', 'phone'],
  ])('newer wins and both converge when %s', async (_, last) => {
    const [laptop, phone] = await bothWithLine();
    const line = (await getLine(laptop.db, ID))!;
    await putLine(laptop.db, { ...line, label: 'Laptop name', settings: { muted: true } });
    await laptop.sync(NOW + 10 * MIN);
    await putLine(phone.db, { ...line, label: '手机的名字', settings: { muted: false, kind: 'keep-number' } });
    await phone.sync(NOW + 20 * MIN);

    // The sync service keeps the write that reached it last; the other browser hears of it,
    // merges, and answers when its own edit is newer.
    const [kept, overwritten] = last === 'laptop' ? [laptop, phone] : [phone, laptop];
    carry(kept.area, overwritten.area);
    for (let round = 0; round < 2; round++) {
      await overwritten.sync(NOW + 30 * MIN + round);
      carry(overwritten.area, kept.area);
      await kept.sync(NOW + 31 * MIN + round);
      carry(kept.area, overwritten.area);
    }

    const want = { ...line, label: '手机的名字', settings: { muted: false, kind: 'keep-number' } };
    expect(await getLine(laptop.db, ID)).toEqual(want);
    expect(await getLine(phone.db, ID)).toEqual(want);
    expect(laptop.area.items).toEqual(phone.area.items);
    expect(laptop.area.items[KEY]).toMatchObject({ updatedAt: NOW + 20 * MIN });
    // Converged: a further pass on either side writes nothing.
    expect(await laptop.sync(NOW + HOUR)).toMatchObject({ pushed: [], applied: 0 });
    expect(await phone.sync(NOW + HOUR)).toMatchObject({ pushed: [], applied: 0 });
  });

  it('a rename on one and a reading on the other both survive', async () => {
    const [laptop, phone] = await bothWithLine();
    const line = (await getLine(laptop.db, ID))!;
    await putLine(laptop.db, { ...line, label: 'Travel' });
    await laptop.sync(NOW);
    await phone.read(NOW + MIN, { remainingMB: 42 });
    await phone.sync(NOW + MIN);
    carry(phone.area, laptop.area); // The phone's write is the last the service keeps.
    await laptop.sync(NOW + 2 * MIN);
    carry(laptop.area, phone.area);
    await phone.sync(NOW + 3 * MIN);
    for (const b of [laptop, phone]) {
      expect((await getLine(b.db, ID))?.label).toBe('Travel');
      expect((await latestReading(b.db, ID))?.remainingMB).toBe(42);
    }
  });

  it('settings edited on both: the newer wins on both', async () => {
    const [laptop, phone] = await bothWithLine();
    laptop.local.saved = { ...laptop.local.saved, leadDays: [14] };
    await laptop.sync(NOW);
    phone.local.saved = { ...phone.local.saved, staleDays: 3 };
    await phone.sync(NOW + MIN);
    carry(laptop.area, phone.area);
    await phone.sync(NOW + 2 * MIN);
    carry(phone.area, laptop.area);
    await laptop.sync(NOW + 3 * MIN);
    expect(laptop.local.saved).toEqual(phone.local.saved);
    expect(laptop.local.saved).toMatchObject({ staleDays: 3, leadDays: [7, 3, 1, 0] });
  });
});

const HOUR = 60 * MIN;

describe('deletes', () => {
  it('a line deleted on one browser is deleted on the other and is not brought back', async () => {
    const [laptop, phone] = await bothWithLine();
    await deleteLine(laptop.db, ID);
    await laptop.sync(NOW);
    expect(laptop.area.items[KEY]).toEqual({ v: 1, updatedAt: NOW, deleted: true });
    carry(laptop.area, phone.area);
    expect(await phone.sync(NOW + MIN)).toMatchObject({ applied: 1, pushed: [] });
    expect(await getLine(phone.db, ID)).toBeUndefined();
    expect(await phone.db.readings.count()).toBe(0);
    // Neither side brings it back on later passes.
    expect(await phone.sync(NOW + 2 * MIN)).toMatchObject({ pushed: [], applied: 0 });
    expect(await laptop.sync(NOW + 3 * MIN)).toMatchObject({ pushed: [], applied: 0 });
    expect(await getLine(laptop.db, ID)).toBeUndefined();
  });

  it('a browser that had not heard of the delete loses its older copy, but a reading after the delete brings it back', async () => {
    const [laptop, phone] = await bothWithLine();
    await deleteLine(laptop.db, ID);
    await laptop.sync(NOW);
    carry(laptop.area, phone.area);
    await phone.sync(NOW + MIN);
    expect(await getLine(phone.db, ID)).toBeUndefined();

    await phone.read(NOW + HOUR);
    await phone.sync(NOW + HOUR);
    carry(phone.area, laptop.area);
    await laptop.sync(NOW + HOUR + 1);
    expect(await getLine(laptop.db, ID)).toBeDefined();
    expect(await latestReading(laptop.db, ID)).toMatchObject({ at: NOW + HOUR, source: 'sync' });
  });
});

describe('the off switch', () => {
  it('reads and writes nothing of the sync area when off', async () => {
    const laptop = browserAt('laptop');
    laptop.local.on = false;
    const get = vi.spyOn(laptop.area, 'get');
    const set = vi.spyOn(laptop.area, 'set');
    laptop.area.items[`line:povo:08000000000`] = encodeItem(liveItem(NOW));
    await laptop.read(NOW);
    expect(await laptop.sync(NOW)).toEqual({ ran: false, pushed: [], applied: 0, error: null });
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
    expect(Object.keys(laptop.area.items)).toEqual(['line:povo:08000000000']);
    expect(await laptop.db.lines.count()).toBe(1);
  });
});

describe('quota errors', () => {
  it.each([
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'space'],
    ['QUOTA_BYTES quota exceeded', 'space'],
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'rate'],
  ])('"%s": keeps working here, says so, and clears it after the next good write', async (message, kind) => {
    const phone = browserAt('phone');
    // Another browser's line is in the sync area; this browser's write is refused.
    phone.area.items[KEY] = encodeItem(liveItem(NOW - DAY, { label: 'From the laptop' }, status(NOW - DAY)));
    const set = vi.spyOn(phone.area, 'set').mockRejectedValue(new Error(message));
    await phone.read(NOW);
    const outcome = await phone.sync(NOW);
    expect(outcome).toMatchObject({ ran: true, error: kind, pushed: [] });
    expect(await phone.local.state()).toEqual({ lastSyncAt: null, error: { at: NOW, kind } });
    // Pulling still worked, and local writes still work.
    expect((await getLine(phone.db, ID))?.label).toBe('From the laptop');
    await phone.read(NOW + HOUR, { remainingMB: 1 });
    expect((await latestReading(phone.db, ID))?.remainingMB).toBe(1);
    // A refused rate is retried by an alarm; a full area waits for the next write.
    expect((await fakeBrowser.alarms.get(SYNC_RETRY_ALARM)) !== undefined).toBe(kind === 'rate');

    set.mockRestore();
    expect(await phone.sync(NOW + HOUR + MIN)).toMatchObject({ error: null, pushed: [KEY, 'settings'] });
    expect(await phone.local.state()).toEqual({ lastSyncAt: NOW + HOUR + MIN, error: null });
    expect(phone.area.items[KEY]).toMatchObject({ status: { readAt: NOW + HOUR, remainingMB: 1 } });
  });

  it('a full sync area keeps new lines here and says so', async () => {
    const phone = browserAt('phone');
    // Items of a newer Kigen fill the area up to 300 bytes below the quota.
    for (let i = 0; i < 12; i++) phone.area.items[`line:manual:${i}`] = { v: 2, pad: 'x'.repeat(8_000) };
    const used = payloadSize(phone.area.items).total;
    const overhead = itemBytes('line:manual:last', { v: 2, pad: '' });
    phone.area.items['line:manual:last'] = { v: 2, pad: 'x'.repeat(SYNC_QUOTA.QUOTA_BYTES - used - 300 - overhead) };
    expect(SYNC_QUOTA.QUOTA_BYTES - payloadSize(phone.area.items).total).toBe(300);
    await phone.read(NOW);
    const outcome = await phone.sync(NOW);
    expect(outcome).toMatchObject({ error: 'space', pushed: ['settings'] });
    expect(phone.area.items[KEY]).toBeUndefined();
    expect(await getLine(phone.db, ID)).toBeDefined();
    expect(await phone.local.state()).toEqual({ lastSyncAt: NOW, error: { at: NOW, kind: 'space' } });
  });
});

describe('untrusted items', () => {
  it('ignores a remote item that fails validation and applies the valid ones', async () => {
    const phone = browserAt('phone');
    const good = liveItem(NOW - DAY, { lineId: '080-0000-0000' }, status(NOW - DAY));
    phone.area.items['line:povo:08000000000'] = encodeItem(good);
    phone.area.items['line:povo:07000000000'] = { ...encodeItem(liveItem(NOW - DAY)), status: { ...status(NOW), remainingMB: 9e9 } };
    phone.area.items['line:iijmio:0600'] = encodeItem(liveItem(NOW - DAY));
    phone.area.items.settings = { v: 1, updatedAt: NOW, settings: { leadDays: 'all' } };
    await phone.sync(NOW);
    expect((await phone.db.lines.toArray()).map((l) => l.id)).toEqual(['povo:08000000000']);
    expect(phone.local.saved.leadDays).toEqual([7, 3, 1, 0]);
    expect(console.warn).toHaveBeenCalledWith('[kigen] sync: ignored', 'line:povo:07000000000', expect.any(String));
    // Lines this browser does not have stay as they are; the broken settings are replaced with valid ones.
    expect(phone.area.items['line:iijmio:0600']).toEqual(encodeItem(liveItem(NOW - DAY)));
    expect(phone.area.items.settings).toMatchObject({ v: 1, updatedAt: NOW, settings: { leadDays: [7, 3, 1, 0] } });
  });
});

describe('wiring on the fake browser', () => {
  const reconcile = vi.fn(async () => undefined);
  const syncArea = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

  it('writes nothing while off, shares everything once turned on, and applies what another browser writes', async () => {
    const db = createDb(`sync-wired-${n++}`);
    const push = setupSync(db, reconcile);
    const { lineId: _, ...reading } = pageReading(ID, NOW);
    await saveReading(db, 'povo', '090-1234-5678', reading);
    push();
    await settingsItem.setValue({ ...(await settingsItem.getValue()), staleDays: 5 });
    await new Promise((r) => setTimeout(r, 50));
    expect(await syncArea()).toEqual({});

    await syncEnabledItem.setValue(true);
    await vi.waitFor(async () => expect(Object.keys(await syncArea()).sort()).toEqual([KEY, 'settings']));
    expect((await syncArea()).settings).toMatchObject({ settings: { staleDays: 5 } });
    await vi.waitFor(async () => expect((await syncStateItem.getValue()).lastSyncAt).not.toBeNull());
    expect(Object.keys(await syncLedgerItem.getValue()).sort()).toEqual([KEY, 'settings']);

    // Another browser's write arrives through the sync service.
    const other = liveItem(NOW, { lineId: '080-0000-0000', label: 'Phone' }, status(NOW));
    await fakeBrowser.storage.sync.set({ 'line:povo:08000000000': encodeItem(other) });
    await vi.waitFor(async () => expect((await getLine(db, 'povo:08000000000'))?.label).toBe('Phone'));
    expect(reconcile).toHaveBeenCalled();

    // Turned off again: a local change stays here.
    await syncEnabledItem.setValue(false);
    await putLine(db, { ...(await getLine(db, ID))!, label: 'Only here' });
    push();
    await new Promise((r) => setTimeout(r, 50));
    expect((await syncArea())[KEY]).not.toMatchObject({ line: { label: 'Only here' } });
  });

  it('a refused write shows in the sync state, whatever Chrome calls it', async () => {
    const db = createDb(`sync-wired-${n++}`);
    await syncEnabledItem.setValue(true);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    setupSync(db, reconcile);
    await vi.waitFor(async () => expect((await syncStateItem.getValue()).error).toMatchObject({ kind: 'space' }));
  });
});

describe('taught pages between browsers', () => {
  const locator = { label: '号码有效期', relation: 'sibling' as const, tag: 'span', attrs: {}, classes: [], path: ['span'], near: [], index: 0 };
  const recipe = (site: string, at: number, label = '号码有效期') => ({
    id: `recipe-${site.length.toString(36)}${at.toString(36).slice(-4)}`,
    site,
    path: '/user/sim/*',
    provider: null,
    fields: { expiry: { locator: { ...locator, label }, unit: null } },
    zone: 'Asia/Tokyo',
    lineKind: 'keep-number' as const,
    createdAt: at,
    updatedAt: at,
  });
  const A = 'https://www.riben-ka.example';

  it('a page taught on one browser reaches the other; a newer re-teach wins; removing it removes it there', async () => {
    const laptop = browserAt('laptop');
    const phone = browserAt('phone');
    laptop.local.taught = [recipe(A, NOW)];
    await laptop.sync(NOW);
    expect(laptop.area.items[`recipes:${A}`]).toMatchObject({ updatedAt: NOW });
    carry(laptop.area, phone.area);
    await phone.sync(NOW + 1);
    expect(phone.local.taught).toEqual(laptop.local.taught);

    // Taught again on the phone (a newer recipe for the same page), then removed on the laptop later still.
    phone.local.taught = [{ ...recipe(A, NOW + HOUR, '有效期至'), id: laptop.local.taught[0]!.id }];
    await phone.sync(NOW + HOUR);
    carry(phone.area, laptop.area);
    await laptop.sync(NOW + HOUR + 1);
    expect(laptop.local.taught[0]?.fields.expiry?.locator.label).toBe('有效期至');

    laptop.local.taught = [];
    await laptop.sync(NOW + 2 * HOUR);
    expect(laptop.area.items[`recipes:${A}`]).toMatchObject({ deleted: true, updatedAt: NOW + 2 * HOUR });
    carry(laptop.area, phone.area);
    await phone.sync(NOW + 2 * HOUR + 1);
    expect(phone.local.taught).toEqual([]);
    // Converged: nothing more to write.
    expect((await phone.sync(NOW + 3 * HOUR)).pushed).toEqual([]);
  });

  it('an item that holds another site’s recipe, or no valid recipe, is ignored', async () => {
    const phone = browserAt('phone');
    phone.area.items[`recipes:${A}`] = { v: 1, updatedAt: NOW, recipes: [recipe('https://evil.example', NOW)] };
    phone.area.items['recipes:https://b.example'] = { v: 1, updatedAt: NOW, recipes: [{ ...recipe('https://b.example', NOW), site: 'javascript:alert(1)' }] };
    await phone.sync(NOW + 1);
    expect(phone.local.taught).toEqual([]);
  });

  it('nothing of them syncs while sync is off', async () => {
    const laptop = browserAt('laptop');
    laptop.local.on = false;
    laptop.local.taught = [recipe(A, NOW)];
    await laptop.sync(NOW);
    expect(laptop.area.items).toEqual({});
  });
});
