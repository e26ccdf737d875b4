import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { candidates, describe as fingerprint, valueText } from '@/utils/teach/locator';
import { interpret, readWithRecipe } from '@/utils/teach/read';
import { type FieldName, type PageRecipe, SHAPE_OF, recipeIdOf } from '@/utils/teach/recipe';

/**
 * What markup changes a taught recipe survives, measured on every fixture page (our own and the
 * blind batches) that shows an expiry or a remaining amount. For each such value the test
 * "teaches" it as a user would (the one element on the page whose text means the expected
 * value), then rewrites the page as a redesign might and reads it with the recipe:
 *
 * - classes: every class name replaced by a hashed one (CSS-in-JS, a new build);
 * - wrappers: every element's content wrapped in one more <div> (a new layout component);
 * - attributes: ids, data-* and aria-label dropped;
 * - tags: every <span>, <td>, <dd> and <p> holding a value becomes a <div>;
 * - order: the children of every list, table body and dl reversed (rows moved).
 *
 * A read is right (the same value), gone (nothing read: the user is asked to teach again) or
 * wrong. Wrong must stay 0 under every change; the share right is reported and held to a floor.
 */

const ROOT = path.resolve(import.meta.dirname, '../../../fixtures');
type Expected = { url: string; now: string; expected: { readings: Array<{ expiresAt: string | null; remainingMB: number | null }> } };

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

type Mutation = (doc: Document) => void;
let n = 0;
const hashed = () => `css-${(n++ * 2654435761 % 2 ** 32).toString(36)}`;
const MUTATIONS: Record<string, Mutation> = {
  none: () => undefined,
  classes: (doc) => {
    for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', el.getAttribute('class')!.split(/\s+/).map(hashed).join(' '));
  },
  wrappers: (doc) => {
    for (const el of [...doc.querySelectorAll('body *')].filter((e) => !['TABLE', 'TBODY', 'THEAD', 'TR', 'UL', 'OL', 'DL', 'SELECT', 'SCRIPT', 'STYLE'].includes(e.tagName))) {
      const wrap = doc.createElement('div');
      wrap.append(...el.childNodes);
      el.append(wrap);
    }
  },
  attributes: (doc) => {
    for (const el of doc.querySelectorAll('*')) {
      for (const { name } of [...el.attributes]) if (name === 'id' || name.startsWith('data-') || name === 'aria-label') el.removeAttribute(name);
    }
  },
  tags: (doc) => {
    for (const el of [...doc.querySelectorAll('span, p, dd, td')].reverse()) {
      if (el.children.length > 0) continue;
      const div = doc.createElement(el.tagName === 'TD' ? 'td' : 'div');
      if (el.tagName === 'TD') continue;
      div.append(...el.childNodes);
      el.replaceWith(div);
    }
  },
  order: (doc) => {
    for (const list of doc.querySelectorAll('ul, ol, tbody')) list.append(...[...list.children].reverse());
  },
};

interface Case {
  file: string;
  field: FieldName;
  html: string;
  recipe: PageRecipe;
  now: Date;
  want: string;
}

/** The value as the recipe reads it, comparable across pages ("2026-12-31T23:59:59+09:00", "1536"). */
function asRead(field: FieldName, r: ReturnType<typeof readWithRecipe>): string | null {
  if (!r.ok) return null;
  return field === 'expiry' ? r.reading.expiresAt : String(r.reading.remainingMB);
}

function teachCases(): Case[] {
  const out: Case[] = [];
  for (const file of [...pages(path.join(ROOT, 'pages')), ...pages(path.join(ROOT, 'blind'))]) {
    const jsonFile = file.replace(/\.html$/, '.expected.json');
    let spec: Expected;
    try {
      spec = JSON.parse(readFileSync(jsonFile, 'utf8')) as Expected;
    } catch {
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const now = new Date(spec.now);
    // One line per page: on a page of several lines the user teaches per page, which is another matter.
    const [reading, ...more] = spec.expected.readings;
    if (!reading || more.length > 0) continue;
    const wants: Array<[FieldName, string | null]> = [
      ['expiry', reading.expiresAt],
      ['remaining', reading.remainingMB === null ? null : String(reading.remainingMB)],
    ];
    for (const [field, want] of wants) {
      if (want === null) continue;
      const { document } = parseHTML(html);
      const zone = want.endsWith('+08:00') ? 'Asia/Shanghai' : want.endsWith('+00:00') || want.endsWith('Z') ? 'UTC' : 'Asia/Tokyo';
      // The user's click: the one element whose text means the expected value.
      const hits = candidates(document, SHAPE_OF[field]).filter((el) => {
        const v = interpret(field, valueText(el, SHAPE_OF[field]), zone, now.getTime());
        if (!v) return false;
        if (v.field === 'expiry') return Date.parse(v.iso) === Date.parse(want);
        return v.field === 'remaining' && String(v.mb) === want;
      });
      if (hits.length !== 1 || !hits[0]) continue;
      const site = new URL(spec.url).origin;
      const recipe: PageRecipe = {
        id: recipeIdOf(site, '/'),
        site,
        path: '/',
        provider: null,
        fields: { [field]: { locator: fingerprint(hits[0], document, SHAPE_OF[field]), unit: null } },
        zone,
        lineKind: 'prepaid',
        createdAt: 0,
        updatedAt: 0,
      };
      const back = asRead(field, readWithRecipe(document, now, recipe));
      if (back === null || Date.parse(back) !== Date.parse(want) && back !== want) continue;
      out.push({ file: path.relative(ROOT, file), field, html, recipe, now, want: back });
    }
  }
  return out;
}

describe('a taught value through redesigns (every fixture page with one line)', () => {
  const cases = teachCases();
  const tally: Record<string, { right: number; gone: number; wrong: string[] }> = {};
  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    const t: { right: number; gone: number; wrong: string[] } = (tally[name] = { right: 0, gone: 0, wrong: [] });
    for (const c of cases) {
      const { document } = parseHTML(c.html);
      mutate(document);
      const got = asRead(c.field, readWithRecipe(document, c.now, c.recipe));
      if (got === null) t.gone += 1;
      else if (got === c.want) t.right += 1;
      else t.wrong.push(`${c.file} ${c.field}: ${got} ≠ ${c.want}`);
    }
  }

  it('teaches enough values to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(Object.keys(MUTATIONS))('%s: never a wrong value', (name) => {
    expect(tally[name]?.wrong).toEqual([]);
  });

  it('classes, wrappers, attributes and tags: nearly every value is still read; moved rows mostly', () => {
    const share = (name: string) => (tally[name]?.right ?? 0) / cases.length;
    console.log(
      `taught ${cases.length} values; right / gone per change:`,
      Object.entries(tally).map(([name, t]) => `${name} ${t.right}/${t.gone}`).join(', '),
    );
    expect(share('none')).toBe(1);
    for (const name of ['classes', 'attributes']) expect(share(name), name).toBeGreaterThanOrEqual(0.95);
    for (const name of ['wrappers', 'tags', 'order']) expect(share(name), name).toBeGreaterThanOrEqual(0.8);
  });
});
