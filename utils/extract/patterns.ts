import { MatchPattern } from '@webext-core/match-patterns';

/** True when the URL is on one of the match patterns (invalid patterns match nothing). */
export function matchesAny(patterns: readonly string[], url: URL): boolean {
  return patterns.some((p) => {
    try {
      return new MatchPattern(p).includes(url.href);
    } catch {
      return false;
    }
  });
}
