import { renewalCheckCandidates, staleCandidate } from './stale-and-unconfirmed';
import { forecastCandidate, lowDataCandidate } from './data-left';
import { expiryCandidates } from './expiry';
import { readingsOf, renewalsOf } from './history';
import { keepAliveRuleFor } from '../providers/keep-alive-rule';
import { keepAliveCandidates, keepAliveDeadline } from './keep-alive';
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

    out.push(
      ...scheduleSeries(
        expiryCandidates({ lineId: line.id, readings, renewals, leadDays: settings.leadDays, now, tz, quiet }),
        ctx,
      ),
    );

    const dataInput = {
      lineId: line.id,
      readings,
      renewals,
      lineSettings: line.settings,
      global: { lowDataPercent: settings.lowDataPercent, lowDataMB: settings.lowDataMB },
      now,
    };
    for (const c of lowDataCandidate(dataInput)) out.push(...scheduleOne(c, ctx));
    for (const c of forecastCandidate(dataInput)) out.push(...scheduleOne(c, ctx));

    const provider = input.providers(line.provider);
    // A plan-specific rule (IIJmio prepaid, b-mobile U300) applies only to lines on that plan.
    const plan = [...readings].reverse().find((r) => r.plan)?.plan;
    const rule = provider ? keepAliveRuleFor(provider, plan) : undefined;
    if (provider && rule) {
      const status = keepAliveDeadline(line, readings, renewals, rule, provider.timeZone);
      if (status) out.push(...scheduleSeries(keepAliveCandidates(line.id, status, tz), ctx));
    }

    for (const c of staleCandidate(line.id, readings, settings.staleDays, now, tz)) out.push(...scheduleOne(c, ctx));
    for (const c of renewalCheckCandidates(line.id, renewals, now)) out.push(...scheduleOne(c, ctx));
  }

  const seen = new Set<string>();
  return out
    .sort((a, b) => a.fireAt - b.fireAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
}
