import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { segmentsOf } from '@/utils/extract/dom';
import { findPairs } from '@/utils/extract/pairs';
import { parsePair } from '@/utils/extract/data';

/** Label → value pairs (utils/extract/pairs.ts). */

const pairsOf = (html: string) => findPairs(segmentsOf(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document));

describe('a value in a list of label cells', () => {
  it('ends where the next dt starts, even one that is no label of ours', () => {
    const pairs = pairsOf('<dl><dt>有効期限</dt><dd>2026年12月31日</dd><dt>お手続き予定</dt><dd>2027年1月31日</dd></dl>');
    expect(pairs.find((p) => p.kind === 'expiry')?.value).toBe('2026年12月31日');
  });

  it('ends where the next th starts', () => {
    const pairs = pairsOf('<table><tr><th>有効期限</th><td>2026年12月31日</td><th>お手続き予定</th><td>2027年1月31日</td></tr></table>');
    expect(pairs.find((p) => p.kind === 'expiry')?.value).toBe('2026年12月31日');
  });
});

describe('a caption under a figure', () => {
  it('labels that figure when the figure is of its kind and alone in its box', () => {
    const pairs = pairsOf(`<div class="stats"><div><b>4.5<small>GB</small></b><small>剩余流量</small></div>
      <div><b>15.5<small>GB</small></b><small>已用流量</small></div></div>
      <div><div class="count">5 小時 10 分鐘</div><div class="cap">方案剩餘時間</div><div><span>狀態</span><span>使用中</span></div></div>`);
    expect(pairs.map((p) => [p.kind, p.value])).toEqual([
      ['remaining', '4.5GB'],
      ['used', '15.5GB'],
      ['expiry', '5 小時 10 分鐘'],
    ]);
  });

  it('is no caption when the box before it holds words too, or a figure of another kind', () => {
    const pairs = pairsOf(`<div><table><tr><th>追加データ残量</th><td>0.50GB</td></tr></table><p>使用済み</p><table><tr><th>今月</th><td>0.80GB</td></tr></table></div>
      <div><span>2026/12/31</span><span>残量</span><span>3GB</span></div>`);
    expect(pairs.filter((p) => p.kind === 'used').map((p) => p.value)).not.toContain('追加データ残量 0.50GB');
    expect(pairs.find((p) => p.label === '残量')?.value).toBe('3GB');
  });
});

describe('a label cell with a note inside', () => {
  it("takes the next cell's value, and the note is no label of its own", () => {
    const pairs = pairsOf(`<table><tr><th>データ有効期限</th><td>2026年12月15日</td></tr>
      <tr><th>SIM有効期限<br><span class="note">（SIMカード・電話番号のご利用期限）</span></th><td>2027年3月31日</td></tr></table>`);
    expect(pairs.map((p) => [p.label, p.value])).toEqual([
      ['データ有効期限', '2026年12月15日'],
      ['SIM有効期限', '2027年3月31日'],
    ]);
  });
});

describe('a section of a usage page', () => {
  const page = `<div class="menu"><a href="/tc/home.html">主頁</a><a class="active" href="/tc/prepaid/usage-enquiry.html">用量查詢</a><a href="/bill/refill.html">網上增值</a><a href="/tc/prepaid/pass.html">漫遊數據套票</a></div>
    <div class="panel"><h2>帳戶資料</h2><table><tr><th>預付卡號碼</th><td>+852 6000 0088</td></tr></table><p>-</p><a href="#">-</a></div>
    <div class="panel"><h2>數據套票用量</h2><div class="pack"><div class="name">日本 4G 數據漫遊套票 7日 5GB</div>
      <div class="figure">剩餘數據 <b>3.2</b>GB ／ 5GB</div></div><p>* 所有時間均為香港時間。</p><a class="btn" href="#">購買漫遊數據套票</a></div>`;

  it('is titled by a heading that labels no figure in the name below it, and a menu link heads nothing', () => {
    const pairs = pairsOf(page);
    expect(pairs.filter((p) => p.kind === 'used')).toEqual([]);
    expect(pairs.find((p) => p.kind === 'remaining')?.value).toBe('3.2 GB / 5GB');
  });

  it('still has a heading label its own figure ("<h3>今月の利用量</h3><p>1.2GB</p>")', () => {
    expect(pairsOf('<h3>今月の利用量</h3><p>1.2GB</p>').find((p) => p.kind === 'used')?.value).toBe('1.2GB');
    // (Also past a note before the figure.)
    const noted = pairsOf('<h2>今月のデータ使用量</h2><p>集計期間：2026年11月11日～2026年12月10日</p><div><span>38.42<small>GB</small></span><span>使用</span></div>');
    expect(noted.find((p) => p.kind === 'used')?.value).toContain('38.42 GB');
  });
});

