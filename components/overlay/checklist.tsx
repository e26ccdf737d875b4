import { formatPrice } from '@/utils/format';
import type { Price } from '@/utils/extract/types';
import type { Fmt } from './line';

/** The renewal guides' advice for the moment before paying, as a short list. */
export function OverlayChecklist({ price, refundHint, fmt }: { price: Price | null; refundHint: string; fmt: Fmt }) {
  const { t } = fmt;
  return (
    <section class="checklist" aria-labelledby="kigen-checklist">
      <h3 id="kigen-checklist">{t('overlay_checklist')}</h3>
      <ul>
        <li>{price ? t('overlay_check_amount', formatPrice(price, fmt.locale)) : t('overlay_check_amount_unknown')}</li>
        <li>{t('overlay_check_connection')}</li>
        <li>{t('overlay_check_order')}</li>
        <li>{refundHint || t('overlay_check_refund')}</li>
      </ul>
    </section>
  );
}
