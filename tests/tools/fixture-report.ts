/**
 * Fixture accuracy, field by field: `npx tsx tests/tools/fixture-report.ts [filter]`.
 * Prints each mismatch and a summary (fields right / total, pages fully right / total).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExtractResult } from '../../utils/extract/types';
import { extractFromHtml } from './extract-page';

const DIR = path.resolve(import.meta.dirname, '../fixtures/pages');
const filter = process.argv[2] ?? '';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? files(f) : [f];
  });
}

function flat(r: ExtractResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    provider: r.provider,
    isAccountPage: r.isAccountPage,
    readingCount: r.readings.length,
    reasonGiven: r.reason.length > 0,
    checkout: JSON.stringify(r.checkout),
    confirmation: JSON.stringify(r.confirmation),
  };
  r.readings.forEach((x, i) => {
    for (const [k, v] of Object.entries(x)) {
      out[`r${i}.${k}`] =
        k === 'expiresAt' && typeof v === 'string' ? new Date(v).toISOString() : typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v;
    }
  });
  return out;
}

let fields = 0;
let right = 0;
let pagesRight = 0;
let pages = 0;
for (const page of files(DIR).filter((f) => f.endsWith('.html') && f.includes(filter))) {
  const fx = JSON.parse(readFileSync(page.replace(/\.html$/, '.expected.json'), 'utf8'));
  const actual = flat(extractFromHtml(readFileSync(page, 'utf8'), fx.url, new Date(fx.now)));
  const expected = flat(fx.expected);
  // Buckets and the stated SIM validity are compared where the page's expectation states them.
  for (const k of Object.keys(actual)) if (/\.(buckets|lineValidUntil)$/.test(k) && !(k in expected)) delete actual[k];
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const wrong: string[] = [];
  for (const k of keys) {
    fields += 1;
    if (JSON.stringify(actual[k]) === JSON.stringify(expected[k])) right += 1;
    else wrong.push(`    ${k}: expected ${JSON.stringify(expected[k])} got ${JSON.stringify(actual[k])}`);
  }
  pages += 1;
  if (wrong.length === 0) pagesRight += 1;
  else console.log(`${path.relative(DIR, page)}\n${wrong.join('\n')}`);
}
console.log(`\nfields right: ${right}/${fields} (${((100 * right) / fields).toFixed(1)} %); pages fully right: ${pagesRight}/${pages}`);
