import type { ReadingRecord } from '@/utils/records';
import { type Fmt, formatMB } from '@/utils/format';

export interface DataBarProps {
  reading: Pick<ReadingRecord, 'remainingMB' | 'totalMB' | 'usedMB' | 'unlimited'>;
  /** Remaining share 0–1, when remaining and total are known. */
  share: number | null;
  /** At or below the line's low-data level: the bar takes the warning colour. */
  low: boolean;
  fmt: Fmt;
}

/**
 * Data left as text and a bar. The bar is a progressbar with its numbers and a text value, so a
 * screen reader says "Data left, 7.3 GB of 10 GB". "Unlimited" is shown as such; a stated
 * high-speed quota of an unlimited plan gets the bar.
 */
export function DataBar({ reading, share, low, fmt }: DataBarProps) {
  const { t } = fmt;
  const { remainingMB, totalMB, usedMB, unlimited } = reading;
  const caption = unlimited ? t('popup_data_highspeed') : t('popup_data_left');
  if (unlimited && remainingMB === null) {
    return (
      <p class="data">
        <span class="caption">{t('popup_data')}</span>{' '}
        <strong data-testid="remaining">{t('popup_unlimited')}</strong>
      </p>
    );
  }
  if (remainingMB === null) {
    if (usedMB === null) return null;
    return (
      <p class="data">
        <span class="caption">{t('popup_data_used')}</span> <strong>{formatMB(usedMB, fmt.intl)}</strong>
      </p>
    );
  }
  const left = formatMB(remainingMB, fmt.intl);
  const total = totalMB !== null ? formatMB(totalMB, fmt.intl) : null;
  return (
    <div class="data">
      <p>
        {unlimited && <span class="badge">{t('popup_unlimited')}</span>}{unlimited && ' '}
        <span class="caption">{caption}</span> <strong data-testid="remaining">{left}</strong>
        {total && <span class="total"> / {total}</span>}
      </p>
      {share !== null && total && (
        <div
          class={`bar${low ? ' low' : ''}`}
          role="progressbar"
          aria-label={caption}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 100)}
          aria-valuetext={t('popup_data_of', [left, total])}
        >
          <div class="fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
        </div>
      )}
    </div>
  );
}
