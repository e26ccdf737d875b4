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

/** The most urgent loss over the lines, for the pill's few words. */
export interface Stake {
  /** `number`: the number's deadline; `sim`: a prepaid SIM's validity; `data`: data lapsing before either. */
  kind: 'number' | 'sim' | 'data';
  at: number;
  /** Days to `at` in the one day count; negative once it has passed. */
  days: number;
}

export interface OverlayView {
  mode: 'checkout' | 'confirmation';
  /** What the pill says is at stake; null when no line has a date to lose (monthly plans, no reading). */
  stake: Stake | null;
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
  /** Auto-renew is a method for these lines or this page's product (the background's `autoRenewFits`). */
  autoRenewFits: boolean;
  now: number;
  /** The user's zone, for the day count (the browser's by default). */
  userZone?: string;
}

/**
 * The soonest loss: a line's deadline (the number, or a prepaid SIM's validity), or its data's
 * expiry when that comes first or the line has no deadline. Monthly plans lose nothing.
 */
export function mostUrgent(lines: readonly OverlayLine[], now: number, zone: string): Stake | null {
  let best: Omit<Stake, 'days'> | null = null;
  for (const l of lines) {
    if (l.kind === 'monthly') continue;
    // The deadline first: data lapsing on the same day is not the headline.
    const sim = l.kind === 'prepaid';
    const stakes: Array<[Stake['kind'], number | null]> = [
      [sim ? 'sim' : 'number', l.deadline],
      [sim && l.deadline == null ? 'sim' : 'data', l.expiresAt],
    ];
    for (const [kind, at] of stakes) if (at != null && (!best || at < best.at)) best = { kind, at };
  }
  return best && { ...best, days: daysLeft(best.at, now, zone) };
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
    stake: mostUrgent(input.lines, now, zone),
    providerName: input.providerName,
    timeZone,
    product: checkout,
    lines,
    productOnly: lines.length === 0 ? afterPurchase(rule, null, checkout, now, timeZone) : null,
    autoRenewOffered: autoRenewOffered(input.autoRenewFits, input.lines),
    confirmation: input.confirmation,
    capture: input.capture,
    supportHint: input.supportHint,
    refundHint: input.refundHint,
  };
}
