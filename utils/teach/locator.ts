import { findAmounts, parsePair } from '../extract/data';
import { parseDate } from '../extract/dates';
import { classify } from '../extract/labels';
import { norm, stripDecor } from '../extract/text';
import type { Locator, Relation, Shape } from './recipe';

/**
 * Finding a value the user pointed at, again, on a later visit of a page whose markup changed.
 *
 * The design follows what the locator research measured (../shared/teach-mode-notes.md §1): a
 * fingerprint per field rather than one selector; the nearest label's text is the anchor (ATA's
 * contextual clues), then tag, stable attributes, word-like classes, a short tag path, nearby
 * words and the value's place among values of its shape, each weighted by how stable it stayed
 * between page versions (Similo). The value's own text takes no part: it changes on every visit.
 * A candidate must have the field's shape (a date, an amount), score above a floor and beat the
 * runner-up by a margin; otherwise nothing is found and the caller says why.
 */

const MAX_VALUE_CHARS = 120;
const MAX_LABEL_CHARS = 40;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'TITLE', 'IFRAME', 'OPTION', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON']);

/** Weights: label anchoring first; the rest ordered by measured stability (tag 0.99 … index). */
const W = { label: 4, relation: 0.5, tag: 1, attrs: 1.5, classes: 0.5, path: 0.75, near: 0.75, index: 0.25 } as const;
/** A label-anchored match needs at least this much of the label weight. */
const LABEL_FLOOR = 0.75;
/** Without a label the structure must carry the match. */
const STRUCTURE_FLOOR = 3;
const MARGIN = 0.75;

const DATE_CTX = { now: Date.UTC(2026, 0, 1), zone: 'Asia/Tokyo', dateOrder: 'ymd' as const };

/** Whether a value text has the shape (a bare number is an amount when the user gave its unit). */
export function hasShape(text: string, shape: Shape, bareNumber = false): boolean {
  const t = norm(text);
  if (t === '' || t.length > MAX_VALUE_CHARS) return false;
  if (shape === 'date') return parseDate(t, DATE_CTX) !== null;
  if (shape === 'amount') {
    return findAmounts(t).length > 0 || /無制限|使い放題|unlimited|无限|無限|吃到飽/i.test(t) || (bareNumber && /^\d[\d,]*(?:\.\d+)?$/.test(t));
  }
  return t.length <= 80 && /[\p{L}\p{N}]/u.test(t);
}

function visibleText(el: Element): string {
  return norm(el.textContent ?? '');
}

