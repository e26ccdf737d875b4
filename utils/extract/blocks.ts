import type { Segment } from './dom';
import type { Pair } from './pairs';

/**
 * Splitting a page into one block per line (SIM / eSIM). A block is the largest element around
 * a line id that holds no other line's id, so repeated cards, table rows and list items each
 * become a block whatever their markup.
 */

/** Japanese mobile numbers (masked digits allowed), UK mobiles, ICCIDs. */
const LINE_ID =
  /(?<![\d-])(0[5789]0[- ]?[\d*Xx•●]{4}[- ]?\d{4}|07\d{3} ?\d{6}|\+?8[15]2?[- ]?\d{1,2}[- ]?\d{4}[- ]?\d{4}|89\d{17,18})(?![\d-])/;

export interface LineAnchor {
  /** The id as shown. */
  id: string;
  /** Digits only, to tell lines apart. */
  key: string;
  el: Element;
}

export interface Block {
  el: Element;
  line: string | null;
}

export function lineIdIn(text: string): string | null {
  return LINE_ID.exec(text)?.[1] ?? null;
}

const keyOf = (id: string) => id.replace(/[^\dA-Za-z*•●]/g, '');

/** Line ids: numbers that look like one, and the values of line labels (eSIM names…). */
export function findAnchors(segs: readonly Segment[], pairs: readonly Pair[]): LineAnchor[] {
  const out: LineAnchor[] = [];
  for (const seg of segs) {
    const id = lineIdIn(seg.text);
    if (id) out.push({ id, key: keyOf(id), el: seg.el });
  }
  for (const p of pairs) {
    if (p.kind !== 'line') continue;
    const id = lineIdIn(p.value) ?? (p.first.length <= 40 ? p.first : null);
    if (id && !out.some((a) => a.el === p.el || a.el.contains(p.el))) out.push({ id, key: keyOf(id), el: p.el });
  }
  return out;
}

/**
 * One block per distinct line (or the whole page when it shows at most one). When a line's id
 * shows in several places (a greeting and a card), the block with the most status wins.
 */
export function splitBlocks(root: Element, anchors: readonly LineAnchor[], score: (el: Element) => number): Block[] {
  const keys = [...new Set(anchors.map((a) => a.key))];
  if (keys.length <= 1) return [{ el: root, line: anchors[0]?.id ?? null }];
  const blocks: Block[] = [];
  for (const key of keys) {
    const others = anchors.filter((a) => a.key !== key);
    let best: Block | null = null;
    let bestScore = -1;
    for (const anchor of anchors.filter((a) => a.key === key)) {
      let el = anchor.el;
      while (el.parentElement && el.parentElement !== root) {
        const parent = el.parentElement;
        if (others.some((o) => parent.contains(o.el))) break;
        el = parent;
      }
      const s = score(el);
      if (s > bestScore) {
        best = { el, line: anchor.id };
        bestScore = s;
      }
    }
    if (best && !blocks.some((b) => b.el === best.el)) blocks.push(best);
  }
  // Page order.
  return blocks.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
}
