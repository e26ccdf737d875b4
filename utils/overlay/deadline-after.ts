import type { CheckoutInfo } from '../extract/types';
import type { ReadingRecord, RenewalRecord } from '../records';
import { type LineDeadlineInput, resolveLineDeadline } from '../lines/deadline';

/**
 * The number's deadline once the product on the checkout page is bought: the line's keep-alive
 * rule run by the one deadline computation (utils/lines/deadline.ts) on its history plus this
 * purchase — a paid top-up now, of the product's days, and, for a rule that counts from the
 * line's expiry, the expiry the purchase leads to (`expiresAfter`, from `afterPurchase`). Pure;
 * the background works it out and sends the overlay the date.
 *
 * null when the line has no keep-alive rule, or when the rule needs what the page does not say
 * (povo counts from the end of the paid topping: a product without its days gives no date, not a
 * guess).
 */
export function deadlineAfterPurchase(
  input: LineDeadlineInput,
  product: CheckoutInfo | null,
  expiresAfter: number | null,
  now: number,
): number | null {
  const { rule, line } = input;
  if (!rule || !resolveLineDeadline(input)?.keepAlive) return null;
  if (rule.anchor === 'afterLastPaidExpiry' && !product?.durationDays) return null;
  if (rule.anchor === 'afterExpiry' && expiresAfter === null) return null;
  const purchase: RenewalRecord = {
    lineId: line.id,
    at: now,
    orderNumber: null,
    amount: null,
    currency: null,
    product: product?.product ?? null,
    method: 'checkout',
    note: null,
    status: 'recorded',
    paid: true,
    expiresBefore: null,
    remainingBefore: null,
    expectDays: product?.durationDays ?? null,
    expectMB: null,
  };
  const latest = input.readings.at(-1);
  const readings: ReadingRecord[] =
    rule.anchor === 'afterExpiry' && latest && expiresAfter !== null
      ? [...input.readings, { ...latest, id: undefined, at: now, expiresAt: expiresAfter }]
      : [...input.readings];
  return resolveLineDeadline({ ...input, readings, renewals: [...input.renewals, purchase] })?.keepAlive?.deadline ?? null;
}