describe('an ended status with its date ("期限切れ（2026/10/31）")', () => {
  it('is no expiry label: a history row speaks of its record', () => {
    const pairs = pairsOf(`<div><span>データ有効期限</span><span>2026年12月末</span></div>
      <table><tr><th>チャージ日</th><th>内容</th><th>状態</th></tr>
      <tr><td>2026/11/17</td><td>データ20GB</td><td>適用中</td></tr><tr><td>2026/09/03</td><td>データ10GB</td><td>期限切れ（2026/10/31）</td></tr></table>`);
    expect(pairs.filter((p) => p.kind === 'expiry').map((p) => p.value)).toEqual(['2026年12月末']);
  });
});

describe('rules written as "condition: consequence" are no fields', () => {
  it('takes no threshold in a condition for what is left ("剩余流量低于 500MB 时…", "或剩余流量降至 0MB 之前")', () => {
    expect(pairsOf('<p>剩余流量低于 500MB 时，我们会向此邮箱发送提醒。</p>')).toEqual([]);
    expect(pairsOf('<dd>2026/12/03<span>在此日期之前，或剩余流量降至 0MB 之前，您可以使用互联网。</span></dd>').filter((p) => p.kind === 'remaining')).toEqual([]);
    expect(pairsOf('<p>We email you when your data falls below 500MB.</p>')).toEqual([]);
    expect(pairsOf('<p>剩余流量：312 MB</p>').map((p) => [p.kind, p.value])).toEqual([['remaining', '312 MB']]);
  });

  it('takes no date label in a rule about the period ("服务截止日期后：2 天内仍可充值", "在服务期限内充值：…")', () => {
    const rules = '<ul><li>在服务期限内充值：增加 1GB，服务截止日期延长 1 天。</li><li>服务截止日期后 2 天内仍可充值。</li></ul>';
    expect(pairsOf(rules)).toEqual([]);
    expect(pairsOf('<dl><dt>服务截止日期</dt><dd>2026/12/03</dd></dl>').map((p) => p.kind)).toEqual(['expiry']);
  });
});

describe('a figure "left of" its whole after a label', () => {
  it('is one value ("Remaining data | 1.21 GB left of 3 GB"), split over spans or not', () => {
    const split = pairsOf('<div class="row"><span>Remaining data</span><span><span class="big">1.21</span> <span>GB</span> <span>left of 3 GB</span></span></div>');
    expect(split.map((p) => [p.kind, p.value])).toEqual([['remaining', '1.21 GB left of 3 GB']]);
    expect(parsePair('1.21 GB left of 3 GB')).toEqual({ a: 1239.04, b: 3072 });
    expect(parsePair('2 GB remaining out of 5 GB')).toEqual({ a: 2048, b: 5120 });
  });
});

