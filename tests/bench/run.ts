/**
 * `npm run bench`: sizes, extraction time, page cost, popup paint, write latency and a simulated
 * month of the background, printed as one table with the budgets (tests/bench/README.md says how
 * each is measured). Runs on the production build (`npm run bench` builds it first). Exits 1 when
 * a budget is missed. Not part of `npm test`: it takes a few minutes and its figures are timings.
 * `npm run bench -- popup` measures only the sizes and the popup's paint (about a minute).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureChromium, measurePopup } from './chromium';
import { measureExtraction } from './extraction';
import type { MonthFigures } from './month.sim';
import type { SyncPayloadFigures } from './sync.sim';
import { measureSizes } from './sizes';

const ROOT = path.resolve(import.meta.dirname, '../..');
const KB = 1024;
/** Gap allowed between the popup's first data paint and a blank page's first paint, same run. */
const POPUP_OVER_BLANK_MS = 30;
const popupOnly = process.argv.slice(2).includes('popup');

interface Row {
  area: string;
  measure: string;
  figure: string;
  budget: string;
  ok: boolean | null;
}

const rows: Row[] = [];
const add = (area: string, measure: string, figure: string, budget = '', ok: boolean | null = null) => rows.push({ area, measure, figure, budget, ok });
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${(x / KB).toFixed(1)} KB`;

function month(): MonthFigures {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kigen-bench-month-'));
  const out = path.join(dir, 'month.json');
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/bench/vitest.config.ts'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_MONTH_OUT: out },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`month simulation failed:\n${run.stdout}\n${run.stderr}`);
  const figures = JSON.parse(readFileSync(out, 'utf8')) as MonthFigures;
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

/** The sync payload of 20 lines after a real first pass (sync.sim.ts, on WXT's fake browser). */
function syncPayload(): SyncPayloadFigures {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kigen-bench-sync-'));
  const out = path.join(dir, 'sync.json');
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/bench/vitest.config.ts', 'tests/bench/sync.sim.ts'], {
    cwd: ROOT,
    env: { ...process.env, BENCH_SYNC_OUT: out },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`sync payload run failed:\n${run.stdout}\n${run.stderr}`);
  const figures = JSON.parse(readFileSync(out, 'utf8')) as SyncPayloadFigures;
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

console.log('Sizes…');
for (const r of measureSizes(path.join(ROOT, '.output/chrome-mv3'))) {
  const budget = r.budget === null ? '' : `≤ ${kb(r.budget)}`;
  add('size (min+gzip)', `${r.name} (${r.files.length} file${r.files.length > 1 ? 's' : ''})`, kb(r.gzip), budget, r.budget === null ? null : r.gzip <= r.budget);
}

if (!popupOnly) {
  console.log('Extraction in Node…');
  const ex = measureExtraction();
  const fixtureMs = ex.fixtures.map((f) => f.medianMs).sort((a, b) => a - b);
  const slowest = ex.fixtures.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
  add('extraction (Node, linkedom)', `${ex.fixtures.length} fixture pages: median of medians`, ms(fixtureMs[fixtureMs.length >> 1] ?? Number.NaN));
  add('extraction (Node, linkedom)', `slowest fixture (${slowest.page}, ${slowest.kb.toFixed(0)} KB)`, ms(slowest.medianMs));
  const bigLabel = `${(ex.big.bytes / KB / KB).toFixed(2)} MB page, ${ex.big.elements} elements`;
  // Since session 17 the reader runs on a copy of the page in the offscreen document, not in the
  // page: what the page pays is the page cost below (≤ 10 ms). These rows are the reader's own work.
  add('extraction (Node, linkedom)', `${bigLabel}: reader (offscreen document)`, ms(ex.big.statusMedianMs));
  add('extraction (Node, linkedom)', `${bigLabel}: full reader (CLI)`, ms(ex.big.fullMedianMs));
  add('extraction (Node, linkedom)', `reader's first question giving up on ${ex.gate.pages} area pages with no status or shop label (median, slowest)`, `${ms(ex.gate.medianMs)}, ${ms(ex.gate.slowestMs)}`, '≤ 2 ms', ex.gate.slowestMs <= 2);
  add('extraction (Node, linkedom)', `reader's first question on the ${bigLabel} (to its first label)`, ms(ex.gate.bigMs));
  add('extraction (Node, linkedom)', `reader giving up on ${ex.bailOut.pages} area pages with labels but no status (median, slowest)`, `${ms(ex.bailOut.medianMs)}, ${ms(ex.bailOut.slowestMs)}`);
  add('extraction (Node, linkedom)', `text-dense ${(ex.textDense.bytes / KB / KB).toFixed(2)} MB, ${ex.textDense.elements} elements: reader (offscreen document)`, ms(ex.textDense.statusMedianMs));

  console.log('A simulated month of the background…');
  const m = month();
  add('background (simulated month)', `${m.lines} lines, ${m.days} days: alarms created / cleared`, `${m.alarmsCreated} / ${m.alarmsCleared}`);
  add('background (simulated month)', 'wake-ups: alarms / page readings', `${m.alarmWakeups} / ${m.readingWakeups}`);
  add('background (simulated month)', 'notifications shown; most alarms pending at once', `${m.notifications}; ${m.maxScheduled}`);
  add('background (simulated month)', 'periodic alarms', String(m.periodicAlarms), '0', m.periodicAlarms === 0);
  add('background (simulated month)', 'alarms left when nothing is due', String(m.alarmsWhenNothingDue), '0', m.alarmsWhenNothingDue === 0);

  console.log('Sync payload…');
  const sp = syncPayload();
  const bytes = (x: number) => `${x.toLocaleString('en')} B`;
  const syncBudget = `≤ ${bytes(8_192)} / ≤ ${bytes(102_400)}`;
  for (const [what, size] of [['as read', sp.typical], ['every field at its maximum', sp.worst]] as const) {
    const largest = size.largest?.bytes ?? 0;
    add('sync (storage.sync)', `${sp.lines} lines, ${what}: largest item / all ${size.items} items`, `${bytes(largest)} / ${bytes(size.total)}`, syncBudget, largest <= 8_192 && size.total <= 102_400);
  }
  add('sync (storage.sync)', 'lines that fit the quota (as read / at maximum); writes of a first pass', `${sp.fitTypical} / ${sp.fitWorst}; ${sp.writes}`);
}

