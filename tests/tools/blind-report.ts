/**
 * Grades the reader on blind pages (written by someone who never read utils/extract/):
 * `npx tsx tests/tools/blind-report.ts DIR [--quiet] [--legacy]`.
 *
 * Each page is compared field by field with what its writer set down. A field is right, MISSING
 * (the reader gave null / nothing where the page states a value), WRONG (the reader gave a
 * value the page does not state, or another value) or STRUCT (page kind, provider, the number of
 * readings, whether a reason was given). Wrong values are worse than missing ones:
 * they drive reminders. `--legacy` grades only the fields of the first contract (no page kind,
 * buckets or stated SIM validity), to compare with scores taken before those existed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractFromHtml } from './extract-page';

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/blind');
const quiet = args.includes('--quiet');
const legacy = args.includes('--legacy');

function files(d: string): string[] {
  return readdirSync(d).flatMap((n) => {
    const f = path.join(d, n);
    return statSync(f).isDirectory() ? files(f) : [f];
  });
}

type Flat = Record<string, unknown>;
const NEW_READING_FIELDS = new Set(['buckets', 'lineValidUntil']);

function norm(key: string, v: unknown): unknown {
  if (typeof v === 'string' && /expiresAt|lineValidUntil/.test(key)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? v : new Date(t).toISOString();
  }
  if (typeof v === 'number') return Math.round(v * 1e6) / 1e6;
  return v;
}

function flatten(prefix: string, v: unknown, out: Flat): void {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(prefix ? `${prefix}.${k}` : k, x, out);
  } else if (Array.isArray(v)) {
    out[`${prefix}.length`] = v.length;
    v.forEach((x, i) => flatten(`${prefix}[${i}]`, x, out));
  } else out[prefix] = norm(prefix, v);
}

function flat(r: Record<string, unknown>): Flat {
  const out: Flat = {};
  const { reason, readings, ...rest } = r as { reason?: string; readings?: Array<Record<string, unknown>> };
  for (const [k, v] of Object.entries(rest)) {
    if (legacy && k === 'pageKind') continue;
    flatten(k, v, out);
  }
  out.reasonGiven = typeof reason === 'string' && reason.length > 0;
  out['readings.length'] = readings?.length ?? 0;
  (readings ?? []).forEach((x, i) => {
    for (const [k, v] of Object.entries(x)) {
      if (legacy && NEW_READING_FIELDS.has(k)) continue;
      flatten(`readings[${i}].${k}`, v, out);
    }
  });
  return out;
}

/** Page kind, counts and flags: what the page is, not a value read from it. */
const isStructure = (k: string) => /^(pageKind|isAccountPage|reasonGiven|provider)$|\.length$/.test(k);

interface Score {
  pages: number;
  right: number;
  wrongValues: number;
  missing: number;
  structure: number;
}
const byKind = new Map<string, Score>();
const total: Score = { pages: 0, right: 0, wrongValues: 0, missing: 0, structure: 0 };

for (const page of files(dir).filter((f) => f.endsWith('.html')).sort()) {
  const fx = JSON.parse(readFileSync(page.replace(/\.html$/, '.expected.json'), 'utf8'));
  const actual = extractFromHtml(readFileSync(page, 'utf8'), fx.url, new Date(fx.now)) as unknown as Record<string, unknown>;
  const expected = flat(fx.expected);
  const got = flat(actual);
  const kind = String(fx.expected.pageKind ?? 'unknown');
  const lines: string[] = [];
  let wrong = 0;
  let missing = 0;
  let structure = 0;
  for (const k of new Set([...Object.keys(expected), ...Object.keys(got)])) {
    const e = expected[k];
    const a = got[k];
    // A field of a reading the page does not have counts only when the reader gave it a value.
    if (e === undefined && (a === null || a === false || (Array.isArray(a) && a.length === 0))) continue;
    if (JSON.stringify(e) === JSON.stringify(a)) continue;
    // A value the reader did not give (null, or no such reading / object) is missing; a value it
    // gave that the page does not state, or states otherwise, is wrong.
    const kind = isStructure(k) ? 'STRUCT ' : a === undefined || a === null ? 'MISSING' : 'WRONG  ';
    if (kind === 'MISSING') missing += 1;
    else if (kind === 'WRONG  ') wrong += 1;
    else structure += 1;
    lines.push(`    ${kind} ${k}: expected ${JSON.stringify(e)} got ${JSON.stringify(a)}`);
  }
  const s = byKind.get(kind) ?? { pages: 0, right: 0, wrongValues: 0, missing: 0, structure: 0 };
  for (const x of [s, total]) {
    x.pages += 1;
    if (lines.length === 0) x.right += 1;
    x.wrongValues += wrong;
    x.missing += missing;
    x.structure += structure;
  }
  byKind.set(kind, s);
  if (lines.length > 0 && !quiet) console.log(`${path.relative(dir, page)}\n${lines.join('\n')}`);
}

const row = (name: string, s: Score) =>
  `${name.padEnd(14)} ${String(s.right).padStart(3)}/${String(s.pages).padEnd(3)} exactly right   wrong values ${String(s.wrongValues).padStart(3)}   missing ${String(s.missing).padStart(3)}   structure ${String(s.structure).padStart(3)}`;
console.log(`\n${legacy ? 'legacy contract' : 'full contract'}: ${dir}`);
for (const [k, s] of [...byKind].sort()) console.log(row(k, s));
console.log(row('all', total));
