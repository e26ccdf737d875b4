import Dexie from 'dexie';
import type { KigenDB } from '../db';
import type { RenewalRecord } from '../records';
import { type ReadingStatus, confirmRenewal, isOpen } from '../renewals/confirm';
import { DAY_MS, MINUTE_MS } from '../time';

/** Renewals in the store: a line's purchases, captures from checkout pages, and settling them. */

/** Every renewal of a line, oldest first. */
export function renewalsOf(db: KigenDB, lineId: string): Promise<RenewalRecord[]> {
  return db.renewals.where('[lineId+at]').between([lineId, Dexie.minKey], [lineId, Dexie.maxKey]).toArray();
}

export function allRenewals(db: KigenDB): Promise<RenewalRecord[]> {
  return db.renewals.toArray();
}

/** A renewal the user reports ("I renewed"). */
export async function addRenewal(db: KigenDB, renewal: Omit<RenewalRecord, 'id'>): Promise<void> {
  await db.renewals.add(renewal);
}

/**
 * Purchases recorded from one provider's pages per day at most. A page whose scripts rewrite the
 * order number in a loop would otherwise make the overlay record a new purchase each time (and
 * every pending purchase holds back that line's expiry reminders until its 24-hour check).
 */
export const MAX_CAPTURES_PER_DAY = 10;

/** True when the provider's lines already have the day's share of purchases from checkout pages. */
async function tooManyCaptures(db: KigenDB, lineIds: readonly string[], now: number): Promise<boolean> {
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

/** Without an order number, the same product and amount this soon again is the same purchase. */
const SAME_PURCHASE_MS = 30 * MINUTE_MS;

async function isDuplicate(
  db: KigenDB,
  lineIds: readonly string[],
  candidate: Pick<RenewalRecord, 'lineId' | 'orderNumber' | 'product' | 'amount' | 'at'>,
): Promise<boolean> {
  for (const lineId of lineIds) {
    const renewals = await renewalsOf(db, lineId);
    const same = renewals.some((r) =>
      candidate.orderNumber != null
        ? r.orderNumber === candidate.orderNumber
        : r.lineId === candidate.lineId &&
          r.method === 'checkout' &&
          r.product === candidate.product &&
          r.amount === candidate.amount &&
          Math.abs(candidate.at - r.at) < SAME_PURCHASE_MS,
    );
    if (same) return true;
  }
  return false;
}

/**
 * Stores a purchase captured on a confirmation page, unless it is one already stored (for any of
 * the provider's `lineIds`) or the provider's pages reached the day's share. One transaction.
 */
export function addCapturedRenewal(
  db: KigenDB,
  lineIds: readonly string[],
  renewal: RenewalRecord,
): Promise<'saved' | 'duplicate' | 'tooMany'> {
  return db.transaction('rw', db.renewals, async () => {
    if (await isDuplicate(db, lineIds, renewal)) return 'duplicate';
    if (await tooManyCaptures(db, lineIds, renewal.at)) return 'tooMany';
    await db.renewals.add(renewal);
    return 'saved';
  });
}

/**
 * Applies the confirmation rule to stored renewals. Called by the background only (it opens the
 * database): after every reading of a line, and when a renewal's 24-hour check comes due.
 */

export interface SettleOutcome {
  /** Renewals that a reading showed applied. */
  confirmed: RenewalRecord[];
  /** Renewals that just turned `notReflected` (the user must be told, once). */
  notReflected: RenewalRecord[];
}

/**
 * Judges the line's open renewals (pending, notReflected) against `reading`, a reading just
 * taken of that line (stored or not: an unchanged reading is evidence too), and writes the new
 * statuses in one transaction.
 */
export async function settleRenewals(
  db: KigenDB,
  lineId: string,
  reading: ReadingStatus,
  now: number,
): Promise<SettleOutcome> {
  return db.transaction('rw', db.renewals, async () => {
    const open = await db.renewals
      .where('[lineId+at]')
      .between([lineId, Dexie.minKey], [lineId, reading.at], true, true)
      .filter((r) => isOpen(r.status))
      .toArray();
    const outcome: SettleOutcome = { confirmed: [], notReflected: [] };
    for (const renewal of open) {
      if (!isOpen(renewal.status) || renewal.id == null) continue;
      const verdict = confirmRenewal({ ...renewal, status: renewal.status }, reading, now);
      if (verdict === renewal.status) continue;
      const updated: RenewalRecord = { ...renewal, status: verdict };
      await db.renewals.update(renewal.id, { status: verdict });
      if (verdict === 'confirmed') outcome.confirmed.push(updated);
      // Only a first move pending → notReflected is news; notReflected stays quiet after that.
      if (verdict === 'notReflected' && renewal.status === 'pending') outcome.notReflected.push(updated);
    }
    return outcome;
  });
}

/**
 * The 24-hour check of one renewal (the reminder planner's `renewalCheck`): a renewal still
 * pending a day after the purchase turns `notReflected`. Returns it when it did, else null.
 */
export async function settleDueRenewal(db: KigenDB, renewalId: number, now: number): Promise<RenewalRecord | null> {
  return db.transaction('rw', db.renewals, async () => {
    const renewal = await db.renewals.get(renewalId);
    if (!renewal || renewal.status !== 'pending') return null;
    const verdict = confirmRenewal({ ...renewal, status: 'pending' }, null, now);
    if (verdict !== 'notReflected') return null;
    await db.renewals.update(renewalId, { status: verdict });
    return { ...renewal, status: verdict };
  });
}
