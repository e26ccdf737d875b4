import { type LineItem, type LineStatus, canonical, isTombstone } from './items';

/**
 * Merging two versions of one item: the one here and the one in the sync area. Newer wins, per
 * item. Merges are commutative and idempotent, and a merged item merged again with either side
 * stays as it is, so two browsers that keep merging with the sync area end with the same item
 * (tests/unit/utils/sync/merge.test.ts). Equal times are settled by the content, never by which
 * side is "here", so both browsers pick the same one.
 */

function later<T>(a: T, b: T, at: (x: T) => number): T {
  const d = at(a) - at(b);
  if (d !== 0) return d > 0 ? a : b;
  return canonical(a) >= canonical(b) ? a : b;
}

/** Whole-item merge: the newer `updatedAt` wins (settings; page recipes will use it too). */
export function newerWins<T extends { updatedAt: number }>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  return later(a, b, (x) => x.updatedAt);
}

function newerStatus(a: LineStatus | null, b: LineStatus | null): LineStatus | null {
  if (!a || !b) return a ?? b;
  return later(a, b, (s) => s.readAt);
}

/** The last moment a live line was touched: an edit of its name or settings, or a reading. */
function liveAt(item: LineItem): number {
  return isTombstone(item) ? item.updatedAt : Math.max(item.updatedAt, item.status?.readAt ?? -Infinity);
}

/**
 * A line: its name, kind and settings go with the newer `updatedAt`, its status with the newer
 * reading, so a rename on one browser and a reading on the other both survive. A delete wins over
 * everything older than it; a line read or edited after the delete (on a browser that had not
 * heard of it yet) stays, as a provider page read after a delete brings a line back here too.
 */
export function mergeLine(a: LineItem | undefined, b: LineItem | undefined): LineItem | undefined {
  if (!a || !b) return a ?? b;
  if (isTombstone(a) || isTombstone(b)) {
    const [dead, other] = isTombstone(a) ? [a, b] : [b, a];
    if (isTombstone(other)) return later(dead, other, (x) => x.updatedAt);
    return liveAt(other) > dead.updatedAt ? other : dead;
  }
  // On equal times the meta alone decides, not the whole item: a merged item's status may differ.
  const meta = later({ updatedAt: a.updatedAt, line: a.line }, { updatedAt: b.updatedAt, line: b.line }, (x) => x.updatedAt);
  return { updatedAt: meta.updatedAt, line: meta.line, status: newerStatus(a.status, b.status) };
}
