import type { LineRecord, ReadingRecord, ReminderLogRecord, RenewalRecord } from '../records';
import type { KeepAliveAnchorSource, LineDeadline } from '../lines/deadline';
import type { LineKind } from '../records';
import type { KeepAliveRule, ProviderProfile } from '../providers/types';
import type { Settings } from '../settings';
import { DAY_MS, HOUR_MS } from '../time';

/**
 * Contracts of the pure reminder planner. Nothing here touches a browser API or the clock: the
 * caller hands in the data, `now` and the user's time zone, and gets the plan back.
 */

/**
 * What each kind warns of, by what is at stake:
 * - `expiry`: the number / SIM is lost at the line deadline (a prepaid SIM's validity, a deadline the
 *   user entered), with the configured lead times. Monthly plans and travel eSIMs never get one.
 * - `keepAlive`: the number is lost at the deadline of the provider's keep-alive rule (povo, giffgaff).
 * - `dataLapse`: a bucket of data with data left expires (a topping, a package): the data is lost,
 *   never the number.
 * - `lowData`, `forecast`: the data runs low or out.
 * - `stale`, `renewalCheck`: please look at the account page.
 */
export const REMINDER_KINDS = ['expiry', 'lowData', 'forecast', 'keepAlive', 'stale', 'renewalCheck', 'dataLapse'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];


/** Days before a keep-alive deadline at which to remind (the research: povo warns only ~10 days ahead). */
export const KEEP_ALIVE_LEAD_DAYS = [30, 14, 7, 3, 1] as const;

/** A pending renewal is checked this long after it was captured ("renewal not reflected"). */
export const RENEWAL_CHECK_AFTER_MS = DAY_MS;

/**
 * A reminder shown within this time after its own moment is on time (alarms fire a little late,
 * and the alarm itself re-plans at that moment); later than that it is a late catch-up.
 */
export const LATE_GRACE_MS = HOUR_MS;

/**
 * An overdue (catch-up) reminder is dropped when the next reminder of the same series fires within
 * this time after it: two notifications minutes apart say the same thing twice.
 */
export const CATCH_UP_MIN_GAP_MS = 6 * HOUR_MS;

/** What the notification for each kind needs beyond the common fields. */
export interface ReminderDetails {
  expiry: {
    /** The configured lead this reminder belongs to (0 = the day itself). */
    leadDays: number;
    /** The line deadline: when the number / SIM is lost. */
    expiresAt: number;
    remainingMB: number | null;
    totalMB: number | null;
    /** What the line is (prepaid, or a keep-number line whose page or user states the deadline). */
    lineKind: LineKind;
    /** Stated by the page, entered by the user, or (never here: see keepAlive) a rule. */
    basis: LineDeadline['basis'];
    /** Only the date is known (say the day, not the minute). */
    precision: LineDeadline['precision'];
    /** Locale message key of what keeps the number (the provider's rule), or null: "top up / renew". */
    actionKey: string | null;
  };
  dataLapse: {
    /** The bucket as the page names it ("データ追加20GB(30日間)"), or null. */
    name: string | null;
    /** Data left in the bucket, lost when it lapses. */
    remainingMB: number;
    totalMB: number | null;
    expiresAt: number;
    /** Free or promotional data. */
    bonus: boolean;
  };
  lowData: {
    remainingMB: number;
    totalMB: number | null;
    /** The threshold that was crossed, in MB. */
    thresholdMB: number;
    readingAt: number;
    expiresAt: number | null;
  };
  forecast: {
    /** When the data is expected to run out at the recent rate. */
    runOutAt: number;
    remainingMB: number;
    ratePerDayMB: number;
    expiresAt: number;
    totalMB: number | null;
  };
  keepAlive: {
    /** Days before the deadline this reminder belongs to. */
    leadDays: number;
    anchorAt: number;
    anchorSource: KeepAliveAnchorSource;
    /** When the contract is cancelled after suspension, if the provider has that step. */
    cancelAt: number | null;
    /** Locale message key of what keeps the number alive (from the provider's rule). */
    actionKey: string;
  };
  stale: {
    lastReadingAt: number;
    staleDays: number;
  };
  renewalCheck: {
    renewalAt: number;
    renewalId: number | null;
    orderNumber: string | null;
    product: string | null;
  };
}

/** One planned reminder of kind K. */
export interface PlannedOf<K extends ReminderKind> {
  /** `${lineId}|${kind}|${target}`; stable while the fact it warns about stays the same. */
  key: string;
  lineId: string;
  kind: K;
  /** Epoch ms when it should be shown (at or before `now` means "as soon as possible"). */
  fireAt: number;
  /** Epoch ms of what it warns about (expiry, run-out, keep-alive deadline), or null. */
  deadline: number | null;
  /** `deadline - fireAt`, or null without a deadline. */
  msLeft: number | null;
  /** Calendar days from fireAt to deadline in the user's zone (0 = same day, 1 = tomorrow). */
  daysLeft: number | null;
  /**
   * Its own moment passed more than LATE_GRACE_MS ago: it fires late (as the one catch-up of its
   * series), e.g. "3 days left" shown to a line first seen 2 days before expiry.
   */
  catchUp: boolean;
  /** fireAt comes from the user's snooze. */
  snoozed: boolean;
  detail: ReminderDetails[K];
}

export type PlannedReminder = { [K in ReminderKind]: PlannedOf<K> }[ReminderKind];

/** The keep-alive status types belong to the line deadline (utils/lines/deadline.ts). */
export { KEEP_ALIVE_ANCHOR_SOURCES, type KeepAliveAnchorSource, type KeepAliveStatus } from '../lines/deadline';

/** What the planner needs from a provider profile; `getProvider` from utils/providers fits. */
export type ProviderLookup = (
  providerId: string,
) =>
  | (Partial<Pick<ProviderProfile, 'keepAliveByPlan' | 'lineKind' | 'lineKindByPlan'>> & {
      keepAlive?: KeepAliveRule;
      timeZone?: string;
    })
  | undefined;

export type ReminderSettings = Pick<
  Settings,
  'leadDays' | 'lowDataPercent' | 'lowDataMB' | 'staleDays' | 'quietStart' | 'quietEnd'
>;

export interface PlanInput {
  lines: readonly LineRecord[];
  /** Readings of any lines, any order; readings of lines not in `lines` are ignored. */
  readings: readonly ReadingRecord[];
  renewals: readonly RenewalRecord[];
  settings: ReminderSettings;
  now: number;
  /** The user's IANA zone (waking hours, "morning of the expiry day"); invalid → UTC. */
  timeZone: string;
  /**
   * Reminders already shown. With log records, a snooze set after the last firing re-opens the key
   * until it fires again; with a bare set of keys, a fired key is always done.
   */
  fired: readonly ReminderLogRecord[] | ReadonlySet<string>;
  /** Key → epoch ms the user asked to be reminded again. */
  snoozed?: Readonly<Record<string, number>>;
  providers: ProviderLookup;
}
