import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKUP_ERRORS,
  type BackupData,
  backupFile,
  backupFileName,
  importSummary,
  isNoChange,
  looksTruncated,
  readAllData,
  readBackup,
  serializeBackup,
  upgradeTables,
  writeAllData,
} from '@/utils/backup';
import { DB_VERSION, SCHEMA_STEPS, createDb } from '@/utils/db';
import { type LineRecord } from '@/utils/records';
import en from '@/utils/i18n/locales/en.json';
import { DEFAULT_SETTINGS, type Settings, settingsItem } from '@/utils/settings';
import { pageConnector } from '../../support/page-connector';

const NOW = Date.parse('2026-12-30T03:00:00Z');

const loadTables = (version: number) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../fixtures/db/v${version}.json`), 'utf8')) as {
    tables: Omit<BackupData, 'settings'>;
  };
/** Current-version data (schema v2: buckets, stated SIM validity, a line's own kind and deadline). */
const fixture = loadTables(2);
/** What a file written by the v1 version held. */
const fixtureV1 = loadTables(1);

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, leadDays: [14, 3, 0], staleDays: 10, language: 'zh-TW' };

function sample(): BackupData {
  return structuredClone({ ...fixture.tables, settings: SETTINGS });
}

const fileText = (data: BackupData = sample(), version = DB_VERSION) => serializeBackup(backupFile(data, NOW, version));

type Rows = Array<Record<string, unknown>>;
/** A backup file as plain JSON, to damage in tests. */
interface FileJson extends Record<string, unknown> {
  data: { lines: Rows; readings: Rows; renewals: Rows; reminderLog: Rows; settings: Record<string, unknown> };
}

/** The sample file with one change made to its parsed JSON. */
function edited(change: (file: FileJson) => void): string {
  const file = JSON.parse(fileText());
  change(file);
  return JSON.stringify(file);
}

let n = 0;
const names: string[] = [];
function freshName(): string {
  const name = `kigen-backup-test-${++n}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
  fakeBrowser.reset();
});

