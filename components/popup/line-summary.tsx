import { type Fmt, daysLeft, formatDate, formatDateTime, formatDaysLeft, formatMB, formatMoney, relativeTime, twoZoneTime } from '@/utils/format';
import type { LineStatus } from '@/components/popup/line-status';
import type { TierPosition } from '@/utils/providers/tiers';
import { DataBar } from './data-bar';
import { DAY_MS } from '@/utils/time';

export interface LineSummaryProps {
  status: LineStatus;
  fmt: Fmt;
  /** In the line detail: the keep-alive deadline even while the line is valid, and how sure it is. */
  detailed?: boolean;
  /** Opens the line's form at the keep-alive start, offered where the deadline is an estimate. */
  onEnterKeepAliveStart?: () => void;
}

/** The headline's words: what is lost, and when, in the one day count. */
export function headlineText(status: LineStatus, fmt: Fmt): string {
  const { t } = fmt;
  const h = status.headline;
  const when = h.at === null ? '' : formatDaysLeft(daysLeft(h.at, fmt.now, fmt.zone), fmt);
  const mb = h.mb === null ? '' : formatMB(h.mb, fmt.intl);
  switch (h.kind) {
    case 'expired':
      return t('popup_expired');
    case 'number':
      return t('popup_head_number', [when]);
    case 'sim':
      return t('popup_head_sim', [when]);
    case 'lapse':
      return t('popup_head_lapse', [mb, when]);
    case 'data':
      return t('popup_head_data', [when]);
    case 'low':
      return t('popup_head_low', [mb]);
    case 'used':
      return t('popup_head_used', [mb]);
    case 'monthly':
      return t('popup_head_monthly');
    case 'none':
      return t('popup_no_expiry');
  }
}

/**
 * A usage-tiered plan's step this month: "This month's price tier: ¥2,178 (3 GB–20 GB) · ¥3,278
 * after 17.3 GB more". The use itself is in the headline ("2.7 GB used this month").
 */
export function tierText(pos: TierPosition, fmt: Fmt): string {
  const { t } = fmt;
  const mb = (v: number) => formatMB(v, fmt.intl);
  const yen = (v: number) => formatMoney(v, 'JPY', fmt.intl);
  const { tier, fromMB, next, toNextMB } = pos;
  const range =
    tier.upToMB === null
      ? fromMB === null
        ? null
        : t('popup_tier_over', [mb(fromMB)])
      : fromMB === null
        ? t('popup_tier_up_to', [mb(tier.upToMB)])
        : t('popup_tier_between', [mb(fromMB), mb(tier.upToMB)]);
  const head = range === null ? yen(tier.monthlyYen) : t('popup_tier', [yen(tier.monthlyYen), range]);
  if (next === null || toNextMB === null) return head;
  const up = toNextMB > 0 ? t('popup_tier_next', [yen(next.monthlyYen), mb(toNextMB)]) : t('popup_tier_next_now', [yen(next.monthlyYen)]);
  return `${head} · ${up}`;
}

/** The line's most urgent loss, coloured by urgency: "SIM expires in 3 days", "12.5 GB of data lapses tomorrow". */
export function Headline({ status, fmt }: Pick<LineSummaryProps, 'status' | 'fmt'>) {
  const { urgency, estimate } = status.headline;
  return (
    // elementtiming: the browser records when this first data on screen was painted (the bench's
    // popup figure reads it; no script of ours runs for it).
    <p class={`headline u-${urgency}`} data-testid="headline" data-urgency={urgency} elementtiming="kigen-data">
      {headlineText(status, fmt)}
      {estimate && <span class="estimate">{` · ${fmt.t('popup_deadline_latest')}`}</span>}
    </p>
  );
}

