import type { LineView } from '@/utils/connector/types';
import type { Fmt } from '@/utils/format';
import type { LineStake } from './line-stake';
import { LineTableRow } from './line-table-row';

/** One line as the table and the drawer show it, worked out once per render. */
export interface LineEntry {
  view: LineView;
  stake: LineStake;
  providerName: string;
  displayName: string;
  /** Prefix of the line's element ids ("line-povo_1"). */
  base: string;
}

/** The column names, in order. */
export interface LineColumns {
  line: string;
  kind: string;
  next: string;
  read: string;
  reminders: string;
  actions: string;
}

export interface LineTableProps {
  entries: readonly LineEntry[];
  fmt: Fmt;
  /** Keeps each row's Edit button, so focus goes back to it when the drawer closes. */
  editRef: (lineId: string, button: HTMLButtonElement | null) => void;
  onEdit: (lineId: string) => void;
}

/** Every line, one row each, with Edit; on a narrow screen each row's cells stack under their names. */
export function LineTable({ entries, fmt, editRef, onEdit }: LineTableProps) {
  const { t } = fmt;
  const columns: LineColumns = {
    line: t('options_lines_col_line'),
    kind: t('options_lines_col_kind'),
    next: t('options_lines_col_next'),
    read: t('options_lines_col_read'),
    reminders: t('options_lines_col_reminders'),
    actions: t('options_lines_col_actions'),
  };
  return (
    <table class="line-table" data-testid="line-table" aria-labelledby="lines-heading">
      <thead>
        <tr>
          <th scope="col">{columns.line}</th>
          <th scope="col">{columns.kind}</th>
          <th scope="col">{columns.next}</th>
          <th scope="col">{columns.read}</th>
          <th scope="col">{columns.reminders}</th>
          <th scope="col">
            <span class="visually-hidden">{columns.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <LineTableRow
            key={e.view.line.id}
            {...e}
            fmt={fmt}
            columns={columns}
            editRef={(button) => editRef(e.view.line.id, button)}
            onEdit={() => onEdit(e.view.line.id)}
          />
        ))}
      </tbody>
    </table>
  );
}
