import { formatPrice } from '@/utils/format';
import type { ConfirmationInfo } from '@/utils/extract/types';
import type { CaptureResult } from '@/utils/messaging/protocol';
import type { Fmt } from './line';

/**
 * The confirmation page's part: what was bought, whether Kigen saved it as a pending renewal
 * (and to which line), and what happens next.
 */
export function OverlayCapture({
  confirmation,
  capture,
  providerName,
  supportHint,
  fmt,
}: {
  confirmation: ConfirmationInfo;
  capture: CaptureResult | null;
  providerName: string;
  supportHint: string;
  fmt: Fmt;
}) {
  const { t } = fmt;
  const lineName = capture?.line ? (capture.line.label ?? capture.line.shownId ?? t('overlay_line')) : '';
  return (
    <section class="capture" aria-live="polite">
      {capture?.saved && (
        <>
          <h3 class="ok" data-part="saved">
            {t('overlay_saved_title')}
          </h3>
          {capture.outcome === 'duplicate' && <p>{t('overlay_saved_duplicate')}</p>}
          <p>
            {capture.lineCount > 1
              ? t('overlay_saved_picked', providerName, capture.lineCount, lineName)
              : t('overlay_saved_line', lineName)}
          </p>
        </>
      )}
      {capture && !capture.saved && (
        <p class="warn" role="alert">
          {capture.outcome === 'noLine' ? t('overlay_not_saved_no_line', providerName) : t('overlay_not_saved')}
        </p>
      )}
      <dl class="rows">
        {confirmation.orderNumber != null && (
          <>
            <dt>{t('overlay_order_number')}</dt>
            <dd class="mono">{confirmation.orderNumber}</dd>
          </>
        )}
        {confirmation.price != null && (
          <>
            <dt>{t('overlay_amount')}</dt>
            <dd>{formatPrice(confirmation.price, fmt.locale)}</dd>
          </>
        )}
        {confirmation.product != null && (
          <>
            <dt>{t('overlay_product')}</dt>
            <dd>{confirmation.product}</dd>
          </>
        )}
      </dl>
      {capture?.saved && <p class="note">{t('overlay_saved_next')}</p>}
      {supportHint && <p class="meta">{supportHint}</p>}
    </section>
  );
}
