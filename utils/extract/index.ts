import type { ReadingProfile } from '../providers/reading';
import type { ExtractResult } from './types';
import { readCheckout, readConfirmation, shopContext } from './checkout';
import { matchesAny } from './patterns';
import { type Segment, segmentsOf } from './dom';
import { jsonStatus } from './json';
import { extractStatus, titleKind } from './account-page';
import { pageZone } from './page-zone';

/**
 * Reads a page: its provider, the plan status of every current line, or what it sells / sold.
 * Pure: `(root, url, now)` in, a result out; no browser API, the same in a content script and in
 * Node. When unsure it returns nothing and says why: a wrong value is worse than none.
 */

export type { ExtractResult, ExtractedReading } from './types';
export { extractStatus } from './account-page';

const COMPLETE =
  /注文完了|ご購入ありがとうございました|ご注文ありがとうございました|購入(?:が)?完了|チャージ(?:が)?完了|お申し?込み(?:が)?完了|手続き(?:が)?完了|お手続きが完了|thank you for your (?:purchase|order)|order (?:complete|confirmed)|payment (?:successful|complete)|purchase complete|购买成功|購買成功|支付成功|付款成功|充值成功|增值成功|訂單已完成|订单已完成|交易成功|refill (?:is )?successful|加值成功|儲值成功|储值成功|充值完成|续费成功|續費成功|支付完成|付款完成|has been (?:extended|renewed|topped up)|top-?up (?:is )?(?:successful|complete)/i;
/** "ご購入ありがとうございました" and no status label: the page confirms a purchase. */
function completedPurchase(segs: readonly Segment[]): boolean {
  const completed = segs.some((s) => s.text.length <= 60 && COMPLETE.test(s.text));
  return completed && !segs.some((s) => /有効期限|残量|remaining data|剩余流量/i.test(s.text) && s.text.length < 20);
}

/** The completion message as the page's heading or status: "ご購入ありがとうございました" as h1. */
function completionHeading(segs: readonly Segment[]): boolean {
  return segs.some(
    (s) => s.text.length <= 60 && COMPLETE.test(s.text) && s.el.closest('h1,h2,h3,title,[role=heading],[role=status],[role=alert]') !== null,
  );
}

/** Order history: rows of past orders, each "注文完了", is no confirmation of a purchase just made. */
function listsOrders(root: ParentNode): boolean {
  return titleKind(root) === 'order-history';
}

/** The button that pays: "購入する", "Pay now", "确认支付". */
const PAY_ACTION =
  /^(?:購入する|購入を確定する?|注文を確定する?|注文する|お申し?込み(?:する)?|申し込む|お支払いへ進む|支払う|決済する|チャージする|pay(?: now)?|charge \S+ (?:yen|円)|place order|complete order|confirm (?:and )?pay|proceed to payment|buy now|确认支付|立即支付|去支付|提交订单|確認付款|立即付款|前往付款|结算|結帳)(?![a-z])/i;
const TOTAL = /合計|お支払い?金額|ご請求金額|^total|order total|合计|總計|总计|应付|應付|实付|實付/i;

/** A selected product, a total and a pay action: the page is about to take payment. */
function looksLikeCheckout(segs: readonly Segment[], root: ParentNode): boolean {
  const pay = segs.some(
    (s) => s.text.length <= 30 && PAY_ACTION.test(s.text.trim()) && s.el.closest('button,[role=button]') !== null,
  );
  if (!pay) return false;
  const picked = root.querySelector('input[type="radio"][checked], select option[selected], [aria-checked="true"], [aria-selected="true"]');
  return picked !== null || segs.some((s) => s.text.length <= 20 && TOTAL.test(s.text));
}

const CHECKOUT_CUE = /お支払い|支払方法|お支払方法|購入する|購入手続き|注文を確定|決済|checkout|pay now|place order|proceed to payment|去支付|立即支付|確認付款|确认付款/i;

function pageKind(
  profile: ReadingProfile | undefined,
  url: URL,
  segs: readonly Segment[],
  root: ParentNode,
): 'confirmation' | 'checkout' | 'other' {
  // URL patterns are hints; the content decides (a shop's paths change, resellers' are unknown).
  if (profile && matchesAny(profile.confirmationPages, url)) return 'confirmation';
  if (completionHeading(segs) && !listsOrders(root)) return 'confirmation';
  if (profile && matchesAny(profile.checkoutPages, url)) return 'checkout';
  if (looksLikeCheckout(segs, root)) return 'checkout';
  const picked = root.querySelector('input[type="radio"][checked], select option[selected]');
  if (!profile && picked && segs.some((s) => s.text.length <= 40 && CHECKOUT_CUE.test(s.text))) return 'checkout';
  return 'other';
}

/** Reads one page. `profiles`: the registry's reading part (the CLI and content scripts pass it). */
export function extractPage(
  root: ParentNode,
  url: URL,
  now: Date,
  profiles: readonly ReadingProfile[] = [],
): ExtractResult {
  const host = url.hostname.toLowerCase();
  const profile = profiles.find((p) => p.hosts.includes(host));
  const segs = segmentsOf(root);
  const base = { provider: profile?.id ?? null, checkout: null, confirmation: null };
  const kind = pageKind(profile, url, segs, root);
  const zone = pageZone(profile, url, segs, root);
  const shop = shopContext(url, zone, now, profile?.topUp?.monthIsCalendar, segs);
  if (kind === 'confirmation') {
    return { ...base, pageKind: 'confirmation', isAccountPage: false, readings: [], reason: 'purchase confirmation page; no plan status', confirmation: readConfirmation(root, segs, shop) };
  }
  if (kind === 'checkout') {
    return { ...base, pageKind: 'checkout', isAccountPage: false, readings: [], reason: 'checkout page; no plan status', checkout: readCheckout(root, segs, shop) };
  }
  if (completedPurchase(segs) && !listsOrders(root)) {
    return { ...base, pageKind: 'confirmation', isAccountPage: false, readings: [], reason: 'purchase confirmation page; no plan status', confirmation: readConfirmation(root, segs, shop) };
  }
  return extractStatus(root, url, now, profile, segs, jsonStatus, zone);
}
