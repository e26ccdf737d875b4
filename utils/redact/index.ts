import { Placeholders, findIdentifiers } from './identifiers';
import { redactJson } from './json';
import { labelledValues } from './proximity';
import { type Known, redactText } from './text';
import { cutSrcset, cutStyleUrls, cutUrl } from './urls';

/**
 * "Save a redacted copy": a page as one standalone HTML file that can be attached to a bug
 * report and read by `npm run extract`. Pure: it reads the document it is given (never changes
 * it), and needs no browser API, so it runs in a content script and over linkedom alike.
 *
 * Taken out: scripts (the JSON state the reader reads stays, redacted), noscript, frames,
 * objects, embeds, links, styles, meta (a charset is written), base, comments, event handler
 * attributes, hidden inputs, every input's and textarea's value and placeholder (a submit or
 * button input's caption stays, redacted as text like any attribute); URLs are cut to
 * origin + path. Personal data becomes placeholders of the same shape (identifiers.ts,
 * labels.ts). Kept: structure, tags, classes, ids, roles, style attributes, labels, dates,
 * amounts and plan names, so the copy reads as the page did.
 */

const REMOVED = 'script,noscript,iframe,frame,frameset,object,embed,applet,link,meta,style,base,portal';
/** JSON state the reader reads (utils/extract/json.ts): kept, redacted. */
const JSON_STATE = 'script[type="application/json"],script#__NEXT_DATA__';
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'background', 'longdesc', 'data', 'xlink:href', 'manifest', 'codebase']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
const DROPPED_ATTRIBUTES = new Set(['ping', 'nonce', 'integrity', 'srcdoc']);
const FORM_FIELDS = new Set(['input', 'textarea']);

const HEADER = /^\uFEFF?\s*<!-- Redacted copy of (\S+) saved by Kigen on (\S+) -->/;

/**
 * A redacted copy's first line, naming the page it was saved from (origin and path, with the
 * identifiers in the path redacted like the page's) and when. `>` is always percent-encoded in a
 * URL's path, so the comment cannot be closed early.
 */
function header(page: URL, now: Date, p: Placeholders): string {
  return `<!-- Redacted copy of ${page.origin}${redactText(page.pathname, p)} saved by Kigen on ${now.toISOString()} -->`;
}

/** The page a redacted copy was saved from and when, read from its first line; null for any other file. */
export function redactedCopyOrigin(html: string): { url: string; savedAt: string } | null {
  const m = HEADER.exec(html);
  return m ? { url: m[1] as string, savedAt: m[2] as string } : null;
}

/** Comments and processing instructions, template contents included. */
function removeComments(node: Node): void {
  for (let c = node.firstChild; c; ) {
    const next = c.nextSibling;
    if (c.nodeType === 8 || c.nodeType === 7) c.parentNode?.removeChild(c);
    else if (c.nodeType === 1) {
      removeComments(c);
      const content = (c as Element).localName === 'template' ? (c as HTMLTemplateElement).content : undefined;
      if (content) removeComments(content);
    }
    c = next;
  }
}

function redactAttributes(el: Element, page: URL, p: Placeholders): void {
  // ("<input type=submit value=決定>": a button's caption is the page's own words, not what the user typed.)
  const caption = el.localName === 'input' && /^(?:submit|button|reset)$/i.test(el.getAttribute('type') ?? '');
  const field = FORM_FIELDS.has(el.localName) && !caption;
  for (const { name, value } of Array.from(el.attributes)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on') || DROPPED_ATTRIBUTES.has(lower) || (field && (lower === 'value' || lower === 'placeholder'))) {
      el.removeAttribute(name);
      continue;
    }
    let next: string | null = value;
    if (URL_ATTRIBUTES.has(lower)) next = cutUrl(value, page);
    else if (SRCSET_ATTRIBUTES.has(lower)) next = cutSrcset(value, page);
    else if (lower === 'style') next = cutStyleUrls(value, page);
    if (next !== null && lower !== 'style') next = redactText(next, p);
    if (next === null) el.removeAttribute(name);
    else if (next !== value) el.setAttribute(name, next);
  }
}