console.log('Chromium (production build)…');
const c = popupOnly ? null : await measureChromium();
for (const p of c?.pageCost ?? []) {
  add('page cost (Chromium)', `${p.page}: script time with / without (${p.runs} runs each)`, `${ms(p.withMs)} / ${ms(p.withoutMs)}`);
  add('page cost (Chromium)', `${p.page}: added, ratio`, `${ms(p.addedMs)}, ${Number.isFinite(p.ratio) ? `×${p.ratio.toFixed(2)}` : 'n/a (page runs no script)'}`, '≤ 10 ms', p.addedMs <= 10);
}
if (c) add('page cost (Chromium)', 'extension worlds: provider page / other page', `${c.contentWorlds.providerPage} / ${c.contentWorlds.otherPage}`, '≥1 / 0', c.contentWorlds.providerPage >= 1 && c.contentWorlds.otherPage === 0);
const popup = c?.popup ?? (await measurePopup());
const overBlank = popup.medianMs - popup.blankFirstPaintMs;
add('popup (Chromium)', `open → first data paint, ${popup.lines} lines, ${popup.readings} readings (median, p95)`, `${ms(popup.medianMs)}, ${ms(popup.p95Ms)}`);
add('popup (Chromium)', 'blank page first paint in a new tab (this machine’s floor)', ms(popup.blankFirstPaintMs));
add('popup (Chromium)', 'a one-line extension page’s first paint above the blank page’s (what any extension page with a script costs here)', ms(popup.trivialPageMs - popup.blankFirstPaintMs));
add('popup (Chromium)', 'the popup’s first six cards as static HTML, no script, above the blank page (the floor under any page that shows data)', ms(popup.staticCardsMs - popup.blankFirstPaintMs));
add('popup (Chromium)', 'the same six cards built by a classic script from a localStorage copy, above the blank page (the fastest design that still reads when opened; not shipped)', ms(popup.snapshotCardsMs - popup.blankFirstPaintMs));
add('popup (Chromium)', 'first data paint above the blank page’s first paint (medians, same run)', ms(overBlank), `≤ ${POPUP_OVER_BLANK_MS} ms`, overBlank <= POPUP_OVER_BLANK_MS);
add('popup (Chromium)', 'cards shown', String(popup.cards), String(popup.lines), popup.cards === popup.lines);
if (c) add('store (Chromium)', `reading write: message → committed (${c.write.runs} writes, median, p95)`, `${ms(c.write.medianMs)}, ${ms(c.write.p95Ms)}`);

const width = (k: keyof Row) => Math.max(...rows.map((r) => String(r[k] ?? '').length), k.length);
const cols: Array<keyof Row> = ['area', 'measure', 'figure', 'budget'];
const line = (r: Record<string, string>) => `| ${cols.map((k) => String(r[k]).padEnd(width(k))).join(' | ')} | ${r.ok} |`;
console.log(`\n${line({ area: 'area', measure: 'measure', figure: 'figure', budget: 'budget', ok: 'ok' })}`);
console.log(`|${cols.map((k) => '-'.repeat(width(k) + 2)).join('|')}|----|`);
for (const r of rows) console.log(line({ ...r, ok: r.ok === null ? '' : r.ok ? 'yes' : 'NO' } as unknown as Record<string, string>));
const missed = rows.filter((r) => r.ok === false);
console.log(`\n${missed.length === 0 ? 'Every budget met.' : `Budgets missed: ${missed.map((r) => r.measure).join('; ')}`}`);
process.exitCode = missed.length === 0 ? 0 : 1;