describe('a table whose header spans rows and columns', () => {
  it('keeps each column under its own label ("区分 | 容量 (残容量, 付与量) | 有効期限")', () => {
    const pairs = pairsOf(`<table><thead>
      <tr><th rowspan="2">区分</th><th colspan="2">容量</th><th rowspan="2">有効期限</th></tr>
      <tr><th>残容量</th><th>付与量</th></tr></thead><tbody>
      <tr><td>基本データ容量（12月分）</td><td><span>7.05</span><span>GB</span></td><td><span>10.00</span><span>GB</span></td><td>2027/01/31</td></tr>
      <tr><td>パケットギフト（受け取り）</td><td colspan="2">期限切れ（510MB）</td><td>2026/11/30</td></tr></tbody></table>`);
    const of = (kind: string) => pairs.filter((p) => p.kind === kind).map((p) => p.value);
    expect(of('remaining')[0]).toBe('7.05GB');
    expect(of('total')[0]).toBe('10.00GB');
    expect(of('expiry')).toContain('2027/01/31');
    expect(of('expiry')).toContain('2026/11/30');
    expect(of('expiry').filter((v) => /GB/.test(v))).toEqual([]);
    // (The cell that spans two columns is read in its first: no grant of "期限切れ（510MB）".)
    expect(of('total')).toEqual(['10.00GB']);
  });

  it('reads a figure that says it was used as usage, under any column ("23.40GB ご利用（データ量無制限）")', () => {
    const pairs = pairsOf(`<table><thead><tr><th>電話番号</th><th>残りデータ量</th><th>総データ量</th><th>有効期限</th></tr></thead><tbody>
      <tr><td>090-0000-5150</td><td colspan="2">23.40GB ご利用（データ量無制限）</td><td>―</td></tr>
      <tr><td rowspan="2">080-0000-5151</td><td>2.35GB</td><td>6GB</td><td>毎月1日にリセット</td></tr>
      <tr><td>1.00GB</td><td>1GB</td><td>2026年12月31日</td></tr></tbody></table>`);
    expect(pairs.filter((p) => p.kind !== 'line' && p.kind !== 'expiry').map((p) => [p.kind, p.value])).toEqual([
      ['used', '23.40GB ご利用(データ量無制限)'],
      ['remaining', '2.35GB'],
      ['remaining', '1.00GB'],
      ['total', '6GB'],
      ['total', '1GB'],
    ]);
    // ("12.85 GB ご利用中のトッピングの残量…": in use, what is left.)
    expect(pairsOf('<dl><dt>データ残量（合計）</dt><dd>12.85 GB ご利用中のトッピングの残量を合計</dd></dl>').map((p) => p.kind)).toEqual(['remaining']);
  });
});

describe('"eSIM" as a menu item and as the value of "SIM Type" on one page', () => {
  it('labels nothing in the table, whatever it was in the menu', () => {
    const pairs = pairsOf(`<ul><li>Japan SIM</li><li>eSIM</li><li>Support</li></ul>
      <table><tr><th>Phone Number</th><td>080-0000-4417</td></tr><tr><th>SIM Type</th><td>eSIM</td></tr>
      <tr><th>Service Start Date</th><td>19 Nov 2026</td></tr><tr><th>Service End Date</th><td>18 Dec 2026</td></tr></table>`);
    expect(pairs.filter((p) => p.kind === 'line').map((p) => p.value)).not.toContain('19 Nov 2026');
    expect(pairs.filter((p) => p.kind === 'line').map((p) => p.value)).toContain('080-0000-4417');
  });
});

describe('what is left and what was used in one text', () => {
  it('reads both ("<b>4.25 GB</b> remaining of 7 GB · 2.75 GB used")', () => {
    const pairs = pairsOf('<p><b>4.25 GB</b> remaining of 7 GB &nbsp;·&nbsp; 2.75 GB used</p>');
    expect(pairs.map((p) => [p.kind, p.value])).toEqual([
      ['remaining', '4.25 GB of 7 GB'],
      ['used', '2.75 GB'],
    ]);
  });
});

describe('a plan word in a dated row of a history table', () => {
  it('labels nothing ("18 Nov 2026 | goodybag | – | £15.00")', () => {
    const pairs = pairsOf(`<table><tr><td>Date</td><td>Type</td><td>Where</td><td>Cost</td></tr>
      <tr><td>1 Dec 2026</td><td>Data 4MB</td><td>Japan</td><td>£0.80</td></tr><tr><td>18 Nov 2026</td><td>goodybag</td><td>–</td><td>£15.00</td></tr></table>`);
    expect(pairs.filter((p) => p.kind === 'plan')).toEqual([]);
    expect(pairsOf('<dl><dt>goodybag</dt><dd>£15 goodybag</dd></dl>').map((p) => [p.kind, p.value])).toEqual([['plan', '£15 goodybag']]);
  });
});

