import type { KeepAliveRule } from '../providers/types';
import type { LineKind, LineRecord, ReadingRecord, RenewalRecord } from '../records';
import { addZonedDays, endOfZonedDay, wallClock } from '../time';
import { isDoneRenewal, samePeriod } from './history';

/**
 * The line deadline: when the number / SIM is lost. The one place it is computed; the popup, the
 * overlay, the calendar and the reminder planner all ask here (utils/reminders/keep-alive.ts only
 * turns a deadline into reminders). Pure.
 *
 * Where the facts are uncertain a rule's anchor is taken as early as the data allows: an early
 * reminder costs a notification, a late one costs the number.
 */

/** When the number / SIM is lost, and how Kigen knows. */
export interface LineDeadline {
  /** Epoch ms: act before this instant. */
  at: number;
  /** Entered by the user, stated by the page, or the provider's rule applied to an anchor. */
  basis: 'user' | 'page' | 'rule';
  /** For `rule`: the instant the rule counts from (the anchor), else null. */
  ruleFrom: number | null;
  /** The anchor is a stand-in (only when Kigen first saw the line): the real deadline may be earlier. */
  estimate: boolean;
  /** `date`: only the day is known (at is its end, 23:59:59 in the provider zone); `time`: to the minute. */
  precision: 'date' | 'time';
}

/** Where a keep-alive count starts from, so the UI can say how sure the deadline is. */
export const KEEP_ALIVE_ANCHOR_SOURCES = [
  'manual',
  'paidExpiry',
  'paidPurchase',
  'activity',
  'expiry',
  'firstSeen',
] as const;
export type KeepAliveAnchorSource = (typeof KEEP_ALIVE_ANCHOR_SOURCES)[number];

/** A provider keep-alive rule applied to a line. */
export interface KeepAliveStatus {
  rule: KeepAliveRule;
  /** The instant the count starts from. */
  anchorAt: number;
  anchorSource: KeepAliveAnchorSource;
  /** Act before this instant (the end of the rule's last day in the provider zone) or the line may be suspended / the number lost. */
  deadline: number;
  /** Cancellation after suspension (end of the day `cancelAfterDays` after the deadline), or null. */
  cancelAt: number | null;
}

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

/**
 * Expiries of what the user paid for, as each reading shows them: its non-bonus buckets' expiries
 * when it lists buckets (a free データボーナス never keeps a povo number alive), else the reading's
 * own expiry (a page with one undivided amount, or a reading from before buckets).
 */
function paidExpiries(readings: readonly ReadingRecord[]): number[] {
  return readings.flatMap((r) => {
    if (r.buckets.length === 0) return r.expiresAt === null ? [] : [r.expiresAt];
    return r.buckets.flatMap((b) => (b.bonus || b.expiresAt === null ? [] : [b.expiresAt]));
  });
}

