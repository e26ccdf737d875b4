import { browser } from 'wxt/browser';
import { type LineAction, URGENT_DAYS, linesNeedingAction, nextAttentionChange } from '@/utils/reminders/attention';
import type { PlanInput } from '@/utils/reminders/types';

/**
 * The toolbar badge's count: how many lines need action inside their lead window
 * (utils/reminders/attention.ts), nothing when none; red when one is lost within three days or
 * already, amber otherwise. It is the badge's global value: a tab's own ✓ / ? mark
 * (./tab-status.ts) is set for that tab and wins there; everywhere else the count shows. Set on
 * every reconcile (each write, alarm and startup), and again when the count changes with the date
 * alone (a one-shot alarm at that moment).
 */

export const BADGE_ALARM = 'badge';

const COLORS = { urgent: '#b3261e', soon: '#9a6700' } as const;

/** The badge for these lines: its text and colour, or null for no badge. */
export function badgeFor(actions: readonly LineAction[]): { text: string; color: string } | null {
  if (actions.length === 0) return null;
  const urgent = actions.some((a) => a.days <= URGENT_DAYS);
  return { text: String(actions.length), color: urgent ? COLORS.urgent : COLORS.soon };
}

/** MV3's action, MV2's browserAction (Firefox). */
export function toolbar() {
  return browser.action ?? browser.browserAction;
}

/** Shows the count for `input` and sets the alarm for its next change (or clears it). */
export async function updateBadge(input: PlanInput): Promise<void> {
  const action = toolbar();
  const badge = badgeFor(linesNeedingAction(input));
  if (action) {
    await action.setBadgeText({ text: badge?.text ?? '' });
    if (badge) await action.setBadgeBackgroundColor({ color: badge.color });
  }
  const next = nextAttentionChange(input);
  if (next === null) await browser.alarms.clear(BADGE_ALARM);
  else if ((await browser.alarms.get(BADGE_ALARM))?.scheduledTime !== next) await browser.alarms.create(BADGE_ALARM, { when: next });
}
