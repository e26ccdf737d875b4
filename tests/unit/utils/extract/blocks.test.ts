import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findAnchors } from '@/utils/extract/blocks';
import { documentOrder, segmentsOf } from '@/utils/extract/dom';
import { findPairs } from '@/utils/extract/pairs';
import { extractFromHtml } from '../../../tools/extract-page';

/** One block per line (utils/extract/blocks.ts). */

const NOW = new Date('2026-12-02T10:00:00+09:00');
const read = (body: string) =>
  extractFromHtml(`<!doctype html><html lang="en"><body>${body}</body></html>`, 'https://www.sakuramobile.jp/mypage/contracts/', NOW);

describe('one number and one ICCID', () => {
  it('are two lines when each has a card of its own in a list of contracts', () => {
    const r = read(`<main>
      <div class="contract"><h2>Contract A</h2><p><span>ICCID</span> <span>89811000000000001111</span></p>
        <p><span>Data remaining</span> <span>3 GB / 10 GB</span></p><p><span>Plan valid until</span> <span>December 20, 2026</span></p></div>
      <div class="contract"><h2>Contract B</h2><span>Cancelled</span><p><span>Phone number</span> <span>090-0000-2222</span></p>
        <p><span>Service ended</span> <span>September 30, 2026</span></p></div></main>`);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({ line: '89811000000000001111', remainingMB: 3072 });
  });

  it("are one line on a line's detail page", () => {
    const r = read(`<section class="info"><p><span>Phone number</span> <span>090-0000-2222</span></p></section>
      <section class="sim"><p><span>ICCID</span> <span>89811000000000001111</span></p><p><span>Data remaining</span> <span>3 GB / 10 GB</span></p></section>`);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.line).toBe('090-0000-2222');
  });

  it('are one line in two rows of one kind of one record', () => {
    const r = read(`<div class="card"><div class="row"><span>Phone number</span> <span>090-0000-2222</span></div>
      <div class="row"><span>ICCID</span> <span>89811000000000001111</span></div>
      <div class="row"><span>Data remaining</span> <span>3 GB / 10 GB</span></div></div>`);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.line).toBe('090-0000-2222');
  });
});

describe('cards of one kind without a number', () => {
  const page = (tabs: string) =>
    extractFromHtml(
      `<!doctype html><html lang="zh-TW"><body><div class="tabs"><span>全部 (3)</span>${tabs}</div>
      <div class="card x"><div class="head"><b>家人用</b><i>使用中</i></div><p><span>方案</span>日本 5GB 7天</p><p><span>剩餘流量</span>2 GB / 5 GB</p><p><span>到期時間</span>2026/12/09（日本時間）</p></div>
      <div class="card y"><div class="head"><b>出差用</b><i>使用中</i></div><p><span>方案</span>日本 20GB 30天</p><p><span>剩餘流量</span>15 GB / 20 GB</p><p><span>到期時間</span>2026/12/28（日本時間）</p></div>
      <div class="card z"><div class="head"><b>去年旅行</b><i>已過期</i></div><p><span>剩餘流量</span>0 GB / 3 GB</p><p><span>到期時間</span>2026/02/14（日本時間）</p></div>
      <p>※ 流量與到期時間約每 15 分鐘更新一次。</p></body></html>`,
      'https://www.esim-shop.example/member/esims',
      NOW,
    );

  it('are one line each, named by their title, and a tab "已過期 (1)" is no badge', () => {
    const r = page('<span>已過期 (1)</span>');
    expect(r.readings.map((x) => [x.line, x.plan, x.remainingMB])).toEqual([
      ['家人用', '日本 5GB 7天', 2048],
      ['出差用', '日本 20GB 30天', 15360],
    ]);
  });
});

describe('Japanese numbers of every mobile range', () => {
  it('a data SIM on 020 is a line of its own beside a voice line on 090', () => {
    const page = `<!doctype html><html lang="ja"><body>
      <div class="svc"><h3>090-0000-1111</h3><table><tr><th>プラン</th><td>5ギガプラン</td></tr>
        <tr><th>データ残量</th><td>3.00GB</td></tr><tr><th>有効期限</th><td>2027年1月末</td></tr></table></div>
      <div class="svc"><h3>020-0000-2222</h3><table><tr><th>プラン</th><td>2ギガプラン</td></tr>
        <tr><th>データ残量</th><td>1.50GB</td></tr><tr><th>有効期限</th><td>2026年12月末</td></tr></table></div>
    </body></html>`;
    const r = extractFromHtml(page, 'https://www.iijmio.jp/member/', NOW);
    expect(r.readings.map((x) => [x.line, x.plan, x.remainingMB])).toEqual([
      ['090-0000-1111', '5ギガプラン', 3072],
      ['020-0000-2222', '2ギガプラン', 1536],
    ]);
  });
});