describe('an ARIA grid in each of several cards of one kind', () => {
  it("reads each card's grid by its roles, not the cards as a table's rows", () => {
    const card = (left: string) => `<div class="sim-card"><div class="head">090-0000-3141</div><div class="k">プラン</div><div class="v">ギガプラン</div>
      <div class="coupon" role="table"><div role="columnheader">内訳</div><div role="columnheader">残量／付与量</div><div role="columnheader">有効期限</div>
      <div role="cell">当月分</div><div role="cell">${left}／10.00GB</div><div role="cell">2027年01月31日</div></div><div class="k">合計</div></div>`;
    const pairs = pairsOf(`<section>${card('9.00GB')}${card('2.00GB')}</section>`);
    expect(pairs.filter((p) => p.kind === 'remaining').map((p) => p.value)).toEqual(['9.00GB/10.00GB', '2.00GB/10.00GB']);
  });
});

describe('a figure label with the period it covers in brackets', () => {
  it('labels the figure under it ("データ利用量（2026/12/01〜2026/12/31）" over "8.42GB")', () => {
    const pairs = pairsOf('<div><div class="l">データ利用量（2026/12/01〜2026/12/31）</div><div class="d">8.42GB</div></div>');
    expect(pairs.map((p) => [p.kind, p.value])).toEqual([['used', '8.42GB']]);
    // (A date alone in brackets, "有効期限（2026/11/30）", is no period.)
    expect(pairsOf('<p>有効期限（2026/11/30）</p>').filter((p) => p.kind === 'used')).toEqual([]);
  });
});

describe('words that look like labels but name something else', () => {
  it("takes a menu's link for a page's name, not a label (\"用量查詢\" among links)", () => {
    // (A menu of as many links as the boxes beside it, half of them label words: no column of labels.)
    const pairs = pairsOf(`<div class="menu"><a href="/myaccount/">我的戶口</a><a href="/usage.html" class="cur">用量查詢</a><a href="/refill.html">網上增值</a><a href="/roaming/">漫遊數據套餐</a></div>
      <div class="wrap"><div class="box"><h2>儲值卡資料</h2><p>手機號碼 6000 0012</p></div>
      <div class="box"><h2>現有數據套餐</h2><table><tr><td>日本 7日 5GB</td><td>2.3GB / 5GB</td></tr></table></div><div class="box"><p>已過期套餐</p></div><p class="note">以上時間均為香港時間</p></div>`);
    expect(pairs.filter((p) => p.kind === 'used')).toEqual([]);
  });

  it("takes a contract's number for no line's id (\"合約編號 | SM-2611-04821\")", () => {
    const pairs = pairsOf('<div><span class="k">合約編號</span><span>SM-2611-04821</span></div><div><span class="k">ICCID</span><span>8981100000048213390</span></div>');
    expect(pairs.filter((p) => p.kind === 'line').map((p) => p.value)).toEqual(['8981100000048213390']);
  });
});

describe('a figure whose whole or whose sentence comes after it', () => {
  it('reads "<b>High-speed data remaining: 5.2 GB</b> of 7 GB" whole', () => {
    expect(pairsOf('<p><b>High-speed data remaining: 5.2 GB</b> of 7 GB</p>').map((p) => [p.kind, p.value])).toEqual([['remaining', '5.2 GB of 7 GB']]);
  });

  it('reads a figure in the first sentence of a note ("High-speed data used this month: 1.8 GB. Your 7GB …")', () => {
    const pairs = pairsOf('<p class="fine">High-speed data used this month: 1.8 GB. Your 7GB high-speed allowance resets on January 1, 2027. After it is used up, data continues.</p>');
    expect(pairs.filter((p) => p.kind === 'used').map((p) => p.value)).toEqual(['1.8 GB']);
  });
});

