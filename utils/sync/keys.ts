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
 * `recipes:<site>`: the page recipes taught for one site. Planned apart from lines and settings
 * (utils/sync/recipes.ts), so parseSyncKey leaves these keys alone.
 */
export const RECIPE_KEY_PREFIX = 'recipes:';

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