describe('a line id has the shape of an id', () => {
  const page = (prompt: string) => `<!doctype html><html lang="zh-TW"><body>
    <form><label for="q">${prompt}</label><input id="q" value="8981100000000042137"><button>查詢</button></form>
    <section><div><span>ICCID</span> <span>8981100000000042137</span></div>
      <div><span>剩餘流量</span> <span>2.5GB</span></div>
      <div><span>到期時間</span> <span>2026/12/20 23:59（日本時間）</span></div></section></body></html>`;
  it.each([
    ['help text after the label', '請輸入 eSIM 的 ICCID（19 碼，可於訂單信件中找到）'],
    ['a note in brackets after a prompt', '請輸入 ICCID （19 碼）'],
  ])('%s is no line id: %s', (_case, prompt) => {
    const r = extractFromHtml(page(prompt), 'https://www.tw-esim.example/query', NOW);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({ line: '8981100000000042137', remainingMB: 2560 });
  });
});

describe('cards of one kind, each with its own plan and data, of which one shows no known id', () => {
  it('are not merged into one line: only the line with the id is read, and the reason says why', () => {
    const card = (id: string, plan: string, left: string) => `<div class="svc"><h3>${id}</h3><table>
      <tr><th>プラン</th><td>${plan}</td></tr><tr><th>データ残量</th><td>${left}</td></tr><tr><th>有効期限</th><td>2027年1月末</td></tr></table></div>`;
    const page = `<!doctype html><html lang="ja"><body>${card('090-0000-1111', '5ギガプラン', '3.00GB')}${card('データ専用 No.5566', '2ギガプラン', '1.50GB')}</body></html>`;
    const r = extractFromHtml(page, 'https://www.iijmio.jp/member/', NOW);
    expect(r.readings.map((x) => [x.line, x.plan, x.remainingMB])).toEqual([['090-0000-1111', '5ギガプラン', 3072]]);
    expect(r.reason).toContain('not read');
  });
});