describe('a size\'s bare word ("データ量", "容量")', () => {
  const box = (name: string, size: string, left: string) =>
    `<table><caption>${name}</caption><tr><th>データ量</th><td>${size}</td></tr><tr><th>残量</th><td>${left}</td></tr><tr><th>有効期限</th><td>2026年12月31日</td></tr></table>`;

  it('names the whole of a small box whose other row is what is left', () => {
    const pairs = pairsOf(box('繰越', '1.52GB', '0.00GB'));
    expect(pairs.filter((p) => p.kind === 'total' || p.kind === 'remaining').map((p) => [p.kind, p.value])).toEqual([
      ['total', '1.52GB'],
      ['remaining', '0.00GB'],
    ]);
  });

  it('names nothing alone, nor as a heading over columns', () => {
    expect(pairsOf('<table><tr><th>データ量</th><td>4.21GB</td></tr></table>').filter((p) => p.kind === 'total')).toEqual([]);
    const columns = pairsOf(
      '<table><thead><tr><th>区分</th><th colspan="2">容量</th><th>有効期限</th></tr><tr><th>残容量</th><th>付与量</th></tr></thead><tbody><tr><td>繰り越し</td><td>2.10GB</td><td>―</td><td>2026/12/31</td></tr></tbody></table>',
    );
    expect(columns.filter((p) => p.kind === 'total').map((p) => p.label)).not.toContain('容量');
  });
});

describe('a size\'s bare word heading a column', () => {
  it('names the whole beside the column of what is left ("内訳 | 容量 | 残量 | 有効期限")', () => {
    const pairs = pairsOf(
      '<table><thead><tr><th>内訳</th><th>容量</th><th>残量</th><th>有効期限</th></tr></thead><tbody><tr><td>1GB追加オプション</td><td>1.00GB</td><td>0.74GB</td><td>2026年12月31日</td></tr></tbody></table>',
    );
    expect(pairs.filter((p) => p.kind === 'total').map((p) => p.value)).toEqual(['1.00GB']);
  });

  it('names nothing without that column ("内訳 | 容量 | 有効期限")', () => {
    const pairs = pairsOf('<table><thead><tr><th>内訳</th><th>容量</th><th>有効期限</th></tr></thead><tbody><tr><td>1GB追加オプション</td><td>1.00GB</td><td>2026年12月31日</td></tr></tbody></table>');
    expect(pairs.filter((p) => p.kind === 'total')).toEqual([]);
  });
});

describe('a size word with what it sizes before it ("繰越容量", "基本データ量", "追加購入量")', () => {
  it('names the whole of its box beside what is left, but "今月の使用データ量" stays what was used', () => {
    const pairs = pairsOf('<table><caption>繰越</caption><tr><th>残量</th><td>0.85GB</td></tr><tr><th>繰越容量</th><td>1.20GB</td></tr><tr><th>有効期限</th><td>2026年12月31日</td></tr></table>');
    expect(pairs.filter((p) => p.kind === 'total').map((p) => p.value)).toEqual(['1.20GB']);
    const bought = pairsOf('<table><caption>有料データ</caption><tr><th>追加購入量</th><td>0.50GB</td></tr><tr><th>残りデータ量</th><td>0.50GB</td></tr></table>');
    expect(bought.filter((p) => p.kind === 'total').map((p) => [p.label, p.value])).toEqual([['追加購入量', '0.50GB']]);
    const used = pairsOf('<table><tr><th>残量</th><td>0.85GB</td></tr><tr><th>今月の使用データ量</th><td>0.35GB</td></tr></table>');
    expect(used.filter((p) => p.kind === 'total')).toEqual([]);
  });
});

describe("the user's name for a SIM", () => {
  const lines = (html: string) => pairsOf(html).filter((p) => p.kind === 'line').map((p) => p.value);

  it('is the text right before a rename action ("✎ 修改名稱"), or holding it in a titled span', () => {
    expect(lines('<div><span class="name">媽媽的手機</span><a class="edit" href="#rename">✎ 修改名稱</a></div><dl><dt>剩餘流量</dt><dd>3.2GB</dd></dl>')).toEqual(['媽媽的手機']);
    expect(lines('<div class="name">東京旅遊 <span class="edit" title="修改名稱">✎ 修改名稱</span></div>')).toEqual(['東京旅遊']);
  });

  it('is the text of an element classed or marked as its name ("nick", data-field="nickname", "EsimCard_name__Y2mR1")', () => {
    expect(lines('<div class="nick">我的东京出差卡</div>')).toEqual(['我的东京出差卡']);
    expect(lines('<h2><span data-field="nickname">Tokyo trip</span></h2>')).toEqual(['Tokyo trip']);
    expect(lines('<span class="EsimCard_name__Y2mR1">東京出差</span>')).toEqual(['東京出差']);
  });

  it('is no figure, date or label so marked', () => {
    expect(lines('<div class="nick">3GB / 8天</div><div class="nick">2026/12/31</div><div class="nick">剩余流量</div>')).toEqual([]);
  });
});

