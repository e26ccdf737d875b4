import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_VERSION, type KigenDB, createDb } from '@/utils/db';
import type { LineRecord, RenewalRecord } from '@/utils/records';
import { createConnector } from '@/utils/connector';
import { FIRST_PAINT_FORMAT, FIRST_PAINT_SCHEMA, type FirstPaint, partialViews, readFirstPaint, usableFirstPaint } from '@/utils/connector/first-paint';
import type { LineView } from '@/utils/connector/types';
import { DEFAULT_SETTINGS, firstPaintItem, settingsItem } from '@/utils/settings';
import { writeAllData } from '@/utils/store/all-data';
import { type FirstPaintKeeper, createFirstPaintKeeper, firstPaintOf, keepFirstPaint, readFirstPaintViews } from '@/utils/store/first-paint';
import { PAGE_WRITE_LIMITS, addManualReading, deleteLine, putLine, saveReading } from '@/utils/store/lines';
import { addCapturedRenewal, addRenewal, settleDueRenewal, settleRenewals } from '@/utils/store/renewals';
import { applySyncedDelete, applySyncedLine } from '@/utils/store/sync';
import { setupFirstPaint } from '@/entrypoints/background/first-paint';
import { DAY, HOUR, NOW, line, reading } from '../../support/popup-seed';

/**
 * The popup's first-paint copy (utils/connector/first-paint.ts, utils/store/first-paint.ts): it holds
 * exactly what the pages' listLatest() reads from IndexedDB, after every kind of write the
 * background makes; it is cleared while a write is under way, never left behind a write; and the
 * popup uses only a copy of its own build and schema.
 */

