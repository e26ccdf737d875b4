import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OverlayPanel } from '@/components/overlay/panel';
import { fill } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/overlay/keys';
import { buildOverlayView } from '@/utils/overlay/view';
import { type Place, choosePlace, guardedElements } from '@/utils/overlay/placement';
import type { PurchaseRead } from '@/utils/overlay/read-purchase';
import type { CheckoutInfo, ConfirmationInfo } from '@/utils/extract/types';
import type { CaptureResult, CheckoutContext } from '@/utils/messaging/protocol';
import { sendToBackground } from '@/utils/messaging/content';
import { liveBody } from './live-dom';
import { guardHost, watchPage } from './page-watch';

/** Space between the panel and the viewport edge, in px (rem would follow the page's root size). */
const MARGIN = 16;
/** The panel opens only where it can show at least this much of itself (it scrolls inside). */
const MIN_PANEL = 180;
/** Up to this viewport (either side), the panel starts as the pill; a larger one starts it open. */
const PILL_UP_TO_WIDTH = 1000;
const PILL_UP_TO_HEIGHT = 700;
/** Events that stop at the shadow root, so page scripts do not see what is typed or clicked. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input', 'change', 'focusin', 'focusout'];
const FAILED: CaptureResult = { saved: false, outcome: 'failed', line: null, lineCount: 0 };

const NOTHING: PurchaseRead = { onPurchasePage: false, checkout: null, confirmation: null };

/**
 * What the page sells or sold right now: a copy carrying the user's current choices, read in the
 * extension (entrypoints/background/read-purchase.ts), so the page compiles none of the reader.
 */
async function readPage(): Promise<PurchaseRead> {
  const body = liveBody(document);
  if (!body) return NOTHING;
  return sendToBackground('readPurchase', { html: body.outerHTML, url: location.href }).then(
    (read) => read ?? NOTHING,
    () => NOTHING,
  );
}

/**
 * Shows the panel on a provider checkout page and records the purchase on its confirmation page.
 * All state lives in this closure, bound to the content-script context; nothing on globals or DOM.
 */
