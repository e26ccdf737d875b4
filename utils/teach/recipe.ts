import * as v from 'valibot';
import { LINE_KINDS } from '../providers/types';
import { siteOf, sitePattern } from './site';

/**
 * A page recipe: what the user taught Kigen on one site by pointing at values ("Read this page",
 * or "This is wrong" on a provider page). One recipe per site and path pattern; a locator per
 * field that survives markup changes (utils/teach/locator.ts). Recipes are plain data: they live
 * in extension storage, go into the backup and sync, and every copy read back is validated here.
 */

export const FIELDS = ['expiry', 'remaining', 'total', 'plan', 'line'] as const;
export type FieldName = (typeof FIELDS)[number];

/** What a field's value looks like; the locator only accepts candidates of that shape. */
export type Shape = 'date' | 'amount' | 'text';

export const SHAPE_OF: Record<FieldName, Shape> = {
  expiry: 'date',
  remaining: 'amount',
  total: 'amount',
  plan: 'text',
  line: 'text',
};

/** Fields a reading cannot go without once taught: without them nothing is stored. */
export const REQUIRED_WHEN_TAUGHT: readonly FieldName[] = ['expiry', 'remaining', 'line'];

export const RELATIONS = ['aria', 'label-for', 'dt-dd', 'row', 'column', 'inline', 'sibling', 'ancestor'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Units the user may pick for a bare number ("12.5" under a "GB" column header). */
export const UNITS = ['MB', 'GB'] as const;
export type Unit = (typeof UNITS)[number];

/** How to find one value again: its label first, structure and attributes as fallbacks. */
export interface Locator {
  /** The nearest label's text, normalised ("有効期限"); null when the value stands alone. */
  label: string | null;
  /** Where the label sits relative to the value. */
  relation: Relation | null;
  tag: string;
  /** Stable attributes: id (unless generated), name, aria-label, role, itemprop, word-like data-*. */
  attrs: Record<string, string>;
  /** Word-like class names only: hashed ones ("css-1x2y3z", "sc-AxjAm") are left out. */
  classes: string[];
  /** Tags from the value up to four ancestors ("span", "dd", "dl", "div"). */
  path: string[];
  /** Words near the value (its label's siblings, section heading), not the value itself. */
  near: string[];
  /** Its place among the page's values of the same shape (0-based), the weakest clue. */
  index: number;
}

export interface FieldRecipe {
  locator: Locator;
  /** For a bare number: the unit the user chose. */
  unit: Unit | null;
}

export interface PageRecipe {
  /** `recipe-<hash of site and path>`: also the id of its content-script registration. */
  id: string;
  /** The site's origin ("https://www.riben-ka.example"). */
  site: string;
  /** A path pattern ("/user/sim/*"), matched against the page's path. */
  path: string;
  /** A built-in provider this recipe corrects ("This is wrong"), or null for a taught site. */
  provider: string | null;
  fields: Partial<Record<FieldName, FieldRecipe>>;
  /** The zone the page's times are in: an IANA name, or minutes east of UTC. */
  zone: string | number;
  lineKind: (typeof LINE_KINDS)[number];
  createdAt: number;
  updatedAt: number;
}

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const LocatorSchema = v.strictObject({
  label: v.nullable(Text(80)),
  relation: v.nullable(v.picklist(RELATIONS)),
  tag: v.pipe(Text(20), v.regex(/^[a-z][a-z0-9-]*$/)),
  attrs: v.pipe(v.record(Text(40), Text(120)), v.check((r) => Object.keys(r).length <= 8, 'too many attributes')),
  classes: v.pipe(v.array(Text(60)), v.maxLength(12)),
  path: v.pipe(v.array(Text(20)), v.maxLength(6)),
  near: v.pipe(v.array(Text(40)), v.maxLength(16)),
  index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
});

const FieldSchema = v.strictObject({ locator: LocatorSchema, unit: v.nullable(v.picklist(UNITS)) });

const Instant = v.pipe(v.number(), v.integer(), v.minValue(0));

export const RecipeSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^recipe-[0-9a-z]{1,16}$/)),
  site: v.pipe(
    Text(260),
    v.check((s) => siteOf(s) === s, 'site must be an https origin'),
  ),
  path: v.pipe(Text(300), v.startsWith('/')),
  provider: v.nullable(v.pipe(Text(40), v.regex(/^[a-z0-9-]+$/))),
  fields: v.pipe(
    v.strictObject({
      expiry: v.optional(FieldSchema),
      remaining: v.optional(FieldSchema),
      total: v.optional(FieldSchema),
      plan: v.optional(FieldSchema),
      line: v.optional(FieldSchema),
    }),
    v.check((f) => f.expiry !== undefined || f.remaining !== undefined, 'a recipe needs the expiry or the data left'),
  ),
  zone: v.union([Text(40), v.pipe(v.number(), v.integer(), v.minValue(-14 * 60), v.maxValue(14 * 60))]),
  lineKind: v.picklist(LINE_KINDS),
  createdAt: Instant,
  updatedAt: Instant,
});

export { siteOf, sitePattern };

/**
 * The path pattern a recipe taught on `url` applies to: segments that look like ids (digits,
 * long hex) become `*`, and the last segment stays (a page of an account area), so
 * `/user/sim/8981100012345678` → `/user/sim/*`.
 */
export function pathPatternOf(url: string): string {
  const { pathname } = new URL(url);
  const parts = pathname.split('/').map((seg) => (/\d{4,}|^[0-9a-f]{12,}$/i.test(seg) ? '*' : seg));
  return parts.join('/') || '/';
}

/** Whether a recipe's path pattern covers this page's path (`*` is one segment). */
export function pathMatches(pattern: string, url: string): boolean {
  const path = new URL(url).pathname;
  const a = pattern.split('/');
  const b = path.split('/');
  if (a.length !== b.length) return false;
  return a.every((seg, i) => seg === '*' || seg === b[i]);
}

/** The recipes of `recipes` that apply to this page. */
export function recipesFor(recipes: readonly PageRecipe[], url: string): PageRecipe[] {
  const site = siteOf(url);
  return site ? recipes.filter((r) => r.site === site && pathMatches(r.path, url)) : [];
}

/** A short stable id for a site and path (FNV-1a, base 36): registration ids must be unique. */
export function recipeIdOf(site: string, path: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${site}${path}`) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `recipe-${h.toString(36)}`;
}

/**
 * The provider id a taught site's lines are stored under: the site's host name, which the popup
 * shows as the provider's name (registry ids never contain a dot, so the two cannot collide).
 */
export function taughtProvider(recipe: Pick<PageRecipe, 'site' | 'provider'>): string {
  return recipe.provider ?? new URL(recipe.site).hostname.slice(-40);
}
