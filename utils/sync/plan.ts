import type { LineRecord } from '../records';
import type { Settings } from '../settings';
import { DAY_MS } from '../time';
import { type LineItem, type LineStatus, type SettingsItem, canonical, decodeItem, encodeItem, isTombstone, metaOf } from './items';
import { SYNC_KINDS, lineItemKey, parseSyncKey } from './keys';
import { mergeLine, newerWins } from './merge';

/**
 * One sync pass, planned: (this browser's lines and settings, the sync area, the ledger, now) →
 * what to write here, what to write there. Pure; the background reads and applies
 * (entrypoints/background/sync.ts).
 *
 * The database keeps no edit times, so the ledger does: for each item, what this browser last
 * agreed it was (its name/settings as canonical JSON) and since when. A line that still matches
 * its ledger entry keeps that entry's time; one that differs was edited here since, and is dated
 * now; a line in the ledger but gone from the database was deleted here and becomes a tombstone.
 * A line or the settings with no ledger entry (sync just turned on) yield to a live item already
 * in the sync area: the first browser's names and settings stand, and statuses still go by
 * reading time. Against a tombstone or nothing, they count as new and are shared.
 */

/** A tombstone is kept this long; a browser away longer than that may bring the line back. */
export const TOMBSTONE_KEEP_MS = 180 * DAY_MS;

export type LedgerEntry = { updatedAt: number; meta: string } | { updatedAt: number; deleted: true };
/** Item key → what this browser last agreed the item was. */
export type Ledger = Record<string, LedgerEntry>;

/** A line of this browser with its newest reading's status. */
export interface LocalLine {
  line: LineRecord;
  status: LineStatus | null;
}

export interface SyncInput {
  lines: readonly LocalLine[];
  settings: Settings;
  /** The sync area as read: every key, untrusted values. */
  remote: Readonly<Record<string, unknown>>;
  ledger: Ledger;
  now: number;
}

/** A line to create or update here. */
export interface LineWrite {
  /** The line to store (the local one when only the status is new). */
  line: LineRecord;
  /** A status newer than this browser's newest reading, to add as a synced reading. */
  status: LineStatus | null;
  /** The line as this plan saw it (null: absent); a line edited meanwhile is left for the next pass. */
  expect: LineRecord | null;
}

export interface SyncPlan {
  lines: LineWrite[];
  deletes: Array<{ lineId: string; expect: LineRecord }>;
  /** New settings for this browser, or null when they stay. */
  settings: Settings | null;
  /** Items to write to the sync area, as stored values. */
  push: Record<string, unknown>;
  /** Expired tombstones to remove from the sync area. */
  remove: string[];
  ledger: Ledger;
  /** Keys whose values failed validation: ignored (and overwritten when this browser has the item). */
  ignored: Array<{ key: string; detail: string }>;
}

function entryOf(item: LineItem | SettingsItem): LedgerEntry {
  if ('settings' in item) return { updatedAt: item.updatedAt, meta: canonical(item.settings) };
  return isTombstone(item) ? { updatedAt: item.updatedAt, deleted: true } : { updatedAt: item.updatedAt, meta: canonical(item.line) };
}

/** When this browser's version of an item changed, from the ledger (see the file comment). */
function localTime(entry: LedgerEntry | undefined, meta: string, remoteLive: boolean, now: number): number {
  if (entry && !('deleted' in entry) && entry.meta === meta) return entry.updatedAt;
  if (entry) return now;
  return remoteLive ? 0 : now;
}

export function planSync({ lines, settings, remote, ledger, now }: SyncInput): SyncPlan {
  const plan: SyncPlan = { lines: [], deletes: [], settings: null, push: {}, remove: [], ledger: {}, ignored: [] };
  const local = new Map(lines.map((l) => [lineItemKey(l.line.id), l]));
  const keys = new Set([...local.keys(), ...Object.keys(ledger), ...Object.keys(remote), SYNC_KINDS.settings]);

  for (const key of [...keys].sort()) {
    const parsed = parseSyncKey(key);
    if (!parsed) continue;
    let there: LineItem | SettingsItem | undefined;
    if (key in remote) {
      const decoded = decodeItem(parsed, remote[key]);
      if (decoded.ok) there = decoded.value.item;
      else if (decoded.why === 'newer') {
        // A newer Kigen's item: neither applied nor overwritten.
        const kept = ledger[key];
        if (kept) plan.ledger[key] = kept;
        continue;
      } else plan.ignored.push({ key, detail: decoded.detail });
    }
    const entry = ledger[key];

    if (parsed.kind === 'settings') {
      const remoteItem = there && 'settings' in there ? there : undefined;
      const meta = canonical(settings);
      const here: SettingsItem = { updatedAt: localTime(entry, meta, remoteItem !== undefined, now), settings };
      const merged = newerWins(here, remoteItem) ?? here;
      if (canonical(merged.settings) !== meta) plan.settings = merged.settings;
      send(plan, key, merged, remoteItem, remote[key]);
      plan.ledger[key] = entryOf(merged);
      continue;
    }

    const remoteItem = there && !('settings' in there) ? there : undefined;
    const mine = local.get(key);
    let here: LineItem | undefined;
    if (mine) {
      const meta = metaOf(mine.line);
      const live = remoteItem !== undefined && !isTombstone(remoteItem);
      here = { updatedAt: localTime(entry, canonical(meta), live, now), line: meta, status: mine.status };
    } else if (entry) {
      here = { updatedAt: 'deleted' in entry ? entry.updatedAt : now, deleted: true };
    }
    const merged = mergeLine(here, remoteItem);
    if (!merged) continue;

    if (isTombstone(merged)) {
      if (mine) plan.deletes.push({ lineId: parsed.lineId, expect: mine.line });
      if (merged.updatedAt < now - TOMBSTONE_KEEP_MS) {
        if (key in remote) plan.remove.push(key);
        continue;
      }
    } else {
      const line: LineRecord = { id: parsed.lineId, ...merged.line };
      const metaChanged = !mine || canonical(merged.line) !== canonical(metaOf(mine.line));
      const newer = merged.status !== null && (!mine?.status || merged.status.readAt > mine.status.readAt);
      if (metaChanged || newer) {
        plan.lines.push({ line: mine && !metaChanged ? mine.line : line, status: newer ? merged.status : null, expect: mine?.line ?? null });
      }
    }
    send(plan, key, merged, remoteItem, remote[key]);
    plan.ledger[key] = entryOf(merged);
  }
  return plan;
}

/** Writes the merged item unless the sync area already holds exactly it. */
function send(plan: SyncPlan, key: string, merged: LineItem | SettingsItem, valid: unknown, raw: unknown): void {
  const value = encodeItem(merged);
  if (valid === undefined || canonical(value) !== canonical(raw)) plan.push[key] = value;
}
