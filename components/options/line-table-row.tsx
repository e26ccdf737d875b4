import type { LineView } from '@/utils/connector/types';
import { type Fmt, formatDate, formatDateTime, relativeTime } from '@/utils/format';
import { KIND_KEYS, type LineStake } from './line-stake';
import { nextDate } from './line-next';
import type { LineColumns } from './line-table';

export interface LineTableRowProps {
  view: LineView;
  stake: LineStake;
  providerName: string;
  /** How the line is named ("Travel eSIM", "090-1234-5678", "povo"). */
  displayName: string;
  /** Prefix of the row's ids ("line-povo_1"). */
  base: string;
  fmt: Fmt;
  /** The column names, repeated on each cell for the narrow layout (one cell under another). */
  columns: LineColumns;
  editRef: (button: HTMLButtonElement | null) => void;
  onEdit: () => void;
}

/**
 * One line in the table: its name (the provider and the number under it), kind, the next date in
 * the user's zone, when it was last read, whether its reminders are muted, and Edit (the drawer).
 */
export function LineTableRow({ view, stake, providerName, displayName, base, fmt, columns, editRef, onEdit }: LineTableRowProps) {
  const { t } = fmt;
  const { line, latest } = view;
  const next = nextDate(view, stake, fmt.now);
  const read = latest?.at;
  // Under the name: the provider and the number, each unless it is the name already.
  const sub = [providerName, line.lineId].filter((part, i, all) => part && part !== displayName && all.indexOf(part) === i).join(' · ');
  return (
    <tr data-testid="options-line" data-line-id={line.id} class={line.settings.muted ? 'muted' : undefined}>
      <th scope="row" class="col-line" id={`${base}-row`}>
        <span class="line-name">{displayName}</span>
        {sub && <span class="sub">{sub}</span>}
      </th>
      <td class="col-kind" data-label={columns.kind}>
        {t(KIND_KEYS[stake.kind])}
      </td>
      <td class="col-next" data-label={columns.next} data-testid="line-next">
        {next ? (
          <>
            <time class={next.at < fmt.now ? 'past' : undefined} dateTime={new Date(next.at).toISOString()} title={formatDateTime(next.at, fmt.intl, fmt.zone)}>
              {formatDate(next.at, fmt.intl, fmt.zone)}
            </time>
            <span class="sub">{t(next.what === 'deadline' ? 'options_line_next_deadline' : 'options_line_next_data')}</span>
          </>
        ) : (
          t('options_line_next_none')
        )}
      </td>
      <td class="col-read" data-label={columns.read}>
        {read !== undefined ? (
          <time dateTime={new Date(read).toISOString()} title={formatDateTime(read, fmt.intl, fmt.zone)}>
            {relativeTime(read, fmt)}
          </time>
        ) : (
          t('options_line_no_reading')
        )}
      </td>
      <td class="col-muted" data-label={columns.reminders} data-testid="line-reminders">
        {t(line.settings.muted ? 'options_line_reminders_muted' : 'options_line_reminders_on')}
      </td>
      <td class="col-edit">
        <button type="button" ref={editRef} aria-describedby={`${base}-row`} data-testid="edit-line" onClick={onEdit}>
          {t('options_line_edit')}
        </button>
      </td>
    </tr>
  );
}
