import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { redactPage, redactedCopyOrigin } from '@/utils/redact';
import { cutSrcset, cutUrl } from '@/utils/redact/urls';

/**
 * A page full of fake identifiers (tests/fixtures/redact/fake-identifiers.html): none of them may
 * survive anywhere in the copy (text, attributes, the JSON state), names and addresses next to
 * their labels are gone, and the labels, dates, amounts, plan names and structure stay.
 */

const FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/redact/fake-identifiers.html');
const HTML = readFileSync(FIXTURE, 'utf8');
const URL_SAVED = 'https://mypage.example/member/top?session=ab12cd34#news';
const NOW = new Date('2026-11-22T01:00:00Z');

function redacted(): { out: string; body: string; doc: Document } {
  const { document } = parseHTML(HTML);
  const out = redactPage(document, URL_SAVED, NOW);
  // Everything after the first line (the header names the time, which has digits of its own).
  const body = out.slice(out.indexOf('\n') + 1);
  return { out, body, doc: parseHTML(body).document };
}

/** Every identifier planted in the page, as shown there. */
const PLANTED = [
  '090-1234-5678',
  '０８０－８７６５－４３２１',
  '+81 70-2468-1357',
  '03-5555-0199',
  '0120-444-989',
  '050 3131 7272',
  '+852 9123 4567',
  '6123 4567',
  '51234567',
  '138 1234 5678',
  '+86 13912345678',
  '15012345678',
  '8981100000123456789',
  '8981 2000 0076 5432 1011',
  '89852000263311110007',
  '89049032123451234512345678901235',
  '4111 1111 1111 1111',
  '5105-1051-0510-5100',
  '378282246310005',
  '77123456',
  '5512345',
];

/** Names, addresses, order and customer numbers, tokens: none may be left. */
const GONE = [
  '山田',
  '太郎',
  '佐藤',
  '花子',
  '王小明',
  '北京',
  '朝阳',
  '鈴木',
  '一郎',
  '高橋',
  'John',
  'Smith',
  'Baker',
  'Yamada',
  'Taro',
  '新宿',
  'ハイツ',
  '160-0023',
  '1990年4月1日',
  '1990-04-01',
  'K-20261122-7788',
  'ABC-778899',
  'M-55123',
  'ORD-55XZ-9911',
  'ORD-44QW-7722',
  'CN20261106A',
  'AB-99887766',
  'hanako',
  'taro.yamada',
  'chen.wei99',
  'tok-7f3a9c1e5b',
  '9f8e7d',
  'session=',
  'campaign=',
  'javascript:',
  'data:image',
  'mailto:',
  'track(',
  'init()',
  'onclick',
  'cdn.mypage.example',
];

/** Labels, dates, amounts, plan names, classes, ids, roles: the reading and the structure. */
const KEPT = [
  '<th>氏名</th>',
  '<dt>住所</dt>',
  '<dt>生年月日</dt>',
  '<dt>メールアドレス</dt>',
  '<dt>ご契約番号</dt>',
  'お名前：',
  '<span class="k">姓名</span>',
  '地址：',
  '<span>契約者</span>',
  'Name: ',
  '<span>Address</span>',
  'お問い合わせ番号 ',
  '<span>会員番号</span>',
  '<th>注文番号</th>',
  '订单号：',
  'Order ID',
  '<th>電話番号</th>',
  '<th>ICCID</th>',
  'ログイン中：',
  '2026年12月15日 23:59',
  '3.25GB / 5GB',
  '¥1,078（税込）',
  'ギガプラン 5GB',
  'ご請求日 2026/11/30、ご利用データ 500MB、合計 2,178円、充值 99元、HK$ 88',
  '<td>2026/11/20</td>',
  'データ追加3GB（30日間）',
  '<td>¥990</td>',
  'class="line-card"',
  'id="main"',
  'role="main"',
  'data-plan="ギガプラン"',
  'data-line="1"',
  '"remaining":{"title":"残量","value":"3.25GB / 5GB"}',
  '{"title":"有効期限","value":"2026年12月15日"}',
];

const digits = (s: string) => s.normalize('NFKC').replace(/\D/g, '');
/** The copy as one digit string per run of digits joined by single separators. */
const digitRuns = (s: string) => [...s.normalize('NFKC').matchAll(/\d(?:[\s\-‐ー－]?\d)*/g)].map((m) => digits(m[0]));

