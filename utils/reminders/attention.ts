import { keepAliveRuleFor } from '../providers/keep-alive-rule';
import { resolveLineDeadline } from '../lines/deadline';
import { lineKindOf } from '../lines/kind';
import { dataLapseCandidates } from './data-left';
import { normaliseLeadDays } from './expiry';
import { readingsOf, renewalsOf } from './history';
import type { PlanInput } from './types';
import { atLocalTime, calendarDaysBetween, safeTimeZone } from './waking-hours';

/**
 * Which lines need action now, for the toolbar badge: from the planner's own input and rules, so
 * the count and the reminders never disagree. Pure.
 */

/** A line that needs action, by its most urgent dated stake. */
export interface LineAction {
  lineId: string;
  /** When it is lost: the number's or SIM's deadline, or data with some left lapsing. */
  at: number;
  /** Calendar days from today to that day in the user's zone (0: today; negative: already past). */
  days: number;
}

/** The badge turns red at this many days left, or once a loss is past. */
export const URGENT_DAYS = 3;

/**
 * Each line's dated stakes (not muted lines): the number's or SIM's deadline (stated, entered, or
 * the provider's keep-alive rule), and each bucket of data with some left that lapses before it.
 */
function stakesOf(input: PlanInput): Array<{ lineId: string; stakes: number[] }> {
  const tz = safeTimeZone(input.timeZone);
  return input.lines
    .filter((line) => !line.settings.muted)
    .map((line) => {
      const readings = readingsOf(input.readings, line.id);
      const renewals = renewalsOf(input.renewals, line.id);
      const provider = input.providers(line.provider);
      const plan = [...readings].reverse().find((r) => r.plan)?.plan ?? null;
      const lineKind = lineKindOf(line, provider, plan);
      const rule = provider ? keepAliveRuleFor(provider, plan) : undefined;
      const lost = resolveLineDeadline({ line, kind: lineKind, readings, renewals, rule, timeZone: provider?.timeZone ?? 'UTC' });
      const lapses = dataLapseCandidates({ lineId: line.id, readings, renewals, lineKind, lineDeadlineAt: lost?.deadline.at ?? null, now: input.now, tz });
      const deadline = lost ? (lost.keepAlive?.deadline ?? lost.deadline.at) : null;
      const stakes = [...(deadline === null ? [] : [deadline]), ...lapses.flatMap((c) => (c.deadline === null ? [] : [c.deadline]))];
      return { lineId: line.id, stakes };
    });
}

/** The lead window: the largest of the user's lead times, in calendar days (7 by default). */
const windowOf = (input: PlanInput) => Math.max(0, ...normaliseLeadDays(input.settings.leadDays));

/**
 * Lines whose soonest loss falls inside the lead window, counted in calendar days in the user's
 * zone. A loss already past still counts for as long again (the number may still be rescued; a
 * line lost long ago is no longer news). Low data and run-out forecasts have no date to be inside
 * a window of: they stay reminders. Most urgent first.
 */
export function linesNeedingAction(input: PlanInput): LineAction[] {
  const tz = safeTimeZone(input.timeZone);
  const window = windowOf(input);
  return stakesOf(input)
    .flatMap(({ lineId, stakes }) => {
      if (stakes.length === 0) return [];
      const at = Math.min(...stakes);
      const days = calendarDaysBetween(input.now, at, tz);
      return Math.abs(days) <= window ? [{ lineId, at, days }] : [];
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * The next instant the count or its colour can change with nothing written: a local midnight when
 * a loss enters the window, turns urgent or leaves it, or the moment data lapses. Null when no line
 * has a dated stake (then no alarm is needed).
 */
export function nextAttentionChange(input: PlanInput): number | null {
  const tz = safeTimeZone(input.timeZone);
  const window = windowOf(input);
  const moments = stakesOf(input).flatMap(({ stakes }) =>
    stakes.flatMap((at) => [at, ...[-window, -URGENT_DAYS, window + 1].map((offset) => atLocalTime(at, tz, 0, offset))]),
  );
  const ahead = moments.filter((t) => t > input.now);
  return ahead.length > 0 ? Math.min(...ahead) : null;
}
