/**
 * A taught site and its permission pattern: plain URL work, apart from the recipe's schema
 * (./recipe.ts re-exports both), so the popup can offer "Read this page" without loading valibot.
 */

/** The https origin of a URL, or null for anything else (http, file, extension pages). */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname !== '' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The permission pattern for a site: Chrome ignores paths in origin patterns anyway. */
export function sitePattern(site: string): string {
  return `${site}/*`;
}
