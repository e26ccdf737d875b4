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
import path from 'node:path';
import { files, gradePage } from './blind-grade';

const args = process.argv.slice(2);
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/blind');
const quiet = args.includes('--quiet');
const legacy = args.includes('--legacy');

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
  const g = gradePage(page, legacy);
  const s = byKind.get(g.kind) ?? { pages: 0, right: 0, wrongValues: 0, missing: 0, structure: 0 };
  for (const x of [s, total]) {
    x.pages += 1;
    if (g.lines.length === 0) x.right += 1;
    x.wrongValues += g.wrong;
    x.missing += g.missing;
    x.structure += g.structure;
  }
  byKind.set(g.kind, s);
  if (g.lines.length > 0 && !quiet) console.log(`${path.relative(dir, page)}\n${g.lines.join('\n')}`);
}
const row = (name: string, s: Score) =>
  `${name.padEnd(14)} ${String(s.right).padStart(3)}/${String(s.pages).padEnd(3)} exactly right   wrong values ${String(s.wrongValues).padStart(3)}   missing ${String(s.missing).padStart(3)}   structure ${String(s.structure).padStart(3)}`;
console.log(`\n${legacy ? 'legacy contract' : 'full contract'}: ${dir}`);
for (const [k, s] of [...byKind].sort()) console.log(row(k, s));
console.log(row('all', total));
