import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import { type PurchaseCopy, type PurchaseRead, purchaseProfile, readPurchaseCopy } from '@/utils/overlay/read-purchase';
import { checkoutSender } from './checkout';
import type { HandlerDeps } from './deps';
import { CopySchema, PageAddressSchema, askOffscreen } from './read-page';
import { atPageAddress } from './sender';

/**
 * Checkout pages are read in the extension too. The overlay sends a copy of its page's body as
 * the user sees it (the options they picked marked in it) when the page changes; the reader runs
 * on the copy where a DOMParser is, and the answer goes back to that page only. Nothing is stored
 * from it here: what the page sells reaches the background as before, in `getCheckoutContext`
 * and `submitCapture`, through their own checks.
 */

const ReadPurchaseSchema = v.strictObject({ html: CopySchema, url: PageAddressSchema });

/** Reads a checkout copy in Firefox's background page itself, in Chrome's offscreen document. */
export async function readPurchaseHere(copy: PurchaseCopy): Promise<PurchaseRead> {
  // (A build-time branch: Chrome's service worker bundle carries none of the reader.)
  if (import.meta.env.FIREFOX) return readPurchaseCopy(copy);
  return askOffscreen<PurchaseRead>({ kigenReadPurchase: copy });
}

/**
 * A copy of a provider's checkout or confirmation page from the overlay, from that page's top
 * frame: what it sells or sold, read with the provider's profile at the page's address (on the
 * sender's origin) and the background's clock. Null when refused or unreadable (the overlay then shows nothing new).
 */
export async function handleReadPurchase(deps: HandlerDeps, data: unknown, sender: Runtime.MessageSender): Promise<PurchaseRead | null> {
  const payload = v.safeParse(ReadPurchaseSchema, data);
  if (!payload.success) return null;
  const here = atPageAddress(sender, payload.output.url);
  if (!here) return null;
  const who = checkoutSender(deps, here);
  if (!who.ok) return null;
  const copy: PurchaseCopy = { html: payload.output.html, url: who.url.href, now: deps.now(), profile: purchaseProfile(who.provider) };
  try {
    return await (deps.readPurchase ?? readPurchaseHere)(copy);
  } catch (error) {
    console.warn('[kigen] checkout reader failed on this page:', error);
    return null;
  }
}
