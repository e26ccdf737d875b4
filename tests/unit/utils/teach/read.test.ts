import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { describe as fingerprint, locate, valueElementAt } from '@/utils/teach/locator';
import { interpret, readWithRecipe } from '@/utils/teach/read';
import { type FieldName, type PageRecipe, SHAPE_OF, recipeIdOf } from '@/utils/teach/recipe';

const NOW = new Date('2026-12-02T10:00:00+09:00');

function doc(body: string): Document {
  return parseHTML(`<!doctype html><html><body>${body}</body></html>`).document;
}

/** The element whose own text is exactly `text` (the user's click in these tests). */
function byText(d: Document, text: string): Element {
  const el = [...d.querySelectorAll('*')].reverse().find((e) => (e.textContent ?? '').trim() === text);
  if (!el) throw new Error(`no element with text ${text}`);
  return el;
}

function teach(d: Document, picks: Partial<Record<FieldName, string>>, zone: string | number = 'Asia/Tokyo'): PageRecipe {
  const fields: PageRecipe['fields'] = {};
  for (const [name, text] of Object.entries(picks) as Array<[FieldName, string]>) {
    const el = valueElementAt(byText(d, text), SHAPE_OF[name]);
    if (!el) throw new Error(`${name}: no value at ${text}`);
    fields[name] = { locator: fingerprint(el, d, SHAPE_OF[name]), unit: null };
  }
  const site = 'https://www.riben-ka.example';
  return { id: recipeIdOf(site, '/user/sim'), site, path: '/user/sim', provider: null, fields, zone, lineKind: 'keep-number', createdAt: 0, updatedAt: 0 };
}

// A zh-CN reseller dashboard: card layout, hashed classes, an order date that is also a date.
const RESELLER_V1 = `
<header class="css-1q2w3e"><nav>首页 · 我的卡 · 续费</nav></header>
<main class="sc-AxjAm">
  <section class="card-panel">
    <h2 class="jsx-3341">我的日本保号卡</h2>
    <div class="row-x9f2"><span class="lbl-77a">手机号码</span><span class="val-2bc">070-0000-1234</span></div>
    <div class="row-x9f2"><span class="lbl-77a">套餐名称</span><span class="val-2bc">保号月租 8元</span></div>
    <div class="row-x9f2"><span class="lbl-77a">下单日期</span><span class="val-2bc">2026-11-02</span></div>
    <div class="row-x9f2"><span class="lbl-77a">号码有效期</span><span class="val-2bc">2027-03-31</span></div>
    <div class="row-x9f2"><span class="lbl-77a">剩余流量</span><span class="val-2bc"><b>1</b>.5 GB</span></div>
  </section>
  <footer>客服微信 · 常见问题</footer>
</main>`;

// The same page after a redesign: new hashed classes, extra wrappers, a table for the data row,
// a banner with another date above, rows reordered.
const RESELLER_V2 = `
<div class="Banner_x7Yq1">活动：2026-12-10 前续费 9 折</div>
<main class="css-9z8y7x"><div class="wrap-aa1"><div class="inner-bb2">
  <section class="CardPanel__root-3kd">
    <h2 class="jsx-0001">我的日本保号卡</h2>
    <ul class="list-q1">
      <li><div><span class="k-1">号码有效期</span><div class="v-9"><time>2027-04-30</time></div></div></li>
      <li><div><span class="k-1">手机号码</span><div class="v-9">070-0000-1234</div></div></li>
      <li><div><span class="k-1">套餐名称</span><div class="v-9">保号月租 8元</div></div></li>
      <li><div><span class="k-1">下单日期</span><div class="v-9">2026-12-01</div></div></li>
    </ul>
    <table><tr><th>剩余流量</th><td><span>900</span> MB</td></tr></table>
  </section>
</div></div></main>`;

