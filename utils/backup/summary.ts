import type { LineRecord } from '../records';
import type { BackupData } from './schema';

/**
 * What an import will change, shown before the user confirms. An import replaces all data with
 * the file's, so the summary also says what goes away (lines and records not in the file).
 */
export interface ImportSummary {
  lines: {
    /** In the file, not here. */
    added: LineRecord[];
    /** Here and in the file, different (name, mute, settings). */
    replaced: LineRecord[];
    unchanged: LineRecord[];
    /** Here, not in the file: deleted with their readings. */
    removed: LineRecord[];
  };
  /** Records in the file that are not here (added), and here but not in the file (removed). */
  readings: Counts;
  renewals: Counts;
  /** The reminders-already-shown log is replaced too (so no reminder fires twice). */
  reminderLog: Counts;
  settingsChanged: boolean;
}

export interface Counts {
  added: number;
  removed: number;
  /** Records after the import. */
  total: number;
}

/** JSON with keys sorted at every level, so equal records compare equal as strings. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Records compared by content without their numeric id (ids are storage details: the same
 * reading may carry another id after a wipe), as multisets.
 */
function compareRecords<T extends object>(current: readonly T[], incoming: readonly T[]): Counts {
  const key = (r: T) => canonical({ ...r, id: undefined });
  const have = new Map<string, number>();
  for (const r of current) have.set(key(r), (have.get(key(r)) ?? 0) + 1);
  let added = 0;
  for (const r of incoming) {
    const k = key(r);
    const n = have.get(k) ?? 0;
    if (n > 0) have.set(k, n - 1);
    else added++;
  }
  const removed = [...have.values()].reduce((a, b) => a + b, 0);
  return { added, removed, total: incoming.length };
}

export function importSummary(current: BackupData, incoming: BackupData): ImportSummary {
  const here = new Map(current.lines.map((l) => [l.id, l]));
  const there = new Set(incoming.lines.map((l) => l.id));
  const lines: ImportSummary['lines'] = { added: [], replaced: [], unchanged: [], removed: [] };
  for (const line of incoming.lines) {
    const mine = here.get(line.id);
    if (!mine) lines.added.push(line);
    else if (canonical(mine) === canonical(line)) lines.unchanged.push(line);
    else lines.replaced.push(line);
  }
  lines.removed = current.lines.filter((l) => !there.has(l.id));
  return {
    lines,
    readings: compareRecords(current.readings, incoming.readings),
    renewals: compareRecords(current.renewals, incoming.renewals),
    reminderLog: compareRecords(current.reminderLog, incoming.reminderLog),
    settingsChanged: canonical(current.settings) !== canonical(incoming.settings),
  };
}

/** True when the import would change nothing at all. */
export function isNoChange(s: ImportSummary): boolean {
  return (
    s.lines.added.length + s.lines.replaced.length + s.lines.removed.length === 0 &&
    [s.readings, s.renewals, s.reminderLog].every((c) => c.added === 0 && c.removed === 0) &&
    !s.settingsChanged
  );
}
