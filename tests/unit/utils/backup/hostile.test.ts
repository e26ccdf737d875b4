import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackupData, backupFile, readBackup, serializeBackup, writeAllData } from '@/utils/backup';
import { DB_VERSION, createDb } from '@/utils/db';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from '@/utils/settings';
import { pageConnector } from '../../support/page-connector';
import { MIN_EXPIRY } from '@/utils/validate';

/**
 * Hostile and damaged backup files, beyond the cases of backup.test.ts: thousands of random
 * mutations of a real export, prototype keys, deep nesting, record caps. Whatever the file,
 * reading it never throws, never changes the database or the settings, and anything it accepts
 * holds only values the extension itself would store.
 */

const NOW = Date.parse('2026-12-30T03:00:00Z');
const fixture = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/db/v2.json'), 'utf8')) as {
  tables: Omit<BackupData, 'settings'>;
};
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, leadDays: [14, 3, 0], language: 'ja' };
const sample = (): BackupData => structuredClone({ ...fixture.tables, settings: SETTINGS });
const TEXT = serializeBackup(backupFile(sample(), NOW));
const RUNS = 3_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value in a JSON document. */
function paths(value: Json, at: Array<string | number> = []): Array<Array<string | number>> {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

function setAt(doc: Json, at: Array<string | number>, value: Json | undefined): Json {
  if (at.length === 0) return value ?? null;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let node: Record<string | number, Json> = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = at[at.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy as Json;
}

const DOC = JSON.parse(TEXT) as Json;
const PATHS = paths(DOC);

/** Damage as it happens: cut files, flipped characters, edited or deleted values, odd keys. */
const damaged: fc.Arbitrary<string> = fc.oneof(
  fc.nat(TEXT.length - 1).map((n) => TEXT.slice(0, n)),
  fc.tuple(fc.nat(TEXT.length - 1), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(
    ([i, s]) => TEXT.slice(0, i) + s + TEXT.slice(i + 1),
  ),
  fc.tuple(fc.nat(PATHS.length - 1), fc.jsonValue()).map(([i, v]) => JSON.stringify(setAt(DOC, PATHS[i]!, v as Json))),
  fc.nat(PATHS.length - 1).map((i) => JSON.stringify(setAt(DOC, PATHS[i]!, undefined))),
  // eslint-disable-next-line no-loss-of-precision -- 1e400 overflows to Infinity on purpose
  fc.tuple(fc.nat(PATHS.length - 1), fc.constantFrom(-1, 1e400, -0, 2 ** 53, 4e15, 0.5, '', 'NaN', true, null)).map(
    ([i, v]) => JSON.stringify(setAt(DOC, PATHS[i]!, v as Json)).replace('1e+400', '1e400'),
  ),
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => TEXT.replace('"lines": [\n  {', `"lines": [\n  {"${k}": {"polluted": true},`)),
);

let refused = 0;
let acceptedFiles = 0;

function checkAccepted(data: BackupData): void {
  const lineIds = new Set(data.lines.map((l) => l.id));
  for (const r of data.readings) {
    expect(lineIds.has(r.lineId)).toBe(true);
    for (const mb of [r.remainingMB, r.totalMB, r.usedMB]) {
      if (mb !== null) expect(Number.isFinite(mb) && mb >= 0).toBe(true);
    }
    if (r.remainingMB !== null && r.totalMB !== null) expect(r.remainingMB).toBeLessThanOrEqual(r.totalMB + 0.5);
    if (r.expiresAt !== null) expect(r.expiresAt).toBeGreaterThanOrEqual(MIN_EXPIRY);
    if (r.lineValidUntil !== null) expect(r.lineValidUntil).toBeGreaterThanOrEqual(MIN_EXPIRY);
    expect(r.buckets.length).toBeLessThanOrEqual(20);
    for (const b of r.buckets) {
      for (const mb of [b.remainingMB, b.totalMB]) if (mb !== null) expect(Number.isFinite(mb) && mb >= 0).toBe(true);
      if (b.remainingMB !== null && b.totalMB !== null) expect(b.remainingMB).toBeLessThanOrEqual(b.totalMB + 0.5);
      if (b.expiresAt !== null) expect(b.expiresAt).toBeGreaterThanOrEqual(MIN_EXPIRY);
    }
  }
}

describe('damaged backup files', () => {
  const name = 'kigen-backup-hostile';
  let before = '';
  beforeAll(async () => {
    fakeBrowser.reset();
    await writeAllData(createDb(name), sample());
    await settingsItem.setValue(SETTINGS);
    before = JSON.stringify(await pageConnector(name, () => NOW).connector.exportData());
  });

  it(`${RUNS} random mutations of a real export: no throw, nothing written, only sane data accepted`, async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (text) => {
        const result = await readBackup(text);
        if (result.ok) {
          acceptedFiles += 1;
          checkAccepted(result.data);
        } else refused += 1;
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, seed: 20261230 },
    );
    expect(refused + acceptedFiles).toBe(RUNS);
    // Most damage must be caught; some edits (a label, a timestamp) are still valid data.
    expect(refused).toBeGreaterThan(RUNS / 2);
    expect(JSON.stringify(await pageConnector(name, () => NOW).connector.exportData())).toBe(before);
    expect(await settingsItem.getValue()).toEqual(SETTINGS);
  });

  it.each<[string, () => string, string]>([
    ['1,001 lines (above the cap)', () => {
      const data = sample();
      data.lines = Array.from({ length: 1001 }, (_, i) => ({ ...data.lines[0]!, id: `povo:${i}` }));
      data.readings = [];
      data.renewals = [];
      data.reminderLog = [];
      return serializeBackup(backupFile(data, NOW));
    }, 'invalid'],
    ['100,000-deep nesting', () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'foreign'],
    ['deep nesting inside a record', () => TEXT.replace('"label": null', `"label": ${'['.repeat(5_000)}${']'.repeat(5_000)}`), 'invalid'],
    ['schema version 0', () => TEXT.replace(`"schemaVersion": ${DB_VERSION}`, '"schemaVersion": 0'), 'invalid'],
    ['schema version 1.5', () => TEXT.replace(`"schemaVersion": ${DB_VERSION}`, '"schemaVersion": 1.5'), 'invalid'],
    ['schema version 1e308', () => TEXT.replace(`"schemaVersion": ${DB_VERSION}`, '"schemaVersion": 1e308'), 'newer'],
    ['an amount of 1e400 (Infinity)', () => TEXT.replace('"remainingMB": 3072', '"remainingMB": 1e400'), 'invalid'],
    ['an expiry in year 3000', () => JSON.stringify(setAt(DOC, ['data', 'readings', 0, 'expiresAt'], Date.UTC(3000, 0, 1))), 'invalid'],
    ['a javascript: source URL', () => JSON.stringify(setAt(DOC, ['data', 'readings', 0, 'sourceUrl'], 'javascript:alert(1)')), 'invalid'],
    ['a UTF-16 file', () => `\uFEFF${TEXT}`.split('').join('\u0000'), 'corrupt'],
  ])('refuses %s, changing nothing', async (_, make, error) => {
    const exported = JSON.stringify(await pageConnector('kigen-backup-hostile', () => NOW).connector.exportData());
    const result = await readBackup(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
    expect(JSON.stringify(await pageConnector('kigen-backup-hostile', () => NOW).connector.exportData())).toBe(exported);
  });
});
