import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../utils/extract';
import { extractStatus } from '../../utils/extract/account-page';
import { mayShowStatus, unreadPage } from '../../utils/extract/gate';
import { extrasFrom } from '../../utils/extract/labels';
import type { ExtractResult } from '../../utils/extract/types';
import { READING_PROFILES } from '../../utils/providers/reading';

/**
 * Extraction time in Node, DOM already built (linkedom, as the CLI): the median of repeated
 * runs of `extractPage` (everything the CLI reads) on every fixture page, and of both
 * `extractPage` and `extractStatus` (what the account content script runs) on a generated
 * 2 MB account page. Each run's result is checked, so a fast wrong answer cannot pass.
 */

const PAGES = path.resolve(import.meta.dirname, '../fixtures/pages');
/** The account page the 2 MB page grows from, and what must still be read from it. */
const BASE = path.join(PAGES, 'iijmio/member-top-html');

export interface BigPageFigures {
  bytes: number;
  elements: number;
  /** extractPage: everything the CLI reads (embedded JSON, checkout and confirmation too). */
  fullMedianMs: number;
  /** extractStatus with the provider's profile: what the account content script runs. */
  statusMedianMs: number;
  runs: number;
}

export interface ExtractionFigures {
  fixtures: Array<{ page: string; kb: number; medianMs: number }>;
  big: BigPageFigures;
  textDense: BigPageFigures;
  /** The content-script reader giving up on provider pages with labels but no status. */
  bailOut: { pages: number; medianMs: number; slowestMs: number };
  /** The first stage giving up on provider pages with no status or shop label (the reader is not loaded there). */
  gate: { pages: number; medianMs: number; slowestMs: number; bigMs: number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timeRuns(runs: number, f: () => void): number {
  f(); // warm-up: the first run compiles the regular expressions
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  return median(times);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = path.join(dir, n);
    return statSync(f).isDirectory() ? files(f) : [f];
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
/** A deterministic pseudo-random sequence, so every run builds the same page. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

function dayText(i: number): string {
  const day = new Date(Date.UTC(2026, 10, 21) - i * 86400000);
  return `${day.getUTCFullYear()}/${pad(day.getUTCMonth() + 1)}/${pad(day.getUTCDate())}`;
}

/**
 * A 2 MB account page built the way large provider portals are: most bytes are bundled script,
 * embedded JSON state, style sheets, inline SVG icons and attribute-heavy markup (hashed class
 * names, data-v attributes), around the status table and the usual text: a mega menu, news,
 * FAQ prose about 有効期限 and campaign deadlines, 90 days of usage history (使用量 decoys) and a
 * long footer. The status must still be read exactly.
 */
export function bigAccountPage(targetBytes = 2 * 1024 * 1024): string {
  const base = readFileSync(`${BASE}.html`, 'utf8');
  const r = rng(7);
  const cls = () => `css-${Math.floor(r() * 0xffffff).toString(36)}`;
  const dv = () => `data-v-${Math.floor(r() * 0xffffff).toString(16)}`;
  const js: string[] = [];
  for (let i = 0; js.join('').length < 700_000; i++) {
    js.push(`function f${i}(a,b){var c=a&&a.k${i % 97};if(!c)return b;return c.map(function(d){return d.v${i % 13}+b},${i})}`);
  }
  const state = JSON.stringify({
    menu: Array.from({ length: 400 }, (_, i) => ({ id: i, title: `メニュー項目 ${i}`, href: `/service/item${i}/`, badge: i % 9 === 0 ? 'NEW' : null })),
    news: Array.from({ length: 300 }, (_, i) => ({ date: dayText(i * 3), title: `【お知らせ】システムメンテナンスのお知らせ（${dayText(i * 3)}）`, body: 'メンテナンス中は会員専用ページをご利用いただけません。' })),
  });
  const css = Array.from({ length: 3000 }, (_, i) => `.${cls()}{margin:${i % 16}px;color:#${(i * 2654435761 % 0xffffff).toString(16).padStart(6, '0')};display:flex}`).join('\n');
  const svg = (i: number) =>
    `<svg class="${cls()}" viewBox="0 0 24 24" aria-hidden="true"><path d="M${i % 24} 2L${(i * 7) % 24} 22${' L12 12 C4 4 20 20 12 2'.repeat(20)}Z"/></svg>`;
  const link = (i: number) => `<li class="${cls()}" ${dv()}><a class="${cls()}" href="/service/item${i}/" ${dv()}>${svg(i)}<span class="${cls()}">メニュー項目 ${i}</span></a></li>`;
  const menu = `<nav class="${cls()}" ${dv()}><ul>${Array.from({ length: 300 }, (_, i) => link(i)).join('')}</ul></nav>`;
  const news = `<section class="${cls()}" ${dv()}><h2>お知らせ</h2><ul>${Array.from(
    { length: 100 },
    (_, i) => `<li class="${cls()}" ${dv()}><time class="${cls()}">${dayText(i * 3)}</time><a href="/news/${i}" class="${cls()}">【キャンペーン】${dayText(i)}まで データ追加クーポン${(i % 5) + 1}GBが半額</a></li>`,
  ).join('')}</ul></section>`;
  const faq = `<section class="${cls()}" ${dv()}><h2>よくあるご質問</h2>${Array.from(
    { length: 60 },
    (_, i) => `<details class="${cls()}" ${dv()}><summary class="${cls()}">Q${i + 1}. データ残量の確認方法は？</summary><div class="${cls()}" ${dv()}><p>会員専用ページの「ご利用状況」でご確認いただけます。クーポンの有効期限は購入日から30日間です。請求金額 ${1000 + i}円（税込）。</p></div></details>`,
  ).join('')}</section>`;
  const history = `<section class="${cls()}" ${dv()}><h2>データ利用量（日別）</h2><table class="${cls()}"><thead><tr><th>日付</th><th>高速通信量</th><th>低速通信量</th></tr></thead><tbody>${Array.from(
    { length: 90 },
    (_, i) => `<tr class="${cls()}" ${dv()}><td class="${cls()}">${dayText(i + 1)}</td><td class="${cls()}">${(i * 37) % 900}MB</td><td class="${cls()}">${i % 40}MB</td></tr>`,
  ).join('')}</tbody></table></section>`;
  const foot = (n: number) => `<footer class="${cls()}" ${dv()}><ul>${Array.from({ length: n }, (_, i) => link(1000 + i)).join('')}</ul><p>© 2026 Internet Initiative Japan Inc.</p></footer>`;
  const head = `<style>${css}</style><script type="application/json" id="__NUXT_DATA__">${state}</script><script>${js.join(';')}</script>`;
  let page = base.replace('</head>', `${head}</head>`).replace('<main class="l-main">', `${menu}<main class="l-main">`);
  page = page.replace('</main>', `${news}${history}${faq}</main>`);
  // The footer grows until the page reaches its size.
  let n = 50;
  let out = page.replace('</body>', `${foot(n)}</body>`);
  while (Buffer.byteLength(out) < targetBytes) {
    n += 25;
    out = page.replace('</body>', `${foot(n)}</body>`);
  }
  return out;
}

/** The worst case for a DOM walker: 2 MB of little more than text (63,000 text nodes). No budget. */
export function textDensePage(targetBytes = 2 * 1024 * 1024): string {
  const base = readFileSync(`${BASE}.html`, 'utf8');
  const parts: string[] = [];
  let size = Buffer.byteLength(base);
  for (let i = 0; size < targetBytes; i++) {
    const date = dayText(i % 365);
    const block = `<tr><td>${date}</td><td>高速通信量 ${(i % 900) + 12}MB</td><td>低速通信量 ${i % 50}MB</td><td>使用量合計 ${(i % 900) + 12 + (i % 50)}MB</td></tr>\n`;
    parts.push(block);
    size += Buffer.byteLength(block);
  }
  return base.replace('</main>', `<h2>データ利用履歴</h2><table>${parts.join('')}</table></main>`);
}

/** The first contract's fields (every fixture states them; buckets and SIM validity only some). */
function comparable(r: ExtractResult['readings']) {
  return JSON.stringify(
    r.map(({ line, plan, expiresAt, remainingMB, totalMB, usedMB, unlimited }) => ({
      line,
      plan,
      expiresAt: expiresAt && new Date(expiresAt).toISOString(),
      remainingMB,
      totalMB,
      usedMB,
      unlimited,
    })),
  );
}

export function measureExtraction(runs = 31, fixtureRuns = 15): ExtractionFigures {
  // The budgeted page first, before the fixture runs leave garbage for the collector.
  const big = timeBig(bigAccountPage(), runs);
  const textDense = timeBig(textDensePage(), 5);
  const fixtures: ExtractionFigures['fixtures'] = [];
  for (const page of files(PAGES).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(page, 'utf8');
    const fx = JSON.parse(readFileSync(page.replace(/\.html$/, '.expected.json'), 'utf8')) as { url: string; now: string; expected: ExtractResult };
    const { document } = parseHTML(html);
    const url = new URL(fx.url);
    const now = new Date(fx.now);
    const want = comparable(fx.expected.readings);
    const medianMs = timeRuns(fixtureRuns, () => {
      if (comparable(extractPage(document, url, now, READING_PROFILES).readings) !== want) throw new Error(`${page}: wrong readings`);
    });
    fixtures.push({ page: path.relative(PAGES, page), kb: Buffer.byteLength(html) / 1024, medianMs });
  }

  return { fixtures, big, textDense, bailOut: timeBailOut(runs), gate: timeGate(runs) };
}

/** A saved page of a provider's areas, parsed, at its address, with the provider's reading profile. */
function areaPage(file: string, href: string) {
  const { document } = parseHTML(readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8'));
  const url = new URL(href);
  const profile = READING_PROFILES.find((p) => p.hosts.includes(url.hostname));
  if (!profile) throw new Error(`no reading profile for ${url.hostname}`);
  return { document, url, profile };
}

/**
 * Pages of a provider's areas that show no status and sell nothing (its home, a promotion, a
 * payment-method page with a card's 有効期限): the reader, loaded where the first stage finds a label
 * word, must give up on them fast. Each run checks that nothing is read.
 */
function timeBailOut(runs: number): ExtractionFigures['bailOut'] {
  const pages = [
    ['tests/fixtures/demo/povo-home.html', 'https://shop.povo.jp/home'],
    ['tests/fixtures/blind/batch1/airalo/promotions-zh-cn.html', 'https://www.airalo.com/zh-CN/promotions'],
    ['tests/fixtures/blind/batch1/linemo/payment-method.html', 'https://care.linemo.jp/mymenu/payment'],
  ] as const;
  const medians = pages.map(([file, href]) => {
    const { document, url, profile } = areaPage(file, href);
    return timeRuns(runs, () => {
      if (extractStatus(document, url, new Date(), profile).readings.length > 0) throw new Error(`${file}: read a status`);
    });
  });
  return { pages: pages.length, medianMs: median(medians), slowestMs: Math.max(...medians) };
}

/**
 * The account script's first stage, which runs on every page of the areas: on pages with no word
 * the reader could start from it looks at every text and says what the page is (each run checks
 * it loads no reader); on the 2 MB account page it stops at the first label.
 */
function timeGate(runs: number): ExtractionFigures['gate'] {
  const pages = [
    ['tests/fixtures/demo/povo-home.html', 'https://shop.povo.jp/home'],
    ['tests/fixtures/blind/batch1/airalo/my-esims-next-data.html', 'https://www.airalo.com/my-esims'],
    ['tests/fixtures/blind/batch5/povo/plan-details-json-only.html', 'https://shop.povo.jp/manage/plan-details'],
  ] as const;
  const medians = pages.map(([file, href]) => {
    const { document, profile } = areaPage(file, href);
    const extras = extrasFrom(profile.hints);
    return timeRuns(runs, () => {
      if (mayShowStatus(document, extras)) throw new Error(`${file}: the first stage would load the reader`);
      unreadPage(document);
    });
  });
  const { document } = parseHTML(bigAccountPage());
  const bigMs = timeRuns(runs, () => {
    if (!mayShowStatus(document)) throw new Error('big page: the first stage would not load the reader');
  });
  return { pages: pages.length, medianMs: median(medians), slowestMs: Math.max(...medians), bigMs };
}

function timeBig(html: string, runs: number): BigPageFigures {
  const baseFx = JSON.parse(readFileSync(`${BASE}.expected.json`, 'utf8')) as { url: string; now: string; expected: ExtractResult };
  const { document } = parseHTML(html);
  const url = new URL(baseFx.url);
  const now = new Date(baseFx.now);
  const want = comparable(baseFx.expected.readings);
  const profile = READING_PROFILES.find((p) => p.hosts.includes(url.hostname));
  if (!profile) throw new Error(`no reading profile for ${url.hostname}`);
  const fullMedianMs = timeRuns(runs, () => {
    if (comparable(extractPage(document, url, now, READING_PROFILES).readings) !== want) throw new Error('big page: wrong readings (full reader)');
  });
  const statusMedianMs = timeRuns(runs, () => {
    if (comparable(extractStatus(document, url, now, profile).readings) !== want) throw new Error('big page: wrong readings (content-script reader)');
  });
  return { bytes: Buffer.byteLength(html), elements: document.querySelectorAll('*').length, fullMedianMs, statusMedianMs, runs };
}
