import { renewalCheckCandidates, staleCandidate } from './stale-and-unconfirmed';
import { dataLapseCandidates, forecastCandidate, lowDataCandidate } from './data-left';
import { normaliseLeadDays, numberAtRiskCandidates } from './expiry';
import { readingsOf, renewalsOf } from './history';
import { keepAliveRuleFor } from '../providers/keep-alive-rule';
import { resolveLineDeadline } from '../lines/deadline';
import { lineKindOf } from '../lines/kind';
import { keepAliveCandidates } from './keep-alive';
import { type ScheduleContext, doneChecker, scheduleOne, scheduleSeries } from './schedule';
import type { PlanInput, PlannedReminder } from './types';
import { normaliseQuiet, safeTimeZone } from './waking-hours';

/**
 * The reminder plan: every reminder that should still fire, soonest first, one per key.
 *
 * Pure: the same input gives the same plan. The background re-plans on install, startup, every
 * write and every alarm, and makes browser.alarms match with `reconcileAlarms`. Whatever is no
 * longer true (a renewal, a new reading, a new expiry, a muted or deleted line) simply leaves the
 * plan; its alarm is then cleared.
 */
export function planReminders(input: PlanInput): PlannedReminder[] {
  const { now, settings } = input;
  const tz = safeTimeZone(input.timeZone);
  const quiet = normaliseQuiet(settings.quietStart, settings.quietEnd);
  const snoozed = input.snoozed ?? {};
  const ctx: ScheduleContext = {
    now,
    tz,
    quiet,
    isDone: doneChecker(input.fired, snoozed),
    snoozeOf: (key) => {
      const at = snoozed[key];
      return at !== undefined && Number.isFinite(at) ? at : undefined;
    },
  };

  const out: PlannedReminder[] = [];
  for (const line of input.lines) {
    if (line.settings.muted) continue;
    const readings = readingsOf(input.readings, line.id);
    const renewals = renewalsOf(input.renewals, line.id);

    const provider = input.providers(line.provider);
    // A plan-specific rule or kind (IIJmio prepaid, b-mobile U300) applies only to lines on that plan.
    const plan = [...readings].reverse().find((r) => r.plan)?.plan ?? null;
    const rule = provider ? keepAliveRuleFor(provider, plan) : undefined;
    const lineKind = lineKindOf(line, provider, plan);
    // What is at stake decides the reminders: the number (a deadline: none for monthly plans and
    // travel eSIMs), data that lapses, data that runs low or out.
    const lost = resolveLineDeadline({ line, kind: lineKind, readings, renewals, rule, timeZone: provider?.timeZone ?? 'UTC' });
    const stakes: number[] = [];
    if (lost?.keepAlive) {
      // A keep-alive rule's deadline (povo: from the latest paid topping, never a bonus).
      out.push(...scheduleSeries(keepAliveCandidates(line.id, lost.keepAlive, tz), ctx));
      stakes.push(lost.keepAlive.deadline);
    } else if (lost) {
      // A prepaid SIM's validity, or a deadline the user entered: the configured lead times.
      const deadline = lost.deadline;
      out.push(
        ...scheduleSeries(
          numberAtRiskCandidates({
            lineId: line.id,
            readings,
            renewals,
            leadDays: settings.leadDays,
            now,
            tz,
            quiet,
            deadline,
            lineKind,
            actionKey: rule?.actionKey ?? null,
          }),
          ctx,
        ),
      );
      stakes.push(deadline.at);
    }

    const lapses = dataLapseCandidates({
      lineId: line.id,
      readings,
      renewals,
      lineKind,
      lineDeadlineAt: lost?.deadline.at ?? null,
      now,
      tz,
    });
    for (const c of lapses) out.push(...scheduleOne(c, ctx));
    stakes.push(...lapses.flatMap((c) => (c.deadline === null ? [] : [c.deadline])));

    const dataInput = {
      lineId: line.id,
      readings,
      renewals,
      lineSettings: line.settings,
      global: { lowDataPercent: settings.lowDataPercent, lowDataMB: settings.lowDataMB },
      now,
    };
    const low = lowDataCandidate(dataInput);
    for (const c of low) out.push(...scheduleOne(c, ctx));
    for (const c of forecastCandidate(dataInput)) out.push(...scheduleOne(c, ctx));

    const windowDays = Math.max(0, ...normaliseLeadDays(settings.leadDays));
    const stale = staleCandidate(line.id, readings, settings.staleDays, now, tz, {
      deadlines: stakes,
      lowData: low.length > 0,
      windowDays,
    });
    for (const c of stale) out.push(...scheduleOne(c, ctx));
    for (const c of renewalCheckCandidates(line.id, renewals, now)) out.push(...scheduleOne(c, ctx));
  }

  const seen = new Set<string>();
  return out
    .sort((a, b) => a.fireAt - b.fireAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}
