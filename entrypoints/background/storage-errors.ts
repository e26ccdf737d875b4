import { storageErrorItem } from '@/utils/settings';

/**
 * Records a failed write so the popup can tell the user (a full disk or quota). The old data is
 * untouched: every write runs in a Dexie transaction that rolls back on failure.
 */
export async function reportStorageError(error: unknown, now: number): Promise<void> {
  const name = error instanceof Error ? error.name : 'Error';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  const message = inner === 'QuotaExceededError' || name === 'QuotaExceededError' ? 'quota' : name;
  console.error('[kigen] storage write failed:', message);
  try {
    await storageErrorItem.setValue({ at: now, message });
  } catch {
    // browser.storage may be full as well; the console line above is all that is left.
  }
}
