import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CheckoutInfo, ConfirmationInfo, ExtractedReading } from './extract/types';

/**
 * The one typed message protocol. Grouped by who sends: content scripts (untrusted, may only
 * submit what they read on their own provider's pages) and extension pages (trusted UI).
 * The background checks every sender and validates every payload (entrypoints/background/).
 */

/** Readings a content script read on a provider page. */
export interface SubmitReadingsPayload {
  /** The provider the content script believes it is on; checked against the sender's host. */
  provider: string;
  readings: ExtractedReading[];
}

export interface SubmitResult {
  accepted: number;
  /** One short reason per refused reading or field (also logged in the background). */
  refused: string[];
}

/** A purchase seen on a confirmation page (order number, amount, product). */
export interface CapturePayload {
  provider: string;
  confirmation: ConfirmationInfo;
  /** What the checkout page said was being bought, if the same tab saw it. */
  checkout: CheckoutInfo | null;
}

export interface CaptureResult {
  saved: boolean;
  reason: string;
}

/** What the checkout overlay may know: this provider's lines only. */
export interface OverlayLine {
  lineId: string;
  label: string | null;
  shownId: string | null;
  expiresAt: number | null;
  remainingMB: number | null;
  totalMB: number | null;
  unlimited: boolean;
  readAt: number | null;
  autoRenew: boolean;
  keepAliveDeadline: number | null;
}

export interface CheckoutContext {
  lines: OverlayLine[];
  /** The UI language chosen in settings ("auto" = the browser's). */
  language: string;
}

/** Content script → background. */
export interface ContentProtocol {
  submitReadings(data: SubmitReadingsPayload): SubmitResult;
  submitCapture(data: CapturePayload): CaptureResult;
  getCheckoutContext(data: { provider: string }): CheckoutContext;
}

/** Extension page (popup, options) → background. Writes go through here so alarms follow. */
export interface UiProtocol {
  /** Re-plan reminders after the page wrote to the database. */
  dataChanged(data: { reason: string }): { reminders: number };
}

export type ProtocolMap = ContentProtocol & UiProtocol;

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