function ruleAnchor(
  line: LineRecord,
  readings: readonly ReadingRecord[],
  renewals: readonly RenewalRecord[],
  rule: KeepAliveRule,
  tz: string,
): Anchor | undefined {
  const done = renewals.filter(isDoneRenewal);
  switch (rule.anchor) {
    case 'afterLastPaidExpiry': {
      // povo: the count starts the day after the last paid topping's expiry. A paid renewal counts
      // by its expected end, or by its purchase time when the duration is unknown (the reading
      // after it brings the real expiry).
      const paid = done.filter((r) => r.paid);
      const anchors: Anchor[] = [
        ...paidExpiries(readings).map((at) => ({ at, source: 'paidExpiry' as const })),
        ...paid.map((r) =>
          r.expectDays !== null && r.expectDays > 0
            ? { at: addZonedDays(r.at, r.expectDays, tz), source: 'paidExpiry' as const }
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
      return maxAnchor(readings.flatMap((r) => (r.expiresAt === null ? [] : [{ at: r.expiresAt, source: 'expiry' as const }])));
  }
}

/**
 * A provider keep-alive rule applied to a line, or null when nothing anchors it. A manual start
 * (LineSettings.keepAliveStart) overrides what the history says. Days are counted in `timeZone`
 * (the provider's; UTC by default) and the deadline is the end of the rule's last day there: the
 * rules count days, not hours ("180 days after the day after expiry").
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
  const deadline = endOfZonedDay(anchor.at, rule.days, timeZone);
  const cancelAt =
    rule.cancelAfterDays !== undefined && rule.cancelAfterDays > 0
      ? endOfZonedDay(deadline, rule.cancelAfterDays, timeZone)
      : null;
  return { rule, anchorAt: anchor.at, anchorSource: anchor.source, deadline, cancelAt };
}

export interface LineDeadlineInput {
  line: LineRecord;
  kind: LineKind;
  /** The line's readings, oldest first. */
  readings: readonly ReadingRecord[];
  renewals: readonly RenewalRecord[];
  /** The provider's keep-alive rule for this line (`keepAliveRuleFor`), if any. */
  rule: KeepAliveRule | undefined;
  /** The provider's zone: rule days are counted there, and a stated 23:59:59 there is a date. */
  timeZone: string;
}

/** A line deadline with the rule status behind it (anchor source, cancellation) when its basis is `rule`. */
export interface ResolvedDeadline {
  deadline: LineDeadline;
  keepAlive: KeepAliveStatus | null;
}

/** `date` when the instant is the end of a day (23:59:59) in the zone, else `time`. */
function precisionOf(at: number, timeZone: string): LineDeadline['precision'] {
  const w = wallClock(at, timeZone);
  return w.h === 23 && w.mi === 59 && w.s === 59 ? 'date' : 'time';
}

const stated = (at: number, basis: 'user' | 'page', timeZone: string): ResolvedDeadline => ({
  deadline: { at, basis, ruleFrom: null, estimate: false, precision: precisionOf(at, timeZone) },
  keepAlive: null,
});

const fromRule = (status: KeepAliveStatus | null): ResolvedDeadline | null =>
  status && {
    deadline: {
      at: status.deadline,
      basis: 'rule',
      ruleFrom: status.anchorAt,
      estimate: status.anchorSource === 'firstSeen',
      precision: 'date',
    },
    keepAlive: status,
  };

/** The newest reading that states a validity for the line or its plan (a later one without usually failed to read it). */
function latestStated(readings: readonly ReadingRecord[]): ReadingRecord | undefined {
  for (let i = readings.length - 1; i >= 0; i--) {
    const r = readings[i];
    if (r && (r.lineValidUntil !== null || r.expiresAt !== null)) return r;
  }
  return undefined;
}

/**
 * `lineDeadline` with the rule status behind it. Rules, first that applies:
 * - the user's own deadline (`line.settings.deadline`), whatever the kind: basis `user`;
 * - `monthly` and `travel-esim`: null (no number at stake on any date);
 * - `prepaid`: the SIM validity the page states (`lineValidUntil`), basis `page`; else the reading's
 *   expiry when it lists at most one bucket (then it is the SIM's only validity): basis `page`,
 *   except that a rule of kind `afterExpiry` (b-mobile U300, IIJmio プリペイド: "recharge within N
 *   days after the period") says the SIM outlives that date, so the rule applies from it; else
 *   the keep-alive rule if any;
 * - `keep-number`: the provider's keep-alive rule (povo: the latest paid, non-bonus expiry; giffgaff:
 *   the last activity, an estimate when only "first seen" is known); without a rule, a SIM validity
 *   the page states.
 * A page deadline is a `date` when the page gives 23:59:59 in the provider zone (a date without a
 * time), else a `time`; a rule deadline is always a `date`.
 */
export function resolveLineDeadline(input: LineDeadlineInput): ResolvedDeadline | null {
  const { line, kind, readings, renewals, rule, timeZone } = input;
  const own = line.settings.deadline;
  if (own !== undefined && Number.isFinite(own)) return stated(own, 'user', timeZone);
  const applyRule = () => (rule ? fromRule(keepAliveDeadline(line, readings, renewals, rule, timeZone)) : null);
  const latest = latestStated(readings);
  switch (kind) {
    case 'monthly':
    case 'travel-esim':
      return null;
    case 'prepaid': {
      if (latest?.lineValidUntil != null) return stated(latest.lineValidUntil, 'page', timeZone);
      if (latest?.expiresAt != null && latest.buckets.length <= 1) {
        return rule?.anchor === 'afterExpiry' ? applyRule() : stated(latest.expiresAt, 'page', timeZone);
      }
      return applyRule();
    }
    case 'keep-number': {
      if (rule) return applyRule();
      const validUntil = [...readings].reverse().find((r) => r.lineValidUntil !== null)?.lineValidUntil;
      return validUntil != null ? stated(validUntil, 'page', timeZone) : null;
    }
  }
}

/** When the line's number / SIM is lost, and on what basis; null when nothing is at stake or known. */
export function lineDeadline(input: LineDeadlineInput): LineDeadline | null {
  return resolveLineDeadline(input)?.deadline ?? null;
}
