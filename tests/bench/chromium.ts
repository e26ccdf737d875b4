import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { CHROME_BUILD, CHROMIUM_PATH, QUIET_FLAGS, extensionId, launchWithExtension } from '../e2e/support/chromium';
import { DEMO_PAGES, demoHtml } from '../e2e/support/demo-pages';
import { pageLine, reading, seed } from '../e2e/support/popup';
import { bigAccountPage } from './extraction';

/**
 * The browser half of `npm run bench`, in Debian's Chromium with the production build:
 * - page cost: a provider page loaded with and without the extension (two contexts,
 *   interleaved), main-thread script time from the DevTools Performance domain;
 * - that a page outside the provider list gets no content script (no extension world at all);
 * - popup: opening popup.html → the first paint of line data (Element Timing on the headline),
 *   with 20 lines and 50,000 readings stored;
 * - one reading from its page copy's arrival in the service worker (read there, in the offscreen
 *   document) to its committed write.
 */

const DAY = 24 * 3600 * 1000;
const IIJMIO = DEMO_PAGES.find((p) => p.url.startsWith('https://www.iijmio.jp/'))!;
/** A page of a provider's area with no word the reader could start from: the reader names it and waits. */
const POVO_HOME = DEMO_PAGES.find((p) => p.url === 'https://shop.povo.jp/home')!;
/** Time after load for the content script to finish (ask for its profile, read, submit). */
const SETTLE_MS = 1500;

export interface PageCost {
  page: string;
  runs: number;
  withMs: number;
  withoutMs: number;
  addedMs: number;
  ratio: number;
}

export interface ChromiumFigures {
  pageCost: PageCost[];
  contentWorlds: { providerPage: number; otherPage: number };
  popup: {
    lines: number;
    readings: number;
    runs: number;
    medianMs: number;
    p95Ms: number;
    cards: number;
    /** First paint of a blank page in a new tab of the same browser: what any page costs here. */
    blankFirstPaintMs: number;
    /**
     * First paint of a one-line extension page whose module script writes the headline (no data,
     * no library): what any extension page with a script costs here, above the blank page.
     */
    trivialPageMs: number;
    /**
     * The popup's own first six cards, as it rendered them in this run, saved as static HTML under
     * the popup's stylesheet: no script and no read at all, so the floor under any popup that shows
     * data. No shipped page can do this; the figure shows what the budget leaves for reading data.
     */
    staticCardsMs: number;
    /**
     * The same six cards built by a small classic script from a copy in `localStorage` (a
     * synchronous read, before any module or library): the fastest design that still reads its
     * data when opened. Not shipped (a copy the background cannot write in Chrome could be stale).
     */
    snapshotCardsMs: number;
  };
  write: { runs: number; medianMs: number; p95Ms: number };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'kigen-bench-'));
}

async function serve(context: BrowserContext, pages: Record<string, () => string>): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const u = new URL(route.request().url());
      const body = pages[u.origin + u.pathname];
      if (!body) return route.abort('blockedbyclient');
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body() });
    },
  );
}

/** Main-thread script time of one page load, in ms (Performance.getMetrics ScriptDuration). */
async function scriptTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
}

async function pageCost(ext: BrowserContext, plain: BrowserContext, label: string, url: string, runs: number): Promise<PageCost> {
  const withExt: number[] = [];
  const without: number[] = [];
  await scriptTime(ext, url); // warm both (first loads compile and fill caches)
  await scriptTime(plain, url);
  for (let i = 0; i < runs; i++) {
    // Interleaved, alternating which goes first.
    if (i % 2 === 0) {
      withExt.push(await scriptTime(ext, url));
      without.push(await scriptTime(plain, url));
    } else {
      without.push(await scriptTime(plain, url));
      withExt.push(await scriptTime(ext, url));
    }
  }
  const w = median(withExt);
  const wo = median(without);
  return { page: label, runs, withMs: w, withoutMs: wo, addedMs: w - wo, ratio: wo > 0 ? w / wo : Number.NaN };
}

/** Execution contexts the extension creates in a page (its content scripts' isolated world). */
async function extensionWorlds(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { origin: string } }) => origins.push(e.context.origin));
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await page.close();
  return origins.filter((o) => o.startsWith('chrome-extension://')).length;
}

