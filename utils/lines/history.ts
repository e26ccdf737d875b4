import type { ReadingRecord, RenewalRecord } from '../records';

/** Small questions about one line's readings and renewals, shared by the line deadline and the reminder rules. */

export function samePeriod(a: ReadingRecord, b: ReadingRecord): boolean {
  return a.expiresAt === b.expiresAt && a.totalMB === b.totalMB;
}

/** Renewals trusted as done: they count for keep-alive rules (pending ones may still fail). */
export function isDoneRenewal(r: RenewalRecord): boolean {
  return r.status === 'recorded' || r.status === 'confirmed';
}
