import type { KigenDB } from '@/utils/db';
import type { PageLook } from '@/utils/extract/look';
import type { PageCopy } from '@/utils/extract/read-copy';
import type { PurchaseCopy, PurchaseRead } from '@/utils/overlay/read-purchase';
import type { RenewalRecord } from '@/utils/records';

/** What the handlers need from the outside world; tests pass fakes. */
export interface HandlerDeps {
  db: KigenDB;
  now: () => number;
  extensionId: string;
  extensionOrigin: string;
  /** Runs after every successful write: re-plans reminders and reconciles alarms. */
  afterWrite: () => Promise<void>;
  /** Tells the user that purchases did not show up on the account page (checkout loop). */
  notReflected?: (lineId: string, renewals: RenewalRecord[]) => Promise<void>;
  /** Reads a copy of a provider page (entrypoints/background/read-page.ts); tests parse with linkedom. */
  readCopy?: (copy: PageCopy) => Promise<PageLook>;
  /** Reads a copy of a checkout page (entrypoints/background/read-purchase.ts); tests parse with linkedom. */
  readPurchase?: (copy: PurchaseCopy) => Promise<PurchaseRead>;
}
