import { Component, createRef } from 'preact';
import type { OverlayKey } from '@/utils/overlay/keys';
import type { OverlayView } from '@/utils/overlay/view';
import type { Corner } from '@/utils/overlay/placement';
import { OverlayCapture } from './capture';
import { OverlayChecklist } from './checklist';
import { AfterRows, type Fmt, OverlayLineCard } from './line';
import { HOUR_MS } from '@/utils/time';

/** How long "hide on this site" lasts, as the user picks it. */
export const HIDE_CHOICES: ReadonlyArray<{ key: OverlayKey; ms: number }> = [
  { key: 'overlay_hide_1h', ms: HOUR_MS },
  { key: 'overlay_hide_1d', ms: 24 * HOUR_MS },
  { key: 'overlay_hide_7d', ms: 7 * 24 * HOUR_MS },
];

export interface OverlayPanelProps {
  view: OverlayView;
  fmt: Fmt;
  corner: Corner;
  /** The user hides the panel on this site for `ms`. */
  onHide: (ms: number) => void;
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
        <OverlayLineCard key={item.line.lineId} item={item} fmt={fmt} showAfter={view.product != null || item.after.bucket != null || item.after.expiresAt != null} />
      ))}
      {view.productOnly && (
        <>
          <p class="note">{t('overlay_no_lines', view.providerName)}</p>
          {view.product && (
            <article class="line">
              <p class="sub after">{t('overlay_after')}</p>
              <AfterRows after={view.productOnly} fmt={fmt} />
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

interface PanelState {
  open: boolean;
  hideMenu: boolean;
}

/**
 * The checkout panel: collapsible, hideable per site, every control a real button. A class
 * component on purpose: Preact's core has them, so the content script ships without the hooks
 * module (its size budget).
 */
export class OverlayPanel extends Component<OverlayPanelProps, PanelState> {
  override state: PanelState = { open: true, hideMenu: false };
  private firstChoice = createRef<HTMLButtonElement>();
  private hideButton = createRef<HTMLButtonElement>();

  override componentDidUpdate(_: OverlayPanelProps, before: PanelState) {
    if (this.state.hideMenu && !before.hideMenu) this.firstChoice.current?.focus();
  }

  private closeMenu = () => {
    this.setState({ hideMenu: false });
    this.hideButton.current?.focus();
  };

  override render({ view, fmt, corner, onHide }: OverlayPanelProps, { open, hideMenu }: PanelState) {
    const { t } = fmt;
    return (
      <section
        class={`panel at-${corner}`}
        lang={fmt.locale}
        role="region"
        aria-labelledby="kigen-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && hideMenu) this.closeMenu();
        }}
      >
        <header>
          <span class="mark" aria-hidden="true">
            期
          </span>
          <h2 id="kigen-title">{t(view.mode === 'confirmation' ? 'overlay_title_confirmation' : 'overlay_title')}</h2>
          <button
            type="button"
            class="icon"
            aria-expanded={open}
            aria-controls="kigen-body"
            title={open ? t('overlay_collapse') : t('overlay_expand')}
            aria-label={open ? t('overlay_collapse') : t('overlay_expand')}
            onClick={() => this.setState({ open: !open })}
          >
            <span aria-hidden="true">{open ? '−' : '+'}</span>
          </button>
        </header>
        <div id="kigen-body" class="body" hidden={!open}>
          <Body view={view} fmt={fmt} />
          <footer>
            <button
              type="button"
              class="link"
              ref={this.hideButton}
              aria-expanded={hideMenu}
              aria-controls="kigen-hide"
              onClick={() => this.setState({ hideMenu: !hideMenu })}
            >
              {t('overlay_hide')}
            </button>
            <div id="kigen-hide" class="hide" role="group" aria-label={t('overlay_hide_for')} hidden={!hideMenu}>
              {HIDE_CHOICES.map((c, i) => (
                <button type="button" key={c.key} ref={i === 0 ? this.firstChoice : undefined} onClick={() => onHide(c.ms)}>
                  {t(c.key)}
                </button>
              ))}
              <button type="button" class="link" onClick={this.closeMenu}>
                {t('overlay_hide_cancel')}
              </button>
            </div>
          </footer>
        </div>
      </section>
    );
  }
}
