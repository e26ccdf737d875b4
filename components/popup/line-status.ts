import type { LineKind, ReadingRecord } from '../../utils/records';
import type { ProviderSummary } from '../../utils/providers/summary';
import { keepAliveRuleFor } from '../../utils/providers/keep-alive-rule';
import { type TierPosition, usageTierFor } from '../../utils/providers/tiers';
import type { LineFacts } from '../../utils/providers/method-fit';
import { type KeepAliveStatus, type LineDeadline, resolveLineDeadline } from '../../utils/lines/deadline';
import { lineKindOf } from '../../utils/lines/kind';
// From the module itself, not the planner's index: the popup's list needs none of the planner.
import { type RunOutForecast, forecastRunOut, lowDataThresholdMB } from '../../utils/reminders/data-left';
import type { Settings } from '../../utils/settings';
import type { LineView } from '../../utils/connector/types';
import { DAY_MS, dateIn } from '@/utils/time';

/**
 * What a line card shows, derived from stored data and the clock: a pure function, so the
 * popup's order and colours are tested without rendering.
 */

/** How urgent a line's expiry is: the card's colour. `none` when no expiry is known. */
export const URGENCIES = ['expired', 'critical', 'soon', 'week', 'ok', 'none'] as const;
export type Urgency = (typeof URGENCIES)[number];

export interface LineStatus {
  view: LineView;
  provider: ProviderSummary | undefined;
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
  /** What the line is (prepaid, keep-number, monthly, travel eSIM). */
  kind: LineKind;
  /** When the number / SIM is lost (null for monthly plans and travel eSIMs, or when unknown). */
  deadline: LineDeadline | null;
  /** The card's headline: the line's most urgent loss. */
  headline: Headline;
  /**
   * On a monthly line of a usage-tiered provider (Rakuten最強プラン): the price step this month's
   * use falls in. null when the provider has no steps, the newest reading states no use, or it was
   * taken in an earlier month (see `tierOf`).
   */
  tier: TierPosition | null;
  /** The plan name as read: the newest reading that names one; null when none did. */
  plan: string | null;
}

/**
 * What the headline says, most urgent loss first: the number (`number`, a prepaid SIM's `sim`),
 * data lapsing (`lapse` with its amount, `data` when the amount is unknown), low data; a monthly
 * plan says what was used this month (`used`, or just `monthly`).
 */
export interface Headline {
  kind: 'expired' | 'number' | 'sim' | 'lapse' | 'data' | 'low' | 'used' | 'monthly' | 'none';
  /** The instant lost at (number, sim, lapse, data, expired), else null. */
  at: number | null;
  /** The data lapsing, left (low) or used this month (used), in MB. */
  mb: number | null;
  /** The deadline is an estimate: "at the latest". */
  estimate: boolean;
  urgency: Urgency;
}

/** A data loss ahead is the headline over low data only this close. */
const LAPSE_HEADLINE_MS = 7 * DAY_MS;

interface Lapse {
  at: number;
  mb: number | null;
}

/**
 * Data that lapses on this line, soonest first: the newest reading's buckets with data left and an
 * expiry ahead (before the line deadline, which says it); a reading without buckets on a
 * keep-number line or a travel eSIM is one such bucket. Monthly allowances reset and are not lost;
 * a prepaid SIM's own expiry is its deadline.
 */
function lapsesOf(latest: ReadingRecord | undefined, kind: LineKind, deadlineAt: number | null, now: number): Lapse[] {
  if (!latest || kind === 'monthly') return [];
  const buckets =
    latest.buckets.length > 0
      ? latest.buckets
      : kind === 'prepaid'
        ? []
        : [{ remainingMB: latest.unlimited ? null : latest.remainingMB, expiresAt: latest.expiresAt }];
  return buckets
    .flatMap((b) =>
      b.expiresAt !== null && b.expiresAt > now && (deadlineAt === null || b.expiresAt < deadlineAt) && (b.remainingMB === null || b.remainingMB > 0)
        ? [{ at: b.expiresAt, mb: b.remainingMB }]
        : [],
    )
    .sort((a, b) => a.at - b.at);
}

