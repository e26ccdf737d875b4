import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The bundled demo provider pages: fixture HTML served at the providers' real URLs (by request
 * routing, never the live sites). Used by the end-to-end tests and by `npm start`.
 * Dates in the pages are written as placeholders relative to "now", so a demo line always
 * expires in the near future: {{ja+N}} → 2026年12月31日, {{iso+N}} → 2026-12-31, in JST.
 */
export interface DemoPage {
  /** The real provider URL the page is served at. */
  url: string;
  /** File under tests/fixtures/demo/. */
  file: string;
  /** One line for the demo index. */
  title: string;
}

export const DEMO_PAGES: DemoPage[] = [
  { url: 'https://www.iijmio.jp/member/', file: 'iijmio-member.html', title: 'IIJmio member page (expires in 2 days)' },
  { url: 'https://shop.povo.jp/manage/order', file: 'povo-order.html', title: 'povo line with one topping (2 GB left, expires in 10 days)' },
  { url: 'https://shop.povo.jp/manage/plan-details', file: 'povo-toppings-bonus.html', title: 'povo with two paid toppings and a later free bonus (the number’s deadline comes from the paid ones)' },
  { url: 'https://shop.povo.jp/home', file: 'povo-home.html', title: 'povo home without plan status (the toolbar shows ?, the popup says why)' },
  { url: 'https://shop.povo.jp/manage/order/confirm', file: 'povo-topping-confirm.html', title: 'povo checkout: データ追加3GB(30日間), 990円 (overlay)' },
  { url: 'https://shop.povo.jp/manage/order/complete', file: 'povo-order-complete.html', title: 'povo 注文完了 with an order number (purchase saved)' },
  { url: 'https://shop.povo.jp/manage/order/topping', file: 'hostile-checkout.html', title: 'povo topping choice on a hostile page (styles and scripts attack the overlay)' },
  { url: 'https://www.bmobile.ne.jp/english/charge_top.html', file: 'bmobile-charge-top.html', title: 'b-mobile VISITOR SIM status (3,210 MB, ends in 5 days)' },
  { url: 'https://www.bmobile.ne.jp/english/charge_input.html', file: 'bmobile-charge-input.html', title: 'b-mobile VISITOR SIM charge: 1GB / 1Day, 500 yen (overlay)' },
];

const DEMO_DIR = path.resolve(import.meta.dirname, '../../fixtures/demo');
const DAY = 24 * 3600 * 1000;

function jstParts(at: number): { y: number; m: number; d: number } {
  const jst = new Date(at + 9 * 3600 * 1000);
  return { y: jst.getUTCFullYear(), m: jst.getUTCMonth() + 1, d: jst.getUTCDate() };
}

export function fillTemplate(html: string, now: number): string {
  return html.replace(/\{\{(ja|iso)([+-]-?\d+)\}\}/g, (_, form: string, offset: string) => {
    const { y, m, d } = jstParts(now + Number(offset.replace('+', '')) * DAY);
    if (form === 'ja') return `${y}年${m}月${d}日`;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });
}

export function demoHtml(page: DemoPage, now = Date.now()): string {
  return fillTemplate(readFileSync(path.join(DEMO_DIR, page.file), 'utf8'), now);
}

/** The demo page served at this URL (ignoring query and fragment), if any. */
export function demoPageFor(url: string): DemoPage | undefined {
  const u = new URL(url);
  const bare = u.origin + u.pathname;
  return DEMO_PAGES.find((p) => p.url === bare);
}
