import type { Fmt } from '@/utils/format';

/** What each part of a row gets from it: one busy flag and one status line for the whole row. */
export interface RowParts {
  /** Prefix of the row's element ids ("line-povo_1"). */
  base: string;
  busy: boolean;
  fmt: Fmt;
  /** Runs a change; the row shows `done` after it, or the error. */
  run: (action: () => Promise<void>, done: string) => void;
}
