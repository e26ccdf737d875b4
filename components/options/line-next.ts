import type { LineView } from '@/utils/connector/types';
import type { LineStake } from './line-stake';

/**
 * The date a row of the lines table shows: the nearer of the line's deadline (the number / SIM is
 * lost) and the end of its data, once either is ahead; when both are past, the later one (what the
 * line last lost). Pure.
 */
export interface NextDate {
  at: number;
  /** `deadline`: the number / SIM; `data`: the data the newest reading shows. */
  what: 'deadline' | 'data';
}

export function nextDate(view: LineView, stake: LineStake, now: number): NextDate | null {
  const dates: NextDate[] = [];
  if (stake.resolved) dates.push({ at: stake.resolved.deadline.at, what: 'deadline' });
  const dataEnd = view.latest?.expiresAt;
  if (dataEnd !== null && dataEnd !== undefined) dates.push({ at: dataEnd, what: 'data' });
  const ahead = dates.filter((d) => d.at >= now).sort((a, b) => a.at - b.at);
  if (ahead[0]) return ahead[0];
  return dates.sort((a, b) => b.at - a.at)[0] ?? null;
}
