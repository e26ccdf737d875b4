import Dexie from 'dexie';
import { SCHEMA_STEPS, type SchemaStep, createDb } from '../db';
import { BACKUP_TABLES } from './schema';

/**
 * Older backups are upgraded through the database's own schema steps, so there is one upgrade
 * path to write and test, not two: the file's tables are written into a scratch database opened
 * at the file's version, the scratch database is reopened at the current version (Dexie runs each
 * step's `upgrade`), and the tables are read back. The scratch database is deleted afterwards.
 *
 * A v1 file (readings without buckets) goes through v2's upgrade in utils/db.ts like a v1
 * database does. A later step that moves data out of the four tables (e.g. into settings) must
 * also say so here.
 */

/** The tables of `data` rewritten by `steps` from `fromVersion` up to the last step. */
export async function upgradeTables(
  data: Record<string, unknown>,
  fromVersion: number,
  steps: readonly SchemaStep[] = SCHEMA_STEPS,
  scratchName = `kigen-import-${Date.now()}-${Math.random().toString(36).slice(2)}`,
): Promise<Record<string, unknown>> {
  const target = steps.at(-1)?.version ?? fromVersion;
  if (fromVersion >= target) return data;
  const old = steps.filter((s) => s.version <= fromVersion);
  if (old.length === 0) throw new Error(`no schema step at or below version ${fromVersion}`);

  const staging = createDb(scratchName, old);
  try {
    await staging.transaction('rw', BACKUP_TABLES.map((t) => staging.table(t)), async () => {
      for (const name of BACKUP_TABLES) {
        const rows = data[name];
        if (Array.isArray(rows)) await staging.table(name).bulkAdd(rows);
      }
    });
    staging.close();
    const current = createDb(scratchName, steps);
    try {
      const out: Record<string, unknown> = { ...data };
      await current.transaction('r', BACKUP_TABLES.map((t) => current.table(t)), async () => {
        for (const name of BACKUP_TABLES) out[name] = await current.table(name).toArray();
      });
      return out;
    } finally {
      current.close();
    }
  } finally {
    staging.close();
    await Dexie.delete(scratchName);
  }
}
