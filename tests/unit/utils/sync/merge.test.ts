import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LineItem, type Tombstone, canonical } from '@/utils/sync/items';
import { mergeLine, newerWins } from '@/utils/sync/merge';
import { NOW, liveItem, status } from '../../support/sync-seed';

const dead = (updatedAt: number): Tombstone => ({ updatedAt, deleted: true });

describe('mergeLine', () => {
  it('takes the newer name and the newer status, each on its own', () => {
    const renamedHere = liveItem(NOW + 10, { label: 'Laptop name' }, status(NOW - 100));
    const readThere = liveItem(NOW, { label: null }, status(NOW + 50, { remainingMB: 900 }));
    const merged = mergeLine(renamedHere, readThere);
    expect(merged).toEqual({ updatedAt: NOW + 10, line: renamedHere.line, status: readThere.status });
  });

  it('a delete wins over everything older, and loses to a reading or an edit after it', () => {
    const line = liveItem(NOW, {}, status(NOW - 1000));
    expect(mergeLine(line, dead(NOW + 1))).toEqual(dead(NOW + 1));
    expect(mergeLine(dead(NOW + 1), liveItem(NOW, {}, status(NOW + 2)))).toEqual(liveItem(NOW, {}, status(NOW + 2)));
    expect(mergeLine(dead(NOW + 1), liveItem(NOW + 5))).toEqual(liveItem(NOW + 5));
    expect(mergeLine(dead(NOW), dead(NOW + 9))).toEqual(dead(NOW + 9));
  });

  it('settles equal times by content, so both browsers pick the same', () => {
    const a = liveItem(NOW, { label: 'A' });
    const b = liveItem(NOW, { label: 'B' });
    expect(mergeLine(a, b)).toEqual(mergeLine(b, a));
    expect(mergeLine(dead(NOW), liveItem(NOW))).toEqual(dead(NOW));
  });

  it('keeps what one side has when the other has nothing', () => {
    expect(mergeLine(undefined, dead(NOW))).toEqual(dead(NOW));
    expect(mergeLine(undefined, undefined)).toBeUndefined();
  });

  const time = fc.integer({ min: NOW, max: NOW + 20 });
  const statusArb = fc.option(fc.record({ at: time, left: fc.constantFrom(100, 200) }), { nil: null });
  const itemArb: fc.Arbitrary<LineItem> = fc.oneof(
    fc.record({ u: time, label: fc.constantFrom(null, 'A', 'B'), s: statusArb }).map(({ u, label, s }) =>
      liveItem(u, { label }, s && status(s.at, { remainingMB: s.left })),
    ),
    time.map(dead),
  );
  const same = (x: unknown, y: unknown) => expect(canonical(x)).toBe(canonical(y));

  it('is commutative and idempotent', () => {
    fc.assert(
      fc.property(itemArb, itemArb, (a, b) => {
        same(mergeLine(a, b), mergeLine(b, a));
        same(mergeLine(a, a), a);
      }),
    );
  });

  it('converges: a browser that merged with the sync area keeps the merged item when it merges again', () => {
    fc.assert(
      fc.property(itemArb, itemArb, (mine, theirs) => {
        const merged = mergeLine(theirs, mine);
        same(mergeLine(mine, merged), merged);
        same(mergeLine(merged, theirs), merged);
      }),
    );
  });
});

describe('newerWins', () => {
  it('takes the newer item whole, and settles equal times by content', () => {
    const a = { updatedAt: NOW, x: 1 };
    const b = { updatedAt: NOW + 1, x: 0 };
    expect(newerWins(a, b)).toBe(b);
    expect(newerWins(b, undefined)).toBe(b);
    expect(newerWins({ updatedAt: NOW, x: 2 }, a)).toEqual(newerWins(a, { updatedAt: NOW, x: 2 }));
  });
});