describe('reading a taught page again', () => {
  const recipe = teach(doc(RESELLER_V1), { expiry: '2027-03-31', remaining: '1.5 GB', line: '070-0000-1234', plan: '保号月租 8元' });

  it('reads the page it was taught on', () => {
    const read = readWithRecipe(doc(RESELLER_V1), NOW, recipe);
    expect(read).toEqual({
      ok: true,
      reading: expect.objectContaining({ line: '070-0000-1234', plan: '保号月租 8元', expiresAt: '2027-03-31T23:59:59+09:00', remainingMB: 1536 }),
    });
  });

  it('still reads it after the classes, wrappers and layout changed (label anchors)', () => {
    const read = readWithRecipe(doc(RESELLER_V2), NOW, recipe);
    expect(read).toEqual({
      ok: true,
      reading: expect.objectContaining({ line: '070-0000-1234', plan: '保号月租 8元', expiresAt: '2027-04-30T23:59:59+09:00', remainingMB: 900 }),
    });
  });

  it('reads nothing and names the field when the value is gone', () => {
    const gone = RESELLER_V2.replace(/<li><div><span class="k-1">号码有效期<\/span>.*?<\/li>/s, '');
    const read = readWithRecipe(doc(gone), NOW, recipe);
    expect(read).toEqual({ ok: false, field: 'expiry', reason: expect.stringContaining('not on the page') });
  });

  it('reads nothing when the value under the label is no longer a date', () => {
    const read = readWithRecipe(doc(RESELLER_V1.replace('2027-03-31', '请联系客服')), NOW, recipe);
    expect(read.ok).toBe(false);
  });

  it('a label that now names two values is ambiguous, not a guess', () => {
    const twice = RESELLER_V1.replace(
      '</section>',
      '<div class="row-x9f2"><span class="lbl-77a">号码有效期</span><span class="val-2bc">2027-05-31</span></div></section>',
    );
    const read = readWithRecipe(doc(twice), NOW, recipe);
    expect(read).toEqual({ ok: false, field: 'expiry', reason: expect.stringContaining('two values') });
  });

  it('refuses an implausible date (years away) rather than storing it', () => {
    const read = readWithRecipe(doc(RESELLER_V1.replace('2027-03-31', '2099-03-31')), NOW, recipe);
    expect(read.ok).toBe(false);
  });
});

describe('labels in other layouts', () => {
  it('dt/dd, a table row and an inline "label：value" each anchor their value', () => {
    const page = doc(`
      <dl><dt>有効期限</dt><dd>2026年12月20日 15:00まで</dd><dt>開始日</dt><dd>2026年11月20日</dd></dl>
      <table><tr><th>データ残量</th><td>3.2GB / 5GB</td></tr><tr><th>利用量</th><td>1.8GB</td></tr></table>
      <p>ご契約プラン：トラベルSIM 5GB</p>`);
    const recipe = teach(page, { expiry: '2026年12月20日 15:00まで', remaining: '3.2GB / 5GB' });
    const moved = doc(`
      <p>ご契約プラン：トラベルSIM 5GB</p>
      <table class="t"><tbody><tr><th>利用量</th><td>1.9GB</td></tr><tr><th>データ残量</th><td><span>3.1GB</span> / <span>5GB</span></td></tr></tbody></table>
      <div><dl class="x"><dt>開始日</dt><dd>2026年11月20日</dd><dt>有効期限</dt><dd>2026年12月21日 15:00まで</dd></dl></div>`);
    const read = readWithRecipe(moved, NOW, recipe);
    expect(read).toEqual({
      ok: true,
      reading: expect.objectContaining({ expiresAt: '2026-12-21T15:00:00+09:00', remainingMB: 3174.4, totalMB: 5120 }),
    });
  });

  it('a column header anchors values in a table of one line', () => {
    const page = doc(`<table><thead><tr><th>号码</th><th>到期时间</th><th>剩余流量</th></tr></thead>
      <tbody><tr><td>070-0000-5678</td><td>2027-01-15</td><td>2.00GB</td></tr></tbody></table>`);
    const recipe = teach(page, { expiry: '2027-01-15', remaining: '2.00GB', line: '070-0000-5678' }, 'Asia/Shanghai');
    const read = readWithRecipe(page, NOW, recipe);
    expect(read).toEqual({ ok: true, reading: expect.objectContaining({ expiresAt: '2027-01-15T23:59:59+08:00', remainingMB: 2048, line: '070-0000-5678' }) });
  });

  it('text right before a value labels it, and tells two values with one label apart', () => {
    const page = doc(`<table><tr><th>有効期限</th><td>2026年12月31日</td></tr><tr><th>データ残量</th><td>5GB</td></tr></table>
      <p>※ 上記は前月分です。当月の残量：<span>2.1GB</span>（有効期限 <span>2027年1月31日</span>）</p>`);
    const recipe = teach(page, { remaining: '2.1GB', expiry: '2027年1月31日' });
    expect(recipe.fields.remaining?.locator).toMatchObject({ label: '当月の残量', relation: 'sibling' });
    const next = doc(`<div><p>当月の残量：<span>1.9GB</span>（有効期限 <span>2027年1月31日</span>）</p></div>
      <table><tr><th>有効期限</th><td>2027年1月31日</td></tr><tr><th>データ残量</th><td>5GB</td></tr></table>`);
    expect(readWithRecipe(next, NOW, recipe)).toEqual({ ok: true, reading: expect.objectContaining({ remainingMB: 1945.6, expiresAt: '2027-01-31T23:59:59+09:00' }) });
  });

  it('a click on a part of a value widens to the whole value', () => {
    const page = doc('<div><span>剩余流量</span><span class="v"><b>12</b><i>.5</i><small>GB</small></span></div>');
    const el = valueElementAt(byText(page, '12'), 'amount');
    expect(el?.className).toBe('v');
  });

  it('a fingerprint without a label needs the structure to carry it', () => {
    const page = doc('<div id="expiry-date" class="expiry">2027-01-15</div><div>2026-12-01</div>');
    const loc = fingerprint(byText(page, '2027-01-15'), page, 'date');
    expect(loc.label).toBeNull();
    const found = locate(doc('<div>2026-12-02</div><div id="expiry-date" class="expiry">2027-02-15</div>'), loc, 'date');
    expect(found.ok && found.el.textContent).toBe('2027-02-15');
    expect(locate(doc('<div>2026-12-02</div><p>2027-02-15</p>'), loc, 'date').ok).toBe(false);
  });
});

