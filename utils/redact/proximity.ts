import { endsWithPersonalLabel, isIdLabel, isPersonalLabel } from './labels';
import type { Known } from './text';

/**
 * Where a personal label's value sits, found the way the reader finds a field's value: the next
 * cell of the same table row (or the same column under a header row), dt → dd, the next sibling
 * (element or text), climbing out of wrappers that hold only the label. Returns the text nodes
 * that are values, and what is known about them: a personal label's value is masked whole, a
 * line id's value has its numbers replaced.
 */

/** A value longer than this is a section, not a value: only its first text is masked. */
const MAX_VALUE = 200;
const MAX_CLIMB = 4;

const isText = (n: Node): n is Text => n.nodeType === 3;
const isElement = (n: Node): n is Element => n.nodeType === 1;
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

function textNodes(node: Node, out: Text[]): Text[] {
  if (isText(node)) {
    if (/\S/.test(node.nodeValue ?? '')) out.push(node);
    return out;
  }
  if (isElement(node) && node.localName === 'script') return out;
  for (let c = node.firstChild; c; c = c.nextSibling) textNodes(c, out);
  return out;
}

/** A value's text nodes: all of them, or the first when the "value" is a whole section. */
function valueNodes(node: Node): Text[] {
  const nodes = textNodes(node, []);
  const length = nodes.reduce((n, t) => n + (t.nodeValue ?? '').trim().length, 0);
  return length <= MAX_VALUE ? nodes : nodes.slice(0, 1);
}

/** The next sibling that shows something (skipping layout whitespace, comments and line breaks). */
function nextShown(node: Node): Node | null {
  for (let s = node.nextSibling; s; s = s.nextSibling) {
    // ("Order number<br><b>RF-2026-88231</b>": the break between a label and its value.)
    if (isElement(s) && s.localName === 'br') continue;
    if (isElement(s)) return s;
    if (isText(s) && /\S/.test(s.nodeValue ?? '')) return s;
  }
  return null;
}

const CELL = new Set(['td', 'th']);
/** A heading names a section, not a value: "連絡先" over a list is no "label: value". */
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'legend', 'summary', 'title']);

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => CELL.has(c.localName));
}

/** Under a header row ("注文番号" as a column head): that column's cells in the rows below. */
function columnBelow(cell: Element): Text[] | null {
  const row = cell.parentElement;
  if (!row || row.localName !== 'tr') return null;
  const cells = cellsOf(row);
  const header = row.parentElement?.localName === 'thead' || (cells.length > 1 && cells.every((c) => c.localName === 'th'));
  if (!header) return null;
  const table = row.closest('table');
  if (!table) return null;
  const index = cells.indexOf(cell);
  const out: Text[] = [];
  let after = false;
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    if (tr === row) {
      after = true;
      continue;
    }
    if (!after || tr.closest('table') !== table) continue;
    const target = cellsOf(tr)[index];
    if (target) out.push(...valueNodes(target));
  }
  return out;
}

/** The text nodes holding the value of the label in text node `label`, or [] when none is found. */
function valueOf(label: Text, isLabel: (text: string) => boolean): Text[] {
  let anchor: Node = label;
  if (label.parentElement && HEADING.has(label.parentElement.localName)) return [];
  for (let depth = 0; depth <= MAX_CLIMB; depth += 1) {
    if (isElement(anchor) && CELL.has(anchor.localName)) {
      const column = columnBelow(anchor);
      if (column) return column;
    }
    let sib = nextShown(anchor);
    // "訂單編號<span>Order No.</span>": a second label for the same value is not the value.
    while (sib && isLabel(squash(sib.textContent ?? ''))) sib = nextShown(sib);
    if (sib) {
      return valueNodes(sib);
    }
    const parent: Element | null = anchor.parentElement;
    if (!parent || parent.localName === 'body' || HEADING.has(parent.localName) || !isLabel(squash(parent.textContent ?? ''))) return [];
    anchor = parent;
  }
  return [];
}

/** Every text node that is the value of a personal or line-id label somewhere under `root`. */
export function labelledValues(root: Node): Map<Text, Known> {
  const out = new Map<Text, Known>();
  for (const t of textNodes(root, [])) {
    const text = squash(t.nodeValue ?? '');
    // "Your order number is <strong>SM-2612-04417</strong>": the label in a sentence, the value next.
    if (endsWithPersonalLabel(text) && t.nextSibling?.nodeType === 1) {
      for (const v of textNodes(t.nextSibling, [])) out.set(v, 'whole');
    }
    if (text.length > 48) continue;
    if (isPersonalLabel(text)) {
      for (const v of valueOf(t, isPersonalLabel)) if (v !== t) out.set(v, 'whole');
    } else if (isIdLabel(text)) {
      for (const v of valueOf(t, isIdLabel)) if (v !== t && !out.has(v)) out.set(v, 'ids');
    }
  }
  return out;
}