/** 20 lines over many providers, 50,000 readings spread over the last year. */
function bigStore(now: number, lines = 20, readings = 50_000) {
  const providers = ['iijmio', 'povo', 'mineo', 'rakuten-mobile', 'b-mobile', 'ahamo', 'linemo', 'airalo', 'giffgaff', 'cmhk'];
  const lineRecords = Array.from({ length: lines }, (_, i) => {
    const provider = providers[i % providers.length]!;
    const shown = `080-${String(1000 + i).padStart(4, '0')}-${String(2000 + i)}`;
    return pageLine(`${provider}:${shown.replace(/\D/g, '')}`, provider, shown, now);
  });
  const perLine = Math.floor(readings / lines);
  const step = (365 * DAY) / perLine;
  const readingRecords = lineRecords.flatMap((line, i) =>
    Array.from({ length: perLine }, (_, k) => {
      const at = now - 365 * DAY + k * step;
      return reading(String(line.id), {
        at,
        expiresAt: now + (i + 1) * DAY,
        remainingMB: 10240 - ((k * 37) % 10240),
        totalMB: 10240,
      });
    }),
  );
  return { lines: lineRecords, readings: readingRecords, renewals: [] };
}

/** First paint of a blank page opened the same way (a new tab): the machine's floor. */
async function blankPaint(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto('https://blank.invalid/');
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const first = list.getEntries()[0];
          if (first) resolve(first.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  await page.close();
  return ms;
}

const POPUP_HEAD =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<meta name="color-scheme" content="light dark"><title>Kigen</title>';

/**
 * The production build copied with pages the shipped build has not, which live only for the bench's
 * run: trivial.html (the popup's head, and a module script that writes one headline with the same
 * Element Timing name) and snapshot.html (the popup's stylesheet, and a classic script that builds
 * what `localStorage` holds under 'benchCards': a tree of [tag, attributes, ...children]).
 * static.html is written later (`saveFirstCards`), from the popup as it renders in the run.
 */
function buildWithTrivialPage(): string {
  const dir = path.join(tempDir(), 'chrome-mv3');
  cpSync(CHROME_BUILD, dir, { recursive: true });
  writeFileSync(path.join(dir, 'trivial.html'), `${POPUP_HEAD}<script type="module" src="/trivial.js"></script></head><body><div id="app"></div></body></html>`);
  writeFileSync(
    path.join(dir, 'trivial.js'),
    "const h = document.createElement('p'); h.setAttribute('elementtiming', 'kigen-data'); h.textContent = '3 days left: renew now'; document.getElementById('app').append(h);\n",
  );
  writeFileSync(path.join(dir, 'snapshot.html'), `${POPUP_HEAD}${popupStylesheet(dir)}</head><body><div id="app"></div><script src="/snapshot.js"></script></body></html>`);
  writeFileSync(
    path.join(dir, 'snapshot.js'),
    '(function () {\n' +
      "  var saved = localStorage.getItem('benchCards');\n" +
      '  if (!saved) return;\n' +
      '  function build(n) {\n' +
      "    if (typeof n === 'string') return document.createTextNode(n);\n" +
      '    var e = document.createElement(n[0]);\n' +
      '    for (var k in n[1]) e.setAttribute(k, n[1][k]);\n' +
      '    for (var i = 2; i < n.length; i++) e.appendChild(build(n[i]));\n' +
      '    return e;\n' +
      '  }\n' +
      "  var root = document.getElementById('app');\n" +
      '  JSON.parse(saved).forEach(function (n) { root.appendChild(build(n)); });\n' +
      '})();\n',
  );
  return dir;
}

function popupStylesheet(dir: string): string {
  const link = /<link rel="stylesheet"[^>]*>/.exec(readFileSync(path.join(dir, 'popup.html'), 'utf8'));
  if (!link) throw new Error('popup.html links no stylesheet');
  return link[0];
}

/**
 * The popup as it renders now, cut to its first six cards (what its window shows), saved twice: as
 * static.html in the build copy and as a tree in the extension's localStorage for snapshot.html.
 */
async function saveFirstCards(context: BrowserContext, id: string, dir: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.getByTestId('line-card').nth(5).waitFor();
  // A string, not a function: the bench runs under tsx, whose helpers do not exist in the page.
  const saved = (await page.evaluate(`(() => {
    Array.from(document.querySelectorAll('[data-testid=line-card]')).slice(6).forEach((card) => card.remove());
    const app = document.getElementById('app');
    const tree = (n) => n.nodeType === 3 ? n.textContent
      : [n.tagName.toLowerCase(), Object.fromEntries(Array.from(n.attributes, (a) => [a.name, a.value])),
         ...Array.from(n.childNodes).filter((c) => c.nodeType === 1 || c.nodeType === 3).map(tree)];
    localStorage.setItem('benchCards', JSON.stringify(Array.from(app.childNodes, tree)));
    return { html: app.innerHTML, cards: document.querySelectorAll('[data-testid=line-card]').length };
  })()`)) as { html: string; cards: number };
  await page.close();
  if (!saved.html.includes('elementtiming="kigen-data"')) throw new Error('the saved cards carry no kigen-data headline');
  writeFileSync(path.join(dir, 'static.html'), `${POPUP_HEAD}${popupStylesheet(dir)}</head><body><div id="app">${saved.html}</div></body></html>`);
  return saved.cards;
}

/** Opening an extension page → the first paint of line data, read from Element Timing. */
async function popupPaint(context: BrowserContext, id: string, file = 'popup.html'): Promise<{ ms: number; cards: number }> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${file}`);
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no data painted in 10 s')), 10_000);
        new PerformanceObserver((list) => {
          const hit = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === 'kigen-data');
          if (hit) {
            clearTimeout(timer);
            const t = hit as PerformanceEntry & { renderTime: number; loadTime: number };
            resolve(t.renderTime || t.loadTime || t.startTime);
          }
        }).observe({ type: 'element', buffered: true });
      }),
  );
  const cards = await page.getByTestId('line-card').count();
  await page.close();
  return { ms, cards };
}

async function writeLatency(context: BrowserContext, runs: number, setRemaining: (gb: number) => void): Promise<number[]> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  await worker.evaluate(() => {
    const g = globalThis as unknown as { kigenBench: { arrivals: number[]; commits: number[] } };
    g.kigenBench = { arrivals: [], commits: [] };
    chrome.runtime.onMessage.addListener((m: unknown) => {
      if (typeof m === 'object' && m !== null && (m as { type?: string }).type === 'readPage') g.kigenBench.arrivals.push(performance.now());
    });
    const open = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
      const tx = open.call(this, stores, mode, options);
      const names = typeof stores === 'string' ? [stores] : Array.from(stores);
      if (mode === 'readwrite' && names.includes('readings')) tx.addEventListener('complete', () => g.kigenBench.commits.push(performance.now()));
      return tx;
    } as typeof open;
  });
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    setRemaining(7.3 - (i + 1) * 0.01); // a changed reading every time: each one is written
    const page = await context.newPage();
    await page.goto(IIJMIO.url, { waitUntil: 'load' });
    const pair = await worker.evaluate(async (n) => {
      const g = globalThis as unknown as { kigenBench: { arrivals: number[]; commits: number[] } };
      for (let k = 0; k < 200 && (g.kigenBench.arrivals.length < n || g.kigenBench.commits.length < n); k++) await new Promise((r) => setTimeout(r, 25));
      return [g.kigenBench.arrivals[n - 1], g.kigenBench.commits[n - 1]];
    }, i + 1);
    await page.close();
    const [arrived, committed] = pair;
    if (arrived === undefined || committed === undefined) {
      const seen = await worker.evaluate(() => {
        const g = globalThis as unknown as { kigenBench?: { arrivals: number[]; commits: number[] } };
        return g.kigenBench ? [g.kigenBench.arrivals.length, g.kigenBench.commits.length] : null;
      });
      throw new Error(`reading ${i + 1} was not written (messages, commits seen: ${JSON.stringify(seen)})`);
    }
    latencies.push(committed - arrived);
  }
  return latencies;
}

/** A fresh profile with the production build (or `build`), serving `pages`. */
async function withExtension<T>(
  pages: Record<string, () => string>,
  run: (context: BrowserContext, id: string) => Promise<T>,
  build = CHROME_BUILD,
): Promise<T> {
  const dir = tempDir();
  const context = await launchWithExtension(dir, true, undefined, build);
  try {
    await serve(context, pages);
    return await run(context, await extensionId(context));
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Popup paint over a big store, seeded from an extension page as the e2e popup tests do: 15 runs
 * after a warm-up, each followed by a blank page's first paint (the floor), interleaved.
 */
export async function measurePopup(runs = 15): Promise<ChromiumFigures['popup']> {
  const pages = { 'https://blank.invalid/': () => '<!doctype html><html lang="en"><title>Blank</title><p>.</p></html>' };
  const build = buildWithTrivialPage();
  return withExtension(pages, async (ext, id) => {
    const options = await ext.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const store = bigStore(Date.now());
    await seed(options, store);
    // The seed writes behind the background's back (and drops the popup's first-paint copy); a
    // page's 'dataChanged' has the background read the store again and write the copy, as it does
    // after each of its own writes. The popup then paints from it, as a user's popup does.
    const copied = await options.evaluate(async () => {
      await chrome.runtime.sendMessage({ id: 0, type: 'dataChanged', data: { reason: 'bench seed' }, timestamp: Date.now() });
      const { firstPaint } = await chrome.storage.local.get('firstPaint');
      return (firstPaint as { lines?: unknown[] } | undefined)?.lines?.length ?? 0;
    });
    if (copied !== store.lines.length) throw new Error(`the popup's first-paint copy has ${copied} lines, not ${store.lines.length}`);
    await options.close();
    const saved = await saveFirstCards(ext, id, build);
    if (saved !== 6) throw new Error(`the popup showed ${saved} cards to save, not 6`);
    const floors = { trivial: 'trivial.html', static: 'static.html', snapshot: 'snapshot.html' } as const;
    await popupPaint(ext, id); // warm-up
    await blankPaint(ext);
    for (const file of Object.values(floors)) await popupPaint(ext, id, file);
    const paints: Array<{ ms: number; cards: number }> = [];
    const blanks: number[] = [];
    const floorMs = { trivial: [] as number[], static: [] as number[], snapshot: [] as number[] };
    for (let i = 0; i < runs; i++) {
      paints.push(await popupPaint(ext, id));
      blanks.push(await blankPaint(ext));
      for (const [kind, file] of Object.entries(floors)) floorMs[kind as keyof typeof floors].push((await popupPaint(ext, id, file)).ms);
    }
    const ms = paints.map((p) => p.ms);
    return {
      lines: store.lines.length,
      readings: store.readings.length,
      runs: paints.length,
      medianMs: median(ms),
      p95Ms: percentile(ms, 95),
      cards: Math.min(...paints.map((p) => p.cards)),
      blankFirstPaintMs: median(blanks),
      trivialPageMs: median(floorMs.trivial),
      staticCardsMs: median(floorMs.static),
      snapshotCardsMs: median(floorMs.snapshot),
    };
  }, build).finally(() => rmSync(path.dirname(build), { recursive: true, force: true }));
}

