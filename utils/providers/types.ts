import type { MessageKey } from '../i18n/keys';
import { type Locale } from '../i18n/locale';

/**
 * The contract every provider profile in `utils/providers/<id>.ts` fulfils.
 *
 * A profile is declarative data: hosts, page patterns, reading hints, rules and the renewal guide.
 * Nothing in it runs against the page; the generic extractor in `utils/extract/` uses the hints,
 * and falls back to labels alone when they do not match (provider sites change markup often).
 */

/** How sure we are of a fact, using the legend of shared/providers-research.md. */
export const CONFIDENCE = ['V-official', 'V-code', 'V-blog', 'INFERRED', 'NOT-FOUND'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Where a fact in a profile comes from. Shown in the closing notes and kept next to the data. */
export interface FactSource {
  /** Which part of the profile this backs, e.g. "hosts", "keepAlive", "labels.expiry". */
  fact: string;
  confidence: Confidence;
  /** A short reference: a URL, a repository path, or the research section. */
  ref: string;
}

export { LOCALES, type Locale } from '../i18n/locale';

/** A brand name as users write it in each language (brand names are data, not UI text). */
export type ProviderNames = Record<Locale, string>;

/** Order of day / month / year in numeric dates such as 19/4/2016 on this provider's pages. */
export const DATE_ORDERS = ['ymd', 'dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * Keep-number-alive (保号) rule: what the user must do, and by when, so the number survives.
 *
 * - `afterLastPaidExpiry`: the count starts the day after the last paid item expires (povo:
 *   suspension 180 days after the last paid topping's expiry, cancellation 30 days later).
 * - `afterLastActivity`: the count starts at the last paid top-up or usage (giffgaff: 6 months).
 * - `afterExpiry`: the line can still be recharged for some days after its own expiry
 *   (b-mobile U300: 60 days; IIJmio prepaid: until the end of the following month).
 */
export interface KeepAliveRule {
  anchor: 'afterLastPaidExpiry' | 'afterLastActivity' | 'afterExpiry';
  /** Days from the anchor until the line is suspended or the number is lost. */
  days: number;
  /** Days after suspension until the contract is cancelled, when the provider has that step. */
  cancelAfterDays?: number;
  /** What counts as "alive" in the user's words: message key of the locale files. */
  actionKey: MessageKey;
}

/**
 * A keep-alive rule for some plans of a provider only (IIJmio プリペイドパック, b-mobile U300),
 * where the provider's other lines have no such rule.
 */
export interface PlanKeepAliveRule {
  /** Substrings of the plan name as read; the rule applies when one occurs (case-insensitive). */
  planIncludes: string[];
  rule: KeepAliveRule;
}

/**
 * What the user stands to lose with a line, which decides how Kigen speaks of its dates.
 * A provider profile gives the default (`lineKind`, `lineKindByPlan`); the user may change it per line
 * (LineSettings.kind); `lineKindOf` in utils/lines/kind.ts picks one:
 * - `prepaid`: the SIM / number has a validity that purchases extend (b-mobile VISITOR, CMHK…);
 * - `keep-number`: the number lives while a rule holds (povo: a paid topping within 180 days of
 *   the last one's expiry; giffgaff: activity every 6 months);
 * - `monthly`: postpaid, resets monthly, no line expiry (docomo, au, Rakuten, IIJmio ギガプラン…);
 * - `travel-esim`: data packages on an eSIM with no phone number.
 */
export const LINE_KINDS = ['prepaid', 'keep-number', 'monthly', 'travel-esim'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** A line kind for some plans of a provider only (IIJmio プリペイドパック on a monthly provider). */
export interface PlanLineKind {
  /** Substrings of the plan name as read; the kind applies when one occurs (case-insensitive). */
  planIncludes: string[];
  kind: LineKind;
}

/**
 * How a purchase on the checkout page changes the line. Used by the checkout overlay to show
 * "after this purchase".
 */
export interface TopUpRule {
  /**
   * - `separateBucket`: a purchase is a new bucket with its own validity; existing data keeps its
   *   expiry (povo toppings, Airalo top-up packages).
   * - `extendValidity`: the purchase extends the line's expiry by the product's duration and adds
   *   its data (prepaid recharge, Mobal "Extend Service").
   * - `fixedIncrement`: each charge adds `incrementMB` and `incrementDays` (b-mobile VISITOR SIM:
   *   1 GB and one day).
   * - `monthlyAddOn`: data added to the current month of a postpaid plan; no expiry change.
   */
  model: 'separateBucket' | 'extendValidity' | 'fixedIncrement' | 'monthlyAddOn';
  incrementMB?: number;
  incrementDays?: number;
  /** Whether "1ヶ月 / 1 month" in a product means a calendar month here (default: 30 days). */
  monthIsCalendar?: boolean;
  /**
   * True when a purchase adds its period on top of the time left (or runs beside it, as a
   * separate bucket), so buying early loses nothing. False when the new period starts at purchase
   * and the days left are lost (buying early wastes them).
   */
  stacks: boolean;
  /**
   * For `extendValidity` with `stacks: false`: the new period starts at purchase, but the data
   * left is carried into it (au Data Charge: "renewing within the validity period combines the
   * balances"), so buying early loses no data.
   */
  carriesBalance?: boolean;
  /** The provider offers automatic renewal, so a manual purchase may pay twice. */
  autoRenewAvailable: boolean;
}

/**
 * One price step of a monthly plan priced by the data used this month (Rakuten最強プラン: up to
 * 3GB 1,078円, up to 20GB 2,178円, above that 3,278円). A provider's steps are listed from the
 * smallest use up; this month's price is the first step whose `upToMB` is at least the data used.
 */
export interface UsageTier {
  /**
   * The most data this step covers, in MB as Kigen reads the provider's pages (its `dataUnit`:
   * "3GB" on a binary provider is 3 × 1024 MB). Inclusive: using exactly this much is still this
   * step ("3GBまで" / "up to 3GB"). `null` on the last step: no upper bound.
   */
  upToMB: number | null;
  /** The month's price at this step in yen, as the profile's source states it. */
  monthlyYen: number;
}

export const RENEWAL_METHOD_KINDS = ['online', 'app', 'voucher', 'shop', 'kiosk', 'autoRenew'] as const;
export type RenewalMethodKind = (typeof RENEWAL_METHOD_KINDS)[number];

/**
 * Which of a provider's lines a renewal method is for; `methodsForLine` (utils/providers/method-fit.ts)
 * applies it. Absent: every line of the provider.
 */
export interface MethodFit {
  /**
   * Substrings of the plan name as read (case-insensitive, matched like `keepAliveByPlan`): the
   * method is for these plans only (b-mobile's U300 charge; IIJmio's vouchers, for プリペイドパック).
   */
  plans?: string[];
  /**
   * URL prefixes of pages that show this product's lines only: a line read there is this product
   * even when the page names no plan (b-mobile's English VISITOR SIM pages).
   */
  pages?: string[];
  /**
   * The product those plans are, as users know it ("VISITOR SIM", "U300"), shown beside the
   * method's name so that two methods of one kind never share a heading. A product name: data,
   * not UI text. Required with `plans` or `pages`.
   */
  product?: string;
  /** The method only buys data: a line whose data is unlimited has no use for it (Rakuten データチャージ). */
  addsData?: boolean;
}

/** One way to renew, shown as numbered steps. Step texts are locale message keys. */
export interface RenewalMethod {
  kind: RenewalMethodKind;
  /** The provider's own page where this starts (never a reseller or referral link). */
  url?: string;
  /** Message keys in the locale files, one per numbered step, in order. */
  steps: MessageKey[];
  /** Which lines it is for; absent: all. */
  fits?: MethodFit;
}

/**
 * Optional hints that make reading this provider's pages more precise. The generic, label-driven
 * reader runs with or without them.
 */
export interface ReadingHints {
  /** Extra labels, in the provider's own words, beside the generic ones. */
  labels?: {
    expiry?: string[];
    remaining?: string[];
    used?: string[];
    total?: string[];
    line?: string[];
    plan?: string[];
  };
  /** Labels that look like remaining data but mean usage on this provider (Rakuten データ利用量). */
  usageLabels?: string[];
  /** CSS selectors worth trying first; never the only way to read a value. */
  selectors?: {
    lineBlock?: string;
    expiry?: string;
    remaining?: string;
    used?: string;
  };
}

export interface ProviderProfile {
  /** Stable id, kebab-case, used in storage and messages: "povo", "iijmio", "rakuten-mobile". */
  id: string;
  names: ProviderNames;
  /** Home country, for grouping in the UI. */
  country: 'JP' | 'GB' | 'HK' | 'global';
  /**
   * Hostnames that belong to this provider, exact ("www.iijmio.jp"). The background accepts a
   * message claiming this provider only from a top frame on one of these hosts.
   */
  hosts: string[];
  /** Match patterns of pages that show plan status (account / my pages). */
  accountPages: string[];
  /** Match patterns of top-up, charge and checkout pages, where the overlay appears. */
  checkoutPages: string[];
  /** Match patterns of purchase confirmation pages (order complete). */
  confirmationPages: string[];
  /**
   * The provider's account and shop areas: every page where the reader runs and the content decides
   * what the page is (status, checkout, confirmation, history, FAQ…). A whole host only where the
   * host serves nothing but the account (shop.povo.jp, my.mineo.jp); a path prefix on a mixed host
   * (www.iijmio.jp/service/*). The page patterns above are hints inside it. Absent: those patterns.
   */
  areas?: string[];
  /** IANA zone the provider states times in: "Asia/Tokyo". */
  timeZone: string;
  /** Order of numeric dates on its pages. */
  dateOrder: DateOrder;
  /** Main page language, BCP 47. */
  pageLanguage: string;
  /** Whether "1GB" on its pages means 1024 MB (binary, the default) or 1000 MB. */
  dataUnit: 'binary' | 'decimal';
  /**
   * True when the main plans are monthly postpaid with no expiry date to read (never invent one).
   * A page that does state an end date (an add-on bucket, a prepaid pack, a travel eSIM of the
   * same provider) is still read.
   */
  postpaidMonthly: boolean;
  /** What a line of this provider is unless its plan or the user says otherwise (see LineKind). */
  lineKind: LineKind;
  /**
   * Kinds for some plans only, matched on the plan name as read like `keepAliveByPlan`; a line
   * whose plan is unknown or matches none gets `lineKind`. Use `lineKindOf` from utils/lines/kind.
   */
  lineKindByPlan?: PlanLineKind[];
  hints?: ReadingHints;
  /** Keep-alive rule for every line of this provider. */
  keepAlive?: KeepAliveRule;
  /**
   * Keep-alive rules for some plans only, matched on the plan name as read. A matching line gets
   * that rule instead of `keepAlive`; a line whose plan is unknown or matches none gets
   * `keepAlive` (if any). Use `keepAliveRuleFor` from utils/providers to pick the rule.
   */
  keepAliveByPlan?: PlanKeepAliveRule[];
  topUp: TopUpRule;
  /**
   * Present only when the main plan's monthly price is set by the data used this month (tiered
   * postpaid). The popup shows a monthly line's step and what more data moves it to the next; it
   * is information, never a reminder. Steps from the smallest use up, the last with `upToMB: null`.
   * Back it with a `sources` entry whose fact starts with "usageTiers".
   */
  usageTiers?: UsageTier[];
  renewal: {
    /**
     * The ways to renew, most recommended first: the popup recommends the first that fits the line
     * and starts on a page it can open (`url`), and lists the rest in this order.
     */
    methods: RenewalMethod[];
    /** Message key of this provider's support hint ("contact support with the order number…"). */
    supportHintKey: MessageKey;
    /** Message key of what the guides say of its refund policy, if known. */
    refundHintKey?: MessageKey;
  };
  /** Where each fact comes from and how sure it is. */
  sources: FactSource[];
}
