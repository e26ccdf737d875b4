import type { CheckoutInfo, ConfirmationInfo } from '../extract/types';
import type { CaptureResult, OverlayLine } from '../messaging/protocol';
import type { TopUpRule } from '../providers/types';
import { type AfterPurchase, afterPurchase } from './after-purchase';
import { type LineWarning, autoRenewOffered, lineWarnings } from './warnings';
import { daysLeft } from '../format';
import { localZone } from '../time';

/**
 * The overlay's view model: everything the panel shows, worked out from the background's context
 * (this provider's lines), what the page sells or confirms, and the provider's rules. Pure, so
 * the panel components only lay it out.
 */

export interface OverlayLineView {
  line: OverlayLine;
  /** Days to the line's expiry in the one day count (utils/format.ts `daysLeft`), or null. */
  daysLeft: number | null;
  after: AfterPurchase;
  warnings: LineWarning[];
}

export interface OverlayView {
  mode: 'checkout' | 'confirmation';
  providerName: string;
  timeZone: string;
  /** What the page sells (checkout mode); null when it could not be read. */
  product: CheckoutInfo | null;
  lines: OverlayLineView[];
  /** Set when no line of the provider is known: what the product alone gives. */
  productOnly: AfterPurchase | null;
  autoRenewOffered: boolean;
  /** Confirmation mode: what was bought, and whether Kigen saved it (null while saving). */
  confirmation: ConfirmationInfo | null;
  capture: CaptureResult | null;
  supportHint: string;
  refundHint: string;
}

export interface ViewInput {
  rule: TopUpRule;
  timeZone: string;
  providerName: string;
  lines: readonly OverlayLine[];
  checkout: CheckoutInfo | null;
  confirmation: ConfirmationInfo | null;
  capture: CaptureResult | null;
  supportHint: string;
  refundHint: string;
  now: number;
  /** The user's zone, for the day count (the browser's by default). */
  userZone?: string;
}

export function buildOverlayView(input: ViewInput): OverlayView {
  const { rule, timeZone, checkout, now } = input;
  const zone = input.userZone ?? localZone();
  const lines = input.lines.map((line) => ({
    line,
    daysLeft: line.expiresAt == null ? null : daysLeft(line.expiresAt, now, zone),
    after: afterPurchase(rule, line, checkout, now, timeZone),
    warnings: lineWarnings(rule, line, now, zone),
  }));
  return {
    mode: input.confirmation ? 'confirmation' : 'checkout',
    providerName: input.providerName,
    timeZone,
    product: checkout,
    lines,
    productOnly: lines.length === 0 ? afterPurchase(rule, null, checkout, now, timeZone) : null,
    autoRenewOffered: autoRenewOffered(rule, input.lines),
    confirmation: input.confirmation,
    capture: input.capture,
    supportHint: input.supportHint,
    refundHint: input.refundHint,
  };
}
