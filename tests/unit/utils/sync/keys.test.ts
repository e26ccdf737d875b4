import { describe, expect, it } from 'vitest';
import { RECIPE_KEY_PREFIX, SYNC_KINDS, lineItemKey, parseSyncKey } from '@/utils/sync/keys';

describe('sync keys', () => {
  it('names a line by its id and round-trips ids with colons', () => {
    expect(lineItemKey('povo:09012345678')).toBe('line:povo:09012345678');
    expect(parseSyncKey(lineItemKey('manual:abc:1'))).toEqual({ kind: 'line', lineId: 'manual:abc:1' });
    expect(parseSyncKey(SYNC_KINDS.settings)).toEqual({ kind: 'settings' });
  });

  it('leaves reserved, unknown and empty keys alone', () => {
    expect(parseSyncKey(`${RECIPE_KEY_PREFIX}www.povo.jp`)).toBeNull();
    expect(parseSyncKey('line:')).toBeNull();
    expect(parseSyncKey('settings2')).toBeNull();
    expect(parseSyncKey('other:1')).toBeNull();
  });
});
