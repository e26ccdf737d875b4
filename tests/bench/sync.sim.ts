import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { afterAll, expect, it, vi } from 'vitest';
import { syncOnce } from '@/entrypoints/background/sync';
import { createDb } from '@/utils/db';
import type { LineRecord } from '@/utils/records';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { putLine } from '@/utils/store/lines';
import { decodeItem } from '@/utils/sync/items';
import { parseSyncKey } from '@/utils/sync/keys';
import { type PayloadSize, SYNC_QUOTA, payloadSize } from '@/utils/sync/quota';
import { memoryArea, memoryLocal } from '../unit/support/sync-seed';

/**
 * The sync payload (utils/sync) for 20 lines, as the quota counts it (each key plus its JSON value,
 * in UTF-8 bytes), after a real first pass (`syncOnce`) over a database holding the lines with a
 * year of readings each. Two sets: lines as Kigen meets them (names in Chinese, Japanese plan names,
 * some per-line settings), and every text field at its schema's maximum in 3-byte characters with
 * every per-line setting set: the largest item a valid line can be. Every written item must decode
 * (a payload the other browser would refuse cannot pass as small), and the pass is one write.
 */

export interface SyncPayloadFigures {
  lines: number;
  readingsPerLine: number;
  typical: PayloadSize;
  worst: PayloadSize;
  /** set() calls of the first pass (each counts against MAX_WRITE_OPERATIONS_PER_*). */
  writes: number;
  /** How many such lines fit beside the settings item in QUOTA_BYTES. */
  fitTypical: number;
  fitWorst: number;
}

const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const DAY = 86_400_000;
const LINES = 20;
const READINGS = 365;

const TYPICAL: Array<[provider: string, shown: string, label: string | null, plan: string]> = [
  ['povo', '090-1234-5678', '我的 povo', 'povo2.0 データ追加3GB(30日間)'],
  ['povo', '080-2345-6789', '保号卡', 'povo2.0 基本料0円'],
  ['iijmio', '070-3456-7890', '家里的', 'ギガプラン 5ギガ'],
  ['iijmio', '070-4567-8901', null, 'ギガプラン 2ギガ(eSIM)'],
  ['mineo', '080-5678-9012', 'mineo 副卡', 'マイピタ デュアルタイプ 5GB'],
  ['ymobile', '090-6789-0123', null, 'シンプル2 S'],
  ['softbank', '090-7890-1234', '工作', 'ミニフィットプラン+'],
  ['b-mobile', '080-8901-2345', '旅行用', 'VISITOR SIM 5GB'],
  ['airalo', 'ICCID 8981100022223333444', '日本 eSIM', 'Moshi Moshi 10 GB - 30 Days'],
  ['airalo', 'ICCID 8981100022223333555', '台湾 eSIM', 'Xiaolong Mobile 5 GB - 15 Days'],
  ['airalo', 'ICCID 8981100022223333666', null, 'Discover Global 20 GB - 180 Days'],
  ['giffgaff', '07700 900123', '英国号', '£10 goodybag'],
  ['cmhk', '+852 5123 4567', '香港保号', '中國移動香港 年卡 20GB'],
  ['cmhk', '+852 6234 5678', null, 'MySIM 4G 365日'],
  ['rakuten-mobile', '080-9012-3456', '乐天', 'Rakuten最強プラン'],
  ['ahamo', '090-0123-4567', null, 'ahamo 30GB'],
  ['linemo', '080-1357-2468', 'LINEMO', 'LINEMOベストプラン'],
  ['uq-mobile', '090-2468-1357', '妈妈的', 'コミコミプラン+'],
  ['povo', '070-9753-1357', null, 'povo2.0 データ追加20GB(30日間)'],
  ['iijmio', '070-8642-9753', '备用', 'ギガプラン 15ギガ'],
];

interface BenchLine {
  line: LineRecord;
  plan: string;
  unlimited: boolean;
  /** Data figures of the reading on day `d`. */
  data: (d: number) => { remainingMB: number; totalMB: number; usedMB: number | null };
}