describe('redactPage on a page full of fake identifiers', () => {
  it('leaves no planted identifier: not whole, not as a digit run', () => {
    const { body } = redacted();
    const runs = digitRuns(body);
    for (const id of PLANTED) {
      const d = digits(id).replace(/^(81|852|86)(?=\d{8})/, '');
      expect(runs.filter((r) => r.includes(d)), id).toEqual([]);
    }
  });

  it('leaves no phone, ICCID, EID or card-shaped run but placeholders (class prefix, zeros, a running number)', () => {
    const { body } = redacted();
    // Any run of 8 or more digits (single spaces or dashes between them allowed): after at most
    // 5 prefix digits (+852 9…, 8190…, 89…), only zeros and a number of at most 2 digits.
    const long = digitRuns(body).filter((r) => r.length >= 8);
    expect(long.length).toBeGreaterThanOrEqual(20);
    for (const run of long) expect(run.slice(5), run).toMatch(/^0*\d{0,2}$/);
  });

  it('leaves no e-mail address but masked ones', () => {
    const { body } = redacted();
    const emails = [...body.normalize('NFKC').matchAll(/[\w.+*-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0]).filter((e) => !/\.png$/.test(e));
    expect(emails.length).toBeGreaterThanOrEqual(4);
    for (const e of emails) expect(e).toMatch(/^[x0*.\-_+]+@[x0.-]+$/);
  });

  it('takes out names, addresses, order and customer numbers next to their labels, tokens and tracking', () => {
    const { body } = redacted();
    for (const s of GONE) expect(body, s).not.toContain(s);
  });

  it('keeps labels, dates, amounts, plan names and structure', () => {
    const { body } = redacted();
    for (const s of KEPT) expect(body, s).toContain(s);
    const before = parseHTML(HTML).document;
    for (const gone of Array.from(before.querySelectorAll('noscript'))) gone.remove();
    const { doc } = redacted();
    for (const tag of ['section', 'table', 'tr', 'td', 'th', 'dl', 'dd', 'p', 'span', 'ul', 'li', 'form', 'label', 'button', 'img', 'a']) {
      expect(doc.querySelectorAll(tag).length, tag).toBe(before.querySelectorAll(tag).length);
    }
  });

  it('gives the same identifier the same placeholder everywhere (text, attributes, JSON state)', () => {
    const { doc } = redacted();
    const phone = doc.querySelector('table.contract td')?.textContent;
    expect(phone).toBe('090-0000-0001');
    const state = JSON.parse(doc.querySelector('script#state')?.textContent ?? '{}') as { member: { phoneNo: string } };
    expect(state.member.phoneNo).toBe(phone);
    expect(doc.querySelector('.greeting')?.getAttribute('data-msisdn')).toBe('09000000001');
    expect(doc.querySelector('title')?.textContent).toContain(phone);
  });

  it('removes scripts (but the JSON state), noscript, frames, objects, styles, links, meta, base, comments, handlers and form values', () => {
    const { out, doc } = redacted();
    expect(doc.querySelectorAll('script').length).toBe(1);
    expect(doc.querySelector('script')?.getAttribute('type')).toBe('application/json');
    for (const tag of ['noscript', 'iframe', 'object', 'embed', 'style', 'link', 'base']) expect(doc.querySelectorAll(tag).length, tag).toBe(0);
    const metas = Array.from(doc.querySelectorAll('meta'));
    expect(metas.map((m) => m.outerHTML)).toEqual(['<meta charset="utf-8">']);
    expect(out.match(/<!--/g)).toHaveLength(1);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) expect(a.name, el.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
    }
    expect(doc.querySelectorAll('input[type="hidden"]').length).toBe(0);
    for (const field of Array.from(doc.querySelectorAll('input, textarea'))) {
      expect(field.hasAttribute('value')).toBe(false);
      expect(field.hasAttribute('placeholder')).toBe(false);
      expect(field.textContent).toBe('');
    }
  });

  it('cuts every URL to origin and path, and drops data:, javascript: and mailto:', () => {
    const { doc } = redacted();
    const urls = Array.from(doc.querySelectorAll('[href],[src],[action],[formaction],[srcset]')).flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'srcset'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
    );
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const u of urls) {
      expect(u).toMatch(/^https:\/\//);
      expect(u).not.toMatch(/[?#]/);
    }
    expect(doc.querySelector('img.avatar')?.hasAttribute('src')).toBe(false);
  });

  it('starts with a comment naming the page and the time, and the JSON state still parses and cannot close its script', () => {
    const { out, doc } = redacted();
    expect(out.split('\n')[0]).toBe('<!-- Redacted copy of https://mypage.example/member/top saved by Kigen on 2026-11-22T01:00:00.000Z -->');
    expect(redactedCopyOrigin(out)).toEqual({ url: 'https://mypage.example/member/top', savedAt: '2026-11-22T01:00:00.000Z' });
    expect(redactedCopyOrigin(HTML)).toBeNull();
    expect(out).not.toContain('<base');
    const script = doc.querySelector('script#state')?.textContent ?? '';
    expect(script).not.toMatch(/<\/script/i);
    const state = JSON.parse(script) as { member: Record<string, string>; user: Record<string, string>; note: string };
    expect(state.member).toEqual({ customerName: '〇〇 〇〇', mailAddress: 'xxxx.xxxxxx@xxxxxxx.xx', phoneNo: '090-0000-0001', customerId: '70000002', birthday: '0000-00-00' });
    // (A code's digits are a running number: two codes on a page stay two, and nothing of the original is left.)
    expect(state.user).toEqual({ id: expect.stringMatching(/^0{6}[1-9]$/), name: 'xxxx xxxxxx' });
    expect(state.note).toBe('</script>');
  });

  it('leaves the page it was given as it was', () => {
    const { document } = parseHTML(HTML);
    const before = document.documentElement.outerHTML;
    redactPage(document, URL_SAVED, NOW);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('redacts a 1 MB page in bounded time (the figure is printed; a runaway pattern fails it)', () => {
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(HTML)?.[1] ?? '';
    const big = HTML.replace(main, main.repeat(Math.ceil(1_000_000 / main.length)));
    const { document } = parseHTML(big);
    const t0 = performance.now();
    const out = redactPage(document, URL_SAVED, NOW);
    const ms = performance.now() - t0;
    console.log(`redactPage: ${(big.length / 1e6).toFixed(2)} MB page in ${ms.toFixed(0)} ms`);
    expect(out).not.toContain('山田');
    expect(ms).toBeLessThan(10_000);
  });
});

describe('URL cutting', () => {
  const page = new URL('https://mypage.example/member/top?x=1');
  it.each([
    ['/img/a.png?v=2#top', 'https://mypage.example/img/a.png'],
    ['https://user:pw@other.example/p?q=1', 'https://other.example/p'],
    ['#news', 'https://mypage.example/member/top'],
    ['javascript:alert(1)', null],
    ['data:image/png;base64,AAAA', null],
    ['mailto:a@example.jp', null],
    ['tel:0312345678', null],
  ])('%s', (input, expected) => {
    expect(cutUrl(input, page)).toBe(expected);
  });

  it('cuts each srcset candidate, data: URLs with commas included', () => {
    expect(cutSrcset('/a.png?w=1 1x, /a@2x.png?w=2 2x', page)).toBe('https://mypage.example/a.png 1x, https://mypage.example/a@2x.png 2x');
    expect(cutSrcset('data:image/png;base64,AA,BB 1x,/b.png 2x', page)).toBe('https://mypage.example/b.png 2x');
    expect(cutSrcset('data:image/png;base64,AAAA', page)).toBeNull();
  });
});

describe('a form\'s submit input', () => {
  it('keeps its caption (the page\'s own words: a checkout\'s "決定"), while a text field\'s value goes', () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><form><input type="text" name="tel" value="090-1234-5678"><input type="submit" value="決定"><input type="button" value="戻る"></form></body></html>`,
    );
    const doc = parseHTML(redactPage(document, URL_SAVED, NOW)).document;
    expect(doc.querySelector('input[type="text"]')?.hasAttribute('value')).toBe(false);
    expect(doc.querySelector('input[type="submit"]')?.getAttribute('value')).toBe('決定');
    expect(doc.querySelector('input[type="button"]')?.getAttribute('value')).toBe('戻る');
  });
});

describe("a card number shaped like a date after its letters (\"卡號：JPS2026-0931\")", () => {
  it('is an id, masked; a date after its label stays', () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><p>卡號：<span>JPS2026-0931</span></p><p>開通日 2026-11-21</p></body></html>`,
    );
    const out = redactPage(document, URL_SAVED, NOW);
    expect(out).not.toContain('JPS2026-0931');
    expect(out).toContain('2026-11-21');
  });
});

describe('a label and its value apart by a line break', () => {
  it('("Order number<br><b>RF-2026-88231</b>") has the value taken out', () => {
    const { document } = parseHTML('<!doctype html><html><body><div><span>Order number<br><b>RF-2026-88231</b></span></div></body></html>');
    const copy = redactPage(document, 'https://roamfree.example/order/success', NOW);
    expect(copy).not.toContain('RF-2026-88231');
    expect(copy).toContain('Order number');
  });
});

describe('an order code ("Order code 20261202-184512")', () => {
  it('is taken out like an order number', () => {
    const { document } = parseHTML(`<!doctype html><html><body><div><span class="k">Order code</span><span>20261202-184512</span></div></body></html>`);
    const out = redactPage(document, URL_SAVED, NOW);
    expect(out).toContain('Order code');
    expect(digits(out)).not.toContain('20261202184512');
  });
});