describe('interpret: what the picker shows for a value', () => {
  const now = NOW.getTime();
  it('a date alone is the end of that day in the zone; a stated zone wins', () => {
    expect(interpret('expiry', '2026/12/15', 'Asia/Tokyo', now)).toMatchObject({ iso: '2026-12-15T23:59:59+09:00', statedZone: false });
    expect(interpret('expiry', '2026-12-15 12:00 (北京时间)', 'Asia/Tokyo', now)).toMatchObject({ iso: '2026-12-15T12:00:00+08:00', statedZone: true });
  });
  it('amounts: a pair gives the total; a bare number needs the unit the user chose', () => {
    expect(interpret('remaining', '1.2GB / 3GB', 'Asia/Tokyo', now)).toMatchObject({ mb: 1228.8, pairTotal: 3072 });
    expect(interpret('remaining', '12.5', 'Asia/Tokyo', now)).toBeNull();
    expect(interpret('remaining', '12.5', 'Asia/Tokyo', now, 'GB')).toMatchObject({ mb: 12800 });
    expect(interpret('remaining', '無制限', 'Asia/Tokyo', now)).toMatchObject({ unlimited: true, mb: null });
    expect(interpret('remaining', '5GB / 3GB', 'Asia/Tokyo', now)).toBeNull();
  });
});

describe('labels of a taught value', () => {
  // A section titled by aria-labelledby holds both what was used and what is left.
  const SECTION = (extra = '') => `<section aria-labelledby="usage-h"${extra}><h2 id="usage-h">今月のデータ利用量</h2>
    <div class="big">11.75<small>GB</small></div>
    <div><span>利用済み 11.75GB</span> <span>残りデータ量 <strong>18.25GB</strong></span></div></section>`;

  it('a section\'s aria-labelledby titles the section: the value\'s own nearer label anchors it', () => {
    const d = doc(SECTION());
    const recipe = teach(d, { remaining: '18.25GB' });
    expect(recipe.fields.remaining?.locator.label).toBe('残りデータ量');
    // The section's id gone in a redesign: the same value, or nothing; never what was used.
    const after = doc(SECTION().replace(' aria-labelledby="usage-h"', '').replace(' id="usage-h"', ''));
    const r = readWithRecipe(after, NOW, recipe);
    expect(r.ok ? r.reading.remainingMB : null).not.toBe(12032);
  });

  it('a label of another kind never matches, however alike it reads (残りデータ容量 / データ容量)', () => {
    const d = doc(`<dl><dt>残りデータ容量</dt><dd>12.35GB</dd><dt>利用済み</dt><dd>17.65GB</dd></dl>`);
    const recipe = teach(d, { remaining: '12.35GB' });
    const after = doc(`<dl><dt>データ容量</dt><dd>30GB</dd><dt>利用済み</dt><dd>17.65GB</dd></dl>`);
    const r = readWithRecipe(after, NOW, recipe);
    expect(r.ok).toBe(false);
  });
});

describe("a value's box that holds its label ('<div class=blk><div>有效期剩余</div><div>18小时42分</div></div>')", () => {
  it('is named by its first child, not by a row of tabs far above: after a redesign it reads that value or nothing', () => {
    const page = `<div class="tabs"><div>全部(3)</div><div>使用中(1)</div><div>待激活(1)</div></div>
      <div class="card"><div class="meta">激活时间 2026-11-27 14:47</div>
      <div class="flow"><div class="blk"><div class="lb">剩余流量</div><div>1.26GB / 3GB</div></div><div class="blk"><div class="lb">有效期到期</div><div>2026-12-20 14:47</div></div></div></div>`;
    const d = doc(page);
    const el = d.querySelectorAll('.blk')[1] as Element;
    const loc = fingerprint(el, d, SHAPE_OF.expiry);
    expect([loc.label, loc.relation]).toEqual(['有效期到期', 'inline']);
    const wrapped = doc(page);
    for (const x of [...wrapped.querySelectorAll('body *')]) {
      const w = wrapped.createElement('div');
      w.append(...x.childNodes);
      x.append(w);
    }
    const found = locate(wrapped, loc, SHAPE_OF.expiry);
    expect(found.ok ? (found.el.textContent ?? '').includes('2026-12-20') : true).toBe(true);
  });
});
