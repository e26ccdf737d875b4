import { findAmounts, parsePair } from '../extract/data';
import { parseDate } from '../extract/dates';
import { norm } from '../extract/text';
import type { ExtractedReading } from '../extract/types';
import { YEAR_MS, type Zone, toIso } from '../time';
import { locate, valueText } from './locator';
import { type FieldName, type PageRecipe, REQUIRED_WHEN_TAUGHT, SHAPE_OF, type Unit } from './recipe';

/**
 * A taught page read with its recipe: `(root, url, now, recipe) → reading or why not`. Pure, like
 * the built-in reader. Every value goes through its shape's parser and a plausibility check; a
 * required field that cannot be found again means the page changed: nothing is read, and the
 * reason names the field so the popup can offer to teach it again.
 */

/** An expiry more than a year ago or more than two years ahead is not what the user pointed at. */
const PAST_MS = YEAR_MS;
const AHEAD_MS = 2 * YEAR_MS;
const UNLIMITED = /無制限|使い放題|unlimited|无限|無限|吃到飽/i;

/** What one value text means for a field: the parsed value, or null when it has not the shape. */
export type Interpreted =
  | { field: 'expiry'; at: number; iso: string; statedZone: boolean }
  | { field: 'remaining' | 'total'; mb: number | null; unlimited: boolean; pairTotal: number | null }
  | { field: 'plan' | 'line'; text: string };

/** Reads one value text as the field: the picker shows this, the reader stores it. */
export function interpret(field: FieldName, raw: string, zone: Zone, now: number, unit: Unit | null = null): Interpreted | null {
  const text = norm(raw);
  if (field === 'expiry') {
    const parsed = parseDate(text, { now, zone, dateOrder: 'ymd' });
    if (!parsed) return null;
    if (parsed.at < now - PAST_MS || parsed.at > now + AHEAD_MS) return null;
    return { field, at: parsed.at, iso: toIso(parsed.at, parsed.zone ?? zone), statedZone: parsed.zone !== null };
  }
  if (field === 'remaining' || field === 'total') {
    if (UNLIMITED.test(text) && findAmounts(text).length === 0) return { field, mb: null, unlimited: true, pairTotal: null };
    const pair = field === 'remaining' ? parsePair(text) : null;
    if (pair) return pair.a <= pair.b && pair.a >= 0 ? { field, mb: pair.a, unlimited: false, pairTotal: pair.b } : null;
    const amount = findAmounts(text)[0]?.mb;
    if (amount !== undefined) return amount >= 0 ? { field, mb: amount, unlimited: UNLIMITED.test(text), pairTotal: null } : null;
    const bare = /^(\d[\d,]*(?:\.\d+)?)$/.exec(text);
    if (bare && unit) return { field, mb: Number((bare[1] ?? '').replace(/,/g, '')) * (unit === 'GB' ? 1024 : 1), unlimited: false, pairTotal: null };
    return null;
  }
  const value = text.slice(0, 80);
  return value === '' ? null : { field, text: value };
}

export type RecipeRead =
  | { ok: true; reading: ExtractedReading }
  | { ok: false; field: FieldName; reason: string };

/** The reading a taught page gives, or the first field that could not be read again and why. */
export function readWithRecipe(root: ParentNode, now: Date, recipe: PageRecipe): RecipeRead {
  const t = now.getTime();
  const values: Partial<Record<FieldName, Interpreted>> = {};
  for (const [name, field] of Object.entries(recipe.fields) as Array<[FieldName, NonNullable<PageRecipe['fields'][FieldName]>]>) {
    const shape = SHAPE_OF[name];
    const found = locate(root, field.locator, shape, field.unit !== null);
    const required = REQUIRED_WHEN_TAUGHT.includes(name);
    if (!found.ok) {
      if (required) return { ok: false, field: name, reason: found.reason === 'gone' ? `${name}: not on the page any more` : `${name}: two values fit equally` };
      continue;
    }
    const value = interpret(name, valueText(found.el, shape), recipe.zone, t, field.unit);
    if (!value) {
      if (required) return { ok: false, field: name, reason: `${name}: the value found is not a plausible ${shape}` };
      continue;
    }
    values[name] = value;
  }
  const expiry = values.expiry?.field === 'expiry' ? values.expiry : null;
  const remaining = values.remaining?.field === 'remaining' ? values.remaining : null;
  const total = values.total?.field === 'total' ? values.total : null;
  const totalMB = total?.mb ?? remaining?.pairTotal ?? null;
  if (remaining?.mb != null && totalMB !== null && remaining.mb > totalMB) {
    return { ok: false, field: 'remaining', reason: 'remaining: more than the total' };
  }
  const text = (v: Interpreted | undefined) => (v && 'text' in v ? v.text : null);
  return {
    ok: true,
    reading: {
      line: text(values.line),
      plan: text(values.plan),
      expiresAt: expiry?.iso ?? null,
      remainingMB: remaining?.mb ?? null,
      totalMB,
      usedMB: null,
      unlimited: Boolean(remaining?.unlimited || total?.unlimited),
      buckets: [],
      lineValidUntil: null,
    },
  };
}
