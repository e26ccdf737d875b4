import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_STEPS, createDb } from '@/utils/db';
import { DB_NAME, type LineRecord } from '@/utils/records';
import { latestReading, saveReading } from '@/utils/store/lines';
import { HISTORY_DAYS } from '@/utils/connector/types';
import { createConnector } from '@/utils/connector';
import { DB_LAYOUT } from '@/utils/records';
import { PAGE_SENDER, pageConnector } from '../../support/page-connector';
import { DAY, NOW, line, reading } from '../../support/popup-seed';

/**
 * The pages' connector against the Dexie schema: same names, records written by the background
 * are read by the pages' plain-IndexedDB reads, and reads never create the database. Writes are
 * messages to the background, the one writer.
 */

let n = 0;
const names: string[] = [];
function fresh(): string {
  const name = `kigen-test-${++n}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) {
    const db = createDb(name);
    await db.delete();
  }
});


describe('layout', () => {
  it('names the database, stores and indexes the Dexie schema defines', () => {
    expect(DB_NAME).toBe('kigen');
    const stores = SCHEMA_STEPS.at(-1)!.stores;
    const indexes = (store: string) => (stores[store] ?? '').split(',').map((s) => s.trim());
    expect(indexes(DB_LAYOUT.lines.store)[0]).toBe('id');
    expect(indexes(DB_LAYOUT.readings.store)).toContain(DB_LAYOUT.readings.byLineAt);
    expect(indexes(DB_LAYOUT.renewals.store)).toContain(DB_LAYOUT.renewals.byLineAt);
    expect(indexes(DB_LAYOUT.reminderLog.store)).toContain(DB_LAYOUT.reminderLog.byLine);
  });
});

describe('idb connector', () => {
  it('reads what Dexie wrote: lines, newest reading, recent history and renewals', async () => {
    const name = fresh();
    const db = createDb(name);
    const shown = '090-1234-5678';
    const { lineId } = await saveReading(db, 'povo', shown, { ...reading('x', { at: NOW - 40 * DAY, remainingMB: 9000 }) });
    await saveReading(db, 'povo', shown, { ...reading('x', { at: NOW - 2 * DAY, remainingMB: 6000 }) });
    await saveReading(db, 'povo', shown, { ...reading('x', { at: NOW - DAY, remainingMB: 5000 }) });
    await saveReading(db, 'iijmio', null, { ...reading('y', { at: NOW - 50 * DAY, remainingMB: 100 }) });
    await db.renewals.add({
      lineId,
      at: NOW - DAY,
      orderNumber: '1',
      amount: 100,
      currency: 'JPY',
      product: null,
      method: 'online',
      note: null,
      status: 'recorded',
      paid: true,
      expiresBefore: null,
      remainingBefore: null,
      expectDays: null,
      expectMB: null,
    });
    db.close();

    const c = createConnector({ name, now: () => NOW });
    const views = await c.listLines();
    const povo = views.find((v) => v.line.id === lineId)!;
    expect(povo.line.lineId).toBe(shown);
    expect(povo.latest?.remainingMB).toBe(5000);
    expect(povo.recent.map((r) => r.remainingMB)).toEqual([6000, 5000]);
    expect(povo.recent.every((r) => r.at >= NOW - HISTORY_DAYS * DAY)).toBe(true);
    expect(povo.renewals.map((r) => r.orderNumber)).toEqual(['1']);
    // A line read only long ago still has its newest reading.
    const iij = views.find((v) => v.line.provider === 'iijmio')!;
    expect(iij.recent).toEqual([]);
    expect(iij.latest?.remainingMB).toBe(100);

    const detail = await c.lineDetail(lineId);
    expect(detail?.history.map((r) => r.remainingMB)).toEqual([9000, 6000, 5000]);
    expect(await c.lineDetail('nope')).toBeUndefined();

    // The first paint's list: the same lines, newest reading and renewals, no history.
    const latest = await c.listLatest!();
    expect(latest.map((v) => v.line.id).sort()).toEqual(views.map((v) => v.line.id).sort());
    const first = latest.find((v) => v.line.id === lineId)!;
    expect(first.latest?.remainingMB).toBe(5000);
    expect(first.recent).toEqual([]);
    expect(first.partial).toBe(true);
    expect(first.renewals.map((r) => r.orderNumber)).toEqual(['1']);
    expect(latest.find((v) => v.line.provider === 'iijmio')?.latest?.remainingMB).toBe(100);
  });

  it('lists nothing before the database exists, and does not create it', async () => {
    const name = fresh();
    const c = createConnector({ name, now: () => NOW });
    expect(await c.listLatest!()).toEqual([]);
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
  });

  it('writes through the background, which re-plans after each write', async () => {
    const name = fresh();
    const { connector: c, sent, afterWrite, db: bg } = pageConnector(name, () => NOW);
    const manual: LineRecord = line('manual:1', { manual: true, provider: 'other', label: 'Trip' });
    await c.saveLine(manual);
    const { lineId: _, ...typed } = reading('ignored', { source: 'manual', sourceUrl: '' });
    await c.addManualReading('manual:1', typed);
    await c.recordRenewal({
      lineId: 'manual:1',
      at: NOW,
      orderNumber: null,
      amount: null,
      currency: null,
      product: null,
      method: 'voucher',
      note: null,
      status: 'recorded',
      paid: true,
      expiresBefore: null,
      remainingBefore: null,
      expectDays: null,
      expectMB: null,
    });
    expect(sent).toEqual(['saveLine', 'addManualReading', 'recordRenewal']);
    expect(afterWrite).toHaveBeenCalledTimes(3);
    bg.close();

    const db = createDb(name);
    expect(await db.lines.get('manual:1')).toEqual(manual);
    const latest = await latestReading(db, 'manual:1');
    expect(latest).toMatchObject({ lineId: 'manual:1', source: 'manual' });
    expect(await db.renewals.where('[lineId+at]').equals(['manual:1', NOW]).count()).toBe(1);
    db.close();
  });

  it('deletes a line with its readings, renewals and reminder log, and nothing else', async () => {
    const name = fresh();
    const db = createDb(name);
    const a = (await saveReading(db, 'povo', 'a', reading('x'))).lineId;
    const b = (await saveReading(db, 'povo', 'b', reading('x'))).lineId;
    await db.reminderLog.bulkAdd([
      { key: `${a}|expiry|1`, lineId: a, firedAt: NOW },
      { key: `${b}|expiry|1`, lineId: b, firedAt: NOW },
    ]);
    db.close();
    await pageConnector(name, () => NOW).connector.deleteLine(a);
    const after = createDb(name);
    expect((await after.lines.toArray()).map((l) => l.id)).toEqual([b]);
    expect((await after.readings.toArray()).map((r) => r.lineId)).toEqual([b]);
    expect((await after.reminderLog.toArray()).map((r) => r.lineId)).toEqual([b]);
    after.close();
  });

  it('does not create a missing database when reading; a write creates it in the background', async () => {
    const name = fresh();
    const { connector: c, db: bg } = pageConnector(name, () => NOW);
    expect(await c.listLines()).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    await c.saveLine(line('manual:2', { manual: true }));
    expect(bg.verno).toBe(SCHEMA_STEPS.at(-1)!.version);
    await c.saveLine(line('manual:3', { manual: true }));
    expect(await c.listLines()).toHaveLength(2);
    bg.close();
  });

  it('refuses writes from a sender that is not an extension page, and invalid records', async () => {
    const name = fresh();
    const web = pageConnector(name, () => NOW, { ...PAGE_SENDER, url: 'https://shop.povo.jp/', tab: { id: 1 } as never });
    await expect(web.connector.saveLine(line('manual:4', { manual: true }))).rejects.toThrow(/not from an extension page/);
    const page = pageConnector(name, () => NOW);
    await expect(page.connector.saveLine({ ...line('manual:5', { manual: true }), createdAt: Number.NaN })).rejects.toThrow(/saveLine/);
    const { lineId: _, ...typed } = reading('x', { source: 'manual', sourceUrl: '' });
    await expect(page.connector.addManualReading('manual:none', typed)).rejects.toThrow(/no such line/);
    expect(await page.db.lines.count()).toBe(0);
    web.db.close();
    page.db.close();
  });
});