describe('reading a backup file', () => {
  it('accepts its own export and gives the same data back', async () => {
    const result = await readBackup(fileText());
    expect(result).toMatchObject({ ok: true, schemaVersion: DB_VERSION, exportedAt: '2026-12-30T03:00:00.000Z' });
    expect(result.ok && result.data).toEqual(sample());
  });

  it('carries the pages the user taught, and refuses a recipe that is not one', async () => {
    const locator = { label: '号码有效期', relation: 'sibling' as const, tag: 'span', attrs: {}, classes: [], path: ['span', 'div'], near: [], index: 0 };
    const recipe = {
      id: 'recipe-1abc',
      site: 'https://www.riben-ka.example',
      path: '/user/sim/*',
      provider: null,
      fields: { expiry: { locator, unit: null } },
      zone: 'Asia/Tokyo',
      lineKind: 'keep-number' as const,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const result = await readBackup(fileText({ ...sample(), recipes: [recipe] }));
    expect(result.ok && result.data.recipes).toEqual([recipe]);
    const planted = await readBackup(fileText({ ...sample(), recipes: [{ ...recipe, site: 'javascript:alert(1)' }] }));
    expect(planted.ok).toBe(false);
    const twice = await readBackup(fileText({ ...sample(), recipes: [recipe, recipe] }));
    expect(twice.ok).toBe(false);
  });

  it('accepts a byte-order mark and fills settings an older version did not have', async () => {
    const text = edited((f) => {
      delete f.data.settings.staleDays;
      delete f.data.settings.language;
    });
    const result = await readBackup(`\uFEFF${text}`);
    expect(result.ok && result.data.settings).toEqual({ ...SETTINGS, staleDays: DEFAULT_SETTINGS.staleDays, language: 'auto' });
  });

  it.each([
    ['plain text', 'hello, this is not a backup'],
    ['an empty file', ''],
    ['binary bytes', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'],
    ['JSON closed but damaged', '{"format":"kigen-backup",,}'],
  ])('refuses %s as corrupt', async (_name, text) => {
    expect(await readBackup(text)).toEqual({ ok: false, error: 'corrupt' });
  });

  it.each([0.2, 0.5, 0.9, 0.999])('refuses a file cut at %f of its length as truncated', async (share) => {
    const text = fileText();
    const cut = text.slice(0, Math.floor(text.length * share));
    expect(await readBackup(cut)).toEqual({ ok: false, error: 'truncated' });
  });

  it('tells truncated from corrupt by the brackets and strings left open', () => {
    expect(looksTruncated('{"a": [1, 2')).toBe(true);
    expect(looksTruncated('{"a": "text with \\" and {')).toBe(true);
    expect(looksTruncated('{"a": 1}}')).toBe(false);
    expect(looksTruncated('{"a": 1]')).toBe(false);
    expect(looksTruncated('not json {')).toBe(false);
  });

  it.each([
    ['another JSON object', '{"name":"some other app","items":[]}'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"kigen-backup"'],
    ['another format name', edited((f) => (f.format = 'kigen-export'))],
  ])('refuses %s as foreign', async (_name, text) => {
    expect(await readBackup(text)).toEqual({ ok: false, error: 'foreign' });
  });

  it('refuses a file from a newer schema version, saying which', async () => {
    expect(await readBackup(fileText(sample(), DB_VERSION + 1))).toEqual({
      ok: false,
      error: 'newer',
      version: DB_VERSION + 1,
    });
  });

  it.each<[string, (f: FileJson) => void, RegExp]>([
    ['a negative amount of data', (f) => (f.data.readings[1]!.remainingMB = -5), /^readings\[1\]\.remainingMB$/],
    ['more data left than the total', (f) => (f.data.readings[1]!.remainingMB = 9999), /remaining is more than total/],
    ['an expiry before 2000', (f) => (f.data.readings[0]!.expiresAt = Date.UTC(1999, 0, 1)), /^readings\[0\]\.expiresAt$/],
    ['a reading of a line not in the file', (f) => (f.data.readings[0]!.lineId = 'povo:000'), /not in the file/],
    ['two readings with one id', (f) => (f.data.readings[1]!.id = 1), /duplicate reading ids/],
    ['a control character in a label', (f) => (f.data.lines[0]!.label = 'a\u0007b'), /^lines\[0\]\.label$/],
    ['an unknown field', (f) => (f.data.lines[0]!.extra = 1), /^lines\[0\]\.extra$/],
    ['an unknown renewal method', (f) => (f.data.renewals[0]!.method = 'bank'), /^renewals\[0\]\.method$/],
    ['a bucket with more data left than its total', (f) => ((f.data.readings[1]!.buckets as Rows)[0]!.remainingMB = 9999), /^readings\[1\]\.buckets\[0\]: remaining is more than total$/],
    ['a bucket with a negative amount', (f) => ((f.data.readings[1]!.buckets as Rows)[1]!.totalMB = -1), /^readings\[1\]\.buckets\[1\]\.totalMB$/],
    ['a bucket expiring in year 3000', (f) => ((f.data.readings[1]!.buckets as Rows)[1]!.expiresAt = Date.UTC(3000, 0, 1)), /^readings\[1\]\.buckets\[1\]\.expiresAt$/],
    ['a bucket bonus that is not a boolean', (f) => ((f.data.readings[1]!.buckets as Rows)[0]!.bonus = 'no'), /^readings\[1\]\.buckets\[0\]\.bonus$/],
    ['21 buckets', (f) => (f.data.readings[0]!.buckets = Array.from({ length: 21 }, () => (f.data.readings[0]!.buckets as Rows)[0]!)), /^readings\[0\]\.buckets$/],
    ['a reading without buckets', (f) => delete f.data.readings[0]!.buckets, /^readings\[0\]\.buckets$/],
    ['a SIM validity before 2000', (f) => (f.data.readings[0]!.lineValidUntil = Date.UTC(1999, 0, 1)), /^readings\[0\]\.lineValidUntil$/],
    ['an unknown line kind', (f) => ((f.data.lines[2]!.settings as Record<string, unknown>).kind = 'postpaid'), /^lines\[2\]\.settings\.kind$/],
    ['a lowercase currency', (f) => (f.data.renewals[0]!.currency = 'jpy'), /^renewals\[0\]\.currency$/],
    ['a lead day of 61', (f) => (f.data.settings.leadDays = [61]), /^settings\.leadDays\[0\]$/],
    ['nine lead days', (f) => (f.data.settings.leadDays = [0, 1, 2, 3, 4, 5, 6, 7, 8]), /^settings\.leadDays$/],
    ['an unknown language', (f) => (f.data.settings.language = 'fr'), /^settings\.language$/],
    ['a table that is not a list', (f) => (f.data.readings = {} as never), /^data\.readings$/],
    ['no export date', (f) => delete f.exportedAt, /^exportedAt$/],
    ['a version that is not a number', (f) => (f.schemaVersion = '1'), /^schemaVersion$/],
  ])('refuses %s as invalid and says where', async (_name, change, where) => {
    const result = await readBackup(edited(change));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('invalid');
    expect(result.where).toMatch(where);
  });

  it('has a text for every refusal in the locale files', () => {
    const keys = BACKUP_ERRORS.map((e) => `options_backup_error_${e}`);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });
});

describe('import summary', () => {
  const current = sample();

  it('finds nothing to change when the file holds the same data with other ids', () => {
    const incoming = sample();
    incoming.readings = incoming.readings.map((r) => ({ ...r, id: (r.id ?? 0) + 100 }));
    const s = importSummary(current, incoming);
    expect(s.lines.unchanged).toHaveLength(3);
    expect(s.readings).toEqual({ added: 0, removed: 0, total: 4 });
    expect(isNoChange(s)).toBe(true);
  });

  it('counts lines added, replaced, unchanged and removed, readings and renewals added and removed', () => {
    const incoming = sample();
    const extra: LineRecord = { ...incoming.lines[0]!, id: 'mineo:main', provider: 'mineo', lineId: null, label: null };
    incoming.lines = [incoming.lines[0]!, { ...incoming.lines[1]!, label: 'Work' }, extra];
    incoming.readings = [
      ...incoming.readings.filter((r) => r.lineId !== current.lines[2]!.id),
      { ...incoming.readings[0]!, id: 50, lineId: 'mineo:main' },
      { ...incoming.readings[0]!, id: 51, lineId: 'mineo:main', at: incoming.readings[0]!.at + 1 },
    ];
    incoming.renewals = incoming.renewals.slice(0, 1);
    incoming.settings = { ...incoming.settings, staleDays: 3 };
    const s = importSummary(current, incoming);
    expect(s.lines.added.map((l) => l.id)).toEqual(['mineo:main']);
    expect(s.lines.replaced.map((l) => l.id)).toEqual(['iijmio:main']);
    expect(s.lines.unchanged.map((l) => l.id)).toEqual(['povo:09012345678']);
    expect(s.lines.removed.map((l) => l.id)).toEqual([current.lines[2]!.id]);
    expect(s.readings).toEqual({ added: 2, removed: 1, total: 5 });
    expect(s.renewals).toEqual({ added: 0, removed: 1, total: 1 });
    expect(s.settingsChanged).toBe(true);
    expect(isNoChange(s)).toBe(false);
  });
});

describe('export and import against IndexedDB', () => {
  it('export → delete every line → import gives identical data and settings', async () => {
    const name = freshName();
    const db = createDb(name);
    await writeAllData(db, sample());
    await settingsItem.setValue(SETTINGS);
    const connector = pageConnector(name, () => NOW).connector;

    const before = serializeBackup(backupFile(await connector.exportData(), NOW));
    for (const line of await connector.listLines()) await connector.deleteLine(line.line.id);
    expect(await db.readings.count()).toBe(0);
    expect(await db.reminderLog.count()).toBe(0);
    await settingsItem.setValue(DEFAULT_SETTINGS);

    const read = await readBackup(before);
    if (!read.ok) throw new Error(`refused: ${read.error}`);
    await connector.replaceAllData(read.data);
    const after = serializeBackup(backupFile(await connector.exportData(), NOW));
    expect(after).toBe(before);
    expect(JSON.parse(after).data.readings).toHaveLength(4);
  });

  it('an import that fails half-way changes nothing, settings included', async () => {
    const name = freshName();
    const db = createDb(name);
    await writeAllData(db, sample());
    await settingsItem.setValue(SETTINGS);
    const connector = pageConnector(name, () => NOW).connector;
    const before = await connector.exportData();

    // Two readings with one id pass no validation; here they make the second bulkAdd fail after
    // the tables were cleared and the lines written.
    const broken = sample();
    broken.lines = [{ ...broken.lines[0]!, label: 'new' }];
    broken.readings = [broken.readings[0]!, { ...broken.readings[1]!, id: broken.readings[0]!.id }];
    broken.renewals = [];
    broken.reminderLog = [];
    broken.settings = DEFAULT_SETTINGS;
    await expect(connector.replaceAllData(broken)).rejects.toThrow();

    expect(await connector.exportData()).toEqual(before);
    expect(await settingsItem.getValue()).toEqual(SETTINGS);
  });

  it('reads all tables in one go, with the settings', async () => {
    const name = freshName();
    const db = createDb(name);
    await writeAllData(db, sample());
    const data = await readAllData(db, SETTINGS);
    expect(data.lines.map((l) => l.id).sort()).toEqual(fixture.tables.lines.map((l) => l.id).sort());
    expect(data.renewals).toHaveLength(2);
    expect(data.settings).toEqual(SETTINGS);
  });

  it('names the file by the date in the user zone', () => {
    expect(backupFileName(Date.parse('2026-12-30T20:00:00Z'), 'Asia/Tokyo')).toBe('kigen-backup-2026-12-31.json');
    expect(backupFileName(Date.parse('2026-12-30T20:00:00Z'), 'America/Los_Angeles')).toBe('kigen-backup-2026-12-30.json');
  });
});

describe('older files go through the schema steps', () => {
  const v1 = SCHEMA_STEPS[0]!;
  /** A made-up v2 that moves a field, to show the upgrade runs on the file's tables. */
  const steps = [
    v1,
    {
      version: v1.version + 1,
      stores: v1.stores,
      upgrade: async (tx: import('dexie').Transaction) => {
        await tx.table('lines').toCollection().modify((line: LineRecord) => {
          line.label = line.label ?? `(${line.provider})`;
        });
      },
    },
  ];

  it('rewrites the tables with the later steps and deletes the scratch database', async () => {
    const scratch = freshName();
    const out = await upgradeTables(structuredClone(fixtureV1.tables) as unknown as Record<string, unknown>, 1, steps, scratch);
    const labels = (out.lines as LineRecord[]).map((l) => l.label);
    expect(labels).toContain('(iijmio)');
    expect(labels).toContain(fixtureV1.tables.lines[0]!.label);
    expect(out.readings).toHaveLength(fixtureV1.tables.readings.length);
    expect(await Dexie.getDatabaseNames()).not.toContain(scratch);
  });

  it('imports a file of the v1 version: its readings become bucket readings, nothing lost', async () => {
    const v1Data = structuredClone({ ...fixtureV1.tables, settings: SETTINGS });
    const result = await readBackup(serializeBackup(backupFile(v1Data, NOW, 1)));
    if (!result.ok) throw new Error(`refused: ${result.error} ${result.where ?? ''}`);
    expect(result.schemaVersion).toBe(1);
    const byId = (a: LineRecord, b: LineRecord) => (a.id < b.id ? -1 : 1);
    expect([...result.data.lines].sort(byId)).toEqual([...fixtureV1.tables.lines].sort(byId));
    expect(result.data.renewals).toEqual(fixtureV1.tables.renewals);
    expect(result.data.reminderLog).toEqual(fixtureV1.tables.reminderLog);
    // The v2 fixture is the same data as v2 holds it, plus a bonus bucket on the second reading.
    const expected = structuredClone(fixture.tables.readings);
    expected[1]!.buckets = expected[1]!.buckets.filter((b) => !b.bonus);
    expect(result.data.readings).toEqual(expected);
    expect(result.data.readings.every((r) => r.buckets.length === 1 && r.lineValidUntil === null)).toBe(true);
  });

  it('leaves current-version tables as they are', async () => {
    const tables = structuredClone(fixtureV1.tables) as unknown as Record<string, unknown>;
    expect(await upgradeTables(tables, DB_VERSION)).toBe(tables);
  });
});
