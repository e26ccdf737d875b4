import { norm } from './text';

/**
 * The page as a list of visible text pieces in document order. Only DOM structure and
 * textContent are used (no layout), so the same code runs in a content script and over linkedom
 * in Node. Hidden things are skipped: hidden / aria-hidden, inline display:none, templates,
 * scripts, styles, and every option of a select but the chosen one.
 */

export interface Segment {
  /** Normalised text of one text node (NFKC, one space): what the readers match against. */
  text: string;
  /** The text as shown, spaces collapsed: what names (plans, products) are reported as. */
  raw: string;
  /** The element holding the text node. */
  el: Element;
  /** Position in the page's segment list. */
  index: number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
/** Nodes visited per page at most: a hostile page cannot make the reader run forever. */
export const MAX_NODES = 200_000;

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function chosenOption(select: Element): Element | null {
  const options = Array.from(select.querySelectorAll('option'));
  return options.find((o) => o.hasAttribute('selected')) ?? options[0] ?? null;
}

export function segmentsOf(root: ParentNode): Segment[] {
  const out: Segment[] = [];
  const start = (root as Document).body ?? root;
  const stack: Node[] = [start as Node];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const node = stack.pop() as Node;
    visited += 1;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      const value = node.nodeValue ?? '';
      const text = norm(value);
      if (parent && text) out.push({ text, raw: value.replace(/\s+/g, ' ').trim(), el: parent, index: out.length });
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    if (node.nodeType === 1) {
      if (SKIP.has(el.tagName.toUpperCase()) || isHidden(el)) continue;
      if (el.tagName.toUpperCase() === 'SELECT') {
        const chosen = chosenOption(el);
        if (chosen) stack.push(chosen);
        continue;
      }
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return out;
}

/** The element's text, normalised. */
export function textOf(el: Element): string {
  return norm(el.textContent ?? '');
}

/**
 * The smallest ancestor of `el` (or el) that holds more text than `ownText`: the "row" a label
 * sits in, inside which its value must be found.
 */
export function rowOf(el: Element, ownText: string, limit: Element | null): Element {
  let row = el;
  const own = ownText.replace(/\s/g, '').length;
  for (let depth = 0; depth < 6; depth += 1) {
    const parent = row.parentElement;
    if (!parent || row === limit) break;
    if ((row.textContent ?? '').replace(/\s/g, '').length > own + 1) break;
    row = parent;
  }
  return row;
}

/**
 * The shown form of a normalised tail: the shortest end of `raw` whose normalised form is
 * `tail` ("（365日間）" stays full-width in a reported name). Falls back to the normalised text.
 */
export function shownTail(raw: string, tail: string): string {
  if (!tail) return '';
  for (let start = raw.length - 1; start >= 0; start -= 1) {
    const candidate = raw.slice(start).trim();
    if (norm(candidate) === tail) return candidate;
    if (candidate.length > tail.length * 3 + 8) break;
  }
  return tail;
}

/** The shown form of a normalised head: the shortest start of `raw` that normalises to `head`. */
export function shownHead(raw: string, head: string): string {
  if (!head) return '';
  for (let end = 1; end <= raw.length; end += 1) {
    const candidate = raw.slice(0, end).trim();
    if (norm(candidate) === head) return candidate;
    if (candidate.length > head.length * 3 + 8) break;
  }
  return head;
}

/** The element's text as shown, spaces collapsed. */
export function rawTextOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}
