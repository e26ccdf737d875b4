/**
 * Grading a blind page against what its writer set down (tests/tools/blind-report.ts prints it;
 * tests/unit/utils/extract/blind.test.ts holds the opened batches to it).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractFromHtml } from './extract-page';

export function files(d: string): string[] {
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

function flat(r: Record<string, unknown>, legacy: boolean): Flat {
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

export interface PageGrade {
  /** The writer's page kind. */
  kind: string;
  wrong: number;
  missing: number;
  structure: number;
  /** One line per field that is not right. */
  lines: string[];
}

/**
 * What the reader makes of a page, read once per run: a test grades each page on both contracts and
 * twice on the full one, and the reading does not depend on which. A throw is kept and thrown again.
 */
const readings = new Map<string, { actual?: Record<string, unknown>; error?: unknown }>();
function readOnce(page: string, url: string, now: string): Record<string, unknown> {
  const key = `${page}\n${url}\n${now}`;
  let got = readings.get(key);
  if (!got) {
    try {
      got = { actual: extractFromHtml(readFileSync(page, 'utf8'), url, new Date(now)) as unknown as Record<string, unknown> };
    } catch (error) {
      got = { error };
    }
    readings.set(key, got);
  }
  if ('error' in got) throw got.error;
  return got.actual!;
}

/** One page, field by field: `legacy` grades only the first contract's fields. */
export function gradePage(page: string, legacy: boolean): PageGrade {
  const fx = JSON.parse(readFileSync(page.replace(/\.html$/, '.expected.json'), 'utf8'));
  const expected = flat(fx.expected, legacy);
  let actual: Record<string, unknown>;
  try {
    actual = readOnce(page, fx.url, fx.now);
  } catch (error) {
    // The reader threw: the page gives the user nothing, and the grade says so instead of stopping.
    const fields = Object.values(expected).filter((v) => v !== null && v !== undefined).length;
    return { kind: String(fx.expected.pageKind ?? 'unknown'), wrong: 0, missing: fields, structure: 1, lines: [`    STRUCT  the reader threw: ${String(error)}`] };
  }
  const got = flat(actual, legacy);
  const out: PageGrade = { kind: String(fx.expected.pageKind ?? 'unknown'), wrong: 0, missing: 0, structure: 0, lines: [] };
  for (const k of new Set([...Object.keys(expected), ...Object.keys(got)])) {
    const e = expected[k];
    const a = got[k];
    // A field of a reading the page does not have counts only when the reader gave it a value.
    if (e === undefined && (a === null || a === false || (Array.isArray(a) && a.length === 0))) continue;
    if (JSON.stringify(e) === JSON.stringify(a)) continue;
    // A value the reader did not give (null, or no such reading / object) is missing; a value it
    // gave that the page does not state, or states otherwise, is wrong.
    const kind = isStructure(k) ? 'STRUCT ' : a === undefined || a === null ? 'MISSING' : 'WRONG  ';
    if (kind === 'MISSING') out.missing += 1;
    else if (kind === 'WRONG  ') out.wrong += 1;
    else out.structure += 1;
    out.lines.push(`    ${kind} ${k}: expected ${JSON.stringify(e)} got ${JSON.stringify(a)}`);
  }
  return out;
}
