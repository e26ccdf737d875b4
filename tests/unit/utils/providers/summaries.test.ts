import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '@/utils/providers';
import { PROVIDER_SUMMARIES } from '@/utils/providers/summaries';
import { summarize } from '@/utils/providers/summary';
import { methodsForLine } from '@/utils/providers/method-fit';
import { keepAliveRuleFor } from '@/utils/providers/keep-alive-rule';
import { lineKindOf } from '@/utils/lines/kind';

/**
 * The providers' summaries: what the popup's list and the first-run page carry instead of the
 * registry. The build embeds them as JSON (wxt.config.ts), so they must survive JSON unchanged, and
 * every decision the list makes from a summary must be the one the full profile gives.
 */
describe('provider summaries', () => {
  it('are plain JSON: the build embeds exactly these values', () => {
    expect(JSON.parse(JSON.stringify(PROVIDER_SUMMARIES))).toStrictEqual(PROVIDER_SUMMARIES);
  });

  it('list every provider in the registry order, without its guides, hints or sources', () => {
    expect(PROVIDER_SUMMARIES.map((s) => s.id)).toEqual(PROVIDERS.map((p) => p.id));
    const text = JSON.stringify(PROVIDER_SUMMARIES);
    for (const key of ['"steps"', '"sources"', '"hints"', '"supportHintKey"', '"checkoutPages"']) expect(text).not.toContain(key);
    // A fraction of the registry: the point of having them.
    expect(text.length).toBeLessThan(JSON.stringify(PROVIDERS).length / 3);
  });

  it.each(PROVIDERS.map((p) => [p.id, p] as const))('%s: the same renew page, line kind and keep-alive rule as the profile', (_, profile) => {
    const summary = summarize(profile);
    const plans = [null, ...profile.renewal.methods.flatMap((m) => m.fits?.plans ?? []), ...(profile.lineKindByPlan ?? []).flatMap((k) => k.planIncludes)];
    const pages = [null, ...profile.renewal.methods.flatMap((m) => m.fits?.pages ?? [])];
    for (const plan of plans) {
      for (const sourceUrl of pages) {
        for (const unlimited of [null, true, false]) {
          const facts = { plan, unlimited, sourceUrl };
          expect(methodsForLine(summary, facts).map((m) => m.url)).toEqual(methodsForLine(profile, facts).map((m) => m.url));
        }
      }
      expect(lineKindOf({ settings: { muted: false } }, summary, plan)).toBe(lineKindOf({ settings: { muted: false } }, profile, plan));
      expect(keepAliveRuleFor(summary, plan)).toEqual(keepAliveRuleFor(profile, plan));
    }
    expect(summary.accountPages[0]).toBe(profile.accountPages[0]);
  });
});
