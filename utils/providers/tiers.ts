import type { UsageTier } from './types';

/**
 * Where this month's data use falls on a usage-tiered monthly plan (`ProviderProfile.usageTiers`,
 * Rakuten最強プラン): a pure function of the provider's steps and the MB used, so the popup only
 * formats it.
 */

export interface TierPosition {
  /** This month's step: its price applies at this use. */
  tier: UsageTier;
  /** Where the step starts: the step below's `upToMB` (use above it), null on the first step. */
  fromMB: number | null;
  /** The next step up, null on the last. */
  next: UsageTier | null;
  /**
   * MB more until the next step's price applies: `upToMB − used`. 0 at the bound itself (exactly
   * 3GB is still the 3GB step; any more moves it up). null on the last step.
   */
  toNextMB: number | null;
}

/**
 * The step `usedMB` falls in: the first whose `upToMB` is at least the use (bounds are inclusive).
 * null when the provider has no steps, the use is unknown (null, negative, not a number), or no
 * step covers it (a profile whose last step has a bound).
 */
export function usageTierFor(tiers: readonly UsageTier[] | undefined, usedMB: number | null | undefined): TierPosition | null {
  if (!tiers || tiers.length === 0 || usedMB === null || usedMB === undefined) return null;
  if (!Number.isFinite(usedMB) || usedMB < 0) return null;
  const index = tiers.findIndex((t) => t.upToMB === null || usedMB <= t.upToMB);
  const tier = tiers[index];
  if (!tier) return null;
  const next = tiers[index + 1] ?? null;
  return {
    tier,
    fromMB: tiers[index - 1]?.upToMB ?? null,
    next,
    toNextMB: tier.upToMB === null || next === null ? null : tier.upToMB - usedMB,
  };
}
