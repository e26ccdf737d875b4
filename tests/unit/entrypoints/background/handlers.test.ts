import 'fake-indexeddb/auto';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type HandlerDeps, handleDataChanged, handleSubmitReadings } from '@/entrypoints/background/handlers';
import { type KigenDB, createDb } from '@/utils/db';
import type { ExtractedReading } from '@/utils/extract/types';

const EXT_ID = 'kigen-test-id';
const ORIGIN = 'chrome-extension://kigen-test-id/';
const NOW = Date.parse('2026-11-22T10:00:00+09:00');

const reading = (over: Partial<ExtractedReading> = {}): ExtractedReading => ({
  line: '090-1234-5678',
  plan: 'ギガプラン 10ギガ',
  expiresAt: '2026-11-24T23:59:59+09:00',
  remainingMB: 7475.2,
  totalMB: 10240,
  usedMB: 2764.8,
  unlimited: false,
  buckets: [],
  lineValidUntil: null,
  ...over,
});

const fromPage = (url: string, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: EXT_ID,
  url,
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  ...over,
});

let db: KigenDB;
let deps: HandlerDeps;
let clock: number;
let n = 0;

beforeEach(() => {
  db = createDb(`handlers-${n++}`);
  clock = NOW;
  deps = {
    db,
    now: () => clock,
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    afterWrite: vi.fn(async () => undefined),
  };
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const submit = (data: unknown, sender = fromPage('https://www.iijmio.jp/member/')) =>
  handleSubmitReadings(deps, data, sender);

describe('submitReadings', () => {
  it('stores a valid reading from the provider page, creating the line', async () => {
    const res = await submit({ provider: 'iijmio', readings: [reading()] });
    expect(res).toEqual({ accepted: 1, refused: [] });
    const lines = await db.lines.toArray();
    expect(lines.map((l) => [l.id, l.provider, l.lineId])).toEqual([['iijmio:09012345678', 'iijmio', '090-1234-5678']]);
    const [stored] = await db.readings.toArray();
    expect(stored).toMatchObject({
      lineId: 'iijmio:09012345678',
      at: NOW,
      expiresAt: Date.parse('2026-11-24T23:59:59+09:00'),
      remainingMB: 7475.2,
      sourceUrl: 'https://www.iijmio.jp/member/',
      source: 'page',
    });
    expect(deps.afterWrite).toHaveBeenCalledTimes(1);
  });

  it('stores every bucket and the stated SIM validity as instants', async () => {
    const buckets = [
      { name: 'データ追加20GB(30日間)', remainingMB: 12800, totalMB: 20480, expiresAt: '2026-12-20T23:59:59+09:00', bonus: false },
      { name: 'データボーナス', remainingMB: 1024, totalMB: null, expiresAt: null, bonus: true },
    ];
    const res = await submit({ provider: 'iijmio', readings: [reading({ buckets, lineValidUntil: '2027-03-31T23:59:59+08:00' })] });
    expect(res).toEqual({ accepted: 1, refused: [] });
    const [stored] = await db.readings.toArray();
    expect(stored?.buckets).toEqual([
      { ...buckets[0], expiresAt: Date.parse('2026-12-20T23:59:59+09:00') },
      { ...buckets[1], expiresAt: null },
    ]);
    expect(stored?.lineValidUntil).toBe(Date.parse('2027-03-31T23:59:59+08:00'));
  });

  it("stores what a named line used this period, where the page shows nothing else (a plan billed by use)", async () => {
    const res = await submit({ provider: 'iijmio', readings: [reading({ expiresAt: null, remainingMB: null, totalMB: null, usedMB: 1884.16 })] });
    expect(res).toEqual({ accepted: 1, refused: [] });
    expect(await db.readings.toArray()).toMatchObject([{ usedMB: 1884.16, expiresAt: null, remainingMB: null }]);
  });

  it('stores a reading from a content script older than buckets with none and no stated validity', async () => {
    const { buckets: _b, lineValidUntil: _v, ...older } = reading();
    expect(await submit({ provider: 'iijmio', readings: [older] })).toEqual({ accepted: 1, refused: [] });
    const [stored] = await db.readings.toArray();
    expect(stored).toMatchObject({ buckets: [], lineValidUntil: null, remainingMB: 7475.2 });
  });

  it('stores a changed bucket or stated validity as a new status, an unchanged one not', async () => {
    const bucket = { name: 'A', remainingMB: 100, totalMB: 200, expiresAt: '2026-12-20T23:59:59+09:00', bonus: false };
    await submit({ provider: 'iijmio', readings: [reading({ buckets: [bucket] })] });
    clock += 11 * 60_000;
    await submit({ provider: 'iijmio', readings: [reading({ buckets: [bucket] })] });
    expect(await db.readings.count()).toBe(1);
    clock += 11 * 60_000;
    await submit({ provider: 'iijmio', readings: [reading({ buckets: [{ ...bucket, bonus: true }] })] });
    expect(await db.readings.count()).toBe(2);
    clock += 11 * 60_000;
    await submit({ provider: 'iijmio', readings: [reading({ buckets: [{ ...bucket, bonus: true }], lineValidUntil: '2027-01-31T23:59:59+09:00' })] });
    expect(await db.readings.count()).toBe(3);
  });

  it.each([
    ['a far-future bucket expiry', { buckets: [{ name: null, remainingMB: 1, totalMB: 2, expiresAt: '2099-12-31T23:59:59+09:00', bonus: false }] }],
    ['a bucket with more left than its total', { buckets: [{ name: null, remainingMB: 3, totalMB: 2, expiresAt: null, bonus: false }] }],
    ['a far-future SIM validity', { lineValidUntil: '2099-12-31T23:59:59+09:00' }],
  ])('refuses the whole reading with %s', async (_, over) => {
    const res = await submit({ provider: 'iijmio', readings: [reading(over as Partial<ExtractedReading>)] });
    expect(res.accepted).toBe(0);
    expect(res.refused).toHaveLength(1);
    expect(await db.readings.count()).toBe(0);
  });

  it('drops query and fragment from the stored source URL', async () => {
    await submit({ provider: 'iijmio', readings: [reading()] }, fromPage('https://www.iijmio.jp/member/?token=secret#x'));
    const [stored] = await db.readings.toArray();
    expect(stored?.sourceUrl).toBe('https://www.iijmio.jp/member/');
  });

  it.each([
    ['another host', fromPage('https://evil.example.com/member/')],
    ['a lookalike host', fromPage('https://www.iijmio.jp.evil.com/member/')],
    ['an iframe', fromPage('https://www.iijmio.jp/member/', { frameId: 3 })],
    ['no tab', fromPage('https://www.iijmio.jp/member/', { tab: undefined })],
    ['another extension', fromPage('https://www.iijmio.jp/member/', { id: 'other' })],
    ['plain http', fromPage('http://www.iijmio.jp/member/')],
    ['a non-account page of the host', fromPage('https://www.iijmio.jp/campaign/')],
    ['an extension page', fromPage(`${ORIGIN}popup.html`, { tab: undefined })],
  ])('refuses a reading from %s', async (_, sender) => {
    const res = await submit({ provider: 'iijmio', readings: [reading()] }, sender);
    expect(res.accepted).toBe(0);
    expect(res.refused).toHaveLength(1);
    expect(await db.readings.count()).toBe(0);
    expect(deps.afterWrite).not.toHaveBeenCalled();
  });

  it('refuses a provider the sender host does not belong to', async () => {
    const res = await submit({ provider: 'povo', readings: [reading()] });
    expect(res.accepted).toBe(0);
    expect(await db.lines.count()).toBe(0);
  });

  it.each([
    ['negative data', { remainingMB: -1 }],
    ['NaN', { remainingMB: Number.NaN }],
    ['Infinity', { totalMB: Number.POSITIVE_INFINITY }],
    ['remaining above total', { remainingMB: 20000, totalMB: 10240 }],
    ['absurd data', { totalMB: 1e12 }],
    ['expiry before 2000', { expiresAt: '1999-12-31T23:59:59+09:00' }],
    ['far-future expiry', { expiresAt: '2099-12-31T23:59:59+09:00' }],
    ['a non-date expiry', { expiresAt: 'tomorrow' }],
    ['an oversized line id', { line: 'x'.repeat(500) }],
    ['control characters', { plan: 'a\u0000b' }],
    ['no status at all', { expiresAt: null, remainingMB: null, totalMB: null, usedMB: null }],
    ['only the usage of no named line', { line: null, expiresAt: null, remainingMB: null, totalMB: null, usedMB: 5 }],
  ])('refuses a reading with %s', async (_, over) => {
    const res = await submit({ provider: 'iijmio', readings: [reading(over as Partial<ExtractedReading>)] });
    expect(res.accepted).toBe(0);
    expect(res.refused).toHaveLength(1);
    expect(await db.readings.count()).toBe(0);
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['extra fields', { provider: 'iijmio', readings: [], html: '<b>x</b>' }],
    ['too many readings', { provider: 'iijmio', readings: Array.from({ length: 50 }, () => reading()) }],
    ['an unknown field in a reading', { provider: 'iijmio', readings: [{ ...reading(), evil: 1 }] }],
  ])('refuses a malformed payload: %s', async (_, data) => {
    const res = await submit(data);
    expect(res.accepted).toBe(0);
    expect(await db.readings.count()).toBe(0);
  });

  it('keeps one unchanged reading an hour, and every change', async () => {
    await submit({ provider: 'iijmio', readings: [reading()] });
    clock += 10 * 60_000;
    await submit({ provider: 'iijmio', readings: [reading()] });
    expect(await db.readings.count()).toBe(1);
    clock += 5 * 60_000;
    await submit({ provider: 'iijmio', readings: [reading({ remainingMB: 7000 })] });
    expect(await db.readings.count()).toBe(2);
    clock += 61 * 60_000;
    await submit({ provider: 'iijmio', readings: [reading({ remainingMB: 7000 })] });
    expect(await db.readings.count()).toBe(3);
    expect(deps.afterWrite).toHaveBeenCalledTimes(3);
  });

  it('keeps separate lines apart and accepts the valid ones of a mixed batch', async () => {
    const res = await submit({
      provider: 'iijmio',
      readings: [reading(), reading({ line: '080-0000-1111' }), reading({ remainingMB: -5 })],
    });
    expect(res.accepted).toBe(2);
    expect(res.refused).toHaveLength(1);
    expect((await db.lines.toArray()).map((l) => l.lineId).sort()).toEqual(['080-0000-1111', '090-1234-5678']);
  });
});

describe('dataChanged', () => {
  it('re-plans for extension pages only', async () => {
    await handleDataChanged(deps, fromPage('https://www.iijmio.jp/member/'));
    expect(deps.afterWrite).not.toHaveBeenCalled();
    await handleDataChanged(deps, { id: EXT_ID, url: `${ORIGIN}options.html` });
    expect(deps.afterWrite).toHaveBeenCalledTimes(1);
  });
});

describe('getReadingProfile', () => {
  it('gives the profile of the sender page’s provider, to top frames of tabs only', async () => {
    const { handleGetReadingProfile } = await import('@/entrypoints/background/handlers');
    expect(handleGetReadingProfile(deps, fromPage('https://www.iijmio.jp/member/'))?.id).toBe('iijmio');
    expect(handleGetReadingProfile(deps, fromPage('https://shop.povo.jp/manage/order'))?.id).toBe('povo');
    expect(handleGetReadingProfile(deps, fromPage('https://evil.example.com/'))).toBeNull();
    expect(handleGetReadingProfile(deps, fromPage('https://www.iijmio.jp/member/', { frameId: 2 }))).toBeNull();
    expect(handleGetReadingProfile(deps, fromPage('https://www.iijmio.jp/member/', { id: 'other' }))).toBeNull();
  });
});
