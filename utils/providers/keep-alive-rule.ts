import type { KeepAliveRule, ProviderProfile } from './types';

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
  const name = plan?.toLowerCase();
  if (name) {
    const match = profile.keepAliveByPlan?.find((r) =>
      r.planIncludes.some((part) => part.length > 0 && name.includes(part.toLowerCase())),
    );
    if (match) return match.rule;
  }
  return profile.keepAlive;
}
