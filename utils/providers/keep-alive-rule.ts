import type { KeepAliveRule, ProviderProfile } from './types';

/**
 * The first plan-specific entry whose `planIncludes` occurs in the plan name as read
 * (case-insensitive), or undefined for an unknown plan. Shared by the keep-alive rule and the line
 * kind, so a plan name picks both the same way.
 */
export function matchPlan<T extends { planIncludes: readonly string[] }>(
  entries: readonly T[] | undefined,
  plan: string | null | undefined,
): T | undefined {
  const name = plan?.toLowerCase();
  if (!name) return undefined;
  return entries?.find((e) => e.planIncludes.some((part) => part.length > 0 && name.includes(part.toLowerCase())));
}

/**
 * The keep-alive rule for one line: a plan-specific rule when the plan name as read matches one
 * (IIJmio プリペイドパック, b-mobile U300), else the provider's rule for every line, else none.
 * A line whose plan is unknown gets only the every-line rule: a plan rule given to the wrong line
 * would send false "you will lose your number" warnings.
 */
export function keepAliveRuleFor(
  profile: Pick<ProviderProfile, 'keepAlive' | 'keepAliveByPlan'>,
  plan: string | null | undefined,
): KeepAliveRule | undefined {
  return matchPlan(profile.keepAliveByPlan, plan)?.rule ?? profile.keepAlive;
}
