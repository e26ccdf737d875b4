import type { RenewalRecord } from '@/utils/records';
import { methodNameKey } from '@/utils/providers/guide-keys';
import { type Fmt, formatDateTime, formatMoney } from '@/utils/format';

export interface RenewalHistoryProps {
  renewals: readonly RenewalRecord[];
  fmt: Fmt;
}

/** Renewals, newest first: when, how, the order number and the amount (what settles a dispute). */
export function RenewalHistory({ renewals, fmt }: RenewalHistoryProps) {
  const { t } = fmt;
  if (renewals.length === 0) return <p class="meta">{t('popup_renewals_none')}</p>;
  const sorted = renewals.slice().sort((a, b) => b.at - a.at);
  return (
    <ul class="renewals" data-testid="renewals">
      {sorted.map((r) => (
        <li key={r.id ?? r.at}>
          <p>
            <time dateTime={new Date(r.at).toISOString()}>{formatDateTime(r.at, fmt.intl, fmt.zone)}</time>
            {' · '}
            {t(r.method === 'checkout' ? 'popup_method_checkout' : methodNameKey(r.method))}
            {r.amount !== null && (
              <>
                {' · '}
                <strong>{formatMoney(r.amount, r.currency, fmt.intl)}</strong>
              </>
            )}
          </p>
          {r.product && <p class="meta">{r.product}</p>}
          <p class="meta">
            {r.orderNumber ? t('popup_order_number', [r.orderNumber]) : t('popup_order_none')}
            {' · '}
            <span class={`status s-${r.status}`}>{t(`popup_status_${r.status}`)}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
