import * as v from 'valibot';
import { MAX_EXPIRY_YEARS, MAX_MB, MIN_EXPIRY } from './extract/limits';
import { YEAR_MS } from './time';

/**
 * Schemas for everything that crosses from an untrusted content script into the background.
 * Valibot keeps the schemas typed and small; ranges mirror the extractor's own limits, so a
 * forged or corrupted value is refused even if it never came from our extractor.
 */


export { MAX_MB, MIN_EXPIRY };
/** Line ids and plan names as shown: short text without control characters. */
const shortText = (max: number) =>
  v.pipe(v.string(), v.maxLength(max), v.regex(/^[^\u0000-\u001f\u007f]*$/u, 'control characters'));

const mb = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_MB)));
/** An instant as the reader writes it: ISO 8601 with offset (its range is checked by `checkExpiry`). */
const isoInstant = v.nullable(v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()));

const withinTotal = (r: { remainingMB: number | null; totalMB: number | null }) =>
  r.remainingMB == null || r.totalMB == null || r.remainingMB <= r.totalMB + 0.5;
const TOO_MUCH = 'remaining is more than total';

/** Data allowances one reading may list: far above any real page (povo shows a handful of toppings). */
export const MAX_BUCKETS = 20;

const BucketSchema = v.pipe(
  v.strictObject({
    name: v.nullable(shortText(200)),
    remainingMB: mb,
    totalMB: mb,
    expiresAt: isoInstant,
    bonus: v.boolean(),
  }),
  v.check((r) => withinTotal(r), TOO_MUCH),
);

/**
 * One reading as the account content script sends it. `buckets` and `lineValidUntil` are optional:
 * a content script from before them (an open tab across an update) still sends readings.
 */
export const ReadingSchema = v.pipe(
  v.strictObject({
    line: v.nullable(shortText(64)),
    plan: v.nullable(shortText(160)),
    expiresAt: isoInstant,
    remainingMB: mb,
    totalMB: mb,
    usedMB: mb,
    unlimited: v.boolean(),
    buckets: v.optional(v.pipe(v.array(BucketSchema), v.maxLength(MAX_BUCKETS))),
    lineValidUntil: v.optional(isoInstant),
  }),
  v.check((r) => withinTotal(r), TOO_MUCH),
  v.check(
    (r) =>
      r.expiresAt != null ||
      r.remainingMB != null ||
      r.totalMB != null ||
      r.unlimited ||
      r.lineValidUntil != null ||
      (r.buckets?.length ?? 0) > 0 ||
      // (What a named line used this period: a plan billed by use shows nothing else.)
      (r.usedMB != null && r.line != null),
    'reading has no status',
  ),
);

export const SubmitReadingsSchema = v.strictObject({
  provider: shortText(40),
  readings: v.pipe(v.array(v.unknown()), v.maxLength(20)),
});

const price = v.nullable(
  v.strictObject({
    amount: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000_000)),
    currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  }),
);

export const CaptureSchema = v.strictObject({
  provider: shortText(40),
  confirmation: v.strictObject({
    orderNumber: v.nullable(shortText(64)),
    product: v.nullable(shortText(160)),
    price,
  }),
  checkout: v.nullable(
    v.strictObject({
      product: v.nullable(shortText(160)),
      dataMB: mb,
      durationDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3660))),
      unlimited: v.boolean(),
      price,
    }),
  ),
});

/**
 * Date.parse rolls a day that does not exist over into the next month ("2027-02-30" is read as
 * 2 March), so a corrupt or forged date would be stored as another, wrong date.
 */
function isCalendarDay(iso: string): boolean {
  const ymd = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!ymd) return false;
  const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An expiry instant as epoch ms, or a reason it is out of range. */
export function checkExpiry(iso: string, now: number): number | string {
  const at = Date.parse(iso);
  if (!Number.isFinite(at) || !isCalendarDay(iso)) return 'expiry is not a date';
  if (at < MIN_EXPIRY) return 'expiry before 2000';
  if (at > now + MAX_EXPIRY_YEARS * YEAR_MS) return 'expiry more than 10 years ahead';
  return at;
}

/** The first issue of a failed parse, in words for the log. */
export function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${first.message}` : first.message;
}
