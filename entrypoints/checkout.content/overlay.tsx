import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OverlayPanel } from '@/components/overlay/panel';
import { fill } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/overlay/keys';
import { buildOverlayView } from '@/utils/overlay/view';
import { type Corner, chooseCorner, payButtonCandidates } from '@/utils/overlay/placement';
import { type PurchaseProfile, type PurchaseRead, readPurchase } from '@/utils/overlay/read-purchase';
import type { CheckoutInfo, ConfirmationInfo } from '@/utils/extract/types';
import type { CaptureResult, CheckoutContext } from '@/utils/messaging/protocol';
import { sendToBackground } from '@/utils/messaging/content';
import { liveBody } from './live-dom';
import { guardHost, watchPage } from './page-watch';

/** Space between the panel and the viewport edge, in px (rem would follow the page's root size). */
const MARGIN = 16;
/** Events that stop at the shadow root, so page scripts do not see what is typed or clicked. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input', 'change', 'focusin', 'focusout'];
const FAILED: CaptureResult = { saved: false, outcome: 'failed', line: null, lineCount: 0 };

const NOTHING: PurchaseRead = { onPurchasePage: false, checkout: null, confirmation: null };

/** What the page sells or sold right now, from a copy carrying the user's current choices. */
function readPage(profile: PurchaseProfile): PurchaseRead {
  const body = liveBody(document);
  return body ? readPurchase(body, new URL(location.href), new Date(), profile) : NOTHING;
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
  let corner: Corner = 'bottom-right';

  // The background knows which provider this page belongs to and what to show of it.
  const ask = () =>
    sendToBackground('getCheckoutContext', { checkout }).then(
      (c): CheckoutContext | null => (c.refused || !c.profile ? null : c),
      () => null,
    );
  let context = await ask();
  const profile = context?.profile;
  if (!context || !profile || !ctx.isValid) return;
  const first = readPage(profile);
  checkout = first.checkout;
  confirmation = first.confirmation;
  // Tell the background what this tab is about to buy (the confirmation page will need it).
  if (checkout) context = (await ask()) ?? context;
  // Hidden on this site for a while: the purchase is still recorded, silently.
  let shown = context.hiddenUntil <= Date.now();

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

  const hide = (forMs: number) => {
    shown = false;
    ui.remove();
    sendToBackground('hideOverlay', { provider: profile.id, forMs }).catch(() => undefined);
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
      now: Date.now(),
    });
    const fmt = { t, locale: context.language, timeZone: profile.timeZone };
    render(<OverlayPanel view={view} fmt={fmt} corner={corner} onHide={hide} />, wrapper);
  };

  /** Moves the panel to a corner clear of every visible pay button. */
  const place = () => {
    const panel = ui.mounted?.firstElementChild;
    if (!panel?.isConnected) return;
    const size = panel.getBoundingClientRect();
    // Not laid out (taken out of the page a moment ago): a zero-size panel fits anywhere.
    if (size.width === 0 || size.height === 0) return;
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const buttons = payButtonCandidates(document).map((el) => el.getBoundingClientRect());
    const next = chooseCorner(viewport, { width: size.width, height: size.height }, buttons, MARGIN);
    if (next !== corner) {
      corner = next;
      draw();
    }
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

  const onPageChange = async () => {
    const page = readPage(profile);
    here = page.onPurchasePage;
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
    draw();
    place();
  };

  if (shown && here) {
    ui.mount();
    draw();
    place();
  }
  guardHost(
    ctx,
    ui.shadowHost,
    () => shown && here,
    () => {
      document.documentElement.append(ui.shadowHost);
      place();
    },
  );
  watchPage(ctx, () => void onPageChange(), place);
  await captureIfConfirmed();
  draw();
  place();
}