function skipped(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (SKIP.has(e.tagName.toUpperCase()) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/**
 * The elements holding one value of the shape: the deepest element whose text has it, so a
 * number split over spans ("12<span>.5</span><span>GB</span>") is one candidate, its parent none.
 */
export function candidates(root: ParentNode, shape: Shape, bareNumber = false): Element[] {
  // Both kinds in one list, in the order the walk meets them: document order.
  const found: Element[] = [];
  const pairs: Element[] = [];
  const isPair = (el: Element) => {
    const text = visibleText(el);
    return text.length <= 40 && parsePair(text) !== null;
  };
  for (const el of root.querySelectorAll('*')) {
    if (skipped(el)) continue;
    if (!hasShape(valuePart(el, visibleText(el), shape), shape, bareNumber)) continue;
    const kids = [...el.children].filter((c) => !skipped(c));
    // "<span>3.1GB</span> / <span>5GB</span>": the innermost pair is one value, its halves none.
    if (shape === 'amount' && isPair(el) && !kids.some(isPair)) {
      pairs.push(el);
      found.push(el);
    } else if (!kids.some((c) => hasShape(valuePart(c, visibleText(c), shape), shape, bareNumber))) found.push(el);
  }
  // Document order, so a value's place among its kind means the same on every visit.
  return found.filter((el) => pairs.includes(el) || !pairs.some((p) => p.contains(el)));
}

/** The value part of an element's text: "有効期限：2026/12/31" → "2026/12/31" for a date. */
function valuePart(_el: Element, text: string, shape: Shape): string {
  if (shape === 'text') return text;
  const sep = /^(.{1,30}?)[:：]\s*(.+)$/u.exec(text);
  return sep && !hasShape(sep[1] ?? '', shape) ? (sep[2] ?? '') : text;
}

function labelText(text: string): string | null {
  const t = stripDecor(norm(text)).toLowerCase();
  return t === '' || t.length > MAX_LABEL_CHARS ? null : t;
}

function isLabelLike(el: Element, shape: Shape): boolean {
  const t = visibleText(el);
  // A label has no long digit run (a phone number, an ICCID), no date and, for amounts, no amount.
  // (Nor is a row of tabs or links one: "全部(3) | 使用中(1) | 待激活(1)".)
  return (
    t !== '' &&
    t.length <= MAX_LABEL_CHARS &&
    [...el.children].filter((c) => visibleText(c) !== '').length < 3 &&
    !/\d{4}/.test(t.replace(/[\s-]/g, '')) &&
    !hasShape(t, 'date') &&
    (shape === 'text' || !hasShape(t, 'amount'))
  );
}

/** The label in the text node just before an element: the last phrase, "※ 前月分です。当月の残量：" → "当月の残量". */
function textBefore(el: Element): string | null {
  let node = el.previousSibling;
  // Blank text and line breaks between: "ご利用可能なデータ量（合計）<br><span>27.31GB</span>".
  const blank = (n: ChildNode) => (n.nodeType === 3 && (n.textContent ?? '').trim() === '') || (n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'BR');
  while (node && blank(node)) node = node.previousSibling;
  if (!node || node.nodeType !== 3) return null;
  const phrase = norm(node.textContent ?? '').split(/[。．.!！?？、,，;；]\s*/).pop() ?? '';
  const text = phrase.replace(/[(（]\s*$/, '');
  // ("ご利用可能なデータ量（合計）": a label may end in its own bracketed note.)
  if (!/[:：]\s*$|[\p{L}][)）]?\s*$/u.test(text) || /\d{4}/.test(text)) return null;
  return labelText(text);
}

/** The nearest label of a value element, and where it sits. */
export function labelOf(el: Element, shape: Shape): { label: string | null; relation: Relation | null } {
  const doc = el.ownerDocument;
  const aria = (holder: Element | null): string | null => {
    const ids = holder?.getAttribute('aria-labelledby');
    return ids ? labelText(ids.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? '').join(' ')) : null;
  };
  // The aria-labelledby of the value or of a box around it (a gauge's <svg role=img>) names it; a
  // section's ("<section aria-labelledby=usage-h>" around "利用済み 11.75GB" and "残りデータ量 18.25GB")
  // titles every value in it, so a nearer label goes first.
  const holder = el.closest('[aria-labelledby]');
  const named = aria(holder);
  if (named && holder && !holder.matches(SECTION)) return { label: named, relation: 'aria' };
  const near = nearLabel(el, shape, named ? holder : null);
  return near.label || !named ? near : { label: named, relation: 'aria' };
}

/** Boxes whose aria-labelledby titles a part of the page, not one value. */
const SECTION = 'section,article,aside,nav,main,form,fieldset,dialog,[role=region],[role=dialog],[role=group],[role=tabpanel]';

/** The label nearest the value; within `bound` (a titled section) when given. */
function nearLabel(el: Element, shape: Shape, bound: Element | null): { label: string | null; relation: Relation | null } {
  const doc = el.ownerDocument;
  const inline = /^(.{1,30}?)[:：]\s*(.+)$/u.exec(visibleText(el));
  if (inline && shape !== 'text' && !hasShape(inline[1] ?? '', shape)) {
    const label = labelText(inline[1] ?? '');
    if (label) return { label, relation: 'inline' };
  }
  const dd = el.closest('dd');
  if (dd) {
    let prev = dd.previousElementSibling;
    while (prev && prev.tagName !== 'DT') prev = prev.previousElementSibling;
    const label = prev ? labelText(prev.textContent ?? '') : null;
    if (label) return { label, relation: 'dt-dd' };
  }
  const cell = el.closest('td, th, [role="cell"], [role="gridcell"]');
  if (cell && cell !== el.closest('th')) {
    const row = cell.parentElement;
    const cells = row ? [...row.children] : [];
    const i = cells.indexOf(cell);
    const head = cells.slice(0, i).reverse().find((c) => c.tagName === 'TH' || isLabelLike(c, shape));
    const label = head ? labelText(head.textContent ?? '') : null;
    if (label) return { label, relation: 'row' };
    const table = cell.closest('table');
    const headRow = table?.querySelector('thead tr') ?? table?.querySelector('tr');
    const th = headRow && headRow !== row ? headRow.children[i] : undefined;
    const col = th ? labelText(th.textContent ?? '') : null;
    if (col) return { label: col, relation: 'column' };
  }
  const id = el.getAttribute('id');
  if (id) {
    const forLabel = [...doc.querySelectorAll('label[for]')].find((l) => l.getAttribute('for') === id);
    const label = forLabel ? labelText(forLabel.textContent ?? '') : null;
    if (label) return { label, relation: 'label-for' };
  }
  // A box of the label and the value ("<div class=blk><div>有効期剩余</div><div>18小时42分</div></div>",
  // the value's box picked whole): its first child names it.
  const first = el.firstElementChild;
  if (first && el.children.length >= 2 && isLabelLike(first, shape) && !hasShape(visibleText(first), shape)) {
    const label = labelText(first.textContent ?? '');
    if (label) return { label, relation: 'inline' };
  }
  // A sibling before the value, or before one of its ancestors (three levels up): an element, or
  // text right before it in the same line ("当月の残量：<span>2.1GB</span>").
  let node: Element | null = el;
  for (let depth = 0; node && node !== bound && depth < 4; depth++, node = node.parentElement) {
    const before = textBefore(node);
    if (before) return { label: before, relation: depth === 0 ? 'sibling' : 'ancestor' };
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!isLabelLike(prev, shape)) {
        if (visibleText(prev) !== '') break;
        continue;
      }
      const label = labelText(prev.textContent ?? '');
      if (label) return { label, relation: depth === 0 ? 'sibling' : 'ancestor' };
    }
  }
  return { label: null, relation: null };
}

