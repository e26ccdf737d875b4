import type { RenewalMethodKind } from './types';

/**
 * Message keys of the advice every renewal guide repeats and of the troubleshooting entries
 * (shared/renewal-knowledge.md). They apply to every provider; provider-specific advice lives in
 * the profile's renewal steps and support hint.
 */

/** Tips shown under every provider's guide, in this order. */
export const GENERIC_TIPS = [
  'tip_check_regularly',
  'tip_renew_early',
  'tip_check_amount',
  'tip_stable_connection',
  'tip_keep_receipt',
  'tip_refund_policy',
  'tip_confirm_expiry',
  'tip_autorenew_balance',
  'tip_multi_month',
] as const;

/** What to do when it goes wrong: forgotten account, failed payment, renewal not reflected. */
export const TROUBLESHOOTING = [
  'trouble_forgot_account',
  'trouble_payment_failed',
  'trouble_not_reflected',
  'trouble_japanese_page',
] as const;

/** Message key of a renewal method's name ("method_online"). */
export function methodNameKey(kind: RenewalMethodKind): `method_${RenewalMethodKind}` {
  return `method_${kind}`;
}
