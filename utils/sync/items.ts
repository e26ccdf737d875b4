import * as v from 'valibot';
import { LineSchema, ReadingRecordSchema } from '../backup/schema';
import type { LineRecord, ReadingRecord } from '../records';
import type { Settings } from '../settings';
import { SettingsSchema } from '../settings-rules';
import type { ParsedKey } from './keys';

/**
 * What one sync item holds, and how it is written to and read from `browser.storage.sync`.
 *
 * Every value read from the sync area is untrusted: another browser (another Kigen version, a
 * damaged profile, anything with the user's sync account) wrote it. It is checked with the backup
 * file's record schemas, the same ranges a reading or a restore must pass, before it reaches the
 * database. A value that fails is ignored, never half-applied.
 */

/** The format of the stored values. A value with a higher `v` is a newer Kigen's: left alone. */
export const SYNC_FORMAT = 1;

/** A line as synced: the record without its id (the id is the key). */
export type LineMeta = Omit<LineRecord, 'id'>;

/**
 * A line's latest status: the newest reading's figures, without its buckets, history or page
 * address. Enough for the popup's card (days left, data bar, plan) on the other browser.
 */
export interface LineStatus {
  /** When it was read (epoch ms), on whichever browser read it. */
  readAt: number;
  expiresAt: number | null;
  remainingMB: number | null;
  totalMB: number | null;
  usedMB: number | null;
  unlimited: boolean;
  plan: string | null;
  lineValidUntil: number | null;
}

export interface LiveLineItem {
  /** When the line's name, kind or settings last changed (epoch ms); its status has its own `readAt`. */
  updatedAt: number;
  line: LineMeta;
  status: LineStatus | null;
}

/** A deleted line, kept so that a browser that still has it deletes it instead of bringing it back. */
export interface Tombstone {
  /** When it was deleted (epoch ms). */
  updatedAt: number;
  deleted: true;
}

export type LineItem = LiveLineItem | Tombstone;

export interface SettingsItem {
  /** When the settings last changed (epoch ms). */
  updatedAt: number;
  settings: Settings;
}

export type SyncItem = { kind: 'line'; item: LineItem } | { kind: 'settings'; item: SettingsItem };

export function isTombstone(item: LineItem): item is Tombstone {
  return 'deleted' in item;
}

const readingEntries = ReadingRecordSchema.pipe[0].entries;
const instant = readingEntries.at;

const StatusSchema = v.pipe(
  v.strictObject({
    readAt: instant,
    expiresAt: readingEntries.expiresAt,
    remainingMB: readingEntries.remainingMB,
    totalMB: readingEntries.totalMB,
    usedMB: readingEntries.usedMB,
    unlimited: readingEntries.unlimited,
    plan: readingEntries.plan,
    lineValidUntil: readingEntries.lineValidUntil,
  }),
  v.check((s) => s.remainingMB == null || s.totalMB == null || s.remainingMB <= s.totalMB + 0.5, 'remaining is more than total'),
);

const format = v.literal(SYNC_FORMAT);

const LiveLineSchema = v.strictObject({
  v: format,
  updatedAt: instant,
  line: v.omit(LineSchema, ['id']),
  status: v.nullable(StatusSchema),
});

const TombstoneSchema = v.strictObject({ v: format, updatedAt: instant, deleted: v.literal(true) });

const SettingsItemSchema = v.strictObject({ v: format, updatedAt: instant, settings: SettingsSchema });

/** A page line's id starts with its provider's (`lineKey`), a hand-added line's with `manual:`. */
function idFits(lineId: string, line: LineMeta): boolean {
  return line.manual ? lineId.startsWith('manual:') : lineId.startsWith(`${line.provider}:`);
}

export type Decoded = { ok: true; value: SyncItem } | { ok: false; why: 'newer' | 'invalid'; detail: string };

/** Reads one stored value under its parsed key: the item, or why it is ignored. */
export function decodeItem(key: ParsedKey, raw: unknown): Decoded {
  const version = typeof raw === 'object' && raw !== null ? (raw as { v?: unknown }).v : undefined;
  if (typeof version === 'number' && version > SYNC_FORMAT) return { ok: false, why: 'newer', detail: `format ${version}` };
  if (key.kind === 'settings') {
    const parsed = v.safeParse(SettingsItemSchema, raw);
    if (!parsed.success) return invalid(parsed.issues);
    return { ok: true, value: { kind: 'settings', item: { updatedAt: parsed.output.updatedAt, settings: parsed.output.settings } } };
  }
  if (!v.is(LineSchema.entries.id, key.lineId)) return { ok: false, why: 'invalid', detail: 'line id' };
  const tomb = v.safeParse(TombstoneSchema, raw);
  if (tomb.success) return { ok: true, value: { kind: 'line', item: { updatedAt: tomb.output.updatedAt, deleted: true } } };
  const parsed = v.safeParse(LiveLineSchema, raw);
  if (!parsed.success) return invalid(parsed.issues);
  const { updatedAt, line, status } = parsed.output;
  if (!idFits(key.lineId, line)) return { ok: false, why: 'invalid', detail: 'line id does not fit its provider' };
  return { ok: true, value: { kind: 'line', item: { updatedAt, line, status } } };
}

function invalid(issues: readonly v.BaseIssue<unknown>[]): Decoded {
  const first = issues[0];
  const path = first?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, why: 'invalid', detail: `${path}${path ? ': ' : ''}${first?.message ?? 'invalid'}` };
}

/** The value written to the sync area for an item. */
export function encodeItem(item: LineItem | SettingsItem): Record<string, unknown> {
  return { v: SYNC_FORMAT, ...item };
}

/** JSON with object keys sorted: equal content gives equal text, whichever order fields came in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.keys(x)
            .sort()
            .map((k) => [k, (x as Record<string, unknown>)[k]]),
        )
      : x,
  );
}

export function metaOf(line: LineRecord): LineMeta {
  const { id: _, ...meta } = line;
  return meta;
}

/** The status a reading stands for (the newest reading of a line). */
export function statusOf(r: ReadingRecord): LineStatus {
  return {
    readAt: r.at,
    expiresAt: r.expiresAt,
    remainingMB: r.remainingMB,
    totalMB: r.totalMB,
    usedMB: r.usedMB,
    unlimited: r.unlimited,
    plan: r.plan,
    lineValidUntil: r.lineValidUntil,
  };
}

/**
 * A synced status as a reading of this browser's history, marked `source: 'sync'`: no buckets and
 * no page address (neither is synced), at the time it was read on the other browser. It becomes
 * the line's newest reading, so the popup shows it like any other.
 */
export function readingOf(status: LineStatus): Omit<ReadingRecord, 'id' | 'lineId'> {
  const { readAt, ...figures } = status;
  return { at: readAt, ...figures, buckets: [], sourceUrl: '', source: 'sync' };
}