/** Generated ids and classes (hashes, GUIDs, CSS-in-JS names) carry no meaning between versions. */
export function wordLike(name: string): boolean {
  if (name.length < 3 || name.length > 50) return false;
  if (/^(css|sc|jsx|emotion|makeStyles|svelte|v)-/i.test(name)) return false;
  if (/[0-9a-f]{6,}|\d{3,}/i.test(name)) return false;
  return name.split(/[-_]+/).every((word) => word === '' || (word.length > 1 && !/[bcdfghjklmnpqrstvwxz]{4,}/i.test(word)));
}

function stableAttrs(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of [...el.attributes]) {
    if (value.length > 120 || Object.keys(out).length >= 8) continue;
    if (name === 'id' && wordLike(value)) out[name] = value;
    else if (['name', 'aria-label', 'role', 'itemprop'].includes(name)) out[name] = value;
    else if (name.startsWith('data-') && !name.startsWith('data-v-') && wordLike(name.slice(5)) && (value === '' || wordLike(value))) out[name] = value;
  }
  return out;
}

function tagPath(el: Element): string[] {
  const out: string[] = [];
  for (let e: Element | null = el; e && out.length < 5 && e.tagName !== 'BODY'; e = e.parentElement) out.push(e.tagName.toLowerCase());
  return out;
}

function words(text: string): string[] {
  return norm(text)
    .toLowerCase()
    .split(/[\s:：/|・,、。()（）[\]【】]+/u)
    .filter((w) => w.length >= 2 && w.length <= 40 && !/\d/.test(w));
}

/** Words around the value: its section's heading and its container's text, minus digits. */
function nearWords(el: Element): string[] {
  const container = el.parentElement?.parentElement?.parentElement ?? el.parentElement;
  const heading = el.closest('section, article, [role="region"], .card, li')?.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  const pool = [...words(heading?.textContent ?? ''), ...words(container?.textContent ?? '')];
  return [...new Set(pool)].slice(0, 16);
}

/** The fingerprint of a value element, made when the user points at it. */
export function describe(el: Element, root: ParentNode, shape: Shape, bareNumber = false): Locator {
  const { label, relation } = labelOf(el, shape);
  return {
    label,
    relation,
    tag: el.tagName.toLowerCase(),
    attrs: stableAttrs(el),
    classes: [...el.classList].filter(wordLike).slice(0, 12),
    path: tagPath(el),
    near: nearWords(el),
    index: Math.max(0, candidates(root, shape, bareNumber).indexOf(el)),
  };
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sa = new Set(a);
  const sb = new Set(b);
  let both = 0;
  for (const x of sa) if (sb.has(x)) both++;
  return both / (sa.size + sb.size - both);
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out.length > 0 ? out : [s];
}

