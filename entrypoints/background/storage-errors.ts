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

/**
 * A write went through again (space was freed): the popup's banner about the old failure would
 * only mislead now, and the user has no other way to dismiss it.
 */
export async function clearStorageError(): Promise<void> {
  try {
    if ((await storageErrorItem.getValue()) !== null) await storageErrorItem.removeValue();
  } catch {
    // Nothing to do: the banner stays until the next successful write.
  }
}
