import { matchPlan } from '../providers/keep-alive-rule';
import { LINE_KINDS, type LineKind, type LineRecord } from '../records';
import type { ProviderProfile } from '../providers/types';

/**
 * What a line is (prepaid, keep-number, monthly, travel eSIM), which decides what the user stands
 * to lose and so how Kigen speaks of its dates. Pure.
 */

/** What `lineKindOf` needs from a profile; absent fields count as an unknown provider. */
export type LineKindSource = Partial<Pick<ProviderProfile, 'lineKind' | 'lineKindByPlan'>>;

/**
 * The kind of one line, first that applies:
 * 1. the user's own choice (`line.settings.kind`), whatever the provider says;
 * 2. the provider's plan-specific kind when the plan name as read matches (IIJmio プリペイド);
 * 3. the provider's default (`lineKind`);
 * 4. `prepaid` for a provider Kigen does not know (a manual line of "other", an old profile):
 *    someone who tracks such a line by hand tracks it because it runs out, and `prepaid` makes
 *    a stated validity the line's deadline, so a date the user entered is never taken lightly.
 *    Guessing `monthly` would silence the only warning such a line gets.
 * A plan that matches nothing, or an unknown plan, gets the provider's default.
 */
export function lineKindOf(line: Pick<LineRecord, 'settings'>, profile: LineKindSource | undefined, plan: string | null): LineKind {
  const own = line.settings.kind;
  if (own !== undefined && (LINE_KINDS as readonly string[]).includes(own)) return own;
  return matchPlan(profile?.lineKindByPlan, plan)?.kind ?? profile?.lineKind ?? 'prepaid';
}
