import type { ReadingProfile } from '../providers/reading';
import type { ExtractResult } from './types';
import { readCheckout, readConfirmation, shopContext } from './checkout';
import { matchesAny } from './patterns';
import { type Segment, segmentsOf } from './dom';
import { jsonStatus, jsonZone } from './json';
import { extractStatus, orderDetailsPage, showsLiveStatus } from './account-page';
import { beforePayment, completedPurchase, completionHeading, listsOrderNumbers, listsOrders, looksLikeCheckout } from './page-kind';
import { pageZone } from './page-zone';

/**
 * Reads a page: its provider, the plan status of every current line, or what it sells / sold.
 * Pure: `(root, url, now)` in, a result out; no browser API, the same in a content script and in
 * Node. When unsure it returns nothing and says why: a wrong value is worse than none.
 */

export type { ExtractResult, ExtractedReading } from './types';
export { extractStatus } from './account-page';

const CHECKOUT_CUE = /お支払い|支払方法|お支払方法|購入する|購入手続き|注文を確定|決済|checkout|pay now|place order|proceed to payment|去支付|立即支付|確認付款|确认付款/i;

function pageKind(
  profile: ReadingProfile | undefined,
  url: URL,
  segs: readonly Segment[],
  root: ParentNode,
): 'confirmation' | 'checkout' | 'other' {
  // URL patterns are hints; the content decides (a shop's paths change, resellers' are unknown).
  if (profile && matchesAny(profile.confirmationPages, url) && !beforePayment(segs, root)) return 'confirmation';
  if (completionHeading(segs) && !listsOrders(root)) return 'confirmation';
  // ("/checkout/return/3ds?…redirect_status=succeeded": the payment's return to a guessed checkout
  // path, saying "Payment successful" with no pay action left, is the receipt.)
  if (profile && matchesAny(profile.checkoutPages, url)) return completedPurchase(segs) && !looksLikeCheckout(segs, root) && !listsOrders(root) ? 'confirmation' : 'checkout';
  // ("订单号 RK… 待支付 应付 ¥229 [去支付]" among other orders: a list of orders, one of them unpaid.)
  if (looksLikeCheckout(segs, root) && !listsOrderNumbers(root)) return 'checkout';
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
  const zone = pageZone(profile, url, segs, root, jsonZone(root));
  const shop = shopContext(url, zone, now, profile?.topUp?.monthIsCalendar, segs);
  if (kind === 'confirmation') {
    // (A shop's order page that shows the SIM's live status is the account's: extractStatus.)
    if (completionHeading(segs) || orderDetailsPage(segs)) {
      const status = extractStatus(root, url, now, profile, segs, jsonStatus, zone);
      if (status.isAccountPage && showsLiveStatus(status.readings)) return status;
    }
    return { ...base, pageKind: 'confirmation', isAccountPage: false, readings: [], reason: 'purchase confirmation page; no plan status', confirmation: readConfirmation(root, segs, shop) };
  }
  if (kind === 'checkout') {
    // A guessed checkout path whose page holds no checkout but the line's status is the account
    // page, as the account reader reads it by content alone ("ご利用状況の確認" at mineo's MCP0201…).
    if (!looksLikeCheckout(segs, root)) {
      const status = extractStatus(root, url, now, profile, segs, jsonStatus, zone);
      if (status.readings.length > 0) return status;
    }
    return { ...base, pageKind: 'checkout', isAccountPage: false, readings: [], reason: 'checkout page; no plan status', checkout: readCheckout(root, segs, shop) };
  }
  if (completedPurchase(segs) && !listsOrders(root)) {
    // (A shop's order details, "交易详情 … 交易成功", with the SIM's live status under it: the account's.)
    if (orderDetailsPage(segs)) {
      const status = extractStatus(root, url, now, profile, segs, jsonStatus, zone);
      if (status.isAccountPage && showsLiveStatus(status.readings)) return status;
    }
    return { ...base, pageKind: 'confirmation', isAccountPage: false, readings: [], reason: 'purchase confirmation page; no plan status', confirmation: readConfirmation(root, segs, shop) };
  }
  const result = extractStatus(root, url, now, profile, segs, jsonStatus, zone);
  // Dates without their own zone were not read (dates.ts): say so where a reading lacks its expiry.
  if (zone === null && result.readings.some((r) => r.expiresAt === null)) {
    const note = 'no time zone is stated on the page or settled by it: dates without one were not read';
    return { ...result, reason: result.reason ? `${result.reason}; ${note}` : note };
  }
  return result;
}