/** "2026/12/31 22:59 (your time) · 23:59 JST": both clocks when they differ at that instant. */
export function ExpiryTime({
  at,
  providerZone,
  fmt,
  resets = false,
  dataOnly = false,
}: {
  at: number;
  providerZone: string | null;
  fmt: Fmt;
  /** A monthly plan's date is when the allowance resets, not a loss. */
  resets?: boolean;
  /** A keep-number line's or a travel eSIM's date is its data's, not the number's. */
  dataOnly?: boolean;
}) {
  const { t } = fmt;
  const when = twoZoneTime(at, fmt, providerZone);
  return (
    <p class="expiry" data-testid="expiry">
      <span class="caption">{t(resets ? 'popup_resets' : dataOnly ? 'popup_data_until' : 'popup_expires')}</span>{' '}
      {when.other === null ? (
        <time dateTime={new Date(at).toISOString()}>{when.local}</time>
      ) : (
        <>
          <time dateTime={new Date(at).toISOString()}>{t('popup_your_time', [when.local])}</time>
          {' · '}
          <span class="other-zone">{`${when.other} ${when.otherZone ?? ''}`}</span>
        </>
      )}
    </p>
  );
}

/** Everything a card says about a line's state, below its name. Reused at the top of the detail. */
export function LineSummary({ status, fmt, detailed = false, onEnterKeepAliveStart }: LineSummaryProps) {
  const { t } = fmt;
  const latest = status.view.latest;
  const zone = status.provider?.timeZone ?? null;
  // While the line is valid its expiry is the nearer deadline; the keep-alive one matters once it
  // lapses (or when no expiry is known). The detail always shows it.
  const lapsed = status.msLeft === null || status.msLeft <= 0;
  const keepAlive = detailed || lapsed ? status.keepAlive : null;
  const keepAliveNear = keepAlive !== null && keepAlive.deadline - fmt.now <= 30 * DAY_MS;
  return (
    <div class="summary">
      <Headline status={status} fmt={fmt} />
      {status.expiresAt !== null && (
        <ExpiryTime
          at={status.expiresAt}
          providerZone={zone}
          fmt={fmt}
          resets={status.kind === 'monthly'}
          dataOnly={status.kind === 'keep-number' || status.kind === 'travel-esim'}
        />
      )}
      {latest && latest.plan && <p class="plan">{latest.plan}</p>}
      {latest && <DataBar reading={latest} share={status.share} low={status.lowData} fmt={fmt} />}
      {status.tier && (
        <p class="note" data-testid="tier">
          {tierText(status.tier, fmt)}
        </p>
      )}
      {status.forecast && (
        <p class="note warn" data-testid="forecast">
          {t('popup_forecast', [formatDateTime(status.forecast.runOutAt, fmt.intl, fmt.zone)])}
        </p>
      )}
      {keepAlive && (
        <p class={`note${keepAliveNear ? ' warn' : ''}`} data-testid="keep-alive">
          {t('popup_keep_alive', [
            t(keepAlive.rule.actionKey),
            // A rule's deadline is a day (the end of it in the provider's zone), never a minute.
            formatDate(keepAlive.deadline, fmt.intl, zone ?? fmt.zone),
          ])}
        </p>
      )}
      {detailed && keepAlive?.anchorSource === 'firstSeen' && (
        <p class="meta" data-testid="keep-alive-estimated">
          {t('popup_keep_alive_estimated')}
          {onEnterKeepAliveStart && (
            <>
              {' '}
              <button type="button" class="link" data-testid="enter-keep-alive-start" onClick={onEnterKeepAliveStart}>
                {/* The fact the count is missing, as the provider's rule names it (povo: a paid topping's end). */}
                {t(keepAlive.rule.anchor === 'afterLastActivity' ? 'popup_keep_alive_enter_activity' : 'popup_keep_alive_enter_paid')}
              </button>
            </>
          )}
        </p>
      )}
      <p class="meta" data-testid="read-at">
        {status.readAt === null
          ? t('popup_never_read')
          : t(status.view.line.manual ? 'popup_entered' : 'popup_read', [relativeTime(status.readAt, fmt)])}
        {status.stale && (
          <>
            {' · '}
            <span class="stale" data-testid="stale">
              {t('popup_stale')}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
