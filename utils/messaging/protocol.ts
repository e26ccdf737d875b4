import { defineExtensionMessaging } from '@webext-core/messaging';
import type { BackupData } from '../backup/schema';
import type { CheckoutInfo, ConfirmationInfo, ExtractedReading, PageKind } from '../extract/types';
import type { LineKind, LineRecord, ReadingRecord, RenewalRecord } from '../records';
import type { ReadingProfile } from '../providers/reading';
import type { ProviderProfile } from '../providers/types';
import type { PageRecipe } from '../teach/recipe';
import type { PurchaseRead } from '../overlay/read-purchase';

/**
 * The one typed message protocol. Grouped by who sends: content scripts (untrusted, may only
 * submit what they read on their own provider's pages) and extension pages (trusted UI).
 * The background checks every sender and validates every payload (entrypoints/background/).
 */

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

export const CAPTURE_OUTCOMES = ['saved', 'duplicate', 'noLine', 'refused', 'failed'] as const;
/**
 * - `saved`: a pending renewal was stored; `duplicate`: this order was stored before;
 * - `noLine`: no line of the provider is known yet (nothing to attach it to);
 * - `refused`: sender or payload refused; `failed`: storage failed.
 */
export type CaptureOutcome = (typeof CAPTURE_OUTCOMES)[number];

export interface CaptureResult {
  saved: boolean;
  outcome: CaptureOutcome;
  /** The line the purchase was attached to (its name and id as shown), when saved. */
  line: { label: string | null; shownId: string | null } | null;
  /** Lines of this provider Kigen knows; above one, the most recently read line was picked. */
  lineCount: number;
}

/** What the checkout overlay may know: this provider's lines only. */
export interface OverlayLine {
  lineId: string;
  plan: string | null;
  label: string | null;
  shownId: string | null;
  expiresAt: number | null;
  remainingMB: number | null;
  totalMB: number | null;
  unlimited: boolean;
  readAt: number | null;
  autoRenew: boolean;
  /** What the user stands to lose with the line (utils/lines/kind.ts). */
  kind: LineKind;
  /** When the number / SIM is lost, on any basis (utils/lines/deadline.ts); null when nothing is at stake or known. */
  deadline: number | null;
  /** The deadline the provider's keep-alive rule sets (a purchase resets it); null without a rule. */
  keepAliveDeadline: number | null;
  /**
   * The number's deadline once the product on the page is bought: the keep-alive rule run on the
   * line's history plus this purchase. null without a rule, or when the product leaves it unknown.
   */
  deadlineAfter: number | null;
}

/**
 * What the overlay needs of the page's provider profile. Sent by the background so the checkout
 * content script bundles no provider registry (its size budget); the page patterns stay with the
 * reader, in the extension (utils/overlay/read-purchase.ts).
 */
export type CheckoutProfile = Pick<ProviderProfile, 'id' | 'timeZone' | 'topUp'>;

export interface CheckoutContext {
  /** Why the background gave nothing ("" when it answered); the overlay then stays away. */
  refused: string;
  /** The provider the sender's page belongs to (null when refused). */
  profile: CheckoutProfile | null;
  lines: OverlayLine[];
  /** The UI language to write in: the settings override, else the browser's (a Locale). */
  language: string;
  /** The overlay's message texts in that language (OVERLAY_KEYS), with `$1` placeholders. */
  texts: Record<string, string>;
  /** The provider's name in that language. */
  providerName: string;
  /** The provider's support hint ("contact support with the order number…"), in that language. */
  supportHint: string;
  /** What is known of the provider's refund policy, or "" when nothing is. */
  refundHint: string;
  /**
   * Auto-renew is one of the provider's methods for these lines (`methodsForLine`), or, with no
   * line known, for what this page sells: only then does the overlay warn of paying twice.
   */
  autoRenewFits: boolean;
  /** The user hid the panel on this site ("Hide on this site"; options shows it again). */
  hidden: boolean;
}

/** What Kigen made of the provider page in one tab: the toolbar mark and the popup's sentence. */
export interface TabStatus {
  provider: string;
  /** `read`: readings were stored from this page; `unread`: a provider page Kigen could not read. */
  state: 'read' | 'unread';
  /** Lines read (for `read`). */
  lines: number;
  /** What the reader took the page for, and why it read nothing (for `unread`). */
  pageKind: PageKind;
  reason: string;
  at: number;
  /** A taught page whose recipe no longer finds this field: it needs teaching again. */
  teachAgain?: string;
}

