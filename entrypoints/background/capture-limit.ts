import Dexie from 'dexie';
import type { KigenDB } from '@/utils/db';
import { DAY_MS } from '@/utils/time';

/**
 * Purchases recorded from one provider's pages per day at most. A page whose scripts rewrite the
 * order number in a loop would otherwise make the overlay record a new purchase each time (and
 * every pending purchase holds back that line's expiry reminders until its 24-hour check).
 */
export const MAX_CAPTURES_PER_DAY = 10;

/** True when the provider's lines already have the day's share of purchases from checkout pages. */
export async function tooManyCaptures(db: KigenDB, lineIds: readonly string[], now: number): Promise<boolean> {
  let count = 0;
  for (const lineId of lineIds) {
    count += await db.renewals
      .where('[lineId+at]')
      .between([lineId, now - DAY_MS], [lineId, Dexie.maxKey])
      .filter((r) => r.method === 'checkout')
      .count();
  }
  return count >= MAX_CAPTURES_PER_DAY;
}
