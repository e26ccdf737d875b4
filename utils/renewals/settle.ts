import Dexie from 'dexie';
import type { KigenDB, RenewalRecord } from '../db';
import { type ReadingStatus, confirmRenewal, isOpen } from './confirm';

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
