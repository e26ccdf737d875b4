import * as v from 'valibot';
import { type PageRecipe, RecipeSchema } from '../teach/recipe';
import { SYNC_FORMAT, canonical } from './items';
import { RECIPE_KEY_PREFIX } from './keys';
import { newerWins } from './merge';
import type { Ledger } from './plan';

/**
 * Page recipes between browsers: one sync item per taught site (`recipes:<site>`), holding all
 * of that site's recipes and the latest `updatedAt` among them. Newer wins per site; removing a
 * site's last recipe leaves a tombstone (the ledger knows the site was here), so the other
 * browser removes it too. Pure, like planSync; items read from sync are validated like a backup.
 * A synced recipe brings no access with it: on the other browser the site's permission is the
 * user's to grant again (options says so).
 */

const MAX_PER_SITE = 20;

type SiteItem = { updatedAt: number; recipes: PageRecipe[] } | { updatedAt: number; deleted: true };

const SiteItemSchema = v.union([
  v.strictObject({ v: v.literal(SYNC_FORMAT), updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)), recipes: v.pipe(v.array(RecipeSchema), v.minLength(1), v.maxLength(MAX_PER_SITE)) }),
  v.strictObject({ v: v.literal(SYNC_FORMAT), updatedAt: v.pipe(v.number(), v.integer(), v.minValue(0)), deleted: v.literal(true) }),
]);

export interface RecipePlan {
  /** This browser's recipes after the pass, or null when they stay as they are. */
  recipes: PageRecipe[] | null;
  push: Record<string, unknown>;
  ledger: Ledger;
  ignored: Array<{ key: string; detail: string }>;
}

const keyOf = (site: string) => `${RECIPE_KEY_PREFIX}${site}`;

function decode(key: string, raw: unknown): SiteItem | string {
  const parsed = v.safeParse(SiteItemSchema, raw);
  if (!parsed.success) return parsed.issues[0]?.message ?? 'invalid';
  const { v: _format, ...item } = parsed.output;
  // An item holds its own site's recipes only.
  if ('recipes' in item && item.recipes.some((r) => keyOf(r.site) !== key)) return 'a recipe of another site';
  return item;
}

export function planRecipes({ local, remote, ledger, now }: { local: readonly PageRecipe[]; remote: Readonly<Record<string, unknown>>; ledger: Ledger; now: number }): RecipePlan {
  const plan: RecipePlan = { recipes: null, push: {}, ledger: {}, ignored: [] };
  const bySite = new Map<string, PageRecipe[]>();
  for (const r of local) bySite.set(keyOf(r.site), [...(bySite.get(keyOf(r.site)) ?? []), r]);
  const keys = new Set([...bySite.keys(), ...Object.keys(remote).filter((k) => k.startsWith(RECIPE_KEY_PREFIX)), ...Object.keys(ledger).filter((k) => k.startsWith(RECIPE_KEY_PREFIX))]);
  const result: PageRecipe[] = [];
  let changed = false;
  for (const key of [...keys].sort()) {
    const mine = bySite.get(key);
    const entry = ledger[key];
    const here: SiteItem | undefined = mine
      ? { updatedAt: Math.max(...mine.map((r) => r.updatedAt)), recipes: mine }
      : entry
        ? { updatedAt: 'deleted' in entry ? entry.updatedAt : now, deleted: true }
        : undefined;
    let there: SiteItem | undefined;
    if (key in remote) {
      const decoded = decode(key, remote[key]);
      if (typeof decoded === 'string') plan.ignored.push({ key, detail: decoded });
      else there = decoded;
    }
    const merged = newerWins(here, there);
    if (!merged) continue;
    if ('recipes' in merged) result.push(...merged.recipes);
    if (canonical('recipes' in merged ? merged.recipes : []) !== canonical(mine ?? [])) changed = true;
    const value = { v: SYNC_FORMAT, ...merged };
    if (!there || canonical(value) !== canonical(remote[key])) plan.push[key] = value;
    plan.ledger[key] = 'deleted' in merged ? { updatedAt: merged.updatedAt, deleted: true } : { updatedAt: merged.updatedAt, meta: canonical(merged.recipes.map((r) => r.id)) };
  }
  if (changed) plan.recipes = result;
  return plan;
}
