import type { LineRecord, ReadingRecord } from '../db';

/** One line as the popup shows it: the line and its newest reading. */
export interface LineView {
  line: LineRecord;
  latest: ReadingRecord | undefined;
}

/**
 * What the popup and options pages need from the store. Pages talk to this interface only, so
 * components render from a mock in tests without a background or a database.
 */
export interface Connector {
  listLines(): Promise<LineView[]>;
}
