import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Min+gzip size of each entrypoint: its script, the chunks that script imports statically (what
 * loads before first render) and its CSS. Chunks loaded on demand (a language override's strings,
 * the Dexie connector) are listed on their own. Sizes are the built files as shipped (minified by
 * the production build), gzipped at level 9.
 */

export interface SizeRow {
  name: string;
  files: string[];
  jsBytes: number;
  cssBytes: number;
  /** Min+gzip bytes of JS and CSS together. */
  gzip: number;
  budget: number | null;
}

export const SIZE_BUDGETS: Record<string, number> = {
  'account content script': 12 * 1024,
  popup: 45 * 1024,
  'checkout overlay': 25 * 1024,
};

const gz = (text: Buffer) => gzipSync(text, { level: 9 }).length;

/** Chunks a script imports statically (`from"./x.js"`, `import"./x.js"`), recursively. */
function staticGraph(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(path.join(dir, file), 'utf8');
  for (const m of text.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    staticGraph(dir, path.posix.join(path.posix.dirname(file), m[1]!), seen);
  }
  return seen;
}

function row(dir: string, name: string, js: string[], css: string[]): SizeRow {
  const jsFiles = [...new Set(js.flatMap((f) => [...staticGraph(dir, f)]))];
  const read = (f: string) => readFileSync(path.join(dir, f));
  const jsBytes = jsFiles.reduce((n, f) => n + read(f).length, 0);
  const cssBytes = css.reduce((n, f) => n + read(f).length, 0);
  const gzip = [...jsFiles, ...css].reduce((n, f) => n + gz(read(f)), 0);
  return { name, files: [...jsFiles, ...css], jsBytes, cssBytes, gzip, budget: SIZE_BUDGETS[name] ?? null };
}

/** The entrypoints of an extension page: its module script and its stylesheets, from the HTML. */
function pageRow(dir: string, name: string, html: string): SizeRow {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const js = [...text.matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => m[1]!);
  const css = [...text.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);
  return row(dir, name, js, css);
}

export function measureSizes(dir: string): SizeRow[] {
  const chunks = readdirSync(path.join(dir, 'chunks'));
  const contentCss = readdirSync(path.join(dir, 'content-scripts')).filter((f) => f.endsWith('.css'));
  const rows = [
    // The account script runs on every page of the areas (the budget) and sends the background
    // copies of the page; the reader runs on them in the offscreen document (Chrome).
    row(dir, 'account content script', ['content-scripts/account.js'], contentCss.filter((f) => f.startsWith('account')).map((f) => `content-scripts/${f}`)),
    pageRow(dir, 'reader (offscreen document)', 'reader.html'),
    row(dir, 'checkout overlay', ['content-scripts/checkout.js'], contentCss.filter((f) => f.startsWith('checkout')).map((f) => `content-scripts/${f}`)),
    // Teaching: the picker (injected where the user teaches), its panel (framed into that page),
    // the reader of taught sites (registered per site) and the redacted copy (run once on demand).
    row(dir, 'picker (teach) content script', ['content-scripts/teach.js'], []),
    pageRow(dir, 'picker panel', 'picker.html'),
    row(dir, 'taught-site content script', ['content-scripts/taught.js'], []),
    row(dir, 'redacted-copy content script', ['content-scripts/redact.js'], []),
    pageRow(dir, 'popup', 'popup.html'),
    pageRow(dir, 'options', 'options.html'),
    row(dir, 'background', ['background.js'], []),
  ];
  const onDemand = chunks.filter((c) => !rows.some((r) => r.files.includes(`chunks/${c}`)));
  for (const c of onDemand) rows.push(row(dir, `on demand: ${c.replace(/-[\w-]{8}\.js$/, '')}`, [`chunks/${c}`], []));
  return rows;
}
