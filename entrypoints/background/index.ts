import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDb } from '@/utils/db';
import { onMessage } from '@/utils/messaging/protocol';
import { notifyNotReflected, setupNotifications } from './notifications';
import { reconcile, setupReminders, snooze } from './reminders';
import { type Routes, routes } from './routes';
import { setupInject } from './inject';
import { setupTabStatus } from './tab-status';
import { setupSync } from './sync';
import { setupTeach } from './teach';
import { setupFirstRun } from './first-run';
import { setupFirstPaint } from './first-paint';
import type { HandlerDeps } from './deps';

/** Wires listeners only; every concern lives in its own file. Nothing is kept in globals. */
export default defineBackground({
  persistent: false,
  main() {
    const db = createDb();
    // Before the database's first use: it watches every write.
    const firstPaint = setupFirstPaint(db);
    const pushSync = setupSync(db, () => reconcile(db, Date.now()).then(() => undefined));
    const deps: HandlerDeps = {
      db,
      now: () => Date.now(),
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      afterWrite: async () => {
        // The popup's copy holds this write before the page that asked for it hears back.
        await firstPaint.refresh();
        await reconcile(db, Date.now());
        pushSync();
      },
      notReflected: (lineId, renewals) => notifyNotReflected(db, lineId, renewals),
    };
    const handlers = routes(deps);
    for (const type of Object.keys(handlers) as Array<keyof Routes>) {
      onMessage(type, ({ data, sender }) => (handlers[type] as (d: unknown, s: typeof sender) => unknown)(data, sender) as never);
    }
    setupReminders(db);
    setupFirstRun();
    setupTabStatus();
    setupInject();
    setupTeach(deps);
    setupNotifications({ db, snooze: (key) => snooze(db, key, Date.now()) });
  },
});
