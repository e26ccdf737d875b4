import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { RECIPE_KEY_PREFIX } from '@/utils/sync/keys';
import { canonical, encodeItem, metaOf } from '@/utils/sync/items';
import { type Ledger, type SyncInput, TOMBSTONE_KEEP_MS, planSync } from '@/utils/sync/plan';
import { DAY, NOW, liveItem, status, syncLine } from '../../support/sync-seed';

const ID = 'povo:09012345678';
const KEY = `line:${ID}`;
const settingsEntry = { updatedAt: NOW - DAY, meta: canonical(DEFAULT_SETTINGS) };
/** A ledger that agrees with the sync area about the settings, so only lines are in play. */
const agreed = (extra: Ledger = {}): Ledger => ({ settings: settingsEntry, ...extra });
const remoteSettings = { settings: encodeItem({ updatedAt: NOW - DAY, settings: DEFAULT_SETTINGS }) };

const input = (over: Partial<SyncInput>): SyncInput => ({
  lines: [],
  settings: DEFAULT_SETTINGS,
  remote: remoteSettings,
  ledger: agreed(),
  now: NOW,
  ...over,
});

describe('planSync', () => {
  it('shares a new local line, dated now, with its status', () => {
    const plan = planSync(input({ lines: [{ line: syncLine(ID, { label: 'Mine' }), status: status(NOW - 1000) }] }));
    expect(plan.push).toEqual({ [KEY]: encodeItem({ updatedAt: NOW, line: metaOf(syncLine(ID, { label: 'Mine' })), status: status(NOW - 1000) }) });
    expect(plan.lines).toEqual([]);
    expect(plan.ledger[KEY]).toEqual({ updatedAt: NOW, meta: canonical(metaOf(syncLine(ID, { label: 'Mine' }))) });
  });

  it('writes nothing when the sync area already holds every item', () => {
    const item = liveItem(NOW - DAY, {}, status(NOW - DAY));
    const plan = planSync(
      input({
        lines: [{ line: syncLine(ID), status: status(NOW - DAY) }],
        remote: { ...remoteSettings, [KEY]: encodeItem(item) },
        ledger: agreed({ [KEY]: { updatedAt: NOW - DAY, meta: canonical(item.line) } }),
      }),
    );
    expect(plan.push).toEqual({});
    expect(plan.lines).toEqual([]);
    expect(plan.settings).toBeNull();
  });

  it('creates a line read on another browser, with its status', () => {
    const theirs = liveItem(NOW - DAY, { label: '手机' }, status(NOW - 60_000));
    const plan = planSync(input({ remote: { ...remoteSettings, [KEY]: encodeItem(theirs) } }));
    expect(plan.lines).toEqual([{ line: { id: ID, ...theirs.line }, status: theirs.status, expect: null }]);
    expect(plan.push).toEqual({});
  });

  it('dates a line edited here since the last pass now, so it wins over the older edit there', () => {
    const before = syncLine(ID, { label: 'Old' });
    const ledger = agreed({ [KEY]: { updatedAt: NOW - DAY, meta: canonical(metaOf(before)) } });
    const there = liveItem(NOW - 60_000, { label: 'Edited there' });
    const plan = planSync(input({ lines: [{ line: syncLine(ID, { label: 'Edited here' }), status: null }], remote: { ...remoteSettings, [KEY]: encodeItem(there) }, ledger }));
    expect(plan.lines).toEqual([]);
    expect(plan.push[KEY]).toMatchObject({ updatedAt: NOW, line: { label: 'Edited here' } });
  });

  it('on first sync, a line that is already in the sync area takes its name there; the newer status still wins', () => {
    const there = liveItem(NOW - 30 * DAY, { label: 'From the laptop' }, status(NOW - 2 * DAY));
    const mine = syncLine(ID, { label: null });
    const plan = planSync(input({ lines: [{ line: mine, status: status(NOW - DAY) }], remote: { ...remoteSettings, [KEY]: encodeItem(there) }, ledger: {} }));
    expect(plan.lines).toEqual([{ line: { id: ID, ...there.line }, status: null, expect: mine }]);
    expect(plan.push[KEY]).toMatchObject({ updatedAt: there.updatedAt, line: { label: 'From the laptop' }, status: { readAt: NOW - DAY } });
  });

  it('on first sync, the settings there win over the defaults here', () => {
    const theirs = { ...DEFAULT_SETTINGS, leadDays: [10, 2] };
    const plan = planSync(input({ remote: { settings: encodeItem({ updatedAt: NOW - 9 * DAY, settings: theirs }) }, ledger: {} }));
    expect(plan.settings).toEqual(theirs);
    expect(plan.push).toEqual({});
  });

  it('turns a line deleted here into a tombstone', () => {
    const ledger = agreed({ [KEY]: { updatedAt: NOW - DAY, meta: canonical(metaOf(syncLine(ID))) } });
    const remote = { ...remoteSettings, [KEY]: encodeItem(liveItem(NOW - DAY, {}, status(NOW - 2 * DAY))) };
    const plan = planSync(input({ remote, ledger }));
    expect(plan.push).toEqual({ [KEY]: { v: 1, updatedAt: NOW, deleted: true } });
    expect(plan.ledger[KEY]).toEqual({ updatedAt: NOW, deleted: true });
  });

  it('deletes here a line deleted on another browser, and does not bring it back', () => {
    const mine = syncLine(ID);
    const ledger = agreed({ [KEY]: { updatedAt: NOW - DAY, meta: canonical(metaOf(mine)) } });
    const remote = { ...remoteSettings, [KEY]: encodeItem({ updatedAt: NOW - 1000, deleted: true }) };
    const plan = planSync(input({ lines: [{ line: mine, status: status(NOW - DAY) }], remote, ledger }));
    expect(plan.deletes).toEqual([{ lineId: ID, expect: mine }]);
    expect(plan.push).toEqual({});
  });

  it('drops tombstones older than the keep time, there and in the ledger', () => {
    const old = NOW - TOMBSTONE_KEEP_MS - 1;
    const plan = planSync(
      input({
        remote: { ...remoteSettings, [KEY]: encodeItem({ updatedAt: old, deleted: true }) },
        ledger: agreed({ [KEY]: { updatedAt: old, deleted: true }, 'line:povo:1': { updatedAt: old, deleted: true } }),
      }),
    );
    expect(plan.remove).toEqual([KEY]);
    expect(plan.push).toEqual({});
    expect(Object.keys(plan.ledger)).toEqual(['settings']);
  });

  it('ignores an invalid item there, and overwrites it with the line here', () => {
    const mine = syncLine(ID);
    const plan = planSync(input({ lines: [{ line: mine, status: null }], remote: { ...remoteSettings, [KEY]: { v: 1, updatedAt: NOW + DAY, line: 'x' } } }));
    expect(plan.ignored).toEqual([{ key: KEY, detail: expect.any(String) }]);
    expect(plan.lines).toEqual([]);
    expect(plan.push[KEY]).toMatchObject({ updatedAt: NOW, line: { provider: 'povo' } });
  });

  it("leaves a newer Kigen's items, recipes and unknown keys alone", () => {
    const remote = {
      ...remoteSettings,
      [KEY]: { v: 2, anything: true },
      [`${RECIPE_KEY_PREFIX}povo.jp`]: { v: 1, fields: [] },
      'future:1': 1,
    };
    const kept = { updatedAt: NOW - DAY, meta: '{}' };
    const plan = planSync(input({ lines: [{ line: syncLine(ID), status: null }], remote, ledger: agreed({ [KEY]: kept }) }));
    expect(plan).toMatchObject({ push: {}, remove: [], lines: [], deletes: [], ignored: [] });
    expect(plan.ledger[KEY]).toBe(kept);
  });
});
