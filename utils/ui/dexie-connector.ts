import { createDb } from '../db';
import { linesWithLatest } from '../store';
import type { Connector } from './connector';

/** The real connector for extension pages: reads IndexedDB directly (no background round trip). */
export function createDexieConnector(): Connector {
  const db = createDb();
  return {
    listLines: () => linesWithLatest(db),
  };
}
