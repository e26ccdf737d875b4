import { isTotalLabel } from '../extract/checkout';
import { segmentsOf, textOf } from '../extract/dom';
import { findPrices } from '../extract/money';

/**
 * Where the checkout panel goes so it never covers what the user has to see and press before
 * paying: the pay button, the order total and the card fields. Two pure parts: which elements
 * those are (by their words, role and type), and where in the viewport a box of a given size
 * stays clear of them.
 */

/** Words on a button that pays or commits an order, in the providers' languages. */
export const PAY_CUES = [
  '購入',
  '支払',
  '確定',
  '注文',
  '申し込',
  '申込',
  'チャージ',
  '決定',
  'pay',
  'buy',
  'purchase',
  'order',
  'checkout',
  'charge',
  'top up',
  'refill',
  '支付',
  '付款',
  '购买',
  '購買',
  '充值',
  '儲值',
] as const;

/** Words that mark a button as something else even if it names an order (history, cancel, back). */
const NOT_PAY_CUES = ['履歴', 'history', 'キャンセル', 'cancel', '戻る', 'back', '取消', '返回', '记录', '紀錄'];

/** Longer labels are paragraphs or links in text, not buttons. */
const MAX_LABEL = 40;

const BUTTON_SELECTOR = 'button,input[type="submit"],input[type="button"],input[type="image"],[role="button"],a[href]';

function labelOf(el: Element): string {
  const parts = [
    el.textContent ?? '',
    el.getAttribute('value') ?? '',
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('alt') ?? '',
  ];
  return parts.join(' ').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const notPay = (text: string) => NOT_PAY_CUES.some((cue) => text.includes(cue));

/** True when the element's label says it pays or commits the order. */
export function isPayLabel(label: string): boolean {
  const text = label.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!text || text.length > MAX_LABEL || notPay(text)) return false;
  return PAY_CUES.some((cue) => (/^[a-z ]+$/.test(cue) ? new RegExp(`\\b${cue}\\b`).test(text) : text.includes(cue)));
}

/** A submit button commits its form whatever it says ("次へ", "OK"). */
const SUBMIT = 'form button:not([type]),button[type=submit],input[type=submit]';

/**
 * Buttons (and button-like links) whose label says pay / buy / order, and submit buttons unless
 * they say back or cancel, in document order. A search box's submit may be among them: covering
 * less is never wrong.
 */
export function payButtonCandidates(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(BUTTON_SELECTOR)).filter((el) => {
    const label = labelOf(el);
    return isPayLabel(label) || (el.matches(SUBMIT) && label.length <= MAX_LABEL && !notPay(label));
  });
}

/**
 * The order total as the user reads it: the smallest box around a total's label that also holds
 * a price ("<div><span>お支払い金額</span><span>990円</span></div>", "<p>Total: ¥500</p>").
 */
export function orderTotalCandidates(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const seg of segmentsOf(root)) {
    if (seg.text.length > MAX_LABEL || !isTotalLabel(seg.text)) continue;
    let el: Element | null = seg.el;
    for (let up = 0; el && up < 4; up += 1, el = el.parentElement) {
      const text = textOf(el);
      if (text.length > 3 * MAX_LABEL) break;
      if (findPrices(text).length > 0) {
        out.push(el);
        break;
      }
    }
  }
  return out;
}

/** What the user fills in to pay: a pay form's fields and framed card fields, and card fields anywhere. */
const FIELDS = 'input:not([type=hidden],[type=radio],[type=checkbox],[type=submit],[type=button]),select,textarea,iframe';

/**
 * Everything the panel must leave uncovered: pay buttons, the order total, and the fields of the
 * form a pay button sends (card number, expiry, code) or marked as card fields (autocomplete cc-*).
 */
export function guardedElements(root: ParentNode): Element[] {
  const pay = payButtonCandidates(root);
  return [
    ...pay,
    ...orderTotalCandidates(root),
    ...pay.flatMap((b) => [...(b.closest('form')?.querySelectorAll(FIELDS) ?? [])]),
    ...root.querySelectorAll('input[autocomplete^="cc-"]'),
  ];
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Where the box goes, as the CSS of a fixed box: one of `left` / `right` (the viewport margin),
 * one of `top` / `bottom` (px from that edge), and the most height it may take (it scrolls
 * inside). Anchored at the gap's lower edge where it can, so it grows away from what is below.
 */
export type Place = {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  maxHeight: number;
};

/** Space kept around a guarded element so the panel does not sit flush against it. */
export const GUARD_PADDING = 8;

/**
 * A place for a box of `size` in the viewport, down its right or its left side, that overlaps
 * no guarded rectangle (padded by GUARD_PADDING), or null when there is none at least
 * `minHeight` tall. The box may be given less height than it wants (down to `minHeight`): of the
 * free gaps, the one that shows most of it wins; among gaps that show all of it, the lowest on
 * screen, the right side before the left.
 */
export function choosePlace(viewport: Size, size: Size, guarded: readonly Rect[], margin: number, minHeight = size.height): Place | null {
  const width = Math.min(size.width, viewport.width - 2 * margin);
  const floor = viewport.height - margin;
  const need = Math.min(minHeight, size.height);
  let best: Place | null = null;
  let bestShown = 0;
  let bestEnd = 0;
  if (width <= 0) return null;
  for (const side of ['right', 'left'] as const) {
    const left = side === 'right' ? viewport.width - margin - width : margin;
    // The vertical spans the guarded boxes take in this column, padded, top first.
    const taken = guarded
      .filter((g) => g.width > 0 && g.height > 0 && g.left - GUARD_PADDING < left + width && g.left + g.width + GUARD_PADDING > left)
      .map((g) => [g.top - GUARD_PADDING, g.top + g.height + GUARD_PADDING])
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    let from = margin;
    for (const [top = 0, bottom = 0] of [...taken, [floor, floor]]) {
      const to = Math.min(top, floor);
      const shown = Math.min(to - from, size.height);
      if (shown >= need && shown > 0 && (shown > bestShown || (shown === bestShown && to > bestEnd))) {
        // Against the top edge only when it cannot reach the bottom: else it grows up from `to`.
        best = from === margin && to < floor ? { top: margin, maxHeight: to - from } : { bottom: viewport.height - to, maxHeight: to - from };
        best[side] = margin;
        bestShown = shown;
        bestEnd = to;
      }
      from = Math.max(from, bottom);
      if (from >= floor) break;
    }
  }
  return best;
}