/** Every text node's and attribute's personal data, under `node` (template contents included). */
function redactTree(node: Node, page: URL, values: ReadonlyMap<Node, Known>, p: Placeholders): void {
  for (let c = node.firstChild, next = c?.nextSibling ?? null; c; c = next, next = c?.nextSibling ?? null) {
    if (c.nodeType === 3) {
      const text = c.nodeValue ?? '';
      const redacted = redactText(text, p, values.get(c));
      if (redacted !== text) c.nodeValue = redacted;
      continue;
    }
    if (c.nodeType !== 1) continue;
    const el = c as Element;
    redactAttributes(el, page, p);
    if (el.localName === 'script') {
      const json = redactJson(el.textContent ?? '', p);
      if (json === null) el.remove();
      else el.textContent = json;
    } else if (el.localName === 'textarea') el.textContent = '';
    else {
      redactTree(el, page, values, p);
      // A template's content lives outside its children in a browser (linkedom has it in both).
      const content = el.localName === 'template' ? (el as HTMLTemplateElement).content : undefined;
      if (content && (content as Node) !== (el as Node) && content.firstChild !== el.firstChild) redactTree(content, page, values, p);
    }
  }
}

/** Inline elements a page splits a number over ("<span>070-0000-</span><span>5821</span>"). */
const INLINE_ONLY = /^(?:span|b|i|em|strong|small|sup|sub|u|mark)$/;

/**
 * A number split over inline elements is read joined (utils/extract), so it is redacted joined: an
 * element whose pieces together make an identifier that no piece makes alone holds its text as one
 * text node, which then gets one placeholder of the same shape.
 */
function joinSplitIdentifiers(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('span,b,strong,td,dd,div,p,li'))) {
    const kids = Array.from(el.children);
    if (kids.length < 2 || kids.length > 6 || !kids.every((k) => INLINE_ONLY.test(k.localName) && k.children.length === 0)) continue;
    const pieces = Array.from(el.childNodes, (n) => (n.textContent ?? '').trim()).filter(Boolean);
    const joined = pieces.join('');
    const whole = findIdentifiers(joined).some((f) => f.kind !== 'email');
    if (!whole || pieces.some((p) => findIdentifiers(p).some((f) => f.kind !== 'email'))) continue;
    // As shown where that is still one identifier ("9000 0123" keeps its space, so the copy reads
    // the same), else joined.
    const shown = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    el.textContent = findIdentifiers(shown).some((f) => f.kind !== 'email' && f.from === 0 && f.to === shown.length) ? shown : joined;
  }
}

/**
 * A standalone, redacted HTML copy of `doc`, saved from `url`. It starts with a comment naming the
 * page (origin and path) and the time, which `npm run extract` reads when no URL is given.
 */
export function redactPage(doc: Document, url: string, now: Date = new Date()): string {
  const page = new URL(url);
  const root = doc.documentElement.cloneNode(true) as Element;
  const json = new Set(Array.from(root.querySelectorAll(JSON_STATE)));
  for (const el of Array.from(root.querySelectorAll(REMOVED))) if (!json.has(el)) el.remove();
  for (const input of Array.from(root.querySelectorAll('input'))) if (input.getAttribute('type')?.trim().toLowerCase() === 'hidden') input.remove();
  removeComments(root);
  joinSplitIdentifiers(root);
  const placeholders = new Placeholders();
  redactAttributes(root, page, placeholders);
  redactTree(root, page, labelledValues(root), placeholders);
  let head = root.querySelector('head');
  if (!head) {
    head = doc.createElement('head');
    root.insertBefore(head, root.firstChild);
  }
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  head.insertBefore(charset, head.firstChild);
  return `${header(page, now, placeholders)}\n<!DOCTYPE html>\n${root.outerHTML}\n`;
}
