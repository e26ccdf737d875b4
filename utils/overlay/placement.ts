/**
 * Where the checkout panel goes so it never covers the page's pay button. Two pure parts: which
 * elements are pay buttons (by their label, in the page's words), and which corner of the
 * viewport keeps the panel clear of them.
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

const BUTTON_SELECTOR = [
  'button',
  'input[type="submit"]',
  'input[type="button"]',
  'input[type="image"]',
  '[role="button"]',
  'a[href]',
].join(',');

function labelOf(el: Element): string {
  const parts = [
    el.textContent ?? '',
    el.getAttribute('value') ?? '',
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('alt') ?? '',
  ];
  return parts.join(' ').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True when the element's label says it pays or commits the order. */
export function isPayLabel(label: string): boolean {
  const text = label.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!text || text.length > MAX_LABEL) return false;
  if (NOT_PAY_CUES.some((cue) => text.includes(cue))) return false;
  return PAY_CUES.some((cue) => (/^[a-z ]+$/.test(cue) ? new RegExp(`\\b${cue}\\b`).test(text) : text.includes(cue)));
}

/** Buttons (and button-like links) whose label says pay / buy / order, in document order. */
export function payButtonCandidates(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(BUTTON_SELECTOR)).filter((el) => isPayLabel(labelOf(el)));
}

export const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type Corner = (typeof CORNERS)[number];

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The panel's rectangle in the viewport when placed at `corner`. */
export function panelRect(corner: Corner, viewport: { width: number; height: number }, panel: { width: number; height: number }, margin: number): Rect {
  const left = corner.endsWith('right') ? viewport.width - margin - panel.width : margin;
  const top = corner.startsWith('bottom') ? viewport.height - margin - panel.height : margin;
  return { left, top, width: panel.width, height: panel.height };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Extra space kept around a pay button so the panel does not sit flush against it. */
export const BUTTON_PADDING = 8;

/**
 * The first corner (in CORNERS order) where the panel covers no pay button; when every corner
 * covers one (a narrow window), the corner that covers the least of them.
 */
export function chooseCorner(
  viewport: { width: number; height: number },
  panel: { width: number; height: number },
  buttons: readonly Rect[],
  margin: number,
): Corner {
  const padded = buttons
    .filter((b) => b.width > 0 && b.height > 0)
    .map((b) => ({
      left: b.left - BUTTON_PADDING,
      top: b.top - BUTTON_PADDING,
      width: b.width + 2 * BUTTON_PADDING,
      height: b.height + 2 * BUTTON_PADDING,
    }));
  let best: Corner = CORNERS[0];
  let bestCover = Number.POSITIVE_INFINITY;
  for (const corner of CORNERS) {
    const rect = panelRect(corner, viewport, panel, margin);
    const cover = padded.reduce((acc, b) => acc + overlap(rect, b), 0);
    if (cover === 0) return corner;
    if (cover < bestCover) {
      best = corner;
      bestCover = cover;
    }
  }
  return best;
}
