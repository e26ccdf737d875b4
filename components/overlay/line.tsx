import type { AfterNote, AfterPurchase } from '@/utils/overlay/after-purchase';
import { formatDaysLeft, formatMB, formatTwoZones } from '@/utils/format';
import { localZone } from '@/utils/time';
import type { OverlayKey, Translate } from '@/utils/overlay/keys';
import type { LineKind } from '@/utils/records';
import type { OverlayLineView } from '@/utils/overlay/view';
import type { LineWarning } from '@/utils/overlay/warnings';

/** Formatting context shared by the overlay's parts. */
export interface Fmt {
  t: Translate;
  locale: string;
  timeZone: string;
}

export function dateText(at: number | null, fmt: Fmt): string {
  return at == null ? fmt.t('overlay_unknown') : formatTwoZones(at, fmt.locale, localZone(), fmt.timeZone, fmt.t('overlay_zone_jst'));
}

export function dataText(remaining: number | null, total: number | null, unlimited: boolean, fmt: Fmt): string {
  if (unlimited) return fmt.t('overlay_unlimited');
  if (remaining == null) return fmt.t('overlay_unknown');
  const left = formatMB(remaining, fmt.locale);
  return total != null && total >= remaining ? fmt.t('overlay_data_of', left, formatMB(total, fmt.locale)) : left;
}

/** Notes said elsewhere: "no reading" and "product unknown" have their own sentences. */
type SaidElsewhere = 'productUnknown' | 'noReading';
/** A note's text (the key is checked against the overlay's keys, so a new note needs its text). */
const noteKey = (n: Exclude<AfterNote, SaidElsewhere>): OverlayKey => `overlay_note_${n}`;

function warningText(w: LineWarning, fmt: Fmt): string {
  const key: OverlayKey = `overlay_warn_${w.kind}`;
  return fmt.t(key, w.kind === 'keepAliveReset' ? dateText(w.deadline, fmt) : w.kind === 'notStacked' ? w.daysLeft : '');
}

/** A line's own expiry as the label says what runs out: a prepaid SIM's validity, else the data's. */
const untilKey = (kind: LineKind | null): OverlayKey => `overlay_${kind === 'prepaid' ? 'sim' : 'data'}_until`;

export interface AfterRowsProps {
  after: AfterPurchase;
  /** The line's kind (null for the product alone, no line known). */
  kind: LineKind | null;
  /** The number's deadline after this purchase, when the line has a keep-number deadline. */
  deadlineAfter: number | null;
  fmt: Fmt;
}

/**
 * The "after this purchase" rows, each saying what it is about: the data bought and until when,
 * all data together, the line's expiry where the purchase moves it, and the number's deadline.
 * No bare date that would read as if the whole line were extended.
 */
export function AfterRows({ after, kind, deadlineAfter, fmt }: AfterRowsProps) {
  const { t } = fmt;
  const bucket = after.bucket;
  const bucketKnown = bucket != null && (bucket.unlimited || bucket.dataMB != null || bucket.expiresAt != null);
  if (after.expiresAt == null && after.remainingMB == null && !after.unlimited && !bucketKnown && deadlineAfter == null) {
    // Nothing worked out: one sentence rather than rows of "not known".
    return <p class="note">{t('overlay_after_unknown')}</p>;
  }
  const notes = after.notes.flatMap((n) => (n === 'productUnknown' || n === 'noReading' ? [] : [noteKey(n)]));
  // A monthly add-on leaves the expiry where it was: no row that would say it moved.
  const moved = !bucket && !after.notes.includes('thisMonthOnly');
  return (
    <>
      <dl class="rows" data-part="after">
        {bucket && (
          <>
            <dt>{t('overlay_bought')}</dt>
            <dd>
              {t('overlay_bought_until', dataText(bucket.dataMB, null, bucket.unlimited, fmt), dateText(bucket.expiresAt, fmt))}
            </dd>
          </>
        )}
        {moved && (
          <>
            <dt>{t(untilKey(kind))}</dt>
            <dd>{dateText(after.expiresAt, fmt)}</dd>
          </>
        )}
        <dt>{t(bucket ? 'overlay_data_total' : 'overlay_data')}</dt>
        <dd>{dataText(after.remainingMB, null, after.unlimited, fmt)}</dd>
        {deadlineAfter != null && (
          <>
            <dt>{t('overlay_number_deadline')}</dt>
            <dd>{dateText(deadlineAfter, fmt)}</dd>
          </>
        )}
      </dl>
      {notes.map((key) => (
        <p class="note" key={key}>
          {t(key)}
        </p>
      ))}
    </>
  );
}

/** One line of this provider: now, after the purchase, and what to watch out for. */
export function OverlayLineCard({ item, fmt, showAfter }: { item: OverlayLineView; fmt: Fmt; showAfter: boolean }) {
  const { line, after, warnings, daysLeft } = item;
  const { t } = fmt;
  const name = [line.label ?? line.shownId ?? t('overlay_line'), line.plan].filter(Boolean).join(' · ');
  // A prepaid SIM's own validity is the row above; its number's deadline is a rule's, if any.
  const numberDeadline = line.kind === 'prepaid' ? line.keepAliveDeadline : line.deadline;
  return (
    <article class="line" data-line={line.lineId}>
      <h3>{name}</h3>
      <p class="sub">{t('overlay_now')}</p>
      <dl class="rows" data-part="now">
        <dt>{t(untilKey(line.kind))}</dt>
        <dd>
          {dateText(line.expiresAt, fmt)}
          {daysLeft != null && <span class="days" data-part="days-left">{` · ${formatDaysLeft(daysLeft, { intl: fmt.locale })}`}</span>}
        </dd>
        <dt>{t('overlay_data')}</dt>
        <dd>{dataText(line.remainingMB, line.totalMB, line.unlimited, fmt)}</dd>
        {numberDeadline != null && (
          <>
            <dt>{t('overlay_number_deadline')}</dt>
            <dd>{dateText(numberDeadline, fmt)}</dd>
          </>
        )}
      </dl>
      {line.readAt != null && <p class="meta">{t('overlay_read_at', dateText(line.readAt, fmt))}</p>}
      {showAfter && (
        <>
          <p class="sub after">{t('overlay_after')}</p>
          <AfterRows after={after} kind={line.kind} deadlineAfter={line.deadlineAfter} fmt={fmt} />
        </>
      )}
      {warnings.map((w) => (
        <p class="warn" role="note" key={w.kind}>
          {warningText(w, fmt)}
        </p>
      ))}
    </article>
  );
}
