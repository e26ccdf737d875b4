import { SKIP } from './dom';
import { type LabelExtras, mayHoldLabel } from './labels';
import { PAY_WORDS, SHOP_WORDS, loginTitled, otherKind } from './page-kind';
import { norm } from './text';
import type { PageKind } from './types';

/**
 * The reader's first question of a page (utils/extract/look.ts): whether any text of it holds a
 * word the reader could start from (a status label of ours or the provider's, or a shop word: a
 * total, a price, a pay action, a completed purchase). Where none does, the reader would find
 * nothing, and it does not run: the page is named (unreadPage) and looked at again when it changes.
 * A superset by construction: hidden text and every option of a select count too, and
 * tests/unit/utils/extract/gate.test.ts checks it on every fixture page the reader reads.
 */
export function mayShowStatus(root: ParentNode, extras?: LabelExtras): boolean {
  const holds = (text: string, el: Element | null) => {
    const t = norm(text);
    if (t === '') return false;
    if (PAY_WORDS.test(t)) return true;
    // A menu's "データ残量" or "料金プラン" is a link to another page; a label of this one is not.
    return (mayHoldLabel(t, extras) || SHOP_WORDS.test(t)) && !el?.closest('a[href]');
  };
  const doc = root as Document;
  const stack: Node[] = [(doc.body ?? root) as Node];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!/\S/.test(value)) continue;
      // (Adjacent text nodes show as one text: "有効" + "期限".)
      const before = node.previousSibling;
      if (holds(value, node.parentElement) || (before?.nodeType === 3 && holds(`${before.nodeValue ?? ''}${value}`, node.parentElement))) return true;
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIP.has(el.localName)) continue;
      // "<input type=submit value=購入する>": a button's words are its value.
      if (el.localName === 'input' && holds(el.getAttribute('value') ?? '', el)) return true;
    } else if (node.nodeType !== 9 && node.nodeType !== 11) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return false;
}

/** What is said of a page with no such word: the popup's sentence is chosen by the kind. */
export function unreadPage(root: ParentNode): { pageKind: PageKind; reason: string } {
  const password = Array.from(root.querySelectorAll('input')).some((el) => el.getAttribute('type')?.toLowerCase() === 'password');
  if (password || loginTitled(root)) {
    return { pageKind: 'login', reason: 'login page (a password field, or a sign-in title over a form); no plan status' };
  }
  return { pageKind: otherKind(root), reason: 'no plan status found on the page (no label of a plan status, a price or a purchase)' };
}