describe('"A of B left" in one text, or apart', () => {
  it('reads what is left of the whole ("12.4GB of 20GB left"; "<b>8.3GB</b> of 20GB left")', () => {
    const at = (html: string) => pairsOf(html).filter((p) => p.kind === 'remaining').map((p) => p.value);
    expect(at('<div><span class="label">Data</span><span class="value">12.4GB of 20GB left</span></div>')).toEqual(['12.4GB / 20GB']);
    expect(at('<div><span class="label">Data</span><span><strong>8.3GB</strong> of 20GB left</span></div>')).toEqual(['8.3GB / 20GB']);
  });
});

describe('a card that offers to rename itself and shows no number', () => {
  const card = (head: string, body: string) => `<section class="cd"><h2><span>${head}</span><span class="st">利用中</span></h2><table><tr><th>プラン</th><td>データeSIM 10GB/30日</td></tr>${body}</table><p><a href="/mypage/lines/3/rename">表示名を変更</a></p></section>`;
  const lines = (html: string) => pairsOf(html).filter((p) => p.kind === 'line').map((p) => p.value);

  it('is named by its heading ("実家用iPad")', () => {
    expect(lines(card('実家用iPad', '<tr><th>データ残量</th><td>6.25GB / 10.00GB</td></tr>'))).toEqual(['実家用iPad']);
  });

  it('is named by its number where it shows one', () => {
    expect(lines(card('データSIM', '<tr><th>電話番号</th><td>080-0000-8282</td></tr>'))).toEqual(['080-0000-8282']);
  });
});

describe("a plan's cell with a note under its name", () => {
  it('is the plan by its own text ("日本无限流量月卡", not its note)', () => {
    const pairs = pairsOf(`<table><thead><tr><th>号码</th><th>套餐</th><th>流量</th></tr></thead><tbody>
      <tr><td>070-0000-1180</td><td>日本无限流量月卡<div class="secondary">高速流量用完后限速 1Mbps</div></td><td>高速流量剩余 21.5GB / 30GB</td></tr></tbody></table>`);
    expect(pairs.filter((p) => p.kind === 'plan').map((p) => p.value)).toEqual(['日本无限流量月卡']);
  });
});

describe('a card title with a nickname caption right under it', () => {
  it('is the line\'s name ("<h2>東京出差用</h2><div>eSIM 暱稱 · 可於設定中修改</div>")', () => {
    const pairs = pairsOf(`<article class="card"><span class="badge">使用中</span><h2 class="title">東京出差用</h2><div class="sub">eSIM 暱稱 · 可於設定中修改</div>
      <dl><div><dt>方案</dt><dd>日本 10GB / 15天</dd></div><div><dt>剩餘流量</dt><dd>6.5GB / 10GB</dd></div></dl></article>`);
    expect(pairs.filter((p) => p.kind === 'line').map((p) => p.value)).toEqual(['東京出差用']);
  });
});

describe("a rename action in a card's line of facts", () => {
  it('names the line by the text right above that line ("Kyoto trip – Aya" over "Moshi Moshi · Japan <a>Rename</a>")', () => {
    const pairs = pairsOf('<div class="top"><div><div class="op">Kyoto trip – Aya</div><div class="country">Moshi Moshi · Japan <a href="#" class="rename">Rename</a></div></div><span>Active</span></div>');
    expect(pairs.filter((p) => p.kind === 'line').map((p) => p.value)).toEqual(['Kyoto trip – Aya']);
  });
});

describe('two sentences, the second about a charge', () => {
  it('("Your data has been used up. Charge 1GB / 1Day …") label no used figure', () => {
    const pairs = pairsOf('<table><tr><th>Remaining Data</th><td>0MB</td></tr></table><p>Your data has been used up. Charge 1GB / 1Day (Max 23:59) for 500 yen (incl. tax) to continue.</p>');
    expect(pairs.map((p) => [p.kind, p.value])).toEqual([['remaining', '0MB']]);
  });
});
