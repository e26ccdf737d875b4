/**
 * The keys of Kigen's items in `browser.storage.sync`: one item per line, one for the settings.
 * The sync area belongs to this extension alone, so keys need no namespace of their own.
 *
 * Item kinds are a closed list. A key of another kind (a newer Kigen's, or a kind reserved below)
 * is never read, written or removed here; it only counts towards the quota.
 */

/** The kinds this version syncs, each with its key prefix (`settings` is a single key). */
export const SYNC_KINDS = {
  /** `line:<LineRecord.id>`: a line's name, kind, settings and latest status, or its tombstone. */
  line: 'line:',
  /** `settings`: the reminder and display settings. */
  settings: 'settings',
} as const;

/**
 * Kinds that are reserved but not synced yet. Page recipes (issue "Teach Kigen any page") plug in
 * here: move the entry into SYNC_KINDS, give its items a schema in items.ts and a merge in
 * merge.ts (`newerWins`, as the settings use), and a local side in the background's sync pass.
 */
export const RESERVED_SYNC_KINDS = {
  /** `recipes:<site>`: the page recipes taught for one site. */
  recipes: 'recipes:',
} as const;

export type ParsedKey = { kind: 'line'; lineId: string } | { kind: 'settings' };

export function lineItemKey(lineId: string): string {
  return SYNC_KINDS.line + lineId;
}

/** What a key names, or null for a kind this version leaves alone. */
export function parseSyncKey(key: string): ParsedKey | null {
  if (key === SYNC_KINDS.settings) return { kind: 'settings' };
  if (key.startsWith(SYNC_KINDS.line) && key.length > SYNC_KINDS.line.length) {
    return { kind: 'line', lineId: key.slice(SYNC_KINDS.line.length) };
  }
  return null;
}
