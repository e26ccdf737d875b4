import { formatDaysLeft } from '@/utils/format';
import type { OverlayKey } from '@/utils/overlay/keys';
import type { OverlayView, Stake } from '@/utils/overlay/view';
import type { Place } from '@/utils/overlay/placement';
import { OverlayCapture } from './capture';
import { OverlayChecklist } from './checklist';
import { AfterRows, type Fmt, OverlayLineCard } from './line';

export interface OverlayPanelProps {
  view: OverlayView;
  fmt: Fmt;
  /** Shown expanded; else the pill (its head alone). */
  open: boolean;
  /** The user asked for the panel, but no place shows it clear of the pay button and the total. */
  cramped: boolean;
  /** Where it sits (utils/overlay/placement.ts); null until placed, or where nothing is free. */
  place: Place | null;
  /** The head was clicked (or Enter / Space on it): open or close. */
  onToggle: () => void;
  /** "Hide on this site": one click, undone in options. */
  onHide: () => void;
}

const stakeKey = (kind: Stake['kind']): OverlayKey => `popup_head_${kind}`;

/**
 * The head's words, the same open or closed: "Kigen · Data expires in 10 days", the most urgent
 * loss in the popup's own words; on a confirmation page whether the purchase was saved.
 */
export function headText(view: OverlayView, fmt: Fmt): string {
  const { t } = fmt;
  const { stake } = view;
  const what =
    view.mode === 'confirmation'
      ? view.capture?.saved
        ? t('overlay_saved_title')
        : null
      : stake && (stake.days < 0 ? t('popup_expired') : t(stakeKey(stake.kind), formatDaysLeft(stake.days, { intl: fmt.locale })));
  return what ? `Kigen · ${what}` : t(view.mode === 'confirmation' ? 'overlay_title_confirmation' : 'overlay_title');
}

function Body({ view, fmt }: { view: OverlayView; fmt: Fmt }) {
  const { t } = fmt;
  if (view.mode === 'confirmation' && view.confirmation) {
    return (
      <OverlayCapture
        confirmation={view.confirmation}
        capture={view.capture}
        providerName={view.providerName}
        supportHint={view.supportHint}
        fmt={fmt}
      />
    );
  }
  return (
    <>
      <p class="product" data-part="product">
        {view.product?.product ? t('overlay_buying', view.product.product) : t('overlay_product_unknown')}
      </p>
      {view.lines.map((item) => (
        <OverlayLineCard
          key={item.line.lineId}
          item={item}
          fmt={fmt}
          showAfter={view.product != null || item.after.bucket != null || item.after.expiresAt != null}
        />
      ))}
      {view.productOnly && (
        <>
          <p class="note">{t('overlay_no_lines', view.providerName)}</p>
          {view.product && (
            <article class="line">
              <p class="sub after">{t('overlay_after')}</p>
              <AfterRows after={view.productOnly} kind={null} deadlineAfter={null} fmt={fmt} />
            </article>
          )}
        </>
      )}
      {view.autoRenewOffered && (
        <p class="warn" role="note">
          {t('overlay_warn_autoRenewOffered', view.providerName)}
        </p>
      )}
      <OverlayChecklist price={view.product?.price ?? null} refundHint={view.refundHint} fmt={fmt} />
    </>
  );
}

/**
 * The checkout panel: a pill ("期 Kigen · Data expires in 10 days") that opens into the panel and
 * closes again, and one click to hide it on this site. The head is one real button with
 * aria-expanded, so the keyboard (Tab, Enter, Space) and screen readers work it as they work any
 * disclosure. A plain function of its props: the content script decides open or closed and where
 * it sits, because only it can measure the page (and the bundle needs no hooks module).
 */
export function OverlayPanel({ view, fmt, open, cramped, place, onToggle, onHide }: OverlayPanelProps) {
  const { t } = fmt;
  return (
    <section
      class={open ? 'panel' : 'panel pill'}
      // A section with a name is a region landmark: its name is the head's words.
      lang={fmt.locale}
      aria-labelledby="kigen-head"
      style={place ?? { visibility: 'hidden' }}
    >
      <header>
        <button
          type="button"
          id="kigen-head"
          class="head"
          aria-expanded={open}
          aria-controls="kigen-body"
          title={cramped ? t('overlay_no_room') : undefined}
          onClick={onToggle}
        >
          <span class="mark" aria-hidden="true">
            期
          </span>
          <span class="title">{headText(view, fmt)}</span>
          <span class="chevron" aria-hidden="true">
            {open ? '−' : '+'}
          </span>
        </button>
        {!open && (
          // Named by its title (the × is not read out).
          <button type="button" class="icon" title={t('overlay_hide')} onClick={onHide}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <div id="kigen-body" class="body" hidden={!open}>
        <Body view={view} fmt={fmt} />
        <footer>
          <button type="button" class="link" onClick={onHide}>
            {t('overlay_hide')}
          </button>
          <span class="meta">{t('overlay_hide_undo')}</span>
        </footer>
      </div>
    </section>
  );
}
