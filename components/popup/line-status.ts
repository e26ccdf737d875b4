import type { ReadingRecord } from '../../utils/records';
import type { ProviderProfile } from '../../utils/providers/types';
import { keepAliveRuleFor } from '../../utils/providers/keep-alive-rule';
import {
  type KeepAliveStatus,
  type RunOutForecast,
  forecastRunOut,
  keepAliveDeadline,
  lowDataThresholdMB,
} from '../../utils/reminders';
import type { Settings } from '../../utils/settings';
import type { LineView } from '../../utils/connector/types';
import { DAY_MS } from '@/utils/time';

/**
 * What a line card shows, derived from stored data and the clock: a pure function, so the
 * popup's order and colours are tested without rendering.
 */

/** How urgent a line's expiry is: the card's colour. `none` when no expiry is known. */
export const URGENCIES = ['expired', 'critical', 'soon', 'week', 'ok', 'none'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface LineStatus {
  view: LineView;
  provider: ProviderProfile | undefined;
  expiresAt: number | null;
  /** expiresAt − now; negative once expired. */
  msLeft: number | null;
  urgency: Urgency;
  /** When the newest reading was taken. */
  readAt: number | null;
  /** No reading for more than settings.staleDays. */
  stale: boolean;
  /** Remaining share of the total, 0–1, when both are known. */
  share: number | null;
  /** The data left is at or below the line's low-data level (the reminders' threshold). */
  lowData: boolean;
  /** The data runs out before the expiry at the recent rate. */
  forecast: RunOutForecast | null;
  keepAlive: KeepAliveStatus | null;
}

export function urgencyOf(msLeft: number | null): Urgency {
  if (msLeft === null) return 'none';
  if (msLeft <= 0) return 'expired';
  if (msLeft <= DAY_MS) return 'critical';
  if (msLeft <= 3 * DAY_MS) return 'soon';
  if (msLeft <= 7 * DAY_MS) return 'week';
  return 'ok';
}

function withLatest(view: LineView): ReadingRecord[] {
  const { recent, latest } = view;
  if (!latest || recent.some((r) => r.id === latest.id && r.at === latest.at)) return recent;
  return [...recent, latest];
}

export function lineStatus(
  view: LineView,
  provider: ProviderProfile | undefined,
  settings: Pick<Settings, 'staleDays' | 'lowDataPercent' | 'lowDataMB'>,
  now: number,
): LineStatus {
  const latest = view.latest;
  const expiresAt = latest?.expiresAt ?? null;
  const msLeft = expiresAt === null ? null : expiresAt - now;
  const readAt = latest?.at ?? null;
  const remaining = latest?.remainingMB ?? null;
  const total = latest?.totalMB ?? null;
  const share = remaining !== null && total !== null && total > 0 ? Math.min(1, Math.max(0, remaining / total)) : null;
  const threshold = lowDataThresholdMB(total, settings, view.line.settings);
  const lowData = remaining !== null && threshold > 0 && remaining <= threshold;
  // A partial view has no history yet: no forecast or keep-alive deadline rather than a guess.
  const run = latest && !view.partial ? forecastRunOut(withLatest(view), now) : null;
  const forecast = run && expiresAt !== null && run.runOutAt < expiresAt && (msLeft ?? 0) > 0 ? run : null;
  const rule = provider ? keepAliveRuleFor(provider, latest?.plan ?? null) : undefined;
  const keepAlive =
    provider && rule && !view.partial ? keepAliveDeadline(view.line, withLatest(view), view.renewals, rule, provider.timeZone) : null;
  return {
    view,
    provider,
    expiresAt,
    msLeft,
    urgency: urgencyOf(msLeft),
    readAt,
    stale: readAt !== null && now - readAt > settings.staleDays * DAY_MS,
    share,
    lowData,
    forecast,
    keepAlive,
  };
}

/** The line's name in lists: the user's label, else the id the page shows, else null. */
export function lineName(view: LineView): string | null {
  return view.line.label?.trim() || view.line.lineId || null;
}

/**
 * Most urgent first: expired lines (the most recently expired first: the likeliest to be still
 * rescued), then lines by expiry, soonest first; then lines without an expiry by keep-alive
 * deadline, then by the share of data left (least first), then the rest; ties by name.
 */
export function compareStatus(a: LineStatus, b: LineStatus): number {
  const rank = (s: LineStatus): [number, number] => {
    if (s.expiresAt !== null && s.urgency === 'expired') return [0, -s.expiresAt];
    if (s.expiresAt !== null) return [1, s.expiresAt];
    if (s.keepAlive) return [2, s.keepAlive.deadline];
    if (s.share !== null) return [3, s.share];
    return [4, 0];
  };
  const [ga, va] = rank(a);
  const [gb, vb] = rank(b);
  if (ga !== gb) return ga - gb;
  if (va !== vb) return va - vb;
  return (lineName(a.view) ?? a.view.line.id).localeCompare(lineName(b.view) ?? b.view.line.id);
}

export function sortByUrgency(statuses: readonly LineStatus[]): LineStatus[] {
  return [...statuses].sort(compareStatus);
}