function typicalLine(i: number): BenchLine {
  const [provider, shown, label, plan] = TYPICAL[i % TYPICAL.length]!;
  const id = `${provider}:${shown.replace(/[\s\-+()]/g, '').toLowerCase()}`;
  const settings: LineRecord['settings'] = i % 4 === 0 ? { muted: false, kind: 'keep-number', keepAliveStart: NOW - 90 * DAY } : { muted: i % 7 === 0 };
  const data = (d: number) => ({ remainingMB: Math.round((10_240 - (d % 30) * 301.7) * 10) / 10, totalMB: 10_240, usedMB: i % 2 ? null : Math.round((d % 30) * 301.7 * 10) / 10 });
  return { line: { id, provider, lineId: shown, label, manual: false, createdAt: NOW - 400 * DAY, settings }, plan, unlimited: false, data };
}

function worstLine(i: number): BenchLine {
  const wide = (n: number) => '期'.repeat(n);
  const provider = 'p'.repeat(39) + String(i % 10);
  const line: LineRecord = {
    id: `${provider}:${wide(159 - String(i).length)}${i}`,
    provider,
    lineId: wide(64),
    label: wide(200),
    manual: false,
    createdAt: NOW - 400 * DAY,
    settings: { muted: true, lowDataPercent: 33.333333333333336, lowDataMB: 1234567.891, keepAliveStart: NOW, autoRenew: true, kind: 'travel-esim', deadline: NOW + 365 * DAY },
  };
  const data = (d: number) => ({ remainingMB: 9_999_999.123456789 - d, totalMB: 9_999_999.123456789, usedMB: 0.1234567890123 + d });
  return { line, plan: wide(400), unlimited: true, data };
}

/** A database with the lines and a year of daily readings each, then one pass into an empty sync area. */
async function firstPass(name: string, make: (i: number) => BenchLine) {
  const db = createDb(`bench-sync-${name}`);
  for (let i = 0; i < LINES; i++) {
    const { line, plan, unlimited, data } = make(i);
    await putLine(db, line);
    await db.readings.bulkAdd(
      Array.from({ length: READINGS }, (_, d) => ({
        lineId: line.id,
        at: NOW - (READINGS - d) * DAY + i * 60_000,
        expiresAt: NOW + (i + 3) * DAY + 999,
        ...data(d),
        unlimited,
        plan,
        buckets: [],
        lineValidUntil: NOW + 3000 * DAY,
        sourceUrl: 'https://example.invalid/member',
        source: 'page' as const,
      })),
    );
  }
  const area = memoryArea();
  const set = vi.spyOn(area, 'set');
  const local = memoryLocal();
  local.saved = { ...DEFAULT_SETTINGS, leadDays: [14, 7, 3, 2, 1, 0] };
  const outcome = await syncOnce({ db, area, local, now: () => NOW, afterApply: async () => undefined });
  expect(outcome).toMatchObject({ ran: true, error: null });
  for (const [key, value] of Object.entries(area.items)) {
    const parsed = parseSyncKey(key);
    expect(parsed && decodeItem(parsed, value).ok, key).toBe(true);
  }
  expect(Object.keys(area.items)).toHaveLength(LINES + 1);
  return { size: payloadSize(area.items), writes: set.mock.calls.length, settingsBytes: payloadSize({ settings: area.items.settings }).total };
}

let figures: SyncPayloadFigures | undefined;

it('measures the sync payload of 20 lines', { timeout: 120_000 }, async () => {
  const typical = await firstPass('typical', typicalLine);
  const worst = await firstPass('worst', worstLine);
  const fit = (r: typeof typical) =>
    Math.min(SYNC_QUOTA.MAX_ITEMS - 1, Math.floor((SYNC_QUOTA.QUOTA_BYTES - r.settingsBytes) / ((r.size.total - r.settingsBytes) / LINES)));
  figures = {
    lines: LINES,
    readingsPerLine: READINGS,
    typical: typical.size,
    worst: worst.size,
    writes: Math.max(typical.writes, worst.writes),
    fitTypical: fit(typical),
    fitWorst: fit(worst),
  };
  expect(figures.writes).toBe(1);
});

afterAll(() => {
  const out = process.env.BENCH_SYNC_OUT;
  if (out && figures) writeFileSync(out, JSON.stringify(figures));
  else console.log(JSON.stringify(figures, null, 1));
});
