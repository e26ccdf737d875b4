import type { PageRecipe } from '@/utils/teach/recipe';
import type { LineRecord, ReadingRecord } from '@/utils/records';
import type { SyncArea, SyncLocal } from '@/entrypoints/background/sync';
import { DEFAULT_SETTINGS, type Settings, type SyncState } from '@/utils/settings';
import type { LineStatus, LiveLineItem } from '@/utils/sync/items';
import type { Ledger } from '@/utils/sync/plan';

/** Builders for the sync tests: lines, statuses and items at fixed times. */

export const NOW = Date.parse('2026-11-22T10:00:00+09:00');
export const MIN = 60_000;
export const DAY = 86_400_000;

export function syncLine(id = 'povo:09012345678', over: Partial<LineRecord> = {}): LineRecord {
  const provider = id.split(':')[0] ?? 'povo';
  return {
    id,
    provider: provider === 'manual' ? 'other' : provider,
    lineId: '090-1234-5678',
    label: null,
    manual: provider === 'manual',
    createdAt: NOW - 30 * DAY,
    settings: { muted: false },
    ...over,
  };
}

export function status(readAt: number, over: Partial<LineStatus> = {}): LineStatus {
  return {
    readAt,
    expiresAt: Date.parse('2026-12-24T23:59:59+09:00'),
    remainingMB: 2048,
    totalMB: 10240,
    usedMB: null,
    unlimited: false,
    plan: 'povo2.0 データ追加3GB',
    lineValidUntil: null,
    ...over,
  };
}

export function liveItem(updatedAt: number, line: Partial<LineRecord> = {}, st: LineStatus | null = null): LiveLineItem {
  const { id: _, ...meta } = syncLine(undefined, line);
  return { updatedAt, line: meta, status: st };
}

/** A page reading as the store keeps it, before it has an id. */
export function pageReading(lineId: string, at: number, over: Partial<ReadingRecord> = {}): Omit<ReadingRecord, 'id'> {
  return {
    lineId,
    at,
    expiresAt: Date.parse('2026-12-24T23:59:59+09:00'),
    remainingMB: 2048,
    totalMB: 10240,
    usedMB: 8192,
    unlimited: false,
    plan: 'povo2.0 データ追加3GB',
    buckets: [{ name: 'データ追加3GB', remainingMB: 2048, totalMB: 3072, expiresAt: null, bonus: false }],
    lineValidUntil: null,
    sourceUrl: 'https://povo.jp/mypage/',
    source: 'page',
    ...over,
  };
}

/** One browser's own state around sync, in memory: two of these and one sync area make two browsers. */
export function memoryLocal(enabled = true): SyncLocal & { on: boolean; saved: Settings; taught: PageRecipe[] } {
  let ledger: Ledger = {};
  let state: SyncState = { lastSyncAt: null, error: null };
  const local = {
    on: enabled,
    saved: { ...DEFAULT_SETTINGS, leadDays: [...DEFAULT_SETTINGS.leadDays] },
    taught: [] as PageRecipe[],
    recipes: async () => structuredClone(local.taught),
    saveRecipes: async (r: PageRecipe[]) => {
      local.taught = structuredClone(r);
    },
    enabled: async () => local.on,
    settings: async () => structuredClone(local.saved),
    saveSettings: async (s: Settings) => {
      local.saved = structuredClone(s);
    },
    ledger: async () => structuredClone(ledger),
    saveLedger: async (l: Ledger) => {
      ledger = structuredClone(l);
    },
    state: async () => state,
    saveState: async (s: SyncState) => {
      state = s;
    },
  };
  return local;
}

/**
 * One browser's copy of the sync area. Chrome and Firefox keep a copy per profile and their sync
 * service carries items between copies, the last write of a key winning: `carry` does that.
 */
export function memoryArea(): SyncArea & { items: Record<string, unknown> } {
  const area = {
    items: {} as Record<string, unknown>,
    get: async () => structuredClone(area.items),
    set: async (items: Record<string, unknown>) => {
      Object.assign(area.items, JSON.parse(JSON.stringify(items)) as Record<string, unknown>);
    },
    remove: async (keys: string[]) => {
      for (const key of keys) delete area.items[key];
    },
  };
  return area;
}

/** The browsers' sync service delivering every item of one copy to another (each key: this copy's write is the last). */
export function carry(from: { items: Record<string, unknown> }, to: { items: Record<string, unknown> }): void {
  Object.assign(to.items, structuredClone(from.items));
}
