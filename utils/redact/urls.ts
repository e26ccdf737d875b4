/**
 * URLs cut to origin and path: queries and fragments carry session ids, tokens and search terms.
 * Anything but http(s) (data:, javascript:, blob:, mailto:, tel:) is dropped.
 */

/** `value` resolved against the page and cut to origin + path, or null to drop it. */
export function cutUrl(value: string, page: URL): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed, page);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin + url.pathname;
}

/**
 * A srcset ("a.png 1x, b.png 2x") with each candidate's URL cut; null when none is left. Split as
 * the HTML parser does: a URL runs to whitespace (commas inside it, as in data: URLs, belong to
 * it) and its descriptors to the next comma.
 */
export function cutSrcset(value: string, page: URL): string | null {
  const kept: string[] = [];
  let rest = value;
  while ((rest = rest.replace(/^[\s,]+/, '')) !== '') {
    let url = /^\S+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(url.length);
    let descriptor = '';
    if (/,$/.test(url)) url = url.replace(/,+$/, '');
    else {
      const end = rest.indexOf(',');
      descriptor = (end < 0 ? rest : rest.slice(0, end)).trim();
      rest = end < 0 ? '' : rest.slice(end + 1);
    }
    const cut = cutUrl(url, page);
    if (cut) kept.push(descriptor ? `${cut} ${descriptor}` : cut);
  }
  return kept.length > 0 ? kept.join(', ') : null;
}

/** url(…) inside a style attribute, cut the same way ("none" when dropped). */
export function cutStyleUrls(style: string, page: URL): string {
  return style.replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (_, _q: string, url: string) => {
    const cut = cutUrl(url, page);
    return cut ? `url("${cut.replace(/["\\]/g, '')}")` : 'none';
  });
}