let n = 0;
const dbs: KigenDB[] = [];
function fresh(): { name: string; db: KigenDB } {
  const name = `kigen-first-paint-${++n}`;
  const db = createDb(name);
  dbs.push(db);
  return { name, db };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
beforeEach(() => fakeBrowser.reset());

const renewal = (lineId: string, over: Partial<RenewalRecord> = {}): Omit<RenewalRecord, 'id'> => ({
  lineId,
  at: NOW - DAY,
  orderNumber: null,
  amount: 990,
  currency: 'JPY',
  product: 'topping',
  method: 'online',
  note: null,
  status: 'recorded',
  paid: true,
  expiresBefore: null,
  remainingBefore: null,
  expectDays: null,
  expectMB: null,
  ...over,
});
const { lineId: _drop, ...newReading } = reading('x');
const pageReading = (over: Partial<typeof newReading> = {}) => ({ ...newReading, ...over });

/** The background's keeper over an in-memory copy, and what listLatest() reads now. */
function kept(name: string, db: KigenDB) {
  const copy: { lines: LineView[] | null } = { lines: null };
  const keeper = keepFirstPaint(db, {
    write: async (lines) => {
      copy.lines = lines;
    },
    clear: async () => {
      copy.lines = null;
    },
  });
  const reader = createConnector({ name, now: () => NOW });
  return { copy, keeper, truth: () => reader.listLatest!() };
}

const byId = (views: LineView[] | null) => (views ? [...views].sort((a, b) => a.line.id.localeCompare(b.line.id)) : views);

describe('the copy is what listLatest() reads', () => {
  it('the pages cannot import the schema version: the copy names the one utils/db.ts has', () => {
    expect(FIRST_PAINT_SCHEMA).toBe(DB_VERSION);
  });

  it('partial views: every line, its newest reading or none, its renewals oldest first', () => {
    const a = line('povo:1');
    const b = line('iijmio:2', { provider: 'iijmio' });
    const latest = { ...reading('povo:1'), id: 7 };
    const late = { ...renewal('povo:1', { at: NOW }), id: 1 };
    const early = { ...renewal('povo:1', { at: NOW - 2 * DAY }), id: 2 };
    const other = { ...renewal('iijmio:2'), id: 3 };
    expect(partialViews([a, b], [latest, undefined], [late, other, early])).toEqual([
      { line: a, latest, recent: [], renewals: [early, late], partial: true },
      { line: b, latest: undefined, recent: [], renewals: [other], partial: true },
    ]);
  });

  it('the background reads the same views the popup reads from IndexedDB', async () => {
    const { name, db } = fresh();
    await saveReading(db, 'povo', '090-1111-2222', pageReading({ at: NOW - 3 * DAY, remainingMB: 9000 }));
    await saveReading(db, 'povo', '090-1111-2222', pageReading({ at: NOW - DAY, remainingMB: 4000 }));
    // Two readings at the same instant: both reads take the one stored last.
    await saveReading(db, 'iijmio', null, pageReading({ at: NOW - HOUR, remainingMB: 100 }));
    await db.readings.add({ ...reading('iijmio:main'), at: NOW - HOUR, remainingMB: 90 });
    await putLine(db, line('manual:none', { manual: true, provider: 'other' }));
    await addRenewal(db, renewal('povo:09011112222', { at: NOW - 2 * HOUR }));
    await addRenewal(db, renewal('povo:09011112222', { at: NOW - 5 * DAY }));
    const views = await readFirstPaintViews(db);
    expect(byId(views)).toEqual(byId(await createConnector({ name, now: () => NOW }).listLatest!()));
    expect(views.find((v) => v.line.id === 'iijmio:main')?.latest?.remainingMB).toBe(90);
    expect(views.find((v) => v.line.id === 'manual:none')?.latest).toBeUndefined();
    expect(views.find((v) => v.line.id === 'povo:09011112222')?.renewals.map((r) => r.at)).toEqual([NOW - 5 * DAY, NOW - 2 * HOUR]);
  });
});

describe('every write leaves the copy equal to the database', () => {
  it('readings, lines, renewals, deletes, restore and sync', async () => {
    const { name, db } = fresh();
    const { copy, keeper, truth } = kept(name, db);
    const same = async (what: string) => {
      await keeper.settled();
      expect(byId(copy.lines), what).toEqual(byId(await truth()));
    };

    const { lineId } = await saveReading(db, 'povo', '090-1111-2222', pageReading({ at: NOW - 2 * HOUR }), PAGE_WRITE_LIMITS);
    await same('a page reading that creates its line');
    await saveReading(db, 'povo', '090-1111-2222', pageReading({ at: NOW - HOUR, remainingMB: 3000 }), PAGE_WRITE_LIMITS);
    await same('a changed reading soon after, which replaces the last');
    await saveReading(db, 'povo', '090-1111-2222', pageReading({ at: NOW - HOUR + 60_000, remainingMB: 3000 }), PAGE_WRITE_LIMITS);
    await same('an unchanged reading (nothing stored)');
    await putLine(db, line('manual:1', { manual: true, provider: 'other', label: 'Trip' }));
    await same('a line added by hand');
    await addManualReading(db, 'manual:1', pageReading({ source: 'manual', sourceUrl: '', remainingMB: 512 }));
    await same('a reading typed in');
    await putLine(db, { ...(await db.lines.get(lineId))!, label: 'Work', settings: { muted: true } });
    await same('a line edited');
    await addRenewal(db, renewal(lineId));
    await same('"I renewed"');
    const pending: RenewalRecord = { ...renewal(lineId, { at: NOW - 30 * 60_000, method: 'checkout', orderNumber: 'A1', status: 'pending' }) };
    expect(await addCapturedRenewal(db, [lineId], pending)).toBe('saved');
    await same('a purchase captured on a confirmation page');
    await settleRenewals(db, lineId, { at: NOW, expiresAt: NOW + 40 * DAY, remainingMB: 10000 }, NOW);
    await same('renewals settled by a reading');
    const open = (await db.renewals.add({ ...renewal(lineId, { at: NOW - 2 * DAY, method: 'checkout', orderNumber: 'B2', status: 'pending' }) })) as number;
    await settleDueRenewal(db, open, NOW);
    expect((await db.renewals.get(open))?.status).toBe('notReflected');
    await same('a renewal turned notReflected by its 24-hour check');
    const synced: LineRecord = line('ahamo:07012345678', { provider: 'ahamo', lineId: '070-1234-5678' });
    await applySyncedLine(db, { line: synced, expect: null, status: { readAt: NOW - 10 * 60_000, expiresAt: NOW + 5 * DAY, remainingMB: 1, totalMB: 2, usedMB: null, unlimited: false, plan: null, lineValidUntil: null } });
    await same('a line from another browser');
    await applySyncedDelete(db, synced.id, synced);
    await same('a line another browser deleted');
    await deleteLine(db, 'manual:1');
    await same('a line deleted here');
    const backup = await db.transaction('r', [db.lines, db.readings, db.renewals, db.reminderLog], async () => ({
      lines: [line('povo:restored')],
      readings: [{ ...reading('povo:restored'), remainingMB: 42 }],
      renewals: [{ ...renewal('povo:restored') }],
      reminderLog: await db.reminderLog.toArray(),
    }));
    await writeAllData(db, { ...backup, settings: DEFAULT_SETTINGS });
    await same('a backup restored over everything');
    expect(copy.lines?.map((v) => v.latest?.remainingMB)).toEqual([42]);
  });

  it('is cleared as soon as a write begins, and written again once it commits', async () => {
    const { name, db } = fresh();
    const { copy, keeper, truth } = kept(name, db);
    await putLine(db, line('povo:1'));
    await keeper.settled();
    expect(copy.lines).toHaveLength(1);
    let during: LineView[] | null | undefined;
    await db.transaction('rw', db.lines, async () => {
      await db.lines.put(line('povo:2'));
      during = copy.lines;
    });
    expect(during).toBeNull();
    await keeper.settled();
    expect(byId(copy.lines)).toEqual(byId(await truth()));
    expect(copy.lines).toHaveLength(2);
  });

  it('is written again after a write that failed (the database is unchanged)', async () => {
    const { name, db } = fresh();
    const { copy, keeper, truth } = kept(name, db);
    await putLine(db, line('povo:1'));
    await expect(db.transaction('rw', db.lines, async () => {
      await db.lines.put(line('povo:2'));
      throw new Error('boom');
    })).rejects.toThrow('boom');
    // The abort event comes after the transaction's promise has rejected.
    await vi.waitFor(() => expect(copy.lines).not.toBeNull());
    await keeper.settled();
    expect(byId(copy.lines)).toEqual(byId(await truth()));
    expect(copy.lines?.map((v) => v.line.id)).toEqual(['povo:1']);
  });

  it('must watch the database from before it opens', async () => {
    const { db } = fresh();
    await db.open();
    expect(() => keepFirstPaint(db, { write: async () => undefined, clear: async () => undefined })).toThrow(/before/);
  });

  it('a write to the reminder log alone leaves it be', async () => {
    const { name, db } = fresh();
    const { copy, keeper } = kept(name, db);
    await putLine(db, line('povo:1'));
    await keeper.settled();
    const before = copy.lines;
    await db.reminderLog.add({ key: 'povo:1|expiry|1', lineId: 'povo:1', firedAt: NOW });
    await keeper.settled();
    expect(copy.lines).toBe(before);
  });
});

describe('the keeper', () => {
  /** A store whose reads wait until released, to interleave writes with them. */
  function gated() {
    const db = { value: ['a'] };
    const copy: { lines: string[] | null; writes: number } = { lines: ['stale'], writes: 0 };
    const gates: Array<() => void> = [];
    const keeper = createFirstPaintKeeper({
      read: async () => {
        const seen = [...db.value];
        await new Promise<void>((r) => gates.push(r));
        return seen as unknown as LineView[];
      },
      write: async (lines) => {
        copy.lines = lines as unknown as string[];
        copy.writes += 1;
      },
      clear: async () => {
        copy.lines = null;
      },
    });
    const release = async () => {
      await vi.waitFor(() => expect(gates.length).toBeGreaterThan(0));
      gates.shift()!();
    };
    return { db, copy, keeper, release };
  }

  it('does not store what it read before a write began; that write’s refresh does', async () => {
    const { db, copy, keeper, release } = gated();
    const first = keeper.refresh();
    await vi.waitFor(() => expect(copy.writes).toBe(0));
    // A write begins while the first refresh reads: the copy goes at once.
    keeper.stale();
    await Promise.resolve();
    expect(copy.lines).toBeNull();
    db.value = ['a', 'b'];
    const second = keeper.refresh();
    await release();
    await first;
    expect(copy.lines).toBeNull();
    await release();
    await second;
    expect(copy.lines).toEqual(['a', 'b']);
    expect(copy.writes).toBe(1);
  });

  it('shares a refresh that has not begun reading; runs another once it has', async () => {
    const { copy, keeper, release } = gated();
    const running = keeper.refresh();
    expect(keeper.refresh()).toBe(running);
    // Once it reads, what it reads may be older than a later ask: that one runs after it.
    await vi.waitFor(() => expect(keeper.refresh()).not.toBe(running));
    const queued = keeper.refresh();
    expect(keeper.refresh()).toBe(queued);
    await release();
    await running;
    await release();
    await queued;
    expect(copy.writes).toBe(2);
  });

  it('clears the copy when the database cannot be read', async () => {
    const failed = vi.fn();
    const copy: { lines: unknown } = { lines: ['old'] };
    const keeper = createFirstPaintKeeper({
      read: () => Promise.reject(new Error('closed')),
      write: async (lines) => {
        copy.lines = lines;
      },
      clear: async () => {
        copy.lines = null;
      },
      failed,
    });
    await keeper.refresh();
    expect(copy.lines).toBeNull();
    expect(failed).toHaveBeenCalledOnce();
  });
});

describe('in storage', () => {
  const manifest = (version: string) => vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
  /** What the popup's main.tsx makes of its first read. */
  const popupFirst = async () => {
    const { settings, cached } = await readFirstPaint();
    return { settings, lines: usableFirstPaint(cached, fakeBrowser.runtime.getManifest().version) };
  };

  it('the popup uses a copy of its own version, format and schema only', () => {
    const lines = [{ line: line('povo:1'), latest: undefined, recent: [], renewals: [], partial: true }];
    const copy: FirstPaint = { format: FIRST_PAINT_FORMAT, schema: FIRST_PAINT_SCHEMA, version: '1.0.0', lines };
    expect(usableFirstPaint(copy, '1.0.0')).toBe(lines);
    expect(usableFirstPaint(copy, '1.0.1')).toBeNull();
    expect(usableFirstPaint({ ...copy, format: FIRST_PAINT_FORMAT + 1 }, '1.0.0')).toBeNull();
    expect(usableFirstPaint({ ...copy, schema: FIRST_PAINT_SCHEMA - 1 }, '1.0.0')).toBeNull();
    expect(usableFirstPaint(null, '1.0.0')).toBeNull();
  });

  it('the background makes it at start and after writes; the popup reads it with the settings', async () => {
    manifest('2.0.0');
    const { name, db: before } = fresh();
    await saveReading(before, 'povo', '090-1111-2222', pageReading());
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, staleDays: 3 });
    // The background's database, watched from before its first use.
    const db = createDb(name);
    dbs.push(db);
    const keeper: FirstPaintKeeper = setupFirstPaint(db);
    const popup = createConnector({ name, now: () => NOW });
    await vi.waitFor(async () => expect((await popupFirst()).lines).not.toBeNull());
    await keeper.settled();
    const first = await popupFirst();
    expect(first.settings).toEqual({ ...DEFAULT_SETTINGS, staleDays: 3 });
    expect(byId(first.lines)).toEqual(byId(await popup.listLatest!()));

    await putLine(db, line('manual:1', { manual: true, provider: 'other' }));
    await keeper.settled();
    expect(byId((await popupFirst()).lines)).toEqual(byId(await popup.listLatest!()));
    expect((await firstPaintItem.getValue())?.version).toBe('2.0.0');

    // Another version's copy is not used, and the background writes its own at start.
    manifest('2.0.1');
    expect((await popupFirst()).lines).toBeNull();
    const restarted = createDb(name);
    dbs.push(restarted);
    setupFirstPaint(restarted);
    await vi.waitFor(async () => expect((await firstPaintItem.getValue())?.version).toBe('2.0.1'));
    expect(byId((await popupFirst()).lines)).toEqual(byId(await popup.listLatest!()));
  });

  it('without a copy, the settings still come back (defaults when none are saved, older ones filled in)', async () => {
    manifest('2.0.0');
    expect(await popupFirst()).toEqual({ settings: DEFAULT_SETTINGS, lines: null });
    await firstPaintItem.setValue(firstPaintOf([], '2.0.0'));
    expect(await popupFirst()).toEqual({ settings: DEFAULT_SETTINGS, lines: [] });
    const { staleDays: _old, ...older } = DEFAULT_SETTINGS;
    await fakeBrowser.storage.local.set({ settings: { ...older, language: 'ja' } });
    expect((await popupFirst()).settings).toEqual({ ...DEFAULT_SETTINGS, language: 'ja' });
  });
});