function headlineOf(
  latest: ReadingRecord | undefined,
  kind: LineKind,
  deadline: LineDeadline | null,
  lowData: boolean,
  now: number,
): Headline {
  const h = (k: Headline['kind'], at: number | null, mb: number | null = null, estimate = false): Headline => ({
    kind: k,
    at,
    mb,
    estimate,
    urgency: k === 'low' ? 'soon' : urgencyOf(at === null ? null : at - now),
  });
  if (deadline && deadline.at <= now) return h('expired', deadline.at);
  const stakes: Array<{ kind: Headline['kind']; at: number; mb: number | null; estimate: boolean }> = lapsesOf(latest, kind, deadline?.at ?? null, now).map(
    (l) => ({ kind: l.mb === null ? 'data' : 'lapse', at: l.at, mb: l.mb, estimate: false }),
  );
  if (deadline) {
    stakes.push({ kind: kind === 'prepaid' && deadline.basis !== 'rule' ? 'sim' : 'number', at: deadline.at, mb: null, estimate: deadline.estimate });
  }
  const next = stakes.sort((a, b) => a.at - b.at)[0];
  const remaining = latest?.remainingMB ?? null;
  if (next && (next.at - now <= LAPSE_HEADLINE_MS || !lowData)) return h(next.kind, next.at, next.mb, next.estimate);
  if (lowData) return h('low', null, remaining);
  if (kind === 'monthly') {
    const used = latest?.usedMB ?? (latest?.totalMB != null && remaining !== null ? Math.max(0, latest.totalMB - remaining) : null);
    return used === null ? h('monthly', null) : h('used', null, used);
  }
  // A package or plan that ended, where no deadline says more (a travel eSIM's last package).
  if (latest?.expiresAt != null && latest.expiresAt <= now) return h('expired', latest.expiresAt);
  return h('none', null);
}

/**
 * The price step of this month's use: the newest reading's `usedMB`, the page's own figure
 * (Rakuten's 当月分「データ利用量」, which leaves out data bought with データチャージ), not a use
 * worked out from total − left; on a monthly line, when that reading is from this calendar month in
 * the provider's zone: last month's use says nothing of this month's price.
 */
function tierOf(latest: ReadingRecord | undefined, kind: LineKind, provider: ProviderSummary | undefined, now: number): TierPosition | null {
  if (!latest || kind !== 'monthly' || !provider?.usageTiers) return null;
  const read = dateIn(latest.at, provider.timeZone);
  const today = dateIn(now, provider.timeZone);
  if (read.y !== today.y || read.m !== today.m) return null;
  return usageTierFor(provider.usageTiers, latest.usedMB);
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
  provider: ProviderSummary | undefined,
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
  const plan = [...withLatest(view)].reverse().find((r) => r.plan)?.plan ?? null;
  const rule = provider ? keepAliveRuleFor(provider, plan) : undefined;
  const kind = lineKindOf(view.line, provider, plan);
  const resolved = resolveLineDeadline({
    line: view.line,
    kind,
    readings: withLatest(view),
    renewals: view.renewals,
    rule,
    timeZone: provider?.timeZone ?? 'UTC',
  });
  // A rule's deadline needs the history: none while it loads (a stated one is there at once).
  const deadline = resolved && !(view.partial && resolved.deadline.basis === 'rule') ? resolved.deadline : null;
  const keepAlive = view.partial ? null : (resolved?.keepAlive ?? null);
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
    kind,
    deadline,
    headline: headlineOf(latest, kind, deadline, lowData, now),
    tier: tierOf(latest, kind, provider, now),
    plan,
  };
}

/** Whether the card asks for action: its most urgent loss is within a week, or already here. */
export function needsAction(status: LineStatus): boolean {
  return ACTION_URGENCIES.includes(status.headline.urgency);
}

const ACTION_URGENCIES: readonly Urgency[] = ['expired', 'critical', 'soon', 'week'];

/** What the readings say of a line for choosing its renewal methods (`methodsForLine`). */
export function lineFacts(status: LineStatus): LineFacts {
  const latest = status.view.latest;
  return {
    plan: status.plan,
    unlimited: latest?.unlimited ?? null,
    sourceUrl: latest?.source === 'page' ? latest.sourceUrl : null,
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
