import { readCheckout, readConfirmation, shopContext } from '../extract/checkout';
import { matchesAny } from '../extract/patterns';
import { segmentsOf } from '../extract/dom';
import { beforePayment, completionHeading, listsOrders, looksLikeCheckout } from '../extract/page-kind';
import type { CheckoutInfo, ConfirmationInfo } from '../extract/types';
import type { ProviderProfile } from '../providers/types';

/**
 * What a checkout or confirmation page sells or sold, for the overlay. It runs the extractor's
 * own checkout and confirmation readers (utils/extract/checkout.ts) and only decides which of the
 * two applies; it skips the account reading, which the overlay never needs. Pure: (root, url,
 * now, profile). It runs in the extension, on a copy the overlay sends (`readPurchaseCopy` below,
 * entrypoints/background/read-purchase.ts): the page's script carries none of the readers.
 */

/** The profile fields this needs; the background sends them with the checkout context. */
export type PurchaseProfile = Pick<ProviderProfile, 'id' | 'accountPages' | 'checkoutPages' | 'confirmationPages' | 'timeZone' | 'topUp'>;

export function purchaseProfile(provider: ProviderProfile): PurchaseProfile {
  const { id, accountPages, checkoutPages, confirmationPages, timeZone, topUp } = provider;
  return { id, accountPages, checkoutPages, confirmationPages, timeZone, topUp };
}

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
  if (matchesAny(profile.confirmationPages, url) && !beforePayment(segs, root)) {
    return { onPurchasePage: true, checkout: null, confirmation: readConfirmation(root, segs, shop) };
  }
  const inPlace = completed();
  if (inPlace) return { onPurchasePage: true, checkout: null, confirmation: inPlace };
  // The content decides where the path is not a known one (utils/extract/page-kind.ts); a known
  // account page is the account (a single-page shop's router may leave the old view up a moment).
  const known = matchesAny(profile.checkoutPages, url);
  if (!known && matchesAny(profile.accountPages, url)) return { onPurchasePage: false, checkout: null, confirmation: null };
  if (completionHeading(segs) && !listsOrders(root)) {
    return { onPurchasePage: true, checkout: null, confirmation: readConfirmation(root, segs, shop) };
  }
  if (known || looksLikeCheckout(segs, root)) {
    return { onPurchasePage: true, checkout: readCheckout(root, segs, shop), confirmation: null };
  }
  return { onPurchasePage: false, checkout: null, confirmation: null };
}

/**
 * A copy of a checkout page's body as the user sees it now (entrypoints/checkout.content/live-dom.ts),
 * and what to read it with. Read where a DOMParser is, as account pages' copies are
 * (utils/extract/read-copy.ts): a parsed copy runs no script and loads nothing.
 */
export interface PurchaseCopy {
  /** The page's body, `<body …>…</body>`. */
  html: string;
  url: string;
  /** Epoch ms: when the page was read (a month's plan starts this month). */
  now: number;
  profile: PurchaseProfile;
}

export function readPurchaseCopy(copy: PurchaseCopy): PurchaseRead {
  // The copy is a body (`<body …>…</body>`): parsed as the body of a whole document.
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head></head>${copy.html}</html>`, 'text/html');
  return readPurchase(doc.body, new URL(copy.url), new Date(copy.now), copy.profile);
}

/** The message the background sends its offscreen document: one checkout copy to read. */
export interface ReadPurchaseMessage {
  kigenReadPurchase: PurchaseCopy;
}

export const isReadPurchaseMessage = (message: unknown): message is ReadPurchaseMessage =>
  typeof message === 'object' && message !== null && 'kigenReadPurchase' in message;
