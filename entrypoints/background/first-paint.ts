import { browser } from 'wxt/browser';
import type { KigenDB } from '@/utils/db';
import { usableFirstPaint } from '@/utils/connector/first-paint';
import { firstPaintItem } from '@/utils/settings';
import { type FirstPaintKeeper, firstPaintOf, keepFirstPaint } from '@/utils/store/first-paint';

/**
 * The popup's first paint in `storage.local` (utils/store/first-paint.ts keeps it equal to the
 * database). Made at start when there is none this version can use (a fresh install, an update, a
 * refresh that failed); from then on every write to the database renews it.
 */
export function setupFirstPaint(db: KigenDB): FirstPaintKeeper {
  const version = browser.runtime.getManifest().version;
  const keeper = keepFirstPaint(db, {
    write: (lines) => firstPaintItem.setValue(firstPaintOf(lines, version)),
    clear: () => firstPaintItem.removeValue(),
  });
  firstPaintItem.getValue().then(
    (cached) => (usableFirstPaint(cached, version) ? undefined : keeper.refresh()),
    () => undefined,
  );
  return keeper;
}
