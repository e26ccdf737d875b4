import type { KigenDB } from '@/utils/db';
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
}