/** A teaching session the user started in one tab (popup: "Read this page" / "This is wrong"). */
export interface TeachSession {
  /** The page's https origin. */
  site: string;
  /** The built-in provider whose misread the user corrects, or null on a taught site. */
  provider: string | null;
  /** The provider's zone, or null on a site Kigen does not know (the page or the user decides). */
  zone: string | null;
  /** Recipes already saved for this page (teaching again replaces them). */
  existing: PageRecipe[];
}

/** What a taught page's content script read with a recipe, or which field it could not find. */
export interface TaughtReadPayload {
  recipeId: string;
  reading: ExtractedReading | null;
  /** Why nothing was read ("expiry: not on the page any more"); "" with a reading. */
  failure: string;
}

/** Content script → background. */
export interface ContentProtocol {
  /**
   * How to read this page: the reading part of the profile of the provider the sender's page
   * belongs to (null elsewhere). The content script carries no registry of its own.
   */
  getReadingProfile(data: undefined): ReadingProfile | null;
  submitCapture(data: CapturePayload): CaptureResult;
  /**
   * The provider is the one the sender's page belongs to; a `provider` claim, if sent, must be
   * that one. `checkout`: what the page is selling now; kept per tab for its confirmation page.
   */
  getCheckoutContext(data: { provider?: string; checkout: CheckoutInfo | null }): CheckoutContext;
  /** "Hide on this site" until the user shows it again in options; the background keeps it (content scripts touch no storage). */
  hideOverlay(data: { provider: string }): { hidden: boolean };
  /**
   * A copy of the sender's page (its `outerHTML`) for the background to read: it stores what it
   * reads, or says on the toolbar why nothing. `more`: send another copy when the page changes.
   */
  readPage(data: { provider: string; html: string; url: string }): { look: 'done' | 'more' | 'stop' };
  /**
   * A copy of the sender's checkout page (its body as the user sees it, picked options marked) for
   * the background to read at `url`, the page's address now (same origin as the sender): what the
   * page sells or sold, for the overlay; null when refused.
   */
  readPurchase(data: { html: string; url: string }): PurchaseRead | null;
  /** The picker: the session the user started in this tab, or null (then the picker closes). */
  getTeachSession(data: undefined): TeachSession | null;
  /** The picker: the recipe the user made, for the sender's own page. */
  saveRecipe(data: { recipe: PageRecipe }): { saved: boolean; reason: string };
  /** The picker was closed without saving. */
  endTeach(data: undefined): void;
  /** A taught page: the recipes that apply to the sender's page. */
  getRecipes(data: undefined): PageRecipe[];
  submitTaught(data: TaughtReadPayload): SubmitResult;
}

/**
 * Extension page (popup, options) → background. The background is the database's one writer:
 * pages read IndexedDB for a fast first paint and send every write here, so each write is
 * validated and reminders follow it. A refused or failed write rejects with its reason.
 */
export interface UiProtocol {
  /** Re-plan reminders after a change outside the database (settings). */
  dataChanged(data: { reason: string }): { reminders: number };
  /** Adds or replaces a line (manual lines, rename, mute, per-line settings). */
  saveLine(data: LineRecord): void;
  /** Deletes a line with its readings, renewals and reminder log. */
  deleteLine(data: { lineId: string }): void;
  /** A reading typed in by hand, for an existing line. */
  addManualReading(data: { lineId: string; reading: Omit<ReadingRecord, 'id' | 'lineId'> }): void;
  /** A renewal the user reports ("I renewed"). */
  recordRenewal(data: Omit<RenewalRecord, 'id'>): void;
  /** Every record and the settings, read consistently (backup, calendar). */
  exportData(data: undefined): BackupData;
  /** Replaces all data with a checked backup: tables all or nothing, settings restored on failure. */
  replaceAllData(data: BackupData): void;
  /** What Kigen made of the page in a tab (the popup's sentence), or null when it is no provider page. */
  getTabStatus(data: { tabId: number }): TabStatus | null;
  /**
   * Opens the picker in a tab: on a site the user granted (a taught site) or on a provider page
   * (`provider`: correct a misread). Refused without the site's permission.
   */
  startTeach(data: { tabId: number; provider: string | null }): { started: boolean; reason: string };
  /** Removes a recipe; a site's last one gives its permission back. */
  removeRecipe(data: { id: string }): void;
}

export type ProtocolMap = ContentProtocol & UiProtocol;

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
