import { vi } from 'vitest';
import type { BackupData } from '@/utils/backup';
import type { LineRecord, ReadingRecord } from '@/utils/records';
import { dictionaryTranslator } from '@/utils/i18n/t';
import en from '@/utils/i18n/locales/en.json';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { LineView, OptionsConnector } from '@/utils/connector/types';

/** Builders, an in-memory options connector and a tiny renderer for the options page tests. */

export const NOW = Date.parse('2026-12-30T03:00:00Z');
export const DAY = 86_400_000;

export const translator = () => dictionaryTranslator('en', en, {}, 'en-US');

export function line(id: string, provider: string, over: Partial<LineRecord> = {}): LineRecord {
  return { id, provider, lineId: null, label: null, manual: false, createdAt: NOW - 30 * DAY, settings: { muted: false }, ...over };
}

export function reading(lineId: string, id: number, over: Partial<ReadingRecord> = {}): ReadingRecord {
  return {
    id,
    lineId,
    at: NOW - DAY,
    expiresAt: Date.parse('2027-01-20T14:59:59.999Z'),
    remainingMB: 1000,
    totalMB: 3072,
    usedMB: null,
    unlimited: false,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: '',
    source: 'page',
    ...over,
  };
}

/** Two povo lines and a manual line with one reading each. */
export function sampleData(settings: Partial<Settings> = {}): BackupData {
  const lines = [
    line('povo:09012345678', 'povo', { lineId: '090-1234-5678', label: 'Travel' }),
    line('povo:08000000000', 'povo', { lineId: '080-0000-0000' }),
    line('manual:x', 'other', { manual: true, label: 'School SIM' }),
  ];
  return {
    lines,
    readings: lines.map((l, i) => reading(l.id, i + 1)),
    renewals: [],
    reminderLog: [],
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}

/** An OptionsConnector over data in memory, every method a spy. */
export function memoryConnector(initial: BackupData) {
  let data = structuredClone(initial);
  const views = (): LineView[] =>
    data.lines.map((l) => {
      const own = data.readings.filter((r) => r.lineId === l.id).sort((a, b) => a.at - b.at);
      return { line: l, latest: own.at(-1), recent: own, renewals: data.renewals.filter((r) => r.lineId === l.id) };
    });
  const connector = {
    listLines: vi.fn(async () => views()),
    lineDetail: vi.fn(async () => undefined),
    saveLine: vi.fn(async (l: LineRecord) => {
      data.lines = [...data.lines.filter((x) => x.id !== l.id), l];
    }),
    deleteLine: vi.fn(async (id: string) => {
      data.lines = data.lines.filter((l) => l.id !== id);
      data.readings = data.readings.filter((r) => r.lineId !== id);
    }),
    addManualReading: vi.fn(async () => undefined),
    recordRenewal: vi.fn(async () => undefined),
    getSettings: vi.fn(async () => data.settings),
    saveSettings: vi.fn(async (s: Settings) => {
      data.settings = s;
    }),
    storageError: vi.fn(async () => null),
    exportData: vi.fn(async () => structuredClone(data)),
    replaceAllData: vi.fn(async (next: BackupData) => {
      data = structuredClone(next);
    }),
  } satisfies OptionsConnector;
  return { connector, current: () => data };
}

export { click, mount, pickFile, settle, submit, text, type, until } from './dom';
