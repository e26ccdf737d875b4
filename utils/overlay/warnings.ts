import type { TopUpRule } from '../providers/types';
import { DAY_MS, localZone } from '../time';
import { daysLeft as daysUntil } from '../format';

/**
 * Warnings the checkout overlay shows before the user pays. Pure: (rule, line, now) → warnings.
 * Each one answers a mistake the renewal guides warn about: paying twice, losing the number,
 * wasting days that do not carry over.
 */

/** A keep-alive deadline this close is worth a word at checkout: this purchase resets it. */
export const KEEP_ALIVE_NEAR_DAYS = 30;
/** Buying with more than this many days left wastes them where purchases do not stack. */
export const NOT_STACKED_MIN_DAYS = 3;

/** What a warning needs to know of a line (a subset of OverlayLine). */
export interface WarningLine {
  expiresAt: number | null;
  autoRenew: boolean;
  keepAliveDeadline: number | null;
}

export type LineWarning =
  /** The user marked auto-renew on for this line: a manual purchase may be paid twice. */
  | { kind: 'autoRenewOn' }
  /** The number is lost or suspended at `deadline` unless something is bought; this does it. */
  | { kind: 'keepAliveReset'; deadline: number }
  /** `daysLeft` days remain and the provider does not add them to the new period. */
  | { kind: 'notStacked'; daysLeft: number };

export function lineWarnings(rule: TopUpRule, line: WarningLine, now: number, userZone: string = localZone()): LineWarning[] {
  const out: LineWarning[] = [];
  if (line.autoRenew) out.push({ kind: 'autoRenewOn' });
  if (line.keepAliveDeadline != null && line.keepAliveDeadline - now <= KEEP_ALIVE_NEAR_DAYS * DAY_MS) {
    out.push({ kind: 'keepAliveReset', deadline: line.keepAliveDeadline });
  }
  if (!rule.stacks && line.expiresAt != null) {
    // The one day count, as the popup and the notifications give it.
    const daysLeft = daysUntil(line.expiresAt, now, userZone);
    if (daysLeft >= NOT_STACKED_MIN_DAYS) out.push({ kind: 'notStacked', daysLeft });
  }
  return out;
}

/**
 * Auto-renew is a method for these lines (`fits`: the background asks `methodsForLine`; b-mobile
 * has it for U300, not for the VISITOR SIM) and no line is known to have it on: the user may have
 * turned it on without Kigen knowing, so remind once for the page rather than once per line.
 */
export function autoRenewOffered(fits: boolean, lines: readonly WarningLine[]): boolean {
  return fits && !lines.some((l) => l.autoRenew);
}
