import { readCheckout, readConfirmation, shopContext } from '../extract/checkout';
import { onPages } from './page-match';
import { segmentsOf } from '../extract/dom';
import { beforePayment, completionHeading, listsOrders, looksLikeCheckout } from '../extract/page-kind';
import type { CheckoutInfo, ConfirmationInfo } from '../extract/types';
import type { ProviderProfile } from '../providers/types';

/**
 * What a checkout or confirmation page sells or sold, for the overlay. It runs the extractor's
 * own checkout and confirmation readers (utils/extract/checkout.ts) and only decides which of the
 * two applies; it skips the account reading, which the overlay never needs and whose date and
 * zone code would not fit the content script's size budget. Pure: (root, url, now, profile).
 */

/** The profile fields this needs; the background sends them with the checkout context. */
export type PurchaseProfile = Pick<ProviderProfile, 'id' | 'accountPages' | 'checkoutPages' | 'confirmationPages' | 'timeZone' | 'topUp'>;

export interface PurchaseRead {
  /** The page is one of the provider's checkout / confirmation pages, or shows a completed order. */
  onPurchasePage: boolean;
  checkout: CheckoutInfo | null;
  confirmation: ConfirmationInfo | null;
}

/**
 * Words that say an order went through, for shops that turn the checkout into the confirmation
 * without a new URL. Matched against short texts only (a heading, a label), never paragraphs.
 */
const DONE =
  /注文完了|ご購入ありがとうございました|ご注文ありがとうございました|購入(?:が)?完了|チャージ(?:が)?完了|(?:お?支払い|決済)(?:が)?完了|注文番号|订单号|訂單編號|order number|thank you for your (?:purchase|order)/i;
const SHORT = 60;

export function readPurchase(root: ParentNode, url: URL, now: Date, profile: PurchaseProfile): PurchaseRead {
  const segs = segmentsOf(root);
  const shop = shopContext(url, profile.timeZone, now, profile.topUp.monthIsCalendar);
  const done = segs.some((s) => s.text.length <= SHORT && DONE.test(s.text));
  // Done-words alone are weak: checkout pages show "購入完了" as the last step of their progress
  // bar. Off the confirmation URLs, a page counts as confirmed only with an order number too.
  const completed = () => {
    const confirmation = done ? readConfirmation(root, segs, shop) : null;
    return confirmation?.orderNumber ? confirmation : null;
  };
  if (onPages(profile.confirmationPages, url) && !beforePayment(segs, root)) {
    return { onPurchasePage: true, checkout: null, confirmation: readConfirmation(root, segs, shop) };
  }
  const inPlace = completed();
  if (inPlace) return { onPurchasePage: true, checkout: null, confirmation: inPlace };
  // The content decides where the path is not a known one (utils/extract/page-kind.ts); a known
  // account page is the account (a single-page shop's router may leave the old view up a moment).
  const known = onPages(profile.checkoutPages, url);
  if (!known && onPages(profile.accountPages, url)) return { onPurchasePage: false, checkout: null, confirmation: null };
  if (completionHeading(segs) && !listsOrders(root)) {
    return { onPurchasePage: true, checkout: null, confirmation: readConfirmation(root, segs, shop) };
  }
  if (known || looksLikeCheckout(segs, root)) {
    return { onPurchasePage: true, checkout: readCheckout(root, segs, shop), confirmation: null };
  }
  return { onPurchasePage: false, checkout: null, confirmation: null };
}
