import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, BackupDataSchema } from '@/utils/backup';
import { DB_VERSION, type KigenDB, SCHEMA_STEPS, type SchemaStep, createDb } from '@/utils/db';
import { DEFAULT_SETTINGS } from '@/utils/settings';

/**
 * Every schema step is tested from a fixture of the version before it (tests/fixtures/db/v<N>.json):
 * the fixture is written into a database opened at version N, the database is reopened at the
 * next version, and the data is checked. A missing fixture fails. A failing upgrade must leave
 * the old database as it was.
 */

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/db');

interface DbFixture {
  version: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

function fixturePath(version: number): string {
  return path.join(FIXTURES, `v${version}.json`);
}

function loadFixture(version: number): DbFixture {
  const file = fixturePath(version);
  if (!existsSync(file)) throw new Error(`missing fixture ${path.relative(process.cwd(), file)} for schema v${version}`);
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as DbFixture;
  expect(fixture.version).toBe(version);
  return fixture;
}

let n = 0;
const opened: string[] = [];
function freshName(): string {
  const name = `kigen-upgrade-${++n}-${Date.now()}`;
  opened.push(name);
  return name;
}
afterEach(async () => {
  for (const name of opened.splice(0)) await Dexie.delete(name);
});

const stepsUpTo = (version: number) => SCHEMA_STEPS.filter((s) => s.version <= version);

async function seed(db: KigenDB, fixture: DbFixture): Promise<void> {
  await db.transaction('rw', BACKUP_TABLES.map((t) => db.table(t)), async () => {
    for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(fixture.tables[table] ?? []);
  });
}

async function dump(db: KigenDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) out[table] = await db.table(table).toArray();
  return out;
}

const PRIMARY_KEY: Record<string, string> = { lines: 'id', readings: 'id', renewals: 'id', reminderLog: 'key' };
function sortByKey(table: string, rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const key = PRIMARY_KEY[table] ?? 'id';
  return [...rows].sort((a, b) => indexedDB.cmp(a[key], b[key]));
}

/** What each step must do to the previous version's fixture, by the step's version. */
const STEP_CHECKS: Record<number, (before: DbFixture, after: Record<string, unknown[]>) => void> = {
  // v2: every reading gains its buckets (one paid bucket from its own plan, amounts and expiry; none
  // when it held no amount and no expiry) and no stated SIM validity. Nothing else changes.
  2: (before, after) => {
    const readings = (before.tables.readings ?? []).map((r) => {
      const held = r.remainingMB != null || r.totalMB != null || r.expiresAt != null;
      const bucket = { name: r.plan, remainingMB: r.remainingMB, totalMB: r.totalMB, expiresAt: r.expiresAt, bonus: false };
      return { ...r, buckets: held ? [bucket] : [], lineValidUntil: null };
    });
    expect(after.readings).toEqual(sortByKey('readings', readings));
    for (const table of BACKUP_TABLES.filter((t) => t !== 'readings')) {
      expect(after[table]).toEqual(sortByKey(table, before.tables[table] ?? []));
    }
  },
};

describe('schema steps', () => {
  it('numbers steps 1, 2, 3… in order, the last being DB_VERSION', () => {
    expect(SCHEMA_STEPS.map((s) => s.version)).toEqual(SCHEMA_STEPS.map((_, i) => i + 1));
    expect(DB_VERSION).toBe(SCHEMA_STEPS.length);
  });

  it('has a fixture for every version that a later step upgrades from, and for v1', () => {
    const needed = [1, ...SCHEMA_STEPS.slice(1).map((s) => s.version - 1)];
    const missing = [...new Set(needed)].filter((version) => !existsSync(fixturePath(version)));
    expect(missing).toEqual([]);
  });

  it('fails when a fixture is missing', () => {
    expect(() => loadFixture(999)).toThrow(/missing fixture .*v999\.json/);
  });

  const upgrades = SCHEMA_STEPS.slice(1);
  it('checks every upgrade step', () => {
    expect(Object.keys(STEP_CHECKS).map(Number).sort()).toEqual(upgrades.map((s) => s.version));
  });

  it.each(upgrades.map((s) => [s.version - 1, s.version] as const))('upgrades v%i data to v%i', async (from, to) => {
    const fixture = loadFixture(from);
    const name = freshName();
    const old = createDb(name, stepsUpTo(from));
    await seed(old, fixture);
    old.close();

    const upgraded = createDb(name, stepsUpTo(to));
    await upgraded.open();
    expect(upgraded.verno).toBe(to);
    const after = await dump(upgraded);
    upgraded.close();
    STEP_CHECKS[to]?.(fixture, after);
  });

  it('loads the v1 fixture into the current schema and reads it back unchanged, valid for the backup format', async () => {
    const fixture = loadFixture(1);
    const name = freshName();
    const v1 = createDb(name, stepsUpTo(1));
    await seed(v1, fixture);
    v1.close();

    const current = createDb(name);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    const after = await dump(current);
    current.close();
    if (DB_VERSION === 1) {
      // Tables come back in primary-key order.
      for (const table of BACKUP_TABLES) expect(after[table]).toEqual(sortByKey(table, fixture.tables[table] ?? []));
    }
    // Whatever the steps do, the result is data the current backup format accepts.
    const parsed = v.safeParse(BackupDataSchema, { ...after, settings: DEFAULT_SETTINGS });
    expect(parsed.issues).toBeUndefined();
    expect(after.lines).toHaveLength(fixture.tables.lines?.length ?? -1);
    expect(after.readings).toHaveLength(fixture.tables.readings?.length ?? -1);
  });
});

