import type { KeepAliveStatus } from '../lines/deadline';
import { type Candidate, makeReminderKey } from './schedule';
import { KEEP_ALIVE_LEAD_DAYS } from './types';
import { addLocalDays } from './waking-hours';

/**
 * Keep-number-alive (保号) reminders. The deadline itself comes from utils/lines/deadline.ts (the
 * one deadline computation); here it only becomes a series of reminders.
 */

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
