import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractStatus } from '@/utils/extract/account-page';
import { mayShowStatus, unreadPage } from '@/utils/extract/gate';
import { extrasFrom } from '@/utils/extract/labels';
import { READING_PROFILES } from '@/utils/providers/reading';

/**
 * The reader runs on a page only where a word it could start from is on the page (utils/extract/look.ts).
 * That first question must never keep the reader from a page it would read: checked on
 * every fixture page on a provider's host, ours and the blind writers'.
 */

const doc = (body: string) => parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document;

describe('mayShowStatus', () => {
  it('finds a status label, a shop word, or a provider’s own label', () => {
    expect(mayShowStatus(doc('<dl><dt>有効期限</dt><dd>2026/12/31</dd></dl>'))).toBe(true);
    expect(mayShowStatus(doc('<p>剩余流量 <b>3.2GB</b></p>'))).toBe(true);
    expect(mayShowStatus(doc('<h1>ご購入ありがとうございました</h1>'))).toBe(true);
    expect(mayShowStatus(doc('<div>お支払い金額 <span>990円</span></div>'))).toBe(true);
    expect(mayShowStatus(doc('<p>ギガ残り</p>'), { byKind: { remaining: ['ギガ残り'] }, usage: [] })).toBe(true);
  });

  it('reads what a browser shows as one text, and a button’s value', () => {
    const split = doc('<p></p>');
    const p = split.querySelector('p')!;
    p.append(split.createTextNode('有効'), split.createTextNode('期限'));
    expect(mayShowStatus(split)).toBe(true);
    expect(mayShowStatus(doc('<form><input type="submit" value="購入する"></form>'))).toBe(true);
    // Full-width letters are read as the reader reads them (NFKC).
    expect(mayShowStatus(doc('<p>Ｒｅｍａｉｎｉｎｇ</p>'))).toBe(true);
  });

  it('finds nothing in a page of links, scripts and greetings', () => {
    const home = doc(
      '<nav><a href="/data">データ残量</a><a href="/plan">料金プラン</a><a href="/expiry">有効期限の確認</a></nav>' +
        '<main><h1>ようこそ</h1><p>いつもご利用ありがとうございます。</p></main>' +
        '<script>window.__STATE__ = {"expiresAt": "2026-12-31", "remaining": 1024}</script><style>.total{}</style>',
    );
    expect(mayShowStatus(home)).toBe(false);
  });

  it('says what an unread page is: a login, a help page, or nothing of ours', () => {
    expect(unreadPage(doc('<form><input name="id"><input type="password"></form>')).pageKind).toBe('login');
    expect(unreadPage(parseHTML('<html><head><title>よくあるご質問</title></head><body><p>x</p></body></html>').document).pageKind).toBe('help');
    expect(unreadPage(doc('<h1>ようこそ</h1>'))).toMatchObject({ pageKind: 'other', reason: expect.stringContaining('no plan status') });
  });
});

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');

/** Every fixture page with its expected address, on a host a reading profile covers. */
function providerPages() {
  const out: Array<{ file: string; url: URL; profile: (typeof READING_PROFILES)[number] }> = [];
  for (const rel of readdirSync(FIXTURES, { recursive: true }) as string[]) {
    if (!rel.endsWith('.html')) continue;
    const file = path.join(FIXTURES, rel);
    const expected = file.replace(/\.html$/, '.expected.json');
    if (!existsSync(expected)) continue;
    const href = (JSON.parse(readFileSync(expected, 'utf8')) as { url?: string }).url;
    if (!href) continue;
    const url = new URL(href);
    const profile = READING_PROFILES.find((p) => p.hosts.includes(url.hostname));
    if (profile) out.push({ file: rel, url, profile });
  }
  return out;
}

describe('the first stage on every fixture page of a provider', () => {
  it('lets the reader onto each page it reads, and says of the others what the reader says', () => {
    const pages = providerPages();
    expect(pages.length).toBeGreaterThan(800);
    const kept: string[] = [];
    const kinds: string[] = [];
    let needed = 0;
    for (const { file, url, profile } of pages) {
      const html = readFileSync(path.join(FIXTURES, file), 'utf8');
      const read = extractStatus(parseHTML(html).document, url, new Date('2026-12-02T12:00:00Z'), profile);
      const pass = mayShowStatus(parseHTML(html).document, extrasFrom(profile.hints));
      const needs = read.readings.length > 0 || read.pageKind === 'checkout' || read.pageKind === 'confirmation';
      if (needs) needed += 1;
      if (needs && !pass) kept.push(`${file}: ${read.pageKind}, ${read.readings.length} readings`);
      if (!pass && unreadPage(parseHTML(html).document).pageKind !== read.pageKind) kinds.push(file);
    }
    expect(needed).toBeGreaterThan(500);
    expect(kept).toEqual([]);
    expect(kinds).toEqual([]);
  }, 240_000);
});
