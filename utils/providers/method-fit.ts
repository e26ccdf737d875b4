import type { MethodSummary } from './summary';

/**
 * Which of a provider's renewal methods fit one line (`RenewalMethod.fits`): a pure function of the
 * profile and what the readings say of the line, so the popup only shows the result.
 */

/** What the readings say of a line, as far as the choice of method goes. */
export interface LineFacts {
  /** The plan name as read (the newest reading that names one); null when no page named it. */
  plan: string | null;
  /** Whether the newest reading says the data is unlimited; null when unknown. */
  unlimited: boolean | null;
  /** Where the newest page reading came from (origin and path); null for none or a manual entry. */
  sourceUrl: string | null;
}

const includesAny = (text: string, parts: readonly string[] | undefined) =>
  parts?.some((part) => part.length > 0 && text.toLowerCase().includes(part.toLowerCase())) ?? false;

const readOn = (url: string | null, prefixes: readonly string[] | undefined) =>
  url !== null && url !== '' && (prefixes?.some((prefix) => url.startsWith(prefix)) ?? false);

const boundToProduct = (m: MethodSummary) => m.fits?.plans !== undefined || m.fits?.pages !== undefined;

/**
 * The product evidence for one method: true or false when the line's plan (or the page it was read
 * on) tells, null when nothing does. A plan name decides over the page.
 */
function productFits(m: MethodSummary, line: LineFacts, pageKnown: boolean): boolean | null {
  if (!boundToProduct(m)) return true;
  if (line.plan) return includesAny(line.plan, m.fits?.plans);
  if (pageKnown) return readOn(line.sourceUrl, m.fits?.pages);
  return null;
}

/** The recommended method: one the user can start from here (a page to open), never auto-renew. */
const startsHere = (m: MethodSummary) => m.url !== undefined && m.kind !== 'autoRenew';

/**
 * The methods that fit the line, the recommended one first (the first in the profile's order that
 * opens a page, else the profile's first), the rest in the profile's order:
 * - a method bound to plans or products is shown only to a line of one of them; when the line's plan
 *   is unknown (and no page it was read on tells), every method is shown, none hidden on a guess;
 *   a plan the profile does not describe (no method names it and none is for every plan) is
 *   unknown too;
 * - a method that only buys data is hidden from a line whose data is unlimited.
 * No profile (a provider Kigen does not know): none.
 */
export function methodsForLine<M extends MethodSummary>(profile: { renewal: { methods: readonly M[] } } | undefined, line: LineFacts): M[] {
  if (!profile) return [];
  const useful = profile.renewal.methods.filter((m) => !(m.fits?.addsData && line.unlimited === true));
  const pageKnown = !line.plan && useful.some((m) => readOn(line.sourceUrl, m.fits?.pages));
  const fitting = useful.filter((m) => productFits(m, line, pageKnown) !== false);
  const shown = fitting.length > 0 ? fitting : useful;
  const first = shown.find(startsHere) ?? shown[0];
  return first ? [first, ...shown.filter((m) => m !== first)] : [];
}