describe('v1 → v2: readings become bucket readings', () => {
  it('turns a reading with an amount or an expiry into one paid bucket, and an empty one into none', async () => {
    const name = freshName();
    const v1 = createDb(name, stepsUpTo(1));
    const base = { lineId: 'x:main', at: 1, usedMB: null, plan: 'Plan', sourceUrl: '', source: 'manual' };
    await v1.table('readings').bulkAdd([
      { ...base, id: 1, expiresAt: null, remainingMB: null, totalMB: null, unlimited: true },
      { ...base, id: 2, expiresAt: 1793372399999, remainingMB: null, totalMB: null, unlimited: false, plan: null },
      { ...base, id: 3, expiresAt: null, remainingMB: 5, totalMB: 10, unlimited: false },
    ]);
    v1.close();
    const v2 = createDb(name, stepsUpTo(2));
    const after = (await v2.table('readings').toArray()) as Array<Record<string, unknown>>;
    v2.close();
    expect(after.map((r) => [r.buckets, r.lineValidUntil])).toEqual([
      [[], null],
      [[{ name: null, remainingMB: null, totalMB: null, expiresAt: 1793372399999, bonus: false }], null],
      [[{ name: 'Plan', remainingMB: 5, totalMB: 10, expiresAt: null, bonus: false }], null],
    ]);
  });
});

describe('a failing upgrade', () => {
  const FAILS = 'upgrade failed on purpose';

  /** A made-up next version whose upgrade changes data and then throws. */
  const failingStep: SchemaStep = {
    version: DB_VERSION + 1,
    stores: { lines: 'id, provider, manual' },
    upgrade: async (tx) => {
      await tx.table('lines').toCollection().modify((line: { label: string | null }) => {
        line.label = 'changed by the failing upgrade';
      });
      await tx.table('readings').clear();
      throw new Error(FAILS);
    },
  };

  it('refuses to open and keeps the old version and its data', async () => {
    const fixture = loadFixture(1);
    const name = freshName();
    const v1 = createDb(name, stepsUpTo(1));
    await seed(v1, fixture);
    const before = await dump(v1);
    v1.close();

    const next = createDb(name, [...SCHEMA_STEPS, failingStep]);
    await expect(next.open()).rejects.toThrow(FAILS);
    next.close();

    const again = createDb(name, stepsUpTo(1));
    await again.open();
    expect(again.verno).toBe(1);
    expect(await dump(again)).toEqual(before);
    expect(before.readings).toHaveLength(fixture.tables.readings?.length ?? -1);
    again.close();
  });

  it('a working upgrade of the same shape does change the data (the failing test can fail)', async () => {
    const fixture = loadFixture(1);
    const name = freshName();
    const v1 = createDb(name, stepsUpTo(1));
    await seed(v1, fixture);
    v1.close();

    const working: SchemaStep = {
      ...failingStep,
      upgrade: async (tx) => {
        await tx.table('lines').toCollection().modify((line: { label: string | null }) => {
          line.label = 'changed';
        });
      },
    };
    const next = createDb(name, [...SCHEMA_STEPS, working]);
    await next.open();
    expect(next.verno).toBe(DB_VERSION + 1);
    expect((await next.table('lines').toArray()).map((l: { label: string }) => l.label)).toEqual(
      fixture.tables.lines?.map(() => 'changed'),
    );
    next.close();
  });
});
