import type { AfterNote, AfterPurchase } from '@/utils/overlay/after-purchase';
import { formatDaysLeft, formatMB, formatTwoZones } from '@/utils/format';
import { localZone } from '@/utils/time';
import type { OverlayKey, Translate } from '@/utils/overlay/keys';
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

/** Notes worth a line of text; "no reading" and "product unknown" are said elsewhere. */
const NOTE_KEYS: Partial<Record<AfterNote, OverlayKey>> = {
  existingKeepsExpiry: 'overlay_note_existingKeepsExpiry',
  restartsAfterLapse: 'overlay_note_restartsAfterLapse',
  remainingDaysLost: 'overlay_note_remainingDaysLost',
  thisMonthOnly: 'overlay_note_thisMonthOnly',
  durationUnknown: 'overlay_note_durationUnknown',
  dataUnknown: 'overlay_note_dataUnknown',
};

function warningText(w: LineWarning, fmt: Fmt): string {
  if (w.kind === 'autoRenewOn') return fmt.t('overlay_warn_autoRenewOn');
  if (w.kind === 'keepAliveReset') return fmt.t('overlay_warn_keepAliveReset', dateText(w.deadline, fmt));
  return fmt.t('overlay_warn_notStacked', w.daysLeft);
}

/** The "after this purchase" rows, with the new bucket and the notes that explain them. */
export function AfterRows({ after, fmt }: { after: AfterPurchase; fmt: Fmt }) {
  const { t } = fmt;
  const bucketKnown = after.bucket != null && (after.bucket.unlimited || after.bucket.dataMB != null || after.bucket.expiresAt != null);
  if (after.expiresAt == null && after.remainingMB == null && !after.unlimited && !bucketKnown) {
    // Nothing worked out: one sentence rather than rows of "not known".
    return <p class="note">{t('overlay_after_unknown')}</p>;
  }
  const notes = after.notes.flatMap((n) => NOTE_KEYS[n] ?? []);
  return (
    <>
      <dl class="rows" data-part="after">
        <dt>{t('overlay_expires')}</dt>
        <dd>{dateText(after.expiresAt, fmt)}</dd>
        <dt>{t('overlay_data')}</dt>
        <dd>{dataText(after.remainingMB, null, after.unlimited, fmt)}</dd>
      </dl>
      {after.bucket && (
        <p class="bucket">
          {t(
            'overlay_new_bucket',
            after.bucket.unlimited
              ? t('overlay_unlimited')
              : after.bucket.dataMB == null
                ? t('overlay_unknown')
                : formatMB(after.bucket.dataMB, fmt.locale),
            dateText(after.bucket.expiresAt, fmt),
          )}
        </p>
      )}
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
  return (
    <article class="line" data-line={line.lineId}>
      <h3>{name}</h3>
      <p class="sub">{t('overlay_now')}</p>
      <dl class="rows" data-part="now">
        <dt>{t('overlay_expires')}</dt>
        <dd>
          {dateText(line.expiresAt, fmt)}
          {daysLeft != null && <span class="days" data-part="days-left">{` · ${formatDaysLeft(daysLeft, { intl: fmt.locale })}`}</span>}
        </dd>
        <dt>{t('overlay_data')}</dt>
        <dd>{dataText(line.remainingMB, line.totalMB, line.unlimited, fmt)}</dd>
      </dl>
      {line.readAt != null && <p class="meta">{t('overlay_read_at', dateText(line.readAt, fmt))}</p>}
      {showAfter && (
        <>
          <p class="sub after">{t('overlay_after')}</p>
          <AfterRows after={after} fmt={fmt} />
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