/** 1 for the same label, less for a reworded one ("有効期限" → "有効期限日"), 0 for another. */
export function labelSimilarity(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  if (a === b) return 1;
  // Labels of two kinds never match, however alike they read ("残りデータ容量" is what is left,
  // "データ容量" the allowance).
  const ka = classify(a);
  const kb = classify(b);
  if (ka !== null && kb !== null && ka !== kb) return 0;
  // "有効期限" → "有効期限日": a reworded label keeps most of its text, and adds little.
  if ((a.includes(b) || b.includes(a)) && Math.abs(a.length - b.length) <= 3) return 0.85;
  const j = jaccard(bigrams(a), bigrams(b));
  return j >= 0.5 ? j * 0.8 : 0;
}

function suffixShare(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return Math.max(a.length, b.length) === 0 ? 1 : n / Math.max(a.length, b.length);
}

export interface Scored {
  el: Element;
  score: number;
  /** The label part of the score, 0–1. */
  labelMatch: number;
}

/** How well a candidate fits the fingerprint (the value's text takes no part). */
export function score(loc: Locator, el: Element, index: number, shape: Shape): Scored {
  const found = labelOf(el, shape);
  const labelMatch = labelSimilarity(loc.label, found.label);
  const attrKeys = Object.keys(loc.attrs);
  const mine = stableAttrs(el);
  const attrShare = attrKeys.length === 0 ? 0 : attrKeys.filter((k) => mine[k] === loc.attrs[k]).length / attrKeys.length;
  const s =
    W.label * labelMatch +
    W.relation * (loc.relation !== null && found.relation === loc.relation ? 1 : 0) +
    W.tag * (el.tagName.toLowerCase() === loc.tag ? 1 : 0) +
    W.attrs * attrShare +
    W.classes * (loc.classes.length === 0 ? 0 : jaccard(loc.classes, [...el.classList].filter(wordLike))) +
    W.path * suffixShare(loc.path, tagPath(el)) +
    W.near * (loc.near.length === 0 ? 0 : jaccard(loc.near, nearWords(el))) +
    W.index * (index === loc.index ? 1 : 0);
  return { el, score: s, labelMatch };
}

export type Located = { ok: true; el: Element; score: number } | { ok: false; reason: 'gone' | 'ambiguous' };

/**
 * The element the fingerprint points at on this page, or why none: `gone` when no value of the
 * shape carries the label (or the structure) any more, `ambiguous` when two fit about equally.
 */
export function locate(root: ParentNode, loc: Locator, shape: Shape, bareNumber = false): Located {
  const scored = candidates(root, shape, bareNumber)
    .map((el, i) => score(loc, el, i, shape))
    .filter((c) => (loc.label !== null ? c.labelMatch >= LABEL_FLOOR : c.score >= STRUCTURE_FLOOR))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return { ok: false, reason: 'gone' };
  if (second && best.score - second.score < MARGIN) return { ok: false, reason: 'ambiguous' };
  return { ok: true, el: best.el, score: best.score };
}

/** The value text of a located element (the label part of "有効期限：2026/12/31" left out). */
export function valueText(el: Element, shape: Shape): string {
  return valuePart(el, visibleText(el), shape);
}

/**
 * From the element the user clicked to the value it belongs to: up to four ancestors while the
 * text has no value of the shape; down to the one value when the click landed on a container.
 */
export function valueElementAt(target: Element, shape: Shape, bareNumber = false): Element | null {
  // A number with its unit beats a bare one: a click on "12" of "12<span>.5 GB</span>" means 12.5 GB.
  const passes = bareNumber ? [false, true] : [false];
  for (const bare of passes) {
    let el: Element | null = target;
    for (let up = 0; el && up < 4; up++, el = el.parentElement) {
      if (hasShape(valuePart(el, visibleText(el), shape), shape, bare)) {
        const inner = candidates(el, shape, bare);
        return inner.length === 1 && inner[0] ? inner[0] : el;
      }
    }
  }
  return null;
}
