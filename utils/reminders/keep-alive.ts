import type { LineRecord, ReadingRecord, RenewalRecord } from '../records';
import type { KeepAliveRule } from '../providers/types';
import { isDoneRenewal, samePeriod } from './history';
import { type Candidate, makeReminderKey } from './schedule';
import { KEEP_ALIVE_LEAD_DAYS, type KeepAliveAnchorSource, type KeepAliveStatus } from './types';
import { addLocalDays } from './waking-hours';

/**
 * Keep-number-alive (保号) deadlines. Where the facts are uncertain the anchor is taken as early
 * as the data allows: an early reminder costs a notification, a late one costs the number.
 */

type Anchor = { at: number; source: KeepAliveAnchorSource };

function maxAnchor(anchors: readonly Anchor[]): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) if (!best || a.at > best.at) best = a;
  return best;
}

/** When Kigen first knew of the line: a stand-in when no event is known. */
function firstSeen(line: LineRecord, readings: readonly ReadingRecord[]): Anchor {
  const first = Math.min(line.createdAt, ...readings.map((r) => r.at));
  return { at: first, source: 'firstSeen' };
}

/**
 * Readings that prove the line was used: less data left (or more used) than the reading before,
 * in the same plan period. The use happened after that earlier reading, so that is the anchor.
 */
function usageEvidence(readings: readonly ReadingRecord[]): Anchor[] {
  const out: Anchor[] = [];
  for (let i = 1; i < readings.length; i++) {
    const prev = readings[i - 1];
    const cur = readings[i];
    if (!prev || !cur || !samePeriod(prev, cur)) continue;
    const lessLeft = prev.remainingMB !== null && cur.remainingMB !== null && cur.remainingMB < prev.remainingMB;
    const moreUsed = prev.usedMB !== null && cur.usedMB !== null && cur.usedMB > prev.usedMB;
    if (lessLeft || moreUsed) out.push({ at: prev.at, source: 'activity' });
  }
  return out;
}

function ruleAnchor(
  line: LineRecord,
  readings: readonly ReadingRecord[],
  renewals: readonly RenewalRecord[],
  rule: KeepAliveRule,
  tz: string,
): Anchor | undefined {
  const done = renewals.filter(isDoneRenewal);
  const expiries: Anchor[] = readings.flatMap((r) =>
    r.expiresAt === null ? [] : [{ at: r.expiresAt, source: 'expiry' as const }],
  );
  switch (rule.anchor) {
    case 'afterLastPaidExpiry': {
      // povo: the count starts the day after the last paid topping's expiry. A reading's expiry
      // counts as the paid item's; a paid renewal counts by its expected end, or by its purchase
      // time when the duration is unknown (the reading after it brings the real expiry).
      const paid = done.filter((r) => r.paid);
      const anchors: Anchor[] = [
        ...expiries.map((a) => ({ at: a.at, source: 'paidExpiry' as const })),
        ...paid.map((r) =>
          r.expectDays !== null && r.expectDays > 0
            ? { at: addLocalDays(r.at, tz, r.expectDays), source: 'paidExpiry' as const }
            : { at: r.at, source: 'paidPurchase' as const },
        ),
      ];
      return maxAnchor(anchors) ?? firstSeen(line, readings);
    }
    case 'afterLastActivity': {
      // giffgaff: a top-up or use of the line. Opening the account page is not use, so a reading
      // counts only when it shows data used since the reading before.
      const anchors: Anchor[] = [
        ...done.map((r) => ({ at: r.at, source: 'activity' as const })),
        ...usageEvidence(readings),
        firstSeen(line, readings),
      ];
      return maxAnchor(anchors);
    }
    case 'afterExpiry':
      return maxAnchor(expiries);
  }
}

/**
 * The keep-alive deadline of a line under a provider rule, or null when nothing anchors it.
 * A manual start (LineSettings.keepAliveStart) overrides what the history says. Days are counted
 * in `timeZone` (the provider's; UTC by default), so the deadline keeps its local time across DST.
 */
export function keepAliveDeadline(
  line: LineRecord,
  readings: readonly ReadingRecord[],
  renewals: readonly RenewalRecord[],
  rule: KeepAliveRule,
  timeZone = 'UTC',
): KeepAliveStatus | null {
  const own = readings.filter((r) => r.lineId === line.id).sort((a, b) => a.at - b.at);
  const ownRenewals = renewals.filter((r) => r.lineId === line.id);
  const manual = line.settings.keepAliveStart;
  const anchor: Anchor | undefined =
    manual !== undefined && Number.isFinite(manual)
      ? { at: manual, source: 'manual' }
      : ruleAnchor(line, own, ownRenewals, rule, timeZone);
  if (!anchor || !(rule.days > 0)) return null;
  const deadline = addLocalDays(anchor.at, timeZone, rule.days);
  const cancelAt =
    rule.cancelAfterDays !== undefined && rule.cancelAfterDays > 0
      ? addLocalDays(deadline, timeZone, rule.cancelAfterDays)
      : null;
  return { rule, anchorAt: anchor.at, anchorSource: anchor.source, deadline, cancelAt };
}

/** Reminders 30, 14, 7, 3 and 1 days before the deadline; keys carry the deadline and the lead. */
export function keepAliveCandidates(lineId: string, status: KeepAliveStatus, tz: string): Candidate<'keepAlive'>[] {
  return KEEP_ALIVE_LEAD_DAYS.map((lead) => ({
    key: makeReminderKey(lineId, 'keepAlive', `${status.deadline}@${lead}`),
    lineId,
    kind: 'keepAlive',
    natural: addLocalDays(status.deadline, tz, -lead),
    deadline: status.deadline,
    prefer: 'nearest',
    detail: {
      leadDays: lead,
      anchorAt: status.anchorAt,
      anchorSource: status.anchorSource,
      cancelAt: status.cancelAt,
      actionKey: status.rule.actionKey,
    },
  }));
}
