import { collapseSpaces, norm } from './text';

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

/** By localName: lower case for HTML and SVG alike, and no case folding per element. */
export const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'canvas', 'iframe', 'object']);
/** Nodes visited per page at most: a hostile page cannot make the reader run forever. */
export const MAX_NODES = 200_000;

export function isHidden(el: Element): boolean {
  // (A tab's panel is one click away: "<section role=tabpanel hidden>" is the page's own, the second line's.)
  if ((el.hasAttribute('hidden') && el.getAttribute('role') !== 'tabpanel') || el.getAttribute('aria-hidden') === 'true') return true;
  // A closed dialog ("データを追加しますか？ … 有効期限：2026年12月31日まで" until its button opens it) is not shown.
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * Document order of two nodes, for sorting: negative when `a` comes first (an ancestor before what
 * it holds). Walks the nodes' ancestries rather than asking compareDocumentPosition, which linkedom
 * (the tests, the graders and the command-line reader) answers by depth alone.
 */
export function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const path = (n: Node) => {
    const up: Node[] = [];
    for (let at: Node | null = n; at; at = at.parentNode) up.push(at);
    return up.reverse();
  };
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i += 1;
  if (i === 0) return 0; // in different trees: no order
  if (i === pa.length) return -1;
  if (i === pb.length) return 1;
  const kids = Array.from((pa[i - 1] as Node).childNodes);
  return kids.indexOf(pa[i] as ChildNode) - kids.indexOf(pb[i] as ChildNode);
}

function chosenOption(select: Element): Element | null {
  const options = Array.from(select.querySelectorAll('option'));
  return options.find((o) => o.hasAttribute('selected')) ?? options[0] ?? null;
}

/** The page's text pieces, and whether it has a password field (a login form), shown or not. */
export type SegmentList = Segment[] & {
  passwordField: boolean;
  /** The shown main headings (h1), in page order: gathered on the walk, a query costs a walk of its own. */
  h1s: Element[];
  /** The shown submit inputs with a value ("<input type=submit value=決定>"), gathered on the walk too. */
  submits: Element[];
};

/** A card's security code, masked as a password is ("cvv", "セキュリティコード"): no sign-in. */
const CARD_CODE = /cvv|cvc|csc|security.?code|card.?code|セキュリティ|安全码|安全碼|卡片驗證|卡验证/i;

function isPasswordInput(el: Element): boolean {
  if (el.getAttribute('type')?.toLowerCase() !== 'password') return false;
  const own = `${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''}`;
  // (Named by its attributes, or by the row it sits in: "<th>Security code</th><td><input type=password>".)
  return !(CARD_CODE.test(own) || /cc-csc/i.test(own) || CARD_CODE.test(el.closest('tr,label')?.textContent ?? ''));
}

/** A password field inside a hidden subtree (a login form a script reveals later). */
function hidesPasswordField(el: Element): boolean {
  if (el.localName === 'input') return isPasswordInput(el);
  const inputs = el.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i += 1) if (isPasswordInput(inputs[i] as Element)) return true;
  return false;
}

export function segmentsOf(root: ParentNode): SegmentList {
  const out: Segment[] = [];
  let passwordField = false;
  const h1s: Element[] = [];
  const submits: Element[] = [];
  const stack: Node[] = [((root as Document).body ?? root) as Node];
  let visited = 0;
  let lastText: Node | null = null;
  while (stack.length > 0 && visited < MAX_NODES) {
    const node = stack.pop() as Node;
    visited += 1;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const parent = node.parentElement;
      // Adjacent text nodes are one text ("minutes ", "&", " texts)" where a parser split at an
      // entity, or a script appended): read them as the one text a browser shows.
      const joined = lastText !== null && node.previousSibling === lastText;
      const before = lastText?.nodeValue ?? '';
      lastText = node;
      // Most text nodes of a big page are layout whitespace: skip them before normalising.
      if (!parent || !/\S/.test(value)) continue;
      const last = out[out.length - 1];
      if (joined && last?.el === parent) {
        // (As shown: a space only where one of the two has it at the join, "you" "’" "re" → "you’re".)
        const space = /\s$/.test(before) || /^\s/.test(value) ? ' ' : '';
        const raw = `${last.raw}${space}${value}`.replace(/\s+/g, ' ').trim();
        out[out.length - 1] = { ...last, text: norm(raw), raw };
        continue;
      }
      const text = norm(value);
      if (text) out.push({ text, raw: collapseSpaces(value), el: parent, index: out.length });
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      // A drawing's own words ("26.3GB" inside a gauge) are shown text; its title and shapes are not.
      if (tag === 'svg') {
        if (isHidden(el)) continue;
        // (By tag name: a selector query per drawing costs 2.5 µs where a page has 1,500 icons.)
        const texts = Array.from(el.getElementsByTagName('text'));
        for (let k = texts.length - 1; k >= 0; k -= 1) stack.push(texts[k] as Node);
        continue;
      }
      if (SKIP.has(tag)) continue;
      if (isHidden(el)) {
        passwordField ||= hidesPasswordField(el);
        continue;
      }
      if (tag === 'input') {
        passwordField ||= isPasswordInput(el);
        if (el.getAttribute('type')?.toLowerCase() === 'submit' && el.hasAttribute('value')) submits.push(el);
      }
      if (tag === 'h1') h1s.push(el);
      if (tag === 'select') {
        const chosen = chosenOption(el);
        if (chosen) stack.push(chosen);
        continue;
      }
    }
    // Children pushed last-first so they pop in document order; no child list is built.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return Object.assign(out, { passwordField, h1s, submits });
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
