import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { onPages } from '@/utils/overlay/page-match';
import { PROVIDERS } from '@/utils/providers';

/** URLs around a pattern: what its stars stand for, the bare prefix, other paths, hosts and schemes. */
function urlsAround(pattern: string): string[] {
  const filled = ['', 'x', 'a/b?c=1', 'x.html#top'].map((fill) => pattern.replace(/\*/g, fill).replace(/^\*:/, 'https:'));
  const out = new Set<string>();
  for (const u of filled) {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      continue;
    }
    out.add(url.href);
    out.add(`http://${url.host}${url.pathname}`);
    out.add(`https://evil.example${url.pathname}`);
    out.add(`https://${url.host}.evil.example${url.pathname}`);
    out.add(`https://sub.${url.host}${url.pathname}`);
    out.add(`https://${url.host}/other${url.pathname}`);
    out.add(`https://${url.host}${url.pathname.slice(0, -1)}`);
  }
  return [...out];
}

const library = (pattern: string, url: string) => {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
};

describe('onPages', () => {
  const patterns = PROVIDERS.flatMap((p) => [...p.accountPages, ...p.checkoutPages, ...p.confirmationPages, ...(p.areas ?? [])]);

  it('reads every pattern of every provider as @webext-core/match-patterns does', () => {
    let compared = 0;
    for (const pattern of patterns) {
      for (const url of urlsAround(pattern)) {
        expect({ pattern, url, match: onPages([pattern], new URL(url)) }).toEqual({ pattern, url, match: library(pattern, url) });
        compared += 1;
      }
    }
    expect(patterns.length).toBeGreaterThan(50);
    expect(compared).toBeGreaterThan(1000);
  });

  it('takes the scheme, host and path apart', () => {
    expect(onPages(['https://shop.povo.jp/manage/order/confirm*'], new URL('https://shop.povo.jp/manage/order/confirm?x=1'))).toBe(true);
    expect(onPages(['https://shop.povo.jp/manage/order/confirm*'], new URL('http://shop.povo.jp/manage/order/confirm'))).toBe(false);
    expect(onPages(['*://*.example.com/a/*'], new URL('http://example.com/a/b'))).toBe(true);
    expect(onPages(['*://*.example.com/a/*'], new URL('https://x.y.example.com/a/'))).toBe(true);
    expect(onPages(['*://*.example.com/a/*'], new URL('https://notexample.com/a/'))).toBe(false);
    expect(onPages(['https://a.example/x.y'], new URL('https://a.example/xzy'))).toBe(false);
    expect(onPages(['not a pattern', 'https://a.example:8080/*'], new URL('https://a.example/'))).toBe(false);
  });
});