describe('an id\'s tail ("ICCID ending 4417")', () => {
  it('stands for no line: the card\'s own name does', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="en"><body><article><h3>Tokyo trip <span>Active</span></h3><p>Japan · ICCID ending 4417</p>
        <div><span>Remaining data</span><span>6 GB of 10 GB</span></div><div><span>Validity</span><span>Expires on Dec 28, 2026</span></div></article></body></html>`,
      'https://www.airalo.com/my-esims',
      NOW,
    );
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.line).not.toBe('4417');
    expect(r.readings[0]?.remainingMB).toBe(6144);
  });
});

describe('eSIMs named by the user in words without digits', () => {
  it('are told apart by their names ("東京自由行", "大阪出差"), not all one key', () => {
    const { document } = parseHTML(
      `<html><body><article><dl><dt>eSIM 名稱</dt><dd>東京自由行</dd></dl></article><article><dl><dt>eSIM 名稱</dt><dd>大阪出差</dd></dl></article></body></html>`,
    );
    const segs = segmentsOf(document);
    const anchors = findAnchors(segs, findPairs(segs));
    expect(anchors.map((a) => a.id)).toEqual(['東京自由行', '大阪出差']);
    expect(new Set(anchors.map((a) => a.key)).size).toBe(2);
  });
});

describe('a table column headed "eSIM" whose cell names its own caption', () => {
  it('takes the name after the cell\'s caption ("eSIM 名稱<br><strong>小美的手機</strong>"), not the caption with it', () => {
    const { document } = parseHTML(
      `<html><body><table><thead><tr><th>eSIM</th><th>方案</th></tr></thead><tbody>
       <tr><td>ICCID<br><span>8981200000004416027</span></td><td>日本 5G 吃到飽 15天</td></tr>
       <tr><td>eSIM 名稱<br><strong>小美的手機</strong></td><td>日本 3GB 7天</td></tr></tbody></table></body></html>`,
    );
    const segs = segmentsOf(document);
    expect([...new Set(findAnchors(segs, findPairs(segs)).map((a) => a.id))]).toEqual(['8981200000004416027', '小美的手機']);
  });
});

describe('cards in an SVG-drawn dashboard', () => {
  it('do not make the reader throw (an SVG element\'s className is no string)', () => {
    const html = `<!doctype html><html lang="en"><body><p>Times in GMT+9.</p>
      <section class="card"><svg class="ring"><text>3.75 GB</text></svg><p>eSIM label</p><p>Ken's Pixel</p><div><span>Data left</span><span>3.75 GB of 10 GB</span></div></section>
      <section class="card"><svg class="ring"><text>1 GB</text></svg><p>eSIM label</p><p>Spare</p><div><span>Data left</span><span>1 GB of 3 GB</span></div></section></body></html>`;
    expect(() => extractFromHtml(html, 'https://www.nihon-data.example/dashboard', NOW)).not.toThrow();
  });
});

describe('line ids', () => {
  it('take a number split over elements whole ("<span>9000</span> <span>0123</span>")', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="zh-HK"><body><div class="tile"><div>儲值卡號碼</div><div><span>9000</span> <span>0123</span></div></div>
        <div class="tile"><div>剩餘數據</div><div>2.5GB / 5GB</div></div><div class="tile"><div>數據通行證到期</div><div>10/12/2026</div></div></body></html>`,
      'https://1cm.hk.chinamobile.com/tc/prepaid/my-account/',
      NOW,
    );
    expect(r.readings[0]?.line).toBe('9000 0123');
  });

  it('are never a status in a name\'s place ("<h2>eSIM</h2><span>已过期</span>"), and 备注名称 names a line', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="zh-CN"><body><p>本页面所有时间均为北京时间</p>
        <section class="c"><div><h2>eSIM</h2><span>使用中</span></div><div><span>备注名称</span><span>京都旅行</span><span>剩余流量</span><span>2.2GB</span><span>到期时间</span><span>2026-12-08 23:59</span></div></section>
        <section class="c"><div><h2>eSIM</h2><span>已过期</span></div><div><span>备注名称</span><span>大阪 十月</span><span>剩余流量</span><span>0.4GB</span><span>到期时间</span><span>2026-10-18 23:59</span></div></section></body></html>`,
      'https://www.riben-liuliang.example/user/esim',
      NOW,
    );
    expect(r.readings.map((x) => x.line)).toEqual(['京都旅行']);
  });
});

describe('cards of eSIMs where only one shows its ICCID', () => {
  const page = (second: string) =>
    extractFromHtml(
      `<!doctype html><html lang="ja"><body><main><h1>My eSIMs</h1><p>日時はすべて日本時間（JST）で表示しています。</p>
      <section class="esim-card"><h2>日本 eSIM</h2><p>プラン：<span>日本 無制限データ 15日間</span></p><span>利用中</span>
        <dl><div><dt>データ</dt><dd>無制限</dd></div><div><dt>有効期限</dt><dd>あと2日</dd></div></dl>
        <table><tr><th>ご利用データ量</th><td>18.4GB</td></tr><tr><th>ICCID</th><td>89810000000000987654</td></tr></table></section>
      <section class="esim-card is-expired"><h2>フランス eSIM</h2><p>プラン：<span>フランス 無制限データ 10日間</span></p>${second}</section></main></body></html>`,
      'https://esim.holafly.com/ja/account/my-esims/',
      NOW,
    );

  it('read the card with the ICCID alone, beside an ended card with a date and no figure', () => {
    const r = page('<span>期限切れ</span><dl><div><dt>データ</dt><dd>無制限</dd></div><div><dt>有効期限</dt><dd>2026年9月18日</dd></div></dl>');
    expect(r.readings.map((x) => [x.line, x.plan, x.expiresAt, x.usedMB, x.unlimited])).toEqual([
      ['89810000000000987654', '日本 無制限データ 15日間', '2026-12-04T23:59:59+09:00', 18841.6, true],
    ]);
    expect(r.reason).toBe('');
  });

  it('say that a current card beside it was not read', () => {
    const r = page('<span>利用中</span><dl><div><dt>有効期限</dt><dd>2026年12月18日</dd></div></dl>');
    expect(r.readings.map((x) => x.line)).toEqual(['89810000000000987654']);
    expect(r.reason).toMatch(/no number/);
  });
});

describe('a table drawn as two (a fixed header, Element UI)', () => {
  const head = '<div class="head"><table><thead><tr><th><div>ICCID</div></th><th><div>套餐名称</div></th><th><div>剩余流量</div></th><th><div>到期时间（日本时间）</div></th></tr></thead></table></div>';
  const body = (rows: string) => `<div class="body"><table><tbody>${rows}</tbody></table></div>`;
  const row = (iccid: string, plan: string, left: string, end: string) => `<tr><td><div>${iccid}</div></td><td><div>${plan}</div></td><td><div>${left}</div></td><td><div>${end}</div></td></tr>`;
  const page = (html: string) => extractFromHtml(`<!doctype html><html lang="zh-CN"><body><main>${html}</main></body></html>`, 'https://www.riben-ka.example/user/sim', NOW);

  it('has its header head the rows of the body table: one line a row', () => {
    const r = page(head + body(row('8981100000000012345', '日本docomo 30天 20GB', '12.5GB', '2026-12-20 23:59') + row('8981100000000067890', '日本SoftBank 月卡', '3GB', '2026-12-28')));
    expect(r.readings.map((x) => [x.line, x.plan, x.remainingMB, x.expiresAt])).toEqual([
      ['8981100000000012345', '日本docomo 30天 20GB', 12800, '2026-12-20T23:59:00+09:00'],
      ['8981100000000067890', '日本SoftBank 月卡', 3072, '2026-12-28T23:59:59+09:00'],
    ]);
  });

  it('but not the rows of a table with another number of columns', () => {
    const r = page(head + body('<tr><td>8981100000000012345</td><td>12.5GB</td><td>2026-12-20</td></tr>'));
    expect(r.readings).toEqual([]);
  });
});

describe('an English reseller page (a Shopify customer page) with an eSIM block', () => {
  const page = (note: string) =>
    extractFromHtml(
      `<!doctype html><html lang="en"><body><div role="region">Free eSIM installation support by chat — 7 days a week</div><h1>Account</h1>${note}
      <div class="esim-item"><dl><dt>eSIM</dt><dd>Japan eSIM 20GB / 30 Days</dd></dl><dl><dt>Status</dt><dd>Active</dd></dl>
      <dl><dt>ICCID</dt><dd>8981200000000056789</dd></dl><dl><dt>Remaining data</dt><dd>7.8 GB of 20 GB</dd></dl>
      <dl><dt>Expires</dt><dd>Dec 19, 2026 at 11:00 PM</dd></dl></div></body></html>`,
      'https://shop.tokyo-data.example/account',
      NOW,
    );

  it('reads a product name under a bare "eSIM" caption as the plan, the ICCID as the line', () => {
    const r = page('');
    expect(r.readings.map((x) => [x.line, x.plan, x.remainingMB])).toEqual([['8981200000000056789', 'Japan eSIM 20GB / 30 Days', 7987.2]]);
  });

  it('places no date in a zone that nothing on it states (an English shop selling a SIM for Japan)', () => {
    expect(page('').readings[0]?.expiresAt).toBeNull();
    expect(page('').reason).toMatch(/time zone/);
    expect(page('<p>All times are Japan time (JST).</p>').readings[0]?.expiresAt).toBe('2026-12-19T23:00:00+09:00');
  });
});

describe('lines in page order', () => {
  it('keeps a first line whose parts follow a caption with another id before the line after it', () => {
    // The first card's title holds a contract number, so its line is the parts after the title;
    // the order of the lines must be the page's in any DOM (linkedom orders nodes by depth alone).
    const card = (title: string, no: string, rows: string, meter: string) =>
      `<section class="c"><div class="head"><div class="title">${title}<span class="no">${no}</span></div><span class="pill">使用中</span></div>
        <div class="grid">${rows}</div><div class="meter"><div class="nums">${meter}</div></div></section>`;
    const cell = (k: string, v: string) => `<div class="cell"><div class="k">${k}</div><div class="v">${v}</div></div>`;
    const r = read(
      card('SIM（数据+通话）', '合同编号 SM-2025-0418-7731', cell('电话号码', '070-0000-3388') + cell('当前月租方案', '数据+通话 50GB方案'), '本月剩余流量 <em>31.2</em> GB / 50 GB') +
        card('旅行 eSIM', '订单编号 TE-2611-55820', cell('ICCID', '8981200033445566778') + cell('方案有效期至', '2026年12月5日 23:59（日本时间）'), '剩余流量 <em>12.6</em> GB / 20 GB'),
    );
    expect(r.readings.map((x) => [x.line, x.remainingMB])).toEqual([
      ['070-0000-3388', 31948.8],
      ['8981200033445566778', 12902.4],
    ]);
  });
});

describe('documentOrder', () => {
  it('orders nodes as the page does, at any depth, an ancestor before what it holds', () => {
    const { document } = parseHTML('<html><body><section id="a"><div id="a1"><p id="a11"></p></div></section><section id="b"><p id="b1"></p></section></body></html>');
    const $ = (id: string) => document.getElementById(id) as Element;
    const order = ['b1', 'a', 'b', 'a11', 'a1'].map($).sort(documentOrder).map((e) => e.id);
    expect(order).toEqual(['a', 'a1', 'a11', 'b', 'b1']);
    expect(documentOrder($('a11'), $('b'))).toBeLessThan(0);
    expect(documentOrder($('b'), $('a11'))).toBeGreaterThan(0);
    expect(documentOrder($('a'), $('a'))).toBe(0);
  });
});
