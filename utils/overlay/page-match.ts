/**
 * The overlay's own reading of the registry's page patterns ("https://shop.povo.jp/manage/order/
 * confirm*"), the way @webext-core/match-patterns reads them: scheme (`*` for http and https),
 * host (exact, or `*.` for the domain and its subdomains), and the pathname with `*` for any run
 * of characters. Written out so the checkout overlay does not bundle the library (0.8 KB of its
 * 25 KB budget); a unit test holds it to the library over every pattern of every provider. The
 * sender checks in the background keep using the library.
 */
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/:*]+)(\/.*)$/;

const glob = (s: string) => new RegExp(`^${s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** True when the URL is on one of the patterns (a pattern it cannot read matches nothing). */
export function onPages(patterns: readonly string[], url: URL): boolean {
  return patterns.some((p) => {
    const [, scheme, host = '', path = ''] = PATTERN.exec(p) ?? [];
    return (
      !!scheme &&
      (scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === `${scheme}:`) &&
      (host === '*' || glob(host).test(url.hostname) || glob(host.replace(/^\*\./, '')).test(url.hostname)) &&
      glob(path).test(url.pathname)
    );
  });
}