export async function measureChromium(runs = 12): Promise<ChromiumFigures> {
  let remainingGb = 7.3;
  const big = bigAccountPage();
  const pages: Record<string, () => string> = {
    [IIJMIO.url]: () => demoHtml(IIJMIO).replace('7.3GB', `${remainingGb.toFixed(2)}GB`),
    [POVO_HOME.url]: () => demoHtml(POVO_HOME),
    'https://www.iijmio.jp/member/big/': () => big,
    'https://www.example.com/': () => '<!doctype html><html lang="en"><title>Example</title><p>有効期限 2026年12月31日 データ残量 3GB</p></html>',
    'https://blank.invalid/': () => '<!doctype html><html lang="en"><title>Blank</title><p>.</p></html>',
  };

  // Page cost and content-script reach: one context with the extension, one without.
  const plainDir = tempDir();
  const plain = await chromium.launchPersistentContext(plainDir, { executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
  let contentWorlds: ChromiumFigures['contentWorlds'];
  let pageCosts: PageCost[];
  try {
    await serve(plain, pages);
    [contentWorlds, pageCosts] = await withExtension(pages, async (ext) => [
      { providerPage: await extensionWorlds(ext, IIJMIO.url), otherPage: await extensionWorlds(ext, 'https://www.example.com/') },
      [
        await pageCost(ext, plain, 'IIJmio member page (demo)', IIJMIO.url, runs),
        await pageCost(ext, plain, 'generated 2 MB account page', 'https://www.iijmio.jp/member/big/', Math.max(10, Math.round(runs / 2))),
        await pageCost(ext, plain, 'povo home (no status or shop label)', POVO_HOME.url, runs),
      ],
    ]);
  } finally {
    await plain.close();
    rmSync(plainDir, { recursive: true, force: true });
  }

  const write = await withExtension(pages, (ext) =>
    writeLatency(ext, 30, (gb) => {
      remainingGb = gb;
    }),
  );

  const popup = await measurePopup();

  return { pageCost: pageCosts, contentWorlds, popup, write: { runs: write.length, medianMs: median(write), p95Ms: percentile(write, 95) } };
}
