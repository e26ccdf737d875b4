import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDb } from '@/utils/db';
import { onMessage } from '@/utils/messaging/protocol';
import { handleGetCheckoutContext, handleHideOverlay, handleSubmitCapture } from './checkout';
import { type HandlerDeps, handleDataChanged, handleGetReadingProfile, handleSubmitReadings } from './handlers';
import { notifyNotReflected, setupNotifications } from './notifications';
import { reconcile, setupReminders, snooze } from './reminders';

/** Wires listeners only; every concern lives in its own file. Nothing is kept in globals. */
export default defineBackground({
  persistent: false,
  main() {
    const db = createDb();
    const deps: HandlerDeps = {
      db,
      now: () => Date.now(),
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      afterWrite: async () => {
        await reconcile(db, Date.now());
      },
      notReflected: (lineId, renewals) => notifyNotReflected(db, lineId, renewals),
    };
    onMessage('getReadingProfile', ({ sender }) => handleGetReadingProfile(deps, sender));
    onMessage('submitReadings', ({ data, sender }) => handleSubmitReadings(deps, data, sender));
    onMessage('dataChanged', ({ sender }) => handleDataChanged(deps, sender));
    onMessage('getCheckoutContext', ({ data, sender }) => handleGetCheckoutContext(deps, data, sender));
    onMessage('submitCapture', ({ data, sender }) => handleSubmitCapture(deps, data, sender));
    onMessage('hideOverlay', ({ data, sender }) => handleHideOverlay(deps, data, sender));
    setupReminders(db);
    setupNotifications({ db, snooze: (key) => snooze(db, key, Date.now()) });
  },
});
