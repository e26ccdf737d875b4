import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The bundled demo provider pages: fixture HTML served at the providers' real URLs (by request
 * routing, never the live sites). Used by the end-to-end tests and by `npm start`.
 * Dates in the pages are written as placeholders relative to "now", so a demo line always
 * expires in the near future: {{ja+N}} → 2026年12月31日, {{iso+N}} → 2026-12-31, in JST.
 */
export interface DemoPage {
  /** The real provider URL the page is served at. */
  url: string;
  /** File under tests/fixtures/demo/. */
  file: string;
  /** One line for the demo index. */
  title: string;
}

export const DEMO_PAGES: DemoPage[] = [
  { url: 'https://www.iijmio.jp/member/', file: 'iijmio-member.html', title: 'IIJmio member page (expires in 2 days)' },
];

const DEMO_DIR = path.resolve(import.meta.dirname, '../../fixtures/demo');
const DAY = 24 * 3600 * 1000;

function jstParts(at: number): { y: number; m: number; d: number } {
  const jst = new Date(at + 9 * 3600 * 1000);
  return { y: jst.getUTCFullYear(), m: jst.getUTCMonth() + 1, d: jst.getUTCDate() };
}

export function fillTemplate(html: string, now: number): string {
  return html.replace(/\{\{(ja|iso)([+-]-?\d+)\}\}/g, (_, form: string, offset: string) => {
    const { y, m, d } = jstParts(now + Number(offset.replace('+', '')) * DAY);
    if (form === 'ja') return `${y}年${m}月${d}日`;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });
}

export function demoHtml(page: DemoPage, now = Date.now()): string {
  return fillTemplate(readFileSync(path.join(DEMO_DIR, page.file), 'utf8'), now);
}

/** The demo page served at this URL (ignoring query and fragment), if any. */
export function demoPageFor(url: string): DemoPage | undefined {
  const u = new URL(url);
  const bare = u.origin + u.pathname;
  return DEMO_PAGES.find((p) => p.url === bare);
}