export async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  let checkout: CheckoutInfo | null = null;
  let confirmation: ConfirmationInfo | null = null;
  let capture: CaptureResult | null = null;
  let capturedKey: string | null = null;
  // What the user asked for (open or the pill), and what is shown: open only where it fits.
  const viewport = () => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight });
  let wantOpen = viewport().width > PILL_UP_TO_WIDTH && viewport().height > PILL_UP_TO_HEIGHT;
  let open = wantOpen;
  let place: Place | null = null;
  // The page's pay buttons, total and card fields: found when the page settles, measured per frame.
  let guarded: Element[] = [];

  // The background knows which provider this page belongs to and what to show of it.
  const ask = () =>
    sendToBackground('getCheckoutContext', { checkout }).then(
      (c): CheckoutContext | null => (c.refused || !c.profile ? null : c),
      () => null,
    );
  let context = await ask();
  const profile = context?.profile;
  if (!context || !profile || !ctx.isValid) return;
  // (The page may move while its first copy is read: a single-page shop's router, seen below.)
  const firstUrl = location.href;
  const first = await readPage();
  if (!ctx.isValid) return;
  checkout = first.checkout;
  confirmation = first.confirmation;
  // Tell the background what this tab is about to buy (the confirmation page will need it).
  if (checkout) context = (await ask()) ?? context;
  // Hidden on this site: the purchase is still recorded, silently.
  let shown = !context.hidden;

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'kigen-checkout',
    position: 'inline',
    // On <html> rather than <body>: single-page apps that re-render the body keep the panel.
    anchor: document.documentElement,
    append: 'last',
    mode: 'closed',
    isolateEvents: ISOLATED_EVENTS,
    onMount: (container) => {
      const wrapper = document.createElement('div');
      container.append(wrapper);
      return wrapper;
    },
    onRemove: (wrapper) => {
      if (!wrapper) return;
      render(null, wrapper);
      wrapper.remove();
    },
  });

  const t: Translate = (key, ...subs) => fill(context?.texts[key] ?? key, subs);

  const hide = () => {
    shown = false;
    ui.remove();
    sendToBackground('hideOverlay', { provider: profile.id }).catch(() => undefined);
  };

  const draw = () => {
    const wrapper = ui.mounted;
    if (!wrapper || !context) return;
    const view = buildOverlayView({
      rule: profile.topUp,
      timeZone: profile.timeZone,
      providerName: context.providerName,
      lines: context.lines,
      checkout,
      confirmation,
      capture,
      supportHint: context.supportHint,
      refundHint: context.refundHint,
      autoRenewFits: context.autoRenewFits,
      now: Date.now(),
    });
    const fmt = { t, locale: context.language, timeZone: profile.timeZone };
    render(
      <OverlayPanel view={view} fmt={fmt} open={open} cramped={wantOpen && !open} place={place} onToggle={toggle} onHide={hide} />,
      wrapper,
    );
  };

  /**
   * Puts the panel where it covers no pay button, total or card field: open where it fits (at
   * least MIN_PANEL tall), else the pill, else (nowhere free) out of sight until the next resize
   * or scroll. Renders, measures and renders again in one task, so nothing paints in between.
   */
  const placeNow = () => {
    if (ui.mounted && !ui.mounted.firstElementChild) draw();
    const box = ui.mounted?.firstElementChild;
    if (!box?.isConnected) return;
    const rects = guarded.map((el) => el.getBoundingClientRect());
    const fit = (min: number) => {
      const r = box.getBoundingClientRect();
      // Not laid out (taken out of the page a moment ago): leave it where it is.
      if (r.width === 0) return undefined;
      // The height it wants: its content, whatever height it was last given.
      return choosePlace(viewport(), { width: r.width, height: box.scrollHeight + r.height - box.clientHeight }, rects, MARGIN, min);
    };
    let next: Place | null | undefined = null;
    if (wantOpen) {
      open = true;
      draw();
      next = fit(MIN_PANEL);
    }
    if (!next) {
      open = false;
      draw();
      next = fit(0);
    }
    if (next === undefined) return;
    if (JSON.stringify(next) !== JSON.stringify(place)) {
      place = next;
      draw();
    }
  };

  const toggle = () => {
    wantOpen = !open;
    placeNow();
  };

  /** Sends the purchase once per order (a reload or a re-render does not record it twice). */
  const captureIfConfirmed = async () => {
    if (!confirmation) return;
    const key = confirmation.orderNumber ?? JSON.stringify(confirmation);
    if (key === capturedKey) return;
    capturedKey = key;
    capture = await sendToBackground('submitCapture', { provider: profile.id, confirmation, checkout }).catch(() => FAILED);
  };

  // Single-page shops move between pages without reloading: the panel leaves with the checkout.
  let here = first.onPurchasePage;

  // Reads answer in order of asking; a page that changes again meanwhile is read again, and only
  // the newest answer counts.
  let asked = 0;
  const onPageChange = async () => {
    const mine = ++asked;
    const page = await readPage();
    if (mine !== asked || !ctx.isValid) return;
    here = page.onPurchasePage;
    guarded = here ? guardedElements(document) : [];
    if (!here) {
      confirmation = null;
      capture = null;
      if (ui.mounted) ui.remove();
      return;
    }
    if (shown && !ui.mounted) ui.mount();
    if (page.confirmation) {
      confirmation = page.confirmation;
      await captureIfConfirmed();
    } else if (!confirmation && JSON.stringify(page.checkout) !== JSON.stringify(checkout)) {
      checkout = page.checkout;
      context = (await ask()) ?? context;
    }
    placeNow();
  };

  guarded = guardedElements(document);
  if (shown && here) {
    ui.mount();
    placeNow();
  }
  guardHost(
    ctx,
    ui.shadowHost,
    () => shown && here,
    () => {
      document.documentElement.append(ui.shadowHost);
      placeNow();
    },
  );
  watchPage(ctx, () => void onPageChange(), placeNow);
  // Moved while the first copy was read: the watch starts from the new address and would not see it.
  if (location.href !== firstUrl) void onPageChange();
  await captureIfConfirmed();
  placeNow();
}
