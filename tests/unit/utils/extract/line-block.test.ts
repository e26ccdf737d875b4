import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../tools/extract-page';

/** Classes of the line reader (utils/extract/line-block.ts), each on a small page of its own. */

const NOW = new Date('2026-12-02T10:00:00+09:00');
const read = (body: string, url = 'https://www.giffgaff.com/dashboard') =>
  extractFromHtml(`<!doctype html><html lang="en"><body>${body}</body></html>`, url, NOW);
/** A page of the blind corpus (tests/fixtures/blind), read at its writer's address and time. */
const blindPage = (name: string) => {
  const file = path.resolve(__dirname, '../../../fixtures/blind', name);
  const { url, now } = JSON.parse(readFileSync(`${file}.expected.json`, 'utf8')) as { url: string; now: string };
  return extractFromHtml(readFileSync(`${file}.html`, 'utf8'), url, new Date(now));
};

describe('unlimited data', () => {
  it('is not said by "Unlimited" under a minutes or texts label', () => {
    const r = read(`
      <h2>Your bundle</h2>
      <div class="row"><span>Data remaining</span><span>4GB of 10GB</span></div>
      <div class="row"><div>Calls</div><div><b>Unlimited</b></div></div>
      <div class="row"><span>Texts</span><span>Unlimited</span></div>`);
    expect(r.readings[0]?.remainingMB).toBe(4096);
    expect(r.readings[0]?.unlimited).toBe(false);
  });

  it('is still said by "Unlimited" under a data label', () => {
    const r = read(`
      <div class="row"><span>Data</span><span>Unlimited</span></div>
      <div class="row"><span>Renews on</span><span>20 December 2026</span></div>`);
    expect(r.readings[0]?.unlimited).toBe(true);
  });

  it('is not said by a sale banner or by an expired package', () => {
    const r = read(
      `<div role="banner">期間限定！データ使い放題(24時間)がお得なセール実施中</div>
      <article><h3>データ追加3GB(30日間)</h3><dl><dt>残量</dt><dd>1.5GB / 3GB</dd><dt>有効期限</dt><dd>2026年12月20日</dd></dl></article>
      <details><summary>過去のトッピング</summary><p>データ使い放題(24時間) 2026年10月3日まで（期限切れ）</p></details>`,
      'https://shop.povo.jp/manage/order',
    );
    expect(r.readings[0]?.remainingMB).toBe(1536);
    expect(r.readings[0]?.unlimited).toBe(false);
  });
});

describe("the SIM's own validity", () => {
  it('is the expiry beside the number and away from the data, when the data has its own', () => {
    const r = read(
      `<section><h2>預付卡</h2><dl><dt>電話號碼</dt><dd>5123 4567</dd><dt>餘額</dt><dd>HK$20.00</dd><dt>有效期至</dt><dd>2027年5月1日</dd><dt>狀態</dt><dd>正常</dd></dl></section>
       <section><h2>數據套餐</h2><div>亞洲數據 3GB</div><dl><dt>剩餘數據</dt><dd>1.5GB / 3GB</dd><dt>到期時間</dt><dd>2026年12月9日 23:59</dd></dl></section>`,
      'https://1cm.hk.chinamobile.com/account/overview.html',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-09T23:59:00+08:00');
    expect(r.readings[0]?.lineValidUntil).toBe('2027-05-01T23:59:59+08:00');
  });

  it('is not claimed when the only expiry stands with the number', () => {
    const r = read(
      `<dl><dt>電話號碼</dt><dd>5123 4567</dd><dt>有效期至</dt><dd>2027年5月1日</dd></dl><dl><dt>剩餘數據</dt><dd>1.5GB</dd></dl>`,
      'https://1cm.hk.chinamobile.com/account/overview.html',
    );
    expect(r.readings[0]?.expiresAt).toBe('2027-05-01T23:59:59+08:00');
    expect(r.readings[0]?.lineValidUntil).toBeNull();
  });
});

describe('a countdown', () => {
  it("in hours and minutes is the data's expiry, before the card's own validity", () => {
    const r = read(
      `<table><tr><th>手机号码</th><td>090-0000-1111</td></tr><tr><th>当前套餐</th><td>日本日租 1GB/24小时</td></tr>
       <tr><th>今日流量</th><td>剩余 0.5GB / 共 1GB</td></tr>
       <tr><th>套餐剩余时间</th><td><span>剩余 3小时20分</span></td><th>卡有效期至</th><td>2027-06-30</td></tr></table>`,
      'https://m.sim-shop.example/member/card',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-02T13:20:00+09:00');
    expect(r.readings[0]?.lineValidUntil).toBe('2027-06-30T23:59:59+09:00');
  });
});

describe("a line's id", () => {
  it('keeps its capital letters and ends at a separator ("卡号 JP123 · plan")', () => {
    const r = read(
      `<div class="hero"><div>卡号 JP55500011 · 日本流量卡 5GB</div><div>剩余流量</div><div>1 GB / 5 GB</div></div>
       <div><span>卡号</span><span>JP55500011</span></div><div><span>剩余时间</span><span>10小时</span></div>`,
      'https://m.sim-shop.example/card',
    );
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.line).toBe('JP55500011');
  });
});

describe("a bucket's name", () => {
  it("is the caption right before its table, not another figure's label inside it", () => {
    const r = read(
      `<table><tr><th>電話番号</th><td>090-0000-3333</td></tr></table>
       <div><p class="cap">くりこし</p><table><tr><th>前月からの繰越データ残量</th><td>1.00GB</td></tr></table>
       <p class="cap">今月分</p><table><tr><th>ご契約プランのデータ量</th><td>5.00GB</td></tr><tr><th>当月データ残量</th><td>3.00GB</td></tr></table></div>`,
      'https://re61.my.ymobile.jp/resfe/top/',
    );
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['くりこし', '今月分']);
    expect(r.readings[0]?.remainingMB).toBe(4096);
  });

  it('is still a title inside its box', () => {
    const r = read(
      `<div>090-0000-3333</div><section><h3>データ追加1GB</h3><p>残量 0.5GB</p><p>有効期限 2026年12月20日</p></section>
       <section><h3>データボーナス</h3><p>残量 0.2GB</p><p>有効期限 2026年12月10日</p></section>`,
      'https://shop.povo.jp/manage/order',
    );
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['データ追加1GB', 'データボーナス']);
  });
});

describe('an allowance whose own expiry has passed', () => {
  const page = (ended: string) =>
    read(
      `<div>電話番号 090-0000-4444</div>
       <section><div class="tile"><div>データ追加3GB(30日間)</div><div><span>残量</span><span>2.00GB / 3.00GB</span></div><div><span>有効期限</span><span>2026年12月20日</span></div></div></section>
       <section><h2>終わったトッピング</h2><div class="tile"><div>データ追加1GB(7日間)</div><div><span>残量</span><span>0.50GB / 1.00GB</span></div><div><span>有効期限</span><span>${ended}</span></div></div></section>`,
      'https://shop.povo.jp/manage/data-usage',
    );

  it("takes no part in the line's remaining data or total", () => {
    const r = page('2026年11月28日');
    expect(r.readings[0]?.remainingMB).toBe(2048);
    expect(r.readings[0]?.totalMB).toBe(3072);
    expect(r.readings[0]?.expiresAt).toBe('2026-12-20T23:59:59+09:00');
  });

  it('still counts while current', () => {
    expect(page('2026年12月28日').readings[0]?.remainingMB).toBe(2560);
  });
});

describe('an "expired" word with a count ("已過期 (2)")', () => {
  it('is a filter tab, not a badge that ends the line', () => {
    const r = read(`<div class="tabs"><span>使用中 (1)</span><span>已過期 (2)</span></div>
      <div>ICCID 89440000000000001234</div><div><span>Data left</span> <span>1 GB of 3 GB</span></div>`);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.remainingMB).toBe(1024);
  });
});

describe('a table of coupons with a granted-amount column', () => {
  const page = (granted: string) =>
    read(
      `<div>090-0000-6666</div><p>データ残量（合計） <strong>3.50</strong>GB</p>
       <table><thead><tr><th>内訳</th><th>残量</th><th>付与量</th><th>有効期限</th></tr></thead><tbody>
       <tr><td>前月繰越分</td><td>1.50GB</td><td>${granted}</td><td>2026年12月31日</td></tr>
       <tr><td>当月分</td><td>2.00GB</td><td>2.00GB</td><td>2027年01月31日</td></tr></tbody></table>`,
      'https://www.iijmio.jp/member/',
    );

  it("reads 付与量 as each bucket's total, and the line's total only when every bucket states one", () => {
    const open = page('－');
    expect(open.readings[0]?.buckets.map((b) => b.totalMB)).toEqual([null, 2048]);
    expect(open.readings[0]?.totalMB).toBeNull();
    expect(open.readings[0]?.remainingMB).toBe(3584);
    expect(page('3.00GB').readings[0]?.totalMB).toBe(5120);
  });
});

describe('付与データ量 (the data granted) in a row under each bucket', () => {
  it("is that bucket's total", () => {
    const bucket = (name: string, left: string, granted: string) =>
      `<table><tr><th colspan="2">${name}</th></tr><tr><td>残りデータ量</td><td>${left}</td></tr><tr><td>付与データ量</td><td>${granted}</td></tr></table>`;
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-7410</dd><dt>料金プラン</dt><dd>シンプル2 S</dd></dl>
       <div>${bucket('繰越データ量', '1.50GB', '2.00GB')}${bucket('基本データ量', '2.75GB', '4.00GB')}</div>`,
      'https://my.ymobile.jp/resfe/top/',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB])).toEqual([
      ['繰越データ量', 1536, 2048],
      ['基本データ量', 2816, 4096],
    ]);
    expect(r.readings[0]?.totalMB).toBe(6144);
  });
});

describe('an eSIM named by the user, on an unlimited plan with a daily quota', () => {
  it('reads "eSIM 名稱" as the line and 每日高速流量 as its total', () => {
    const r = read(
      `<div><span>eSIM 名稱（自訂）</span><span>家族旅行</span></div><div><span>方案名稱</span><span>日本 7天 每日1GB 吃到飽</span></div>
       <div><span>有效期限</span><span>2026/12/08 23:59</span></div>
       <div><div><div>0.5<span>GB</span></div><div>今日高速流量剩餘</div></div><div><div>1<span>GB</span></div><div>每日高速流量</div></div></div>`,
      'https://www.tw-esim.example/esim/123',
    );
    expect(r.readings[0]).toMatchObject({ line: '家族旅行', remainingMB: 512, totalMB: 1024, unlimited: true });
  });
});

describe('an allowance marked ended by its own short status', () => {
  const page = (status: string) =>
    read(
      `<div><span>手机号码</span><span>070-0000-5555</span></div>
       <div class="pkg"><h4>基础流量</h4><div>剩余 500MB / 共 1GB</div><div>流量有效期：2026-12-31</div></div>
       <div class="pkg"><h4>赠送流量</h4><div>剩余 300MB / 共 500MB</div><div>流量有效期：2027-01-15</div></div>
       <div class="pkg"><h4>加油包${status}</h4><div>剩余 0MB / 共 2GB</div><div class="sub">失效日期：2026-12-25</div></div>`,
      'https://m.riben-ka.example/h5/sim',
    );

  it('is no bucket, and its total is no part of the line', () => {
    const r = page('（已失效）');
    expect(r.readings[0]?.buckets.map((b) => b.remainingMB)).toEqual([500, 300]);
    expect(r.readings[0]?.totalMB).toBe(1524);
  });

  it('is still a bucket when only a date label says 失效 ("失效日期")', () => {
    expect(page('').readings[0]?.buckets.map((b) => b.remainingMB)).toEqual([500, 300, 0]);
  });
});

describe('a figure over its caption', () => {
  const tiles = (whole: string) =>
    read(
      `<h1>Travel eSIM 20GB – 15 days</h1><div><span>ICCID</span> <span>8981 2000 0000 7751 330</span></div>
       <div class="tile"><div class="big"><span>7</span>.<span>42</span><small> GB</small></div><div>Remaining data</div><div>${whole}</div></div>
       <div class="tile"><div class="big">3<small> days</small></div><div>Left on your plan</div><div>Counted in Japan time</div></div>`,
      'https://www.sakuramobile.jp/mypage/contracts/esim/',
    );

  it('reads the figure above as what is left and "of 20 GB" below as the whole', () => {
    const r = tiles('of 20 GB');
    expect(r.readings[0]).toMatchObject({ remainingMB: 7598.08, totalMB: 20480 });
    expect(r.readings[0]?.plan).not.toBe('of 20 GB');
  });

  it('reads a count of days over "Left on your plan" as a countdown to the end of that day', () => {
    expect(tiles('of 20 GB').readings[0]?.expiresAt).toBe('2026-12-05T23:59:59+09:00');
  });
});

describe('a number split over elements after its label', () => {
  it('reads whole ("<span>7</span><span>.</span><span>20</span>GB")', () => {
    const r = read(
      `<div>ICCID 89811000000077120453</div><div><div>总剩余流量</div><div><span>7</span><span>.</span><span>20</span><small>GB</small></div><div>共 13GB · 含赠送流量</div></div><div>到期时间 2026-12-10</div>`,
      'https://m.riben-ka.example/h5/card',
    );
    expect(r.readings[0]?.remainingMB).toBe(7372.8);
  });
});

describe('a usage table keyed by day ("1 Dec 2026 | 412 MB")', () => {
  it('is history: its figures are no usage of now', () => {
    const r = read(
      `<div>ICCID 89810300000044170211</div><div><span>Data left</span> <span>3.75 GB of 15 GB</span></div>
       <table><thead><tr><th>Date</th><th>Used</th></tr></thead><tbody><tr><td>1 Dec 2026</td><td>412 MB</td></tr><tr><td>30 Nov 2026</td><td>1.1 GB</td></tr></tbody></table>`,
    );
    expect(r.readings[0]?.remainingMB).toBe(3840);
    expect(r.readings[0]?.usedMB).toBeNull();
  });
});

describe("a bucket table's name column", () => {
  it('names each row, in words a label also uses, and never by a bracketed note', () => {
    const r = read(
      `<div>電話番号 090-0000-6672</div>
       <table><thead><tr><th>種類</th><th>残量</th><th>有効期限</th></tr></thead><tbody>
       <tr><td>くりこしデータ</td><td>1.20GB</td><td>2026年12月31日</td></tr>
       <tr><td>月間データ容量</td><td>21.40GB / 35GB</td><td>2027年1月31日<br><small>（翌月末までくりこし可能）</small></td></tr></tbody></table>`,
      'https://www.uqwimax.jp/mobile/support/member/data/',
    );
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['くりこしデータ', '月間データ容量']);
  });
});

describe('an "expired" badge in a history row', () => {
  it("speaks for that past record, not for the line; and a named figure below a caption is another quantity", () => {
    const r = read(
      `<div><span>SIM電話番号</span>020-0000-4418</div>
       <div class="stat"><div><span>1</span><span>.82</span><small>GB</small></div><div>残りデータ量</div><div>チャージ容量 5.00GB</div></div>
       <div class="stat"><div>2026年12月20日</div><div>データ有効期限</div></div>
       <table><thead><tr><th>チャージ日</th><th>内容</th><th>状態</th></tr></thead><tbody>
       <tr><td>2026/11/21</td><td>データ5GBチャージ</td><td>ご利用中</td></tr><tr><td>2026/09/02</td><td>データ3GBチャージ</td><td>期限切れ</td></tr></tbody></table>`,
      'https://his.mvno.ne.jp/mypage/prepaid/status',
    );
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({ remainingMB: 1863.68, expiresAt: '2026-12-20T23:59:59+09:00' });
  });
});

describe('a table titled as a history ("Pass History")', () => {
  it("gives no usage of now, even in the current pass's row", () => {
    const r = read(
      `<div>Data Pass 5GB / 10 Days</div><div>3.26GB <span>remaining of 5GB</span></div><div><span>Expiry</span><span>6 Dec 2026 18:45</span></div>
       <h2>Pass History</h2><table><thead><tr><th>Pass</th><th>Purchased</th><th>Status</th><th>Used</th></tr></thead>
       <tbody><tr><td>Data Pass 5GB / 10 Days</td><td>26 Nov 2026</td><td>Active</td><td>1.74GB</td></tr><tr><td>Data Pass 1GB</td><td>29 Sep 2026</td><td>Expired</td><td>0.98GB</td></tr></tbody></table>`,
      'https://1cm.hk.chinamobile.com/en/prepaid/my-account/usage.html',
    );
    expect(r.readings[0]?.remainingMB).toBeCloseTo(3338.24);
    expect(r.readings[0]?.usedMB).toBeNull();
  });
});

describe("a monthly plan's bucket with a renewal date (次回更新日)", () => {
  it('has no expiry: the month renews it', () => {
    const r = read(
      `<table><tr><th>電話番号</th><td>080-0000-5521</td></tr></table>
       <table><caption>くりこしデータ</caption><tr><th>残りデータ量</th><td>1.52GB</td></tr><tr><th>有効期限</th><td>2026/12/31</td></tr></table>
       <table><caption>基本データ</caption><tr><th>データ容量</th><td>20.00GB</td></tr><tr><th>残りデータ量</th><td>14.21GB</td></tr><tr><th>次回更新日</th><td>2027/01/01</td></tr></table>`,
      'https://my.ymobile.jp/muc/d/webLink/doSend/MRERE0000',
    );
    expect(r.readings[0]?.buckets.map((b) => b.expiresAt)).toEqual(['2026-12-31T23:59:59+09:00', null]);
  });
});

describe('cards of named eSIMs with a blank or a cancelled one', () => {
  const page = (status: string) =>
    read(
      `<p>所有時間均為日本時間。</p>
       <article><div>大阪旅行</div><div>日本 eSIM 10GB｜15天</div><span>使用中</span>
         <div><p>2.75<small>GB</small></p><p>剩餘流量</p></div><div><p>10<small>GB</small></p><p>總流量</p></div><div><p>2026/12/09 18:00</p><p>到期時間</p></div></article>
       <article><div>沖繩</div><div>日本 eSIM 5GB｜7天</div><span>${status}</span>
         <div><p>—</p><p>剩餘流量</p></div><div><p>5<small>GB</small></p><p>總流量</p></div><div><p>—</p><p>到期時間</p></div></article>`,
      'https://www.hanami-esim.example/pages/my-esims',
    );

  it("reads a dash as no figure: the next caption's figure is not taken for it", () => {
    const r = page('待安裝');
    expect(r.readings.find((x) => x.plan?.includes('5GB'))?.remainingMB ?? null).toBeNull();
  });

  it('takes a card out whose badge joins two ends ("已取消・已退款")', () => {
    const r = page('已取消・已退款');
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({ remainingMB: 2816, totalMB: 10240 });
  });
});

describe('two ended badges in one folded section', () => {
  it('take that section out once; the line stays', () => {
    const r = read(
      `<div>手机号 080-0000-7264</div>
       <div class="item"><span>基础流量（12月）</span><span>剩余 12.5GB / 共 20GB</span><span>有效期至 2026-12-31</span></div>
       <div class="item"><span>赠送流量</span><span>剩余 1GB / 共 1GB</span><span>有效期至 2027-01-10</span></div>
       <div class="fold"><div>已失效流量（1）</div><div class="item"><span>基础流量（11月） <span>已过期</span></span><span>剩余 2.3GB / 共 20GB</span><span>有效期至 2026-11-30</span><span>已失效</span></div></div>`,
      'https://m.liuliang.example/h5/flow',
    );
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.remainingMB).toBe(13824);
  });
});

describe('rings with a Japanese caption after each figure ("1.20GB 残り", "1.62GB 残り / 4GB")', () => {
  const page = read(
    `<div><span>ご利用回線</span><span>090-0000-6604</span></div><div>データ残量（合計）<br><span>3.79</span><small>GB</small></div>
     <div class="ring"><div class="txt"><span>1.20<small>GB</small></span><span>残り</span></div><h3>くりこしデータ</h3><p>有効期限：2026年12月31日</p></div>
     <div class="ring"><div class="txt"><span>1.62<small>GB</small></span><span>残り / 4GB</span></div><h3>月間データ容量</h3><p>毎月1日に4GBを付与</p></div>
     <div class="ring"><div class="txt"><span>0.97<small>GB</small></span><span>残り / 1GB</span></div><h3>追加データ（1GB）</h3><p>有効期限：2027年1月31日</p></div>`,
    'https://www.uqwimax.jp/mobile/support/member/data/',
  );

  it('reads each ring as a bucket named by its own heading, not by how it recurs', () => {
    expect(page.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB])).toEqual([
      ['くりこしデータ', 1228.8, null],
      ['月間データ容量', 1658.88, 4096],
      ['追加データ（1GB）', 993.28, 1024],
    ]);
  });

  it('takes no line total from one ring', () => {
    expect(page.readings[0]?.totalMB).toBeNull();
  });
});

describe('"残り" as a label before its value', () => {
  it('is not a caption of the figure before it ("<dt>合計</dt><dd>5GB</dd><dt>残り</dt><dd>3GB</dd>")', () => {
    const r = read(
      `<div>電話番号 090-0000-1111</div><dl><dt>合計</dt><dd>5GB</dd><dt>残り</dt><dd>3GB</dd><dt>有効期限</dt><dd>2026年12月31日</dd></dl>`,
      'https://www.uqwimax.jp/mobile/support/member/data/',
    );
    expect(r.readings[0]?.remainingMB ?? null).not.toBe(5120);
    expect(r.readings[0]?.totalMB).toBe(5120);
  });
});

describe('one text with several label：value pieces, under a campaign banner', () => {
  it('reads each piece; the banner names no plan', () => {
    const r = read(
      `<div>【期間限定】データチャージ 1GB が 20%OFF！ 2026年12月1日～2026年12月25日</div>
       <p>電話番号：080-0000-6620\u3000／\u3000ご契約プラン：ミニミニプラン</p><div>データ残量（合計）</div><div>5.27GB</div>`,
      'https://www.uqwimax.jp/mobile/support/member/data/',
    );
    expect(r.readings[0]).toMatchObject({ line: '080-0000-6620', plan: 'ミニミニプラン', remainingMB: 5396.48 });
  });
});

describe('a reset date under an expiry label ("利用期限 | －（2027年1月1日リセット）")', () => {
  it("is the month's renewal, not the allowance's end", () => {
    const r = read(
      `<dl><dt>ご契約電話番号</dt><dd>090-0000-3345</dd></dl>
       <table><thead><tr><th>データ量の種類</th><th>残り / 容量</th><th>利用期限</th></tr></thead><tbody>
       <tr><td>基本データ量</td><td>2.15GB / 6GB</td><td>－（2027年1月1日リセット）</td></tr><tr><td>1GB追加オプション</td><td>1GB / 1GB</td><td>2026年12月末</td></tr></tbody></table>`,
      'https://www.docomo.ne.jp/mydocomo/data/',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-31T23:59:59+09:00');
    expect(r.readings[0]?.buckets.map((b) => b.expiresAt)).toEqual([null, '2026-12-31T23:59:59+09:00']);
  });
});

describe('an English date over its caption, the caption carrying its zone ("Plan expires (GMT+8, Hong Kong time)")', () => {
  it('is the expiry at that time in that zone; a date beside its own label in a grid stays its own', () => {
    const r = read(
      `<p>Japanese number <b>+81 70-0000-6613</b></p>
       <div class="stat"><strong>2.75 GB</strong><span>Remaining data</span></div>
       <div class="stat"><strong>15 Dec 2026, 18:00</strong><span>Plan expires (GMT+8, Hong Kong time)</span></div>`,
      'https://www.nihon-sim.example/account/overview',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-15T18:00:00+08:00');
    const grid = read(
      `<div class="kv"><div>Japanese phone number</div><div>080-0000-7730</div><div>Service Start Date</div><div>Nov 16, 2026</div>
       <div>Service End Date</div><div>Dec 15, 2026 <span>11:59 PM</span> (JST)</div><div>Data remaining</div><div>4.6 GB of 7 GB</div></div>`,
      'https://www.mobal.com/myaccount/services',
    );
    expect(grid.readings[0]?.expiresAt).toBe('2026-12-15T23:59:00+09:00');
  });
});

describe('a column of labels beside a column of values', () => {
  it('pairs each label with the value at its place', () => {
    const r = read(
      `<div class="grid"><div class="labels"><div>日本門號</div><div>方案</div><div>卡片狀態</div><div>剩餘流量</div><div>SIM卡有效期限</div></div>
       <div class="values"><div>080-0000-7712</div><div>日本門號卡 語音+數據 10GB</div><div>使用中</div><div><span>6.4</span><span>GB</span></div><div>2027/01/15</div></div></div>`,
      'https://www.sakura-sim-tw.example/mypage',
    );
    expect(r.readings[0]).toMatchObject({ line: '080-0000-7712', plan: '日本門號卡 語音+數據 10GB', remainingMB: 6553.6 });
  });
});

describe('values that end where another field starts or that reset', () => {
  it('stops an expiry at "激活时间", and a reset date is no expiry', () => {
    const r = read(
      `<p>本页面所有时间均为北京时间</p><div><span>ICCID</span><span>89810300000012345678</span><span>剩余流量</span><span>12.5GB / 20GB</span>
       <span>到期时间</span><span>2026-12-20 18:00</span><span>激活时间</span><span>2026-11-20 18:00</span></div>`,
      'https://www.riben-liuliang.example/user/esim',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-20T18:00:00+08:00');
    const reset = read(
      `<div><small>Phone number</small>080-0000-9021</div><div><small>High speed data remaining</small><b>4.6 GB</b> of 7 GB</div>
       <div><small>High speed allowance resets on</small>1 January 2027</div>`,
      'https://www.mobal.com/myaccount/services',
    );
    expect(reset.readings[0]?.expiresAt).toBeNull();
  });
});

describe('a countdown whose caption ends its box ("<strong>5</strong>小時<strong>30</strong>分<span>剩餘時間</span>")', () => {
  it('is the instant now + that', () => {
    const r = read(
      `<div class="box"><div>eSIM 名稱</div><h2>阿明的iPhone</h2><div class="stats"><div class="stat"><strong>5</strong>小時<strong>30</strong>分<span>剩餘時間</span></div>
       <div class="stat"><strong>吃到飽</strong><span>流量</span></div></div></div>`,
      'https://www.tokyo-wifi-ka.example/member/esim',
    );
    expect(Date.parse(r.readings[0]?.expiresAt ?? '')).toBe(Date.parse('2026-12-02T15:30:00+09:00'));
  });
});

describe('a field captioned by its own label that is not the plan ("<small>Data</small>Unlimited Data Plan (…)")', () => {
  it('names no plan', () => {
    const r = read(
      `<div><small>Phone number</small>080-0000-9021</div><div><small>Data</small>Unlimited Data Plan (Includes 7GB of high speed data)</div>
       <div><small>High speed data remaining</small><b>4.6 GB</b> of 7 GB</div>`,
      'https://www.mobal.com/myaccount/services',
    );
    expect(r.readings[0]?.plan).not.toBe('Unlimited Data Plan (Includes 7GB of high speed data)');
    expect(r.readings[0]?.remainingMB).toBeCloseTo(4710.4);
  });
});

describe('a reset date under an expiry label on a prepaid reseller page', () => {
  it('is no end either (the allowance starts again that day)', () => {
    const r = read(
      `<p>所有时间均为北京时间</p><div><span>ICCID</span><span>89810300000012345678</span></div><div><span>剩余流量</span><span>1.5GB / 2GB</span></div>
       <div><span>到期时间</span><span>－（2026-12-03 00:00 重置）</span></div>`,
      'https://www.riben-liuliang.example/user/esim',
    );
    expect(r.readings[0]?.remainingMB).toBe(1536);
    expect(r.readings[0]?.expiresAt).toBeNull();
  });
});

describe('a note whose later sentence dates its allowance', () => {
  const page = (note: string) =>
    read(`<p>Your number</p><p>07700 900456</p>
      <section><p>Your goodybag</p><h2>£15 goodybag</h2><div><span>Data left</span><span><b>21.4GB</b> of 35GB</span></div>
        <p>Your £15 goodybag renews on <b>15 December 2026</b>.</p></section>
      <section><h3>Bonus data</h3><p><b>1.5GB</b> left of 2GB</p><p>${note}</p></section>
      <section><p>Credit</p><p>£4.20</p><p>Used for calls and texts outside your goodybag.</p></section>`);

  it('reads "Use it by 31 December 2026" as that allowance\'s end', () => {
    const r = page('Free thank-you data for recycling your old phone. Use it by 31 December 2026.');
    expect(r.readings[0]?.buckets?.[1]?.expiresAt).toBe('2026-12-31T23:59:59+00:00');
    expect(r.readings[0]?.expiresAt).toBe('2026-12-31T23:59:59+00:00');
  });

  it('takes no span of days from a sentence for a date ("… extends it by 30 days.")', () => {
    const r = page('Free thank-you data. Topping up extends its validity 30 days.');
    expect(r.readings[0]?.buckets?.[1]?.expiresAt).toBeNull();
  });

  it('names the bucket by its heading, not by a possessive caption ("Your goodybag")', () => {
    expect(page('Free data.').readings[0]?.buckets?.[0]?.name).toBe('£15 goodybag');
  });

  it('marks an allowance named as a bonus as one, whatever else its box says', () => {
    expect(page('Thanks for recycling your old phone.').readings[0]?.buckets?.[1]?.bonus).toBe(true);
  });
});

describe('a plan without a label', () => {
  const page = (title: string) =>
    read(
      `<h1>${title}</h1><div>ICCID <span>8981200000004471203</span> · docomo network</div>
       <div class="tiles"><div><div>9.3<small>GB</small></div><div>Data left</div></div>
         <div><div>15<small>GB</small></div><div>Plan allowance</div></div>
         <div><div>9<small>days</small></div><div>Until your plan ends</div></div></div>
       <section><h2>Need more data?</h2><div><span>Japan 3GB · 7 days</span><span>$6.50</span></div>
         <div><span>Japan 10GB · 30 days</span><span>$17.00</span></div></section>
       <footer>All times JST</footer>`,
      'https://www.tabidata.example/esims/1',
    );

  it('is no offer beside its price', () => {
    expect(page('My eSIM').readings[0]?.plan).toBeNull();
  });

  it('is named by a page title that states a size or a term', () => {
    expect(page('Japan 15GB · 15 days').readings[0]?.plan).toBe('Japan 15GB · 15 days');
  });

  it('reads "9 days" over "Until your plan ends" as a countdown', () => {
    expect(page('My eSIM').readings[0]?.expiresAt).toBe('2026-12-11T23:59:59+09:00');
  });
});

describe('a Chinese plan label with a kind before it', () => {
  it('is a label ("數據套餐 | 日本 5GB 8日數據漫遊套餐"), never the plan', () => {
    const r = read(
      `<dl><dt>儲值卡號碼</dt><dd>6000 0042</dd></dl><h2>已訂購數據套餐</h2>
       <dl><dt>數據套餐</dt><dd>日本 5GB 8日數據漫遊套餐</dd><dt>剩餘數據</dt><dd>3.27GB / 5GB</dd><dt>套餐有效期至</dt><dd>2026年12月6日 18:00</dd></dl>`,
      'https://1cm.hk.chinamobile.com/tc/prepaid/my-account/overview.html',
    );
    expect(r.readings[0]?.plan).toBe('日本 5GB 8日數據漫遊套餐');
  });
});

describe("a bucket row's label that is a kind of allowance", () => {
  it('names the bucket ("套餐流量 | 剩余 31.26GB / 总量 50GB" beside "赠送流量 | …")', () => {
    const r = read(
      `<div><span>手机号码</span><span>070-0000-3821</span></div>
       <div class="pkg"><div><span>套餐流量</span><span>剩余 <span>31.26</span><span>GB</span> / 总量 <span>50</span><span>GB</span></span></div>
         <div><span>有效期至</span><span>2026-12-19 23:59</span></div></div>
       <div class="pkg"><div><span>赠送流量</span><span>剩余 <span>2</span><span>GB</span> / 总量 <span>2</span><span>GB</span></span></div>
         <div><span>有效期至</span><span>2026-12-09 23:59</span></div></div>`,
      'https://www.tokyo-liuliang.example/user/center/cards',
    );
    expect(r.readings[0]?.buckets?.map((b) => b.name)).toEqual(['套餐流量', '赠送流量']);
  });

  it('names the bucket when the kind is a base package\'s ("基础套餐流量" in embedded state)', () => {
    const r = read(
      `<p>以上时间均为日本时间（UTC+9）</p><script type="application/json" id="__NUXT_DATA__">{"state":{"esimDetail":{"iccid":"8981100000583721946","status":"ACTIVE",
       "flows":[{"name":"基础套餐流量","remainMb":12800,"totalMb":20480,"expireTime":"2026-12-20 23:59:59"},{"name":"流量加油包 3GB","remainMb":3072,"totalMb":3072,"expireTime":"2026-12-15 23:59:59"}]}}}</script>`,
      'https://www.dongjing-sim.example/esim/detail',
    );
    expect(r.readings[0]?.buckets?.map((b) => b.name)).toEqual(['基础套餐流量', '流量加油包 3GB']);
  });
});

describe('an eSIM nickname label (暱稱, 昵称)', () => {
  it.each(['eSIM 暱稱（可自訂）', 'eSIM 昵称'])('"%s" over a name gives the line', (caption) => {
    const r = read(
      `<section><div><p>${caption}</p><p>東京出差用</p></div><span>使用中</span>
       <div><span>剩餘流量</span><span>7.8 GB / 20 GB</span></div><div><span>到期時間</span><span>2026/12/11 23:59</span></div></section>`,
      'https://www.fuji-esim.example/member/esims',
    );
    expect(r.readings[0]?.line).toBe('東京出差用');
  });
});

describe("a bucket's own table", () => {
  it('takes a row naming its data amount by kind ("繰越データ量 | 5.00GB") as its size', () => {
    const r = read(
      `<table><tr><th>ご契約電話番号</th><td>090-0000-1234</td></tr></table>
       <table><caption>前月からの繰越データ</caption><tr><th>残りデータ量</th><td>4.21GB</td></tr><tr><th>繰越データ量</th><td>5.00GB</td></tr><tr><th>有効期限</th><td>2026年12月31日</td></tr></table>
       <table><caption>基本データ容量</caption><tr><th>残りデータ量</th><td>22.60GB</td></tr><tr><th>今月のデータ容量</th><td>30.00GB</td></tr></table>`,
      'https://my.ymobile.jp/resfe/top/',
    );
    expect(r.readings[0]?.buckets?.map((b) => [b.remainingMB, b.totalMB])).toEqual([
      [4311.04, 5120],
      [23142.4, 30720],
    ]);
  });

  it('not a row of a grid naming its bucket ("基本データ容量 | 5.00GB" under 残容量)', () => {
    const r = read(
      `<table><tr><th>ご利用番号</th><td>090-0000-5521</td></tr></table>
       <table><tr><th>内訳</th><th>残容量</th><th>有効期限</th></tr><tr><td>前月繰り越し容量</td><td>1.20GB</td><td>2026/12/31</td></tr>
       <tr><td>基本データ容量</td><td>5.00GB</td><td>2027/01/31</td></tr></table>`,
      'https://my.mineo.jp/mvno_cp/mypage.action',
    );
    expect(r.readings[0]?.buckets?.map((b) => b.totalMB)).toEqual([null, null]);
  });
});

describe('an unlimited heading over nothing in use', () => {
  it.each(['現在利用中のトッピングはありません', '暂无', 'No active passes'])('says no unlimited data ("使い放題" over "%s")', (empty) => {
    const r = read(
      `<div><span>電話番号</span><span>070-0000-5512</span></div><div><span>ご契約プラン</span><span>povo2.0</span></div>
       <div><span>残りデータ量</span><span>13.3GB</span></div><div><span>有効期限</span><span>2026年12月20日</span></div><h3>使い放題</h3><p>${empty}</p>`,
      'https://shop.povo.jp/manage/plan',
    );
    expect(r.readings[0]?.unlimited).toBe(false);
  });
});

describe('a plan name', () => {
  it('leaves out a badge beside it in its cell ("日本无限流量 月卡 <span>热销</span>")', () => {
    const r = read(
      `<table><thead><tr><th>ICCID</th><th>套餐名称</th><th>剩余流量</th><th>到期时间</th></tr></thead>
       <tbody><tr><td>8981100000000012345</td><td>日本无限流量 月卡 <span class="tag">热销</span></td><td>无限流量</td><td>2026-12-28</td></tr></tbody></table>`,
      'https://www.riben-liuliang.example/user/sim',
    );
    expect(r.readings[0]?.plan).toBe('日本无限流量 月卡');
  });

  it('is never a link drawn without <a> ("‹ Back to My eSIMs" with role=link)', () => {
    const r = read(
      `<div role="link" tabindex="0">‹ Back to My eSIMs</div><div>Japan 20GB · 30 Days</div>
       <div><div>Remaining data</div><div>12.4 GB</div></div><div><div>Expires</div><div>Dec 20, 2026 18:00 UTC</div></div>`,
      'https://app.hopjp.example/esims/1',
    );
    expect(r.readings[0]?.plan).toBe('Japan 20GB · 30 Days');
  });
});

describe('usage alone, on a plan billed by use', () => {
  const page = (head: string) =>
    read(
      `${head}<section><h2>データ利用量</h2><div><span>今月の利用量</span><div>1.84GB</div></div>
       <p>集計期間：2026/12/01〜2026/12/31（毎月1日リセット）</p></section>`,
      'https://portal.mobile.rakuten.co.jp/dashboard',
    );

  it("is a reading of the line whose number the page shows", () => {
    const r = page('<div><div>080-0000-7710</div><div>Rakuten最強プラン</div></div>');
    expect(r.readings.map((x) => [x.line, x.usedMB, x.remainingMB, x.expiresAt])).toEqual([['080-0000-7710', 1884.16, null, null]]);
  });

  it('is none where no line is named (a usage panel alone)', () => {
    expect(page('').readings).toEqual([]);
  });
});

describe("a breakdown that adds up to the line's remaining figure", () => {
  const iij = (rows: string) =>
    read(
      `<table><tr><th>電話番号</th><td>090-0000-7781</td></tr><tr><th>残りデータ量</th><td>13.20GB</td></tr></table>
       <table><thead><tr><th>区分</th><th>データ量</th><th>有効期限</th></tr></thead><tbody>${rows}</tbody></table>`,
      'https://www.iijmio.jp/service/setup/hdc/status/',
    );

  it('is the buckets, whatever its amount column is called ("区分 | データ量 | 有効期限")', () => {
    const r = iij('<tr><td>前月繰越</td><td>3.20GB</td><td>2026年12月31日</td></tr><tr><td>当月分</td><td>10.00GB</td><td>2027年01月31日</td></tr>');
    expect(r.readings[0]?.buckets?.map((b) => [b.name, b.remainingMB, b.expiresAt])).toEqual([
      ['前月繰越', 3276.8, '2026-12-31T23:59:59+09:00'],
      ['当月分', 10240, '2027-01-31T23:59:59+09:00'],
    ]);
    expect(r.readings[0]?.remainingMB).toBe(13516.8);
  });

  it('in a list inside a table cell, with its dates written after each amount', () => {
    const r = read(
      `<table><tr><th>電話番号</th><th>データ残量</th><th>内訳（有効期限）</th></tr>
       <tr><td>090-0000-2231</td><td>6.25GB</td><td><ul><li><span>繰越分</span>1.25GB（2026年12月末まで）</li><li><span>当月分</span>5.00GB（2027年01月末まで）</li></ul></td></tr></table>`,
      'https://www.iijmio.jp/service/setup/hdc/status/',
    );
    expect(r.readings[0]?.buckets?.map((b) => [b.name, b.remainingMB, b.expiresAt])).toEqual([
      ['繰越分', 1280, '2026-12-31T23:59:59+09:00'],
      ['当月分', 5120, '2027-01-31T23:59:59+09:00'],
    ]);
  });

  it('is no breakdown when its amounts add up to something else', () => {
    const r = iij('<tr><td>前月繰越</td><td>3.20GB</td><td>2026年12月31日</td></tr><tr><td>当月分</td><td>9.00GB</td><td>2027年01月31日</td></tr>');
    expect(r.readings[0]?.remainingMB).toBe(13516.8);
    expect(r.readings[0]?.buckets).toEqual([]);
  });
});

describe('a name caption under the name it speaks of', () => {
  const card = (head: string, caption: string) =>
    read(
      `<section>${head}<div>${caption}</div>
       <div><span>方案名稱</span><strong>日本 7天 吃到飽</strong></div>
       <div><span>剩餘流量</span><span>7.8 GB / 20 GB</span></div><div><span>到期時間</span><span>2026/12/11 23:59</span></div></section>`,
      'https://www.fuji-esim.example/member/esims',
    );

  it.each([
    ['<div><span>媽媽的iPhone</span><span>已安裝 – 使用中</span></div>', 'eSIM 名稱（可於設定中修改）', '媽媽的iPhone'],
    ['<div><span>東京出差用</span><span>使用中</span></div>', 'eSIM 名稱（可自訂） · <a href="#rename">重新命名</a>', '東京出差用'],
  ])('names the line (%s over %s)', (head, caption, name) => {
    expect(card(head, caption).readings[0]?.line).toBe(name);
  });

  // (The name's "iPhone" is no phone-number label either.)
  it('names the line with an edit hint after the caption ("自定义名称 · 点击可修改")', () => {
    const r = read(
      `<div class="hero"><div>妈妈的iPhone</div><div>自定义名称 · 点击可修改</div></div>
       <div><span>套餐</span><span>日本 无限流量 3天</span></div><div><span>剩余流量</span><span>2.3GB</span></div><div><span>到期时间</span><span>2026-12-05 23:59</span></div>`,
      'https://www.xiaoka.example/esim/detail',
    );
    expect(r.readings[0]?.line).toBe('妈妈的iPhone');
  });

  it('names nothing beside an ended badge, nor from a caption with a value of its own', () => {
    expect(card('<div><span>媽媽的iPhone</span><span>已過期</span></div>', 'eSIM 名稱（可自訂）').readings[0]?.line ?? null).toBeNull();
    expect(card('<div><span>媽媽的iPhone</span><span>使用中</span></div>', '<span>eSIM 名稱</span><span>旅行用</span>').readings[0]?.line).toBe('旅行用');
  });
});

describe('a bucket named with a size in MB ("本地數據 500MB" and a 贈送 badge)', () => {
  it('is named by its own title, not by the badge', () => {
    const r = read(
      `<div><span>號碼</span><span>6123 4567</span></div>
       <div class="pkg"><div>日本漫遊數據 5GB</div><div><span>剩餘</span><span>3.1GB / 5GB</span></div><div><span>到期日</span><span>08/12/2026</span></div></div>
       <div class="pkg"><div>本地數據 500MB<span class="gift">贈送</span></div><div><span>剩餘</span><span>420MB / 500MB</span></div><div><span>到期日</span><span>31/12/2026</span></div></div>`,
      'https://1cm.hk.chinamobile.com/tc/prepaid/my-account',
    );
    expect(r.readings[0]?.buckets?.map((b) => b.name)).toEqual(['日本漫遊數據 5GB', '本地數據 500MB']);
    expect(r.readings[0]?.buckets?.[1]?.bonus).toBe(true);
  });
});

describe('an ended badge under a title of past packages', () => {
  const page = (title: string) =>
    read(
      `<div>ICCID：89811000001234567890</div><div>日本 SoftBank 30天 20GB 高速流量</div>
       <div><div>当前剩余流量</div><div>7.50 GB</div><div>有效期至 2026-12-18 23:59:59</div></div>
       <div class="title">${title}</div>
       <div class="cells"><div class="cell"><div>日本 SoftBank 7天 5GB<div>2026-11-13 至 2026-11-19</div></div><div>已过期</div></div></div>`,
      'https://m.riben-ka.example/h5/card/detail',
    );

  it('speaks for that record, not for the line ("历史套餐")', () => {
    expect(page('历史套餐').readings[0]?.remainingMB).toBe(7680);
  });

  it('still ends the line under a title that names no past ("我的卡片")', () => {
    expect(page('我的卡片').readings).toEqual([]);
  });
});

describe('a figure split from its unit over a caption', () => {
  it('reads "<strong>3.8</strong><em>GB</em><span>剩餘流量</span>" beside "10 GB 總流量", and no days used as data', () => {
    const r = read(
      `<section><div><b>日本 Softbank 上網 30天 10GB</b><span>使用中</span></div>
       <div class="stats"><div><strong>3.8</strong><em>GB</em><span>剩餘流量</span></div><div><strong>10</strong><em>GB</em><span>總流量</span></div>
         <div><strong>8</strong><em>天</em><span>已使用天數</span></div></div>
       <dl><dt>ICCID</dt><dd>89810000112200334455</dd><dt>流量到期</dt><dd>2026/12/24 下午 11:30</dd></dl></section>`,
      'https://www.nihon-net.example/member/orders/esim-status',
    );
    expect(r.readings[0]).toMatchObject({ remainingMB: 3891.2, totalMB: 10240, usedMB: null });
  });
});

describe('an English sentence that starts like a label', () => {
  it('labels nothing ("Remaining data may take up to 1 hour to update" is no countdown)', () => {
    const r = read(
      `<dl><dt>SIM Phone Number</dt><dd>080-0000-6635</dd><dt>Service End Date</dt><dd>2026/12/14</dd><dt>Remaining Data</dt><dd>1,843 MB</dd></dl>
       <ul><li>・Remaining data may take up to 1 hour to update.</li></ul>`,
      'https://www.bmobile.ne.jp/english/visitor/charge/status.html',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-14T23:59:59+09:00');
  });
});

describe('a status word titling a section of ended packages ("已失效")', () => {
  it('ends only the packages under it that carry their own badge, not the line', () => {
    const r = read(
      `<div>ICCID：8981100000000042117</div><div>套餐名称：<span>日本docomo 20GB月卡</span></div>
       <div class="sec"><div class="title">流量明细</div>
         <div class="pkg"><div>套餐流量</div><div><span>剩余</span><span>8.5GB / 20GB</span></div><div><span>到期时间</span><span>2026-12-15 18:00</span></div></div>
         <div class="pkg"><div>流量加油包 3GB</div><div><span>剩余</span><span>3GB / 3GB</span></div><div><span>到期时间</span><span>2027-01-10</span></div></div>
         <div class="title">已失效</div>
         <div class="pkg"><div>流量加油包 1GB</div><span>已过期</span><div><span>剩余</span><span>0.4GB / 1GB</span></div><div><span>到期时间</span><span>2026-11-20</span></div></div></div>
       <div><span>卡片有效期至</span><span>2027-05-31</span></div>`,
      'https://m.dongjing-ka.example/pages/card/detail',
    );
    expect(r.readings[0]?.expiresAt).toBe('2027-01-10T23:59:59+09:00');
    expect(r.readings[0]?.buckets).toHaveLength(2);
  });
});

describe('a countdown in hours and minutes over a caption that counts down ("5 h 30 min" / "until this plan expires")', () => {
  it.each(['5 h 30 min', '5 hrs 30 mins', '5時間30分'])('"%s" ends the plan at now + that, to the minute', (shown) => {
    const r = read(
      `<p>All times are Japan Standard Time (UTC+9).</p><section><h2>8981000000000771209</h2><p>Japan Unlimited 30 Days</p>
       <div><span>${shown}</span> <span>until this plan expires</span></div></section>`,
      'https://www.nihon-data.example/app/lines',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-02T15:30:00+09:00');
  });
});

describe('a number on one card and an ICCID on another card of the same kind', () => {
  it('are two lines when each card holds status of its own (a list of lines, not one line and its SIM)', () => {
    const r = read(
      `<p>All times are Japan Standard Time (UTC+9).</p>
       <div class="card"><h4 class="t">070-0000-3311</h4><div><span>31.25 GB</span> <span>remaining of 50 GB</span></div><div><span>Jan 14, 2027</span> <span>expires</span></div></div>
       <div class="card"><h4 class="t">8981000000000771209</h4><div><span>Unlimited</span> <span>data</span></div><div><span>5 h 30 min</span> <span>until this plan expires</span></div></div>`,
      'https://www.nihon-data.example/app/lines',
    );
    expect(r.readings.map((x) => x.line)).toEqual(['070-0000-3311', '8981000000000771209']);
    expect(r.readings.map((x) => x.unlimited)).toEqual([false, true]);
  });
});

describe('a flat ARIA grid of buckets (role=columnheader cells, then role=cell cells n to a row)', () => {
  it('reads one bucket per row, named by its name column; a next grant date (次回付与日) is no expiry', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-5581</dd><dt>ご契約プラン</dt><dd>コミコミプラン＋</dd></dl>
       <div role="table"><div role="columnheader">内訳</div><div role="columnheader">残量</div><div role="columnheader">有効期限</div>
       <div role="cell">くりこしデータ</div><div role="cell">1.20GB</div><div role="cell">2026年12月末</div>
       <div role="cell">今月のデータ容量</div><div role="cell">30.00GB / 30GB</div><div role="cell">―<br><small>次回付与日 2027年1月1日</small></div>
       <div role="cell">データチャージ 1GB<span class="badge">購入分</span></div><div role="cell">1.00GB / 1.00GB</div><div role="cell">2027年1月30日 23:59まで</div></div>`,
      'https://www.uqwimax.jp/mobile/support/member/data',
    );
    const x = r.readings[0];
    expect(x?.buckets?.map((b) => [b.name, b.remainingMB, b.expiresAt])).toEqual([
      ['くりこしデータ', 1228.8, '2026-12-31T23:59:59+09:00'],
      ['今月のデータ容量', 30720, null],
      ['データチャージ 1GB', 1024, '2027-01-30T23:59:00+09:00'],
    ]);
    expect(x?.expiresAt).toBe('2027-01-30T23:59:00+09:00');
  });
});

describe('a remaining heading over its own figure, in a section with more labels below', () => {
  it('labels that figure ("<h2>残りデータ量</h2><div>18.42 GB / 30GB</div>" then 今月のデータ利用量 …)', () => {
    const r = read(
      `<table><tr><th>電話番号</th><td>080-0000-7712</td></tr><tr><th>ご契約プラン</th><td>ベストプランV</td></tr></table>
       <section><h2>残りデータ量</h2><div><span>18.42</span><span>GB</span> <span>/ 30GB</span></div>
       <table><tr><th>今月のデータ利用量</th><td>11.58GB</td></tr><tr><th>次回リセット日</th><td>2027年1月1日</td></tr></table></section>`,
      'https://care.linemo.jp/mypage/data',
    );
    expect(r.readings[0]?.remainingMB).toBe(18862.08);
    expect(r.readings[0]?.totalMB).toBe(30720);
    expect(r.readings[0]?.expiresAt).toBeNull();
  });
});

describe('a news sentence that shows an example date after an expiry word', () => {
  it('gives no expiry ("有効期限表示を改善しました（例：「2026/12/31まで」）")', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-4417</dd><dt>残容量</dt><dd>3.2GB</dd></dl>
       <ul><li><time>2026/11/05</time>前月繰り越し容量の有効期限表示を改善しました（例：「2026/12/31まで」）。</li></ul>`,
      'https://my.mineo.jp/mypage',
    );
    expect(r.readings[0]?.remainingMB).toBeCloseTo(3276.8);
    expect(r.readings[0]?.expiresAt).toBeNull();
  });
});

describe('a table of allowances with a 付与容量 column and a totals row whose own label names what it sums', () => {
  it('reads the total row once (not as one more bucket), and 付与容量 as each bucket\'s total', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-3817</dd></dl>
       <table><thead><tr><th>種類</th><th>付与容量</th><th>残容量</th><th>有効期限</th></tr></thead><tbody>
       <tr><td>前月繰り越し容量</td><td>2,560MB</td><td>1,280MB</td><td>2026/12/31</td></tr>
       <tr><td>基本データ容量（12月分）</td><td>10,240MB</td><td>10,240MB</td><td>2027/01/31</td></tr></tbody>
       <tfoot><tr><td>ご利用可能な残容量 合計</td><td>—</td><td>11,520MB</td><td>—</td></tr></tfoot></table>`,
      'https://my.mineo.jp/mypage/usage',
    );
    const x = r.readings[0];
    expect(x?.remainingMB).toBe(11520);
    expect(x?.buckets?.map((b) => [b.name, b.remainingMB, b.totalMB])).toEqual([
      ['前月繰り越し容量', 1280, 2560],
      ['基本データ容量（12月分）', 10240, 10240],
    ]);
  });
});

describe('a usage figure that says since when ("2.4 GB used since 1 Dec")', () => {
  it('is what was used this period', () => {
    const r = read(
      `<p>All times in JST.</p><div><span>Japanese phone number</span><span>080-0000-7730</span></div>
       <div><span>High-speed data remaining: <b>4.6 GB</b> of 7 GB</span><span>2.4 GB used since 1 Dec</span></div>`,
      'https://www.mobal.com/myaccount/services',
    );
    expect(r.readings[0]?.usedMB).toBeCloseTo(2457.6);
    expect(r.readings[0]?.remainingMB).toBeCloseTo(4710.4);
  });
});

describe('a question about unlimited plans on an account page (a FAQ\'s summary)', () => {
  it.each(['<details><summary>使い放題のプランはありますか？</summary><p>eximoなら段階制でデータ無制限。</p></details>', '<p>Q：有吃到飽方案嗎？</p>'])(
    'does not make the plan unlimited: %s',
    (faq) => {
      const r = read(
        `<dl><dt>電話番号</dt><dd>090-0000-3812</dd><dt>ご契約プラン</dt><dd>irumo（6GB）</dd><dt>残りデータ量</dt><dd>5.15GB / 6GB</dd></dl>${faq}`,
        'https://www.docomo.ne.jp/mydocomo/data',
      );
      expect(r.readings[0]?.remainingMB).toBeCloseTo(5273.6);
      expect(r.readings[0]?.unlimited).toBe(false);
    },
  );
});

describe('a table of allowances keyed by a kind column ("種別 | データ残量 | 有効期限")', () => {
  it('names each bucket by its first cell, even in the words of a label ("追加データ量" is no total)', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-4417</dd><dt>プラン</dt><dd>10ギガプラン</dd></dl>
       <table><thead><tr><th>種別</th><th>データ残量</th><th>有効期限</th></tr></thead><tbody>
       <tr><td>前月繰越分</td><td>1.21GB</td><td>2026年12月末</td></tr>
       <tr><td>当月分</td><td>10.00GB</td><td>2027年01月末</td></tr>
       <tr><td>追加データ量</td><td>0.64GB</td><td>2026年12月末</td></tr></tbody></table>`,
      'https://www.iijmio.jp/service/setup/hdd/couponstatus/',
    );
    const x = r.readings[0];
    expect(x?.buckets?.map((b) => [b.name, b.remainingMB, b.totalMB])).toEqual([
      ['前月繰越分', 1239.04, null],
      ['当月分', 10240, null],
      ['追加データ量', 655.36, null],
    ]);
    expect(x?.totalMB).toBeNull();
  });
});

describe('labels in one grid column and values in another, tied by aria-labelledby', () => {
  it('reads each value of its label (and a note\'s heading below is no plan)', () => {
    const r = read(
      `<div class="card"><h2>Travel eSIM</h2><div class="spec">
       <div id="k-plan">Plan</div><div id="k-iccid">ICCID</div><div id="k-until">Plan valid until</div><div id="k-data">Remaining data</div>
       <div aria-labelledby="k-plan">Travel eSIM 10 Days (10GB)</div><div aria-labelledby="k-iccid">8981030000001122334</div>
       <div aria-labelledby="k-until">23:59 on December 10, 2026 (JST)</div><div aria-labelledby="k-data">6.72 GB / 10 GB</div></div></div>
       <div class="card"><h3>About your plan period</h3><p>A 10-day plan installed on January 1 can be used until 23:59 on January 10.</p></div>`,
      'https://www.sakuramobile.jp/mypage/esim/',
    );
    const x = r.readings[0];
    expect([x?.line, x?.plan, x?.expiresAt, x?.remainingMB, x?.totalMB]).toEqual([
      '8981030000001122334',
      'Travel eSIM 10 Days (10GB)',
      '2026-12-10T23:59:00+09:00',
      6881.28,
      10240,
    ]);
  });
});

describe('a bucket\'s note in a sentence ("備考 | キャンペーン特典として無料でプレゼントしました")', () => {
  it('does not name the bucket: its heading does', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-2231</dd></dl><div>
       <h2>前月繰り越し容量</h2><dl><dt>残容量</dt><dd>1,230MB</dd><dt>有効期限</dt><dd>2026/12/31</dd></dl>
       <h2>冬のパケットプレゼント</h2><dl><dt>残容量 / 付与容量</dt><dd>1,024MB / 1,024MB</dd><dt>有効期限</dt><dd>2026/12/31</dd>
       <dt>備考</dt><dd>キャンペーン特典として無料でプレゼントしました</dd></dl></div>`,
      'https://my.mineo.jp/mypage/packet',
    );
    expect(r.readings[0]?.buckets?.map((b) => [b.name, b.bonus])).toEqual([
      ['前月繰り越し容量', false],
      ['冬のパケットプレゼント', true],
    ]);
  });
});

describe('a line that has ended by its badge, politely ("ご解約済み")', () => {
  it('gives no reading, and lends no other line its figures', () => {
    const r = read(
      `<section><div><span>090-0000-2201</span><span>ご契約プラン：irumo（9GB）</span></div><table><tr><th>速度低下までの残りデータ量</th><td>6.25GB</td></tr></table></section>
       <section><div><span>080-0000-2202</span><span>ご契約プラン：irumo（3GB）</span></div><table><tr><th>速度低下までの残りデータ量</th><td>0.82GB</td></tr></table></section>
       <section><div><span>070-0000-2203<span class="status">ご解約済み</span></span><span>ご契約プラン：ahamo</span></div><p>データ量は表示されません。</p></section>
       <div class="side">保有ポイント 1,234pt（有効期限：2026年12月31日）</div>`,
      'https://www.docomo.ne.jp/mydocomo/data/',
    );
    expect(r.readings.map((x) => x.line)).toEqual(['090-0000-2201', '080-0000-2202']);
  });
});

describe('a folded section of ended toppings ("<details><summary>有効期限が切れたトッピング")', () => {
  it('adds nothing to what is left or to the total', () => {
    const topping = (name: string, left: string, size: string, date: string) =>
      `<article><div>${name}</div><div><span>残量</span><span>${left}GB / ${size}GB</span></div><div><span>有効期限</span><span>${date}</span></div></article>`;
    const r = read(
      `<div>ご利用中の電話番号 090-0000-4821</div>
       ${topping('データ追加20GB(30日間)', '12.50', '20.00', '2026年12月20日')}
       ${topping('データ追加3GB(30日間)', '0.75', '3.00', '2026年12月9日')}
       <details><summary>有効期限が切れたトッピング（1件）</summary>
         <div><span>データ追加1GB(7日間)</span><span>残量 0.31GB / 1.00GB<br>2026年11月28日 午後11:59 に期限切れ</span></div></details>`,
      'https://shop.povo.jp/manage/order',
    );
    expect(r.readings[0]?.remainingMB).toBe(13568);
    expect(r.readings[0]?.totalMB).toBe(23552);
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['データ追加20GB(30日間)', 'データ追加3GB(30日間)']);
  });
});

describe('"利用可能なデータ量（合計）": what is left, or the month\'s allowance', () => {
  const page = (headline: string) =>
    read(
      `<p>ご利用中の電話番号 080-0000-3317</p>${headline}
       <table><tr><th>今月利用可能なデータ量（合計）</th><td>25.12GB</td></tr></table>
       <table><caption>繰越データ</caption><tr><th>前月からの繰越</th><td>4.12GB</td></tr></table>
       <table><tr><th>今月の使用済みデータ量</th><td>9.75GB</td></tr></table>`,
      'https://my.ymobile.jp/resfe/top/',
    );
  it('is the allowance beside a 残量 headline it differs from', () => {
    const r = page('<p>今月のデータ残量</p><p>15.37<span>GB</span></p>');
    expect(r.readings[0]?.remainingMB).toBe(15738.88);
    expect(r.readings[0]?.totalMB).toBe(25722.88);
  });
  it('is what is left when the headline says the same', () => {
    const r = page('<p>今月のデータ残量</p><p>25.12<span>GB</span></p>');
    expect(r.readings[0]?.remainingMB).toBe(25722.88);
    expect(r.readings[0]?.totalMB).toBe(null);
  });
  it("is one bucket's size, not the line's, in that bucket's own table", () => {
    const r = read(
      `<p>ご利用中の電話番号 090-0000-1234</p>
       <table><tr><th>追加料金課金までの残りデータ量（合計）</th><td>14.47GB</td></tr></table>
       <table><tr><th colspan="2">繰越データ量</th></tr><tr><th>残りデータ量</th><td>2.35GB</td></tr><tr><th>有効期限</th><td>2026年12月31日</td></tr></table>
       <table><tr><th colspan="2">基本データ量</th></tr><tr><th>今月のご利用可能データ量</th><td>20.00GB</td></tr><tr><th>残りデータ量</th><td>11.62GB</td></tr></table>
       <table><tr><th colspan="2">追加購入データ量</th></tr><tr><th>残りデータ量</th><td>0.50GB</td></tr><tr><th>有効期限</th><td>2027年1月31日</td></tr></table>`,
      'https://my.ymobile.jp/resfe/top/',
    );
    expect(r.readings[0]?.remainingMB).toBe(14817.28);
    expect(r.readings[0]?.buckets).toHaveLength(3);
    expect(r.readings[0]?.totalMB).toBe(null);
  });
});

describe('a period of use ("使用期間 2026/11/21〜2026/12/20")', () => {
  it("ends the plan on its last day, apart from the card's own validity", () => {
    const r = read(
      `<h2>日本上網卡 30天 30GB</h2><p>卡號：<span>JPS2026-0931</span></p>
       <div><div>剩餘流量</div><div>12.6<sup>GB</sup></div><div>共 30GB</div></div>
       <div><div>使用期間</div><div>2026/11/21〜2026/12/20</div><div>（日本時間）</div></div>
       <div><span>SIM卡有效期限</span><span>2027/06/30</span></div>`,
      'https://www.jp-sim-tw.example/member/cards',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-20T23:59:59+09:00');
    expect(r.readings[0]?.lineValidUntil).toBe('2027-06-30T23:59:59+09:00');
  });
});

describe('a package size given as a share ("套餐流量 | 21.3GB / 50GB")', () => {
  it('states the size as the total, never the first figure', () => {
    const r = read(
      `<div><span>手机号码</span><span>080-0000-6611</span></div>
       <div><h4>套餐流量</h4><div>21.3<small>GB</small> <small>/ 50GB</small></div></div>
       <div><span>套餐到期</span><span>2026-12-20 23:59</span></div>`,
      'https://www.riben-liuliang.example/user/cards',
    );
    expect(r.readings[0]?.totalMB).toBe(51200);
  });
});

describe('a device note names an eSIM ("设备备注 | 出差用iPad")', () => {
  it('is the line of its card', () => {
    const r = read(
      `<div class="card"><div><span>手机号码</span><span>080-0000-6611</span></div><div><span>剩余流量</span><span>21.3GB</span></div></div>
       <div class="card"><div><span>设备备注</span><span>出差用iPad</span></div><div><span>套餐名称</span><span>日本 eSIM 24小时 无限流量</span></div>
       <div><span>剩余流量</span><span>无限流量（不限速）</span></div><p>距离套餐到期还剩</p><p>剩余 2小时15分</p></div>`,
      'https://www.riben-liuliang.example/user/cards',
    );
    expect(r.readings.map((x) => x.line)).toEqual(['080-0000-6611', '出差用iPad']);
    expect(r.readings[1]?.unlimited).toBe(true);
  });
});

describe('a table whose line cells span its package rows (rowspan)', () => {
  it('reads one line with a bucket per row, each named by its package column', () => {
    const r = read(
      `<table><thead><tr><th>回線番号</th><th>プラン</th><th>パッケージ</th><th>残りデータ / 総量</th><th>有効期限</th><th>状態</th></tr></thead><tbody>
       <tr><td rowspan="2">080-0000-2196</td><td rowspan="2">訪日データSIM 30日プラン</td><td>基本パック 10GB/30日</td><td><b>4.6</b>GB / 10GB</td><td>2026/12/24</td><td rowspan="2">利用中</td></tr>
       <tr><td>追加チャージ 2GB（24時間）</td><td><b>1.2</b>GB / 2GB</td><td>2026/12/10</td></tr>
       <tr><td>070-0000-7702</td><td>訪日データSIM 7日プラン</td><td>基本パック 3GB/7日</td><td><b>0</b>MB / 3GB</td><td>2026/12/05</td><td>残量なし</td></tr>
       </tbody></table>`,
      'https://www.sakura-data.example/mypage/sim',
    );
    expect(r.readings.map((x) => x.line)).toEqual(['080-0000-2196', '070-0000-7702']);
    expect(r.readings[0]?.remainingMB).toBe(5939.2);
    expect(r.readings[0]?.totalMB).toBe(12288);
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['基本パック 10GB/30日', '追加チャージ 2GB（24時間）']);
    expect(r.readings[0]?.plan).toBe('訪日データSIM 30日プラン');
  });
});

describe('lines in tabs ("<button role=tab aria-controls=panel-2>080-…</button>")', () => {
  it('reads each panel as its tab\'s line, the hidden one too', () => {
    const panel = (id: number, used: string) =>
      `<section role="tabpanel" id="panel-${id}" aria-labelledby="tab-${id}"${id === 2 ? ' hidden' : ''}>
         <p>ご契約プラン <b>Rakuten最強プラン</b> <span>データ高速無制限</span></p>
         <div><span>今月のデータ利用量</span><div>${used}<small>GB</small></div></div></section>`;
    const r = read(
      `<div role="tablist"><button role="tab" id="tab-1" aria-controls="panel-1" aria-selected="true">090-0000-7254</button>
       <button role="tab" id="tab-2" aria-controls="panel-2" aria-selected="false">080-0000-5570</button></div>
       ${panel(1, '23.4')}${panel(2, '2.1')}`,
      'https://portal.mobile.rakuten.co.jp/dashboard',
    );
    expect(r.readings.map((x) => [x.line, x.usedMB])).toEqual([
      ['090-0000-7254', 23961.6],
      ['080-0000-5570', 2150.4],
    ]);
  });
});

describe("the data's own expiry beside the SIM's number (\"データ有効期限\")", () => {
  it("is the plan's end, not the SIM's validity, whatever a price list's terms say", () => {
    const r = read(
      `<p>表示時刻はすべて日本時間です。</p>
       <p>Remaining：12.4 GB / 20GB</p>
       <dl><dt>SIM番号(ICCID)</dt><dd>89811000001234567890</dd><dt>データ有効期限</dt><dd>2026.12.20 15:00まで</dd><dt>SIM有効期限</dt><dd>2027.03.31</dd></dl>
       <table><tr><th>チャージ</th><th>有効期間</th></tr><tr><td>5GB</td><td>7日間</td></tr><tr><td>10GB</td><td>30日間</td></tr></table>`,
      'https://his.mvno.ne.jp/mypage/',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-20T15:00:00+09:00');
    expect(r.readings[0]?.lineValidUntil).toBe('2027-03-31T23:59:59+09:00');
  });
});

describe('an edit mark after a name label ("自訂名稱 <small>✎</small> | 東京出差用")', () => {
  it('is no part of the name', () => {
    const r = read(
      `<div class="cell"><div>今日高速流量剩餘</div><b>1.8GB</b><span>/ 3GB</span></div>
       <div class="cell"><div>自訂名稱 <small>✎</small></div><div>東京出差用</div></div>
       <div class="cell"><div>有效期剩餘</div><div><b>6</b> 天</div></div>`,
      'https://www.tokyo-wifi.example/esim',
    );
    expect(r.readings[0]?.line).toBe('東京出差用');
  });
});

describe('"7.52GB left" over "of 20GB"', () => {
  it('reads the line below as the whole', () => {
    const r = read(`<p>07700 900123</p><div><div>Data</div><div>7.52GB left</div><div>of 20GB</div></div>`);
    expect(r.readings[0]?.remainingMB).toBe(7700.48);
    expect(r.readings[0]?.totalMB).toBe(20480);
  });
});

describe('a bare "残り" before a figure', () => {
  it('labels data ("残り 17.2GB / 30GB"), each row a bucket under the sum', () => {
    const r = read(
      `<p>ご利用中の電話番号 090-0000-7788</p><p>ご利用可能な残りデータ量（合計）</p><p><span>21.05</span><span>GB</span></p>
       <ul><li><span>基本データ</span><span>残り 17.2GB / 30GB</span></li><li><span>追加データ（1GB）</span><span>残り 0.85GB / 1GB</span><span>有効期限：2026/12/31 23:59まで</span></li>
       <li><span>ボーナスデータ</span><span>残り 3GB / 3GB</span><span>有効期限：2027年1月31日</span></li></ul>`,
      'https://care.linemo.jp/mypage/data',
    );
    expect(r.readings[0]?.remainingMB).toBe(21555.2);
    expect(r.readings[0]?.totalMB).toBe(34816);
    expect(r.readings[0]?.buckets).toHaveLength(3);
  });
  it('is no figure when it counts days under a date ("残り 18 日間")', () => {
    const r = read(
      `<p>090-0000-4821</p><div><h3>データ追加20GB(30日間)</h3><dl><dt>残量</dt><dd>12.5GB / 20GB</dd><dt>有効期限</dt><dd>2026年12月20日 午後11:59<span>残り 18 日間</span></dd></dl></div>
       <div><h3>データ追加3GB(30日間)</h3><dl><dt>残量</dt><dd>0GB / 3GB</dd><dt>有効期限</dt><dd>2027年1月15日 午後11:59<span>残り 44 日間</span></dd></dl></div>`,
      'https://shop.povo.jp/manage/order',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-20T23:59:00+09:00');
  });
});

describe("a kind's tag opening a package's name in its column (\"<span>贈送</span>本地數據 2GB\")", () => {
  it('names the bucket with the whole cell', () => {
    const r = read(
      `<p>預付卡號碼 6000 0123</p><table><thead><tr><th>套票名稱</th><th>剩餘 / 總量</th><th>有效期至</th></tr></thead><tbody>
       <tr><td>日本 10GB 30日 數據漫遊套票</td><td>3.5GB / 10GB</td><td>15/12/2026 23:59</td></tr>
       <tr><td><span class="tag">贈送</span>本地數據 2GB</td><td>1.2GB / 2GB</td><td>31/12/2026</td></tr></tbody></table>`,
      'https://1cm.hk.chinamobile.com/myaccount/prepaid-usage.html',
    );
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['日本 10GB 30日 數據漫遊套票', '贈送本地數據 2GB']);
  });
});

describe('a legend under each package\'s figure ("剩余 / 总量 · 到期 …")', () => {
  it('reads each figure as what is left of its size, until the legend\'s date', () => {
    const item = (name: string, left: string, size: string, end: string) =>
      `<div class="flow__item"><h4>${name}</h4><div class="flow__num">${left}<small>GB</small> <small>/ ${size}GB</small></div>
       <div class="bar"><i></i></div><div class="cap">剩余 / 总量 · 到期 ${end}</div></div>`;
    const r = read(
      `<p>页面上的所有时间均为日本时间（UTC+9）。</p><div><span>手机号码</span><span>080-0000-6611</span></div><div><span>套餐到期</span><span>2026-12-20 23:59</span></div>
       <div class="flow">${item('套餐流量', '21.3', '50', '2026-12-20 23:59')}${item('赠送流量 <span class="tag">活动赠送</span>', '5', '5', '2026-12-25')}</div>`,
      'https://www.riben-liuliang.example/user/cards',
    );
    expect(r.readings[0]?.remainingMB).toBe(26931.2);
    expect(r.readings[0]?.totalMB).toBe(56320);
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.expiresAt])).toEqual([
      ['套餐流量', '2026-12-20T23:59:00+09:00'],
      ['赠送流量', '2026-12-25T23:59:59+09:00'],
    ]);
  });
});

describe("a bucket's own table naming its size by kind", () => {
  it('reads 前月からの繰越 / 当月付与 / 購入分 as each bucket\'s size, and a month\'s allowance in its table as that bucket\'s', () => {
    const table = (caption: string, size: string, sizeValue: string, left: string) =>
      `<table><caption>${caption}</caption><tr><th>${size}</th><td>${sizeValue}</td></tr><tr><th>残り</th><td>${left}</td></tr></table>`;
    const r = read(
      `<p>ご利用中の電話番号 080-0000-3317</p><p>今月のデータ残量</p><p>15.37<span>GB</span></p>
       ${table('繰越データ', '前月からの繰越', '4.12GB', '0.00GB')}${table('基本データ', '当月付与', '20.00GB', '14.37GB')}${table('追加購入データ', '購入分', '1.00GB', '1.00GB')}`,
      'https://my.ymobile.jp/resfe/top/',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.totalMB])).toEqual([
      ['繰越データ', 4218.88],
      ['基本データ', 20480],
      ['追加購入データ', 1024],
    ]);
    const legacy = read(
      `<p>ご利用中の電話番号 090-0000-1234</p>
       <table><tr><th colspan="2">繰越データ量</th></tr><tr><th>残りデータ量</th><td>2.35GB</td></tr></table>
       <table><tr><th colspan="2">基本データ量</th></tr><tr><th>今月のご利用可能データ量</th><td>20.00GB</td></tr><tr><th>残りデータ量</th><td>11.62GB</td></tr></table>`,
      'https://my.ymobile.jp/resfe/top/',
    );
    expect(legacy.readings[0]?.buckets.map((b) => b.totalMB)).toEqual([null, 20480]);
  });
});

describe('a header row in <thead> drawn with <td>s', () => {
  it('still heads its columns: the kind column names each bucket', () => {
    const r = read(
      `<p><span>090-0000-2201</span> ご契約プラン：irumo（9GB）</p>
       <table><thead><tr><th>種別</th><td>残りデータ量 ／ データ量</td><td>有効期限</td></tr></thead><tbody>
       <tr><th>月間データ量</th><td>6.25GB ／ 9GB</td><td>－</td></tr><tr><th>1GB追加オプション</th><td>1.00GB ／ 1GB</td><td>R8.12.31</td></tr></tbody></table>`,
      'https://www.docomo.ne.jp/mydocomo/data/',
    );
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['月間データ量', '1GB追加オプション']);
  });
});

describe('a countdown in hours in a bucket\'s expiry cell ("残り 5時間30分")', () => {
  it('ends that bucket to the minute; a term ("24時間") ends nothing', () => {
    const page = (cell: string) =>
      read(
        `<p>080-0000-2196</p><table><thead><tr><th>パッケージ</th><th>残りデータ / 総量</th><th>有効期限</th></tr></thead><tbody>
         <tr><td>基本パック</td><td>4.6GB / 10GB</td><td>2026/12/24</td></tr><tr><td>追加チャージ</td><td>1.2GB / 2GB</td><td>${cell}</td></tr></tbody></table>`,
        'https://www.sakura-data.example/mypage/sim',
      );
    expect(page('残り 5時間30分').readings[0]?.buckets[1]?.expiresAt).toBe('2026-12-02T15:30:00+09:00');
    expect(page('24時間').readings[0]?.buckets[1]?.expiresAt).toBe(null);
  });
});

describe('"SIM種別 | eSIM": a kind\'s value', () => {
  it('labels no eSIM name: the card keeps its number as its line', () => {
    const card = (n: string, kind: string) =>
      `<section><h2>${n} <span>（データeSIM）</span></h2><div class="grid"><div>料金プラン</div><div>ギガプラン 2GB</div><div>SIM種別</div><div>${kind}</div><div>高速通信</div><div>ON</div></div>
       <div>データ残量 <strong>1.62</strong>GB</div></section>`;
    const r = read(card('090-0000-5512', '音声SIM') + card('070-0000-8823', 'eSIM'), 'https://www.iijmio.jp/service/setup/hdd/viewdata/');
    expect(r.readings.map((x) => x.line)).toEqual(['090-0000-5512', '070-0000-8823']);
  });
});

describe('an unlimited option the line does not have ("パケット放題 Plus（…使い放題） | 未加入")', () => {
  it('makes no unlimited data', () => {
    const r = read(
      `<p>090-0000-4417</p><dl><dt>残容量</dt><dd>5.50GB</dd></dl>
       <table><tr><th>パケット放題 Plus（最大1.5Mbpsで使い放題）</th><td>未加入</td><td><a href="#">申し込む</a></td></tr></table>`,
      'https://my.mineo.jp/',
    );
    expect(r.readings[0]?.remainingMB).toBe(5632);
    expect(r.readings[0]?.unlimited).toBe(false);
  });
});

describe('a table whose columns are lines ("| 回線1 | 回線2 | 回線3" over row headers)', () => {
  it('reads each column as a line, and skips the cancelled one', () => {
    const r = read(
      `<table><thead><tr><th></th><th>回線1</th><th>回線2</th><th>回線3</th></tr></thead><tbody>
       <tr><th scope="row">電話番号</th><td>080-0000-1290</td><td>080-0000-5521</td><td>080-0000-9910</td></tr>
       <tr><th scope="row">ご利用プラン</th><td>プリペイド 30日 50GB</td><td>プリペイド 15日 無制限</td><td>プリペイド 7日 3GB</td></tr>
       <tr><th scope="row">ステータス</th><td>利用中</td><td>利用中</td><td><span>解約済み</span></td></tr>
       <tr><th scope="row">データ残量</th><td><span>31.2</span><span>GB</span> / 50GB</td><td>使い放題</td><td>―</td></tr>
       <tr><th scope="row">データ有効期限</th><td>2026年12月24日 12:00まで</td><td>残り3日</td><td>―</td></tr>
       <tr><th scope="row">SIM利用期限</th><td>2027年3月31日</td><td>2027年1月4日</td><td>―</td></tr></tbody></table>`,
      'https://www.pocket-sim.example/mypage/lines',
    );
    expect(r.readings.map((x) => [x.line, x.remainingMB, x.unlimited, x.expiresAt, x.lineValidUntil])).toEqual([
      ['080-0000-1290', 31948.8, false, '2026-12-24T12:00:00+09:00', '2027-03-31T23:59:59+09:00'],
      ['080-0000-5521', null, true, '2026-12-05T23:59:59+09:00', '2027-01-04T23:59:59+09:00'],
    ]);
  });
});

describe('a goodybag beside a bonus that outlasts it', () => {
  it('names the plan by "Your £10 goodybag", never by the bonus, and lasts until the bonus ends', () => {
    const r = read(
      `<p>Your number: <strong>07700 900418</strong></p>
       <section><h2>Your £10 goodybag</h2><div><span>13.6</span><span>GB</span></div><div>data left of 30GB · 16.4GB used</div>
         <div><b>Renews on</b> Tuesday 15 December 2026</div></section>
       <section><h2>Bonus data</h2><p><strong>Thank-you bonus 2GB</strong> – free data for being with us</p><div><span>2</span><span>GB</span></div><div>left of 2GB · expires 31 December 2026</div></section>`,
    );
    expect(r.readings[0]?.plan).toBe('£10 goodybag');
    expect(r.readings[0]?.buckets[0]?.name).toBe('£10 goodybag');
    expect(r.readings[0]?.buckets).toHaveLength(2);
    expect(r.readings[0]?.expiresAt).toBe('2026-12-31T23:59:59+00:00');
  });
});

describe('"Remaining data（15GB中）" under its figure', () => {
  it('is the whole, not what is left', () => {
    const r = read(
      `<p>070-0000-2468</p><div><div class="v">6.4<span>GB</span></div><div class="k">データ残量 / Remaining data（15GB中）</div></div>`,
      'https://his.mvno.ne.jp/mypage/',
    );
    expect(r.readings[0]?.remainingMB).toBe(6553.6);
    expect(r.readings[0]?.totalMB).toBe(15360);
  });
});

describe('a status after a plan\'s name ("日本 8日 10GB 數據卡 · 已啟用")', () => {
  it('is no part of the name; a term in hours names a plan too', () => {
    const card = (iccid: string, sub: string, left: string) =>
      `<section><h2>卡號 ${iccid}</h2><div class="sub">${sub}</div><div><span>剩餘數據</span><span>${left}</span></div><div><span>到期時間</span><span>2026-12-06 22:00</span></div></section>`;
    const r = read(
      `<p>以下時間均為香港時間。</p>${card('89811000000000458803', '日本 8日 10GB 數據卡 · 已啟用', '3.6GB')}${card('89811000000000458812', '日本 24小時 無限數據 · 使用中', '無限')}`,
      'https://www.hk-jpdata.example/my/sim',
    );
    expect(r.readings.map((x) => x.plan)).toEqual(['日本 8日 10GB 數據卡', '日本 24小時 無限數據']);
  });
});

describe('a family table: 項目 in the corner, a line per column header', () => {
  it('reads each column as its header\'s line, skipping the cancelled one', () => {
    const r = read(
      `<table><thead><tr><th scope="col">項目</th><th scope="col">090-0000-5511<br><small>（主回線）</small></th><th scope="col">080-0000-5512<br><small>（子回線）</small></th><th scope="col">070-0000-5513</th></tr></thead><tbody>
       <tr><th>ご契約プラン</th><td>シンプル3 M</td><td>シンプル3 S</td><td>シンプル2 S</td></tr>
       <tr><th>ご契約状態</th><td>ご利用中</td><td>ご利用中</td><td>解約済み（2026年10月31日）</td></tr>
       <tr><th>使用済み</th><td>2.82GB</td><td>1.95GB</td><td>－</td></tr>
       <tr><th>追加料金課金までの残りデータ量</th><td><b>33.18GB</b></td><td><b>3.85GB</b></td><td>－</td></tr></tbody></table>`,
      'https://my.ymobile.jp/muc/d/data/',
    );
    expect(r.readings.map((x) => [x.line, x.plan, x.remainingMB, x.usedMB])).toEqual([
      ['090-0000-5511', 'シンプル3 M', 33976.32, 2887.68],
      ['080-0000-5512', 'シンプル3 S', 3942.4, 1996.8],
    ]);
  });
});

describe('a headline shown twice over rows that add up to it', () => {
  it('is what is left, once', () => {
    const r = read(
      `<p>ご利用中の電話番号 090-0000-4821</p>
       <div><small>残り</small><b>4.55</b><small>GB</small></div>
       <ul><li>データ残量：<b>4.55GB</b></li></ul>
       <table><thead><tr><th>内訳</th><th>残りデータ量</th><th>有効期限</th></tr></thead><tbody>
       <tr><th>当月分</th><td>3.20GB</td><td>2026年12月31日</td></tr><tr><th>くりこし</th><td>0.85GB</td><td>2026年12月31日</td></tr><tr><th>ギガ特典</th><td>0.50GB</td><td>2027年1月31日</td></tr></tbody></table>`,
      'https://www.docomo.ne.jp/mydocomo/data/',
    );
    expect(r.readings[0]?.remainingMB).toBe(4659.2);
    expect(r.readings[0]?.buckets).toHaveLength(3);
  });
});

describe('label-figure pieces in one text ("…データ量 34.50GB ／ 今月の使用量 12.66GB")', () => {
  it('are each read', () => {
    const r = read(
      `<p>ご利用中の電話番号</p><p>090-0000-7734</p><div>データ残量 21.84GB</div><div>今月のご利用可能データ量 34.50GB ／ 今月の使用量 12.66GB</div>`,
      'https://my.softbank.jp/msb/d/webLink/doSend/MRERE0000',
    );
    expect(r.readings[0]?.usedMB).toBe(12963.84);
  });
});

describe('a placeholder date ("9999年12月31日") on one allowance', () => {
  it('is dropped with a reason, and the line ends on its other allowances\' dates', () => {
    const r = read(
      `<p>080-0000-6630</p><table><thead><tr><th>種類</th><th>データ残量</th><th>有効期限</th></tr></thead><tbody>
       <tr><th>くりこしデータ</th><td>2.00GB</td><td>2026年12月31日</td></tr><tr><th>追加データ</th><td>0.97GB</td><td>9999年12月31日</td></tr></tbody></table>`,
      'https://www.uqwimax.jp/mobile/support/member/data/',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-31T23:59:59+09:00');
    expect(r.reason).not.toBe('');
  });
});

describe('"今月の利用可能容量" that is the sum of the allowances\' sizes', () => {
  it('is the line\'s total', () => {
    const r = read(
      `<p>090-0000-3390</p><div><p>データ残量（基本＋繰り越し）</p><p>１１，６５９．６MB</p><p>今月の利用可能容量\u3000１３，２９８MB</p></div>
       <table><thead><tr><th>種類</th><th>残容量</th><th>有効期限</th></tr></thead><tbody>
       <tr><td>前月繰り越し容量</td><td>１，４１９．６MB</td><td>２０２６年１２月３１日</td></tr><tr><td>基本データ容量</td><td>１０，２４０MB</td><td>－</td></tr></tbody></table>`,
      'https://my.mineo.jp/',
    );
    expect(r.readings[0]?.remainingMB).toBe(11659.6);
    expect(r.readings[0]?.totalMB).toBe(13298);
  });
});

describe('session 10 classes', () => {
  it('"剩餘 3 天" under a caption of its own is a countdown to the end, and caption cards that share no kind are one line', () => {
    const r = read(
      `<section class="hero"><dl><div><dt>方案</dt><dd>日本 8天 高速5GB吃到飽</dd></div></dl></section>
       <section class="meter"><div>高速流量剩餘</div><div>1.5GB / 5GB</div></section>
       <section class="meter"><div>倒數</div><div class="d">剩餘 4 天</div></section>
       <p>※ 所有時間以日本時間為準。</p>`,
      'https://member.esim-shop.example/my/esim/1',
    );
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.expiresAt).toBe('2026-12-06T23:59:59+09:00');
    expect(r.readings[0]?.remainingMB).toBe(1536);
  });

  it('a value beside its own caption in a grid of captions and values, or an English sentence, names no plan', () => {
    const r = read(
      `<article><h2>Hello Japan</h2><div class="kv"><span>ICCID</span><span>8981000000000077777</span>
       <span>Network</span><span>Connects when the eSIM is on a supported network</span></div>
       <div class="row"><span>Remaining data</span><span>1.0 GB / 2 GB</span></div><div class="row"><span>Expires</span><span>19 Dec 2026, 10:30 UTC</span></div></article>`,
      'https://www.airalo.com/my-esims',
    );
    expect(r.readings[0]?.remainingMB).toBe(1024);
    expect(r.readings[0]?.plan).toBeNull();
  });

  it('one size label repeated over parts ("付与量") makes the line total their sum', () => {
    const r = read(
      `<p>ICCID 89811000000000111111</p>
       <div class="grid"><x-stat><span>初期データ</span><span>0.50GB</span><span>付与量 1.00GB</span><span>有効期限：2026年12月15日</span></x-stat>
       <x-stat><span>チャージ</span><span>2.00GB</span><span>付与量 2.00GB</span><span>有効期限：2026年12月30日</span></x-stat></div>
       <p>残量合計 2.50GB</p>`,
      'https://his.mvno.ne.jp/mypage/',
    );
    expect(r.readings[0]?.remainingMB).toBe(2560);
    expect(r.readings[0]?.totalMB).toBe(3072);
  });

  it('"<strong>2 GB</strong> data remaining of 5 GB": the figure before the words is what is left, the one after "of" the whole', () => {
    const r = read(`<dl><dt>Phone Number</dt><dd>080-0000-1111</dd><dt>Service End Date</dt><dd>17 Dec 2026</dd></dl>
      <div class="meter"><p><strong>2 GB</strong> high speed data remaining of 5 GB</p></div>`, 'https://www.mobal.com/myaccount/services');
    expect(r.readings[0]?.remainingMB).toBe(2048);
    expect(r.readings[0]?.totalMB).toBe(5120);
  });

  it('a column headed "暱稱 / 方案" holds the line in its first part and the plan in its second', () => {
    const r = read(
      `<table><thead><tr><th>eSIM 暱稱 / 方案</th><th>流量</th><th>到期時間</th></tr></thead><tbody>
       <tr><td><div>阿姨的手機</div><div>日本 10GB 15天</div></td><td>剩餘 3GB / 10GB</td><td>2026/12/12 23:59</td></tr></tbody></table>
       <p>時間皆為日本時間</p>`,
      'https://www.esim-shop.example/member/esims',
    );
    expect(r.readings[0]?.line).toBe('阿姨的手機');
    expect(r.readings[0]?.plan).toBe('日本 10GB 15天');
  });

  it('"套餐内流量（12月）" over a package names it, not the section title above the packages', () => {
    const r = read(
      `<div class="head"><div class="no">080-0000-3333</div></div><div class="title">当前流量（北京时间）</div>
       <div class="pack"><div class="name">套餐内流量（12月）</div><div>剩余 0.5GB / 共 1GB</div><div class="meta">到期时间 2026-12-31 23:59:59</div></div>
       <div class="pack"><div class="name">加油包 3GB/30天</div><div>剩余 2.5GB / 共 3GB</div><div class="meta">到期时间 2026-12-27 18:42</div></div>`,
      'https://www.baohao.example/card/2',
    );
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['套餐内流量（12月）', '加油包 3GB/30天']);
  });

  it('a date followed by another field\'s date ("· 订购于 …") ends on its own, and "延长至" in an offer is no validity', () => {
    const r = read(
      `<div class="head"><div class="no">080-0000-2222</div><div class="sub">ICCID 8981100024000300000 · 状态：正常</div><div class="valid">号码有效期至：<b>2027-08-31</b></div></div>
       <div class="pack"><div class="name">月流量</div><div>剩余 0.5GB / 共 1GB</div><div class="meta">到期时间 2026-12-31 23:59:59</div></div>
       <div class="pack"><div class="name">加油包 3GB/30天</div><div>剩余 2.5GB / 共 3GB</div><div class="meta">到期时间 2026-12-27 18:42 · 订购于 2026-11-27 18:42</div></div>
       <div class="reco"><b>续费2年</b><div>号码有效期延长至 2029-08-31 · ¥198 元</div></div><p>所有时间均为东京时间</p>`,
      'https://www.baohao.example/card/1',
    );
    expect(r.readings[0]?.buckets.map((b) => b.expiresAt)).toEqual(['2026-12-31T23:59:59+09:00', '2026-12-27T18:42:00+09:00']);
    expect(r.readings[0]?.remainingMB).toBe(3072);
    expect(r.readings[0]?.lineValidUntil).toBe('2027-08-31T23:59:59+09:00');
  });
});

describe('"Last goodybag" (what the line had before)', () => {
  it('is not the plan', () => {
    const r = read(`<section><p>Your goodybag renews on</p><p><b>18 December 2026</b></p><div class="row"><span>Data remaining</span><span>4GB of 10GB</span></div></section>
      <section><h2>Last goodybag</h2><p>18 October – 17 November: you used 11GB of data.</p></section>`);
    expect(r.readings[0]?.remainingMB).toBe(4096);
    expect(r.readings[0]?.plan).not.toBe('Last goodybag');
  });
});

describe('a monthly page with notes and last month\'s usage', () => {
  it('reads no expiry from a ※ note and no usage from "前月のご利用量"', () => {
    const r = read(
      `<div><div>6.50<em>GB</em></div><div>データ残量</div></div><div><div>10<em>GB</em></div><div>今月のデータ容量</div></div>
       <p>※残量は毎月1日 0:00（日本時間）にリセットされます。</p>
       <dl><dt>電話番号</dt><dd>090-0000-4455</dd><dt>前月のご利用量</dt><dd>9.1GB</dd></dl>`,
      'https://www.mobile-plus.example/mypage/',
    );
    expect(r.readings[0]?.remainingMB).toBe(6656);
    expect(r.readings[0]?.expiresAt).toBeNull();
    expect(r.readings[0]?.usedMB).toBeNull();
  });
});

describe('a line whose chip says "Deactivated"', () => {
  it('gives no reading, and its figures go to no other line', () => {
    const r = read(
      `<x-card><div><div class="id">080-0000-1001</div><div>Japan Data 20GB (monthly)</div></div><span class="chip">Active</span>
       <div><span>12.5 GB</span><span>left this cycle</span></div><div><span>20 GB</span><span>monthly allowance</span></div></x-card>
       <x-card><div><div class="id">080-0000-1002</div><div>Japan Data 10GB (monthly)</div></div><span class="chip off">Deactivated</span>
       <div><span>Oct 31, 2026</span><span>deactivated on</span></div><div><span>4.1 GB</span><span>left at deactivation</span></div></x-card>`,
      'https://app.nihon-lines.example/lines',
    );
    expect(r.readings.map((x) => x.line)).toEqual(['080-0000-1001']);
    expect(r.readings[0]?.remainingMB).toBe(12800);
  });
});

describe('panels of one kind: the SIM, its current plans, its expired plans', () => {
  it('are sections of one line: the figures in the middle panel are read', () => {
    const r = read(
      `<div class="panel"><div class="hd">儲值卡資料</div><table><tr><th>儲值卡號碼</th><td>6000 4567</td></tr><tr><th>計劃名稱</th><td>4G 數據儲值卡</td></tr><tr><th>號碼有效期至</th><td>19/4/2027</td></tr></table></div>
       <div class="panel"><div class="hd">現有數據計劃</div><table><thead><tr><th>數據計劃</th><th>剩餘 / 總量</th><th>到期時間</th></tr></thead>
       <tbody><tr><td>日本 5GB 數據計劃（15日）</td><td>2.5GB / 5GB</td><td>20/12/2026 23:59</td></tr><tr><td>贈送數據 1GB</td><td>512MB / 1GB</td><td>15/1/2027</td></tr></tbody></table></div>
       <div class="panel"><div class="hd">已到期數據計劃</div><table><tr><th>數據計劃</th><th>到期日</th><th>狀態</th></tr><tr><td>日本 3GB 數據計劃（7日）</td><td>10/11/2026</td><td>已到期</td></tr></table></div>
       <p>所有日期及時間均為香港時間。</p>`,
      'https://1cm.hk.chinamobile.com/myaccount/prepaid/usage.html',
    );
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.remainingMB).toBe(3072);
    expect(r.readings[0]?.buckets).toHaveLength(2);
  });
});

describe('"Product" and "Current monthly plan" labels', () => {
  it('name the plan, not a card heading of the SIM\'s kind', () => {
    const r = read(
      `<div class="c"><div class="h"><h2>Travel eSIM</h2><span>In use</span></div>
       <div class="row"><span>ICCID</span><span>8981100000000099999</span></div><div class="row"><span>Product</span><span>Japan eSIM 7 Days 10GB</span></div>
       <div class="row"><span>Remaining data</span><span>3.4 GB / 10 GB</span></div><div class="row"><span>Plan expires</span><span>December 5, 2026, 11:59 PM</span></div></div>
       <div class="c"><div class="h"><h2>Long-term SIM</h2></div><div class="row"><span>Phone number</span><span>080-0000-1212</span></div>
       <div class="row"><span>Current monthly plan</span><span>Data 20GB Plan</span></div><div class="row"><span>Data remaining this month</span><span>8 GB</span></div></div>
       <p>All times are Japan Standard Time (JST).</p>`,
      'https://www.sakuramobile.jp/mypage/',
    );
    expect(r.readings.map((x) => x.plan)).toEqual(['Japan eSIM 7 Days 10GB', 'Data 20GB Plan']);
  });
});

describe('"Product | : | name" with the colon in an element of its own', () => {
  it('names the plan without the colon', () => {
    const r = read(
      `<div class="field"><label>Phone</label><span class="sep">:</span><span class="val">080-0000-7777</span></div>
       <div class="field"><label>Product</label><span class="sep">:</span><span class="val">VISITOR SIM 3GB/16days</span></div>
       <div class="field"><label>Remaining data</label><span class="sep">:</span><span class="val">1.2GB / 3GB</span></div>`,
      'https://www.bmobile.ne.jp/english/mypage/',
    );
    expect(r.readings[0]?.plan).toBe('VISITOR SIM 3GB/16days');
  });
});

describe('a figure over a "内訳" heading', () => {
  const page = (carry: string) => `
    <div><table><tr><th>電話番号</th><td>090-0000-1111</td></tr><tr><th>料金プラン</th><td>シンプル2 M</td></tr></table></div>
    <div class="box"><h2>今月のデータ残量</h2><div class="big">22.81<small>GB</small></div>
      <div class="head">データ量の内訳</div>
      <div>
        <table><caption>繰越</caption><tr><th>${carry}</th><td>2.31GB</td></tr></table>
        <table><caption>基本</caption><tr><th>残り</th><td>20.00GB</td></tr></table>
        <table><caption>有料</caption><tr><th>残り</th><td>0.50GB</td></tr></table>
      </div></div>`;

  it('is the line\'s figure, and its parts are buckets when they add up to it', () => {
    const r = read(page('前月からの繰越データ量（残り）'), 'https://re61.my.ymobile.jp/resfe/top/');
    expect(r.readings[0]?.remainingMB).toBeCloseTo(22.81 * 1024, 2);
    expect(r.readings[0]?.buckets?.map((b) => b.remainingMB)).toEqual([2365.44, 20480, 512]);
  });

  it('is the line\'s figure when a part under it is not read: no sum of the rest, no buckets', () => {
    const r = read(page('前月からの繰越'), 'https://re61.my.ymobile.jp/resfe/top/');
    expect(r.readings[0]?.remainingMB).toBeCloseTo(22.81 * 1024, 2);
    expect(r.readings[0]?.buckets).toEqual([]);
  });
});

describe('"ご利用期間 | 1日～末日" beside the number of a monthly plan', () => {
  it('is the month, not the SIM\'s validity', () => {
    const r = read(
      `<div class="card"><dl><dt>電話番号</dt><dd>080-0000-7714</dd><dt>料金プラン</dt><dd>コミコミプラン+</dd><dt>ご利用期間</dt><dd>2026年12月1日～2026年12月31日</dd></dl></div>
       <div class="card"><h2>データ残量</h2>
         <div class="b"><h3>くりこしデータ</h3><dl><dt>残量</dt><dd>12.40GB</dd><dt>有効期限</dt><dd>2026年12月31日</dd></dl></div>
         <div class="b"><h3>当月データ</h3><dl><dt>残量</dt><dd>33.00GB / 33.00GB</dd><dt>有効期限</dt><dd>2027年1月31日</dd></dl></div></div>`,
      'https://www.uqwimax.jp/mobile/support/member/data/',
    );
    expect(r.readings[0]?.remainingMB).toBeCloseTo(45.4 * 1024, 2);
    expect(r.readings[0]?.lineValidUntil).toBeNull();
  });
});

describe('an "Expired" record under a "Package history" title', () => {
  it('ends that record, not the line, when records of its kind come before it', () => {
    const r = read(
      `<div class="esim-card"><div class="op">Moshi Moshi</div>
         <div class="row"><span>ICCID</span><span>89810000000004473215</span></div>
         <div class="row"><span>Package</span><span>5 GB - 30 Days</span></div>
         <div class="row"><span>Remaining data</span><span>1.74 GB of 5 GB</span></div>
         <div class="row"><span>Expires</span><span>18 Dec 2026, 06:41 (UTC)</span></div></div>
       <div class="section"><h3>Package history</h3>
         <div class="pkg"><span>5 GB - 30 Days<br><span class="st">Activated 18 Nov 2026</span></span><span>Active</span></div>
         <div class="pkg"><span>3 GB - 30 Days<br><span class="st">Finished 17 Nov 2026</span></span><span>Expired</span></div></div>`,
      'https://www.airalo.com/my-esims/89810000000004473215',
    );
    expect(r.readings[0]?.line).toBe('89810000000004473215');
    expect(r.readings[0]?.remainingMB).toBeCloseTo(1.74 * 1024, 2);
  });
});

describe('a card title that names the plan by its term alone ("日本 7日 無限數據")', () => {
  it('is the plan, as a title with a size is', () => {
    const r = read(
      `<section class="sim-block"><h3>日本 30日 20GB 上網卡</h3><dl><dt>SIM 卡號</dt><dd>8981100000000771234</dd><dt>剩餘數據</dt><dd>14.7 GB</dd><dt>數據到期</dt><dd>2026年12月28日 23:59</dd></dl></section>
       <section class="sim-block"><h3>日本 7日 無限數據（高速不限）</h3><dl><dt>SIM 卡號</dt><dd>8981100000000775509</dd><dt>剩餘數據</dt><dd>無限</dd><dt>數據到期</dt><dd>2026年12月6日 12:00</dd></dl></section>`,
      'https://www.kongsim.example/account/sim-cards',
    );
    expect(r.readings.map((x) => x.plan)).toEqual(['日本 30日 20GB 上網卡', '日本 7日 無限數據（高速不限）']);
  });
});

describe('a card\'s own <header>', () => {
  it('holds the plan\'s name, unlike the page\'s banner', () => {
    const r = read(
      `<header class="top"><b>旅森 eSIM</b><nav><a href="/shop">日本方案 5GB</a></nav></header>
       <div class="esim-card"><header><h3>日本 docomo 10GB / 15天</h3><span class="pill">使用中</span></header>
         <p class="meta">ICCID：8981100000002231587</p>
         <dl><dt>剩餘流量</dt><dd>3.42 GB / 10 GB</dd><dt>到期時間</dt><dd>2026/12/09 23:59</dd></dl></div>`,
      'https://www.tabimori.example/member/my-esim',
    );
    expect(r.readings[0]?.plan).toBe('日本 docomo 10GB / 15天');
  });
});

describe('"開始日期：… 到期日：…" in one text', () => {
  it('is two fields apart by spaces: the second one\'s date is the package\'s end', () => {
    const r = read(
      `<dl><dt>儲值卡號碼</dt><dd>6000 0123</dd><dt>儲值卡有效期至</dt><dd>19/4/2027</dd></dl>
       <div class="pack"><div class="pack__name">日本 8日 6GB 數據漫遊日費計劃</div><div>剩餘數據：<b>3.2GB</b> / 6GB</div>
       <div>開始日期：29/11/2026 00:00\u3000到期日：6/12/2026 23:59</div></div>`,
      'https://1cm.hk.chinamobile.com/tc/prepaid/account-overview.html',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-06T23:59:00+08:00');
    expect(r.readings[0]?.lineValidUntil).toBe('2027-04-19T23:59:59+08:00');
  });
});

describe('a closed <dialog>', () => {
  it('is not shown: its date is no expiry of the line', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-3106</dd><dt>データ残量</dt><dd>21.36GB / 30GB</dd></dl>
       <dialog id="add"><h2>データを追加しますか？</h2><p>有効期限：2026年12月31日まで</p></dialog>`,
      'https://care.linemo.jp/mypage/',
    );
    expect(r.readings[0]?.remainingMB).toBeCloseTo(21.36 * 1024, 2);
    expect(r.readings[0]?.expiresAt).toBeNull();
  });
});

describe('unlimited data, said or denied', () => {
  it('is said by "高速データ無制限" in a list of terms that also holds a price', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>080-0000-9931</dd><dt>ご契約プラン</dt><dd>Rakuten最強プラン</dd><dt>国内データ</dt><dd>高速データ無制限</dd>
       <dt>今月のご利用料金目安</dt><dd>2,178円（税込）</dd><dt>データ利用量</dt><dd>12.4GB</dd></dl>`,
      'https://portal.mobile.rakuten.co.jp/dashboard',
    );
    expect(r.readings[0]?.unlimited).toBe(true);
  });

  it('is not said by a sentence that says there is none', () => {
    const r = read(
      `<dl><dt>SIM Phone Number</dt><dd>070-0000-5512</dd><dt>Remaining Data</dt><dd>3,412MB</dd><dt>Service End Date</dt><dd>2026/12/09</dd></dl>
       <dl class="faq"><dt>Q. Is unlimited data available?</dt><dd>VISITOR SIM has no unlimited data plan.</dd></dl>`,
      'https://www.bmobile.ne.jp/english/vs/status.html',
    );
    expect(r.readings[0]?.remainingMB).toBe(3412);
    expect(r.readings[0]?.unlimited).toBe(false);
  });
});

describe('plan names and section titles', () => {
  it('"Base plan" labels the plan', () => {
    const r = read(`<dl><dt>Phone number</dt><dd>080-0000-6104</dd><dt>Base plan</dt><dd>povo2.0</dd><dt>Remaining</dt><dd>1.45GB / 3.00GB</dd></dl>`, 'https://shop.povo.jp/en/manage/plan-details');
    expect(r.readings[0]?.plan).toBe('povo2.0');
  });

  it('a plan\'s name that mentions the number is a name, and "套餐信息" over it is a section\'s title', () => {
    const r = read(
      `<div class="hero"><div>日本手机号码</div><div class="num">070-0000-3390</div></div>
       <div class="panel"><div class="hd">套餐信息</div><div class="cell"><div>套餐名称</div><div>日本实体号码 保号月租套餐</div></div></div>
       <div class="panel"><div class="flow"><div><b>0.8GB</b><small>剩余流量</small></div></div><div class="cell"><div>流量有效期</div><div>2026-12-31 23:59</div></div></div>`,
      'https://m.baohaoka.example/my/card',
    );
    expect(r.readings[0]?.plan).toBe('日本实体号码 保号月租套餐');
  });
});

describe('history and ended lines', () => {
  it('yesterday\'s and the last three days\' usage are no usage of this period', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>080-0000-1234</dd><dt>データ残量</dt><dd>3,482MB</dd></dl>
       <div class="siyou"><p>昨日のご利用量</p><p>134MB</p></div><div class="siyou"><p>直近3日間のご利用量</p><p>402MB</p></div>`,
      'https://mobile.nuro.example/mypage',
    );
    expect(r.readings[0]?.remainingMB).toBe(3482);
    expect(r.readings[0]?.usedMB).toBeNull();
  });

  it('a status in a folded section of ended eSIMs ends that section, not the line above it', () => {
    const r = read(
      `<section><h2>阿明的 iPhone</h2><dl><dt>方案名稱</dt><dd>日本上網 吃到飽 15天</dd><dt>到期時間</dt><dd>2026/12/10 18:00 (GMT+8)</dd></dl>
         <div><small>今日高速流量 剩餘</small> <strong>1.2</strong> GB / 2GB</div></section>
       <details><summary>已到期的 eSIM（1）</summary><dl><dt>方案名稱</dt><dd>日本上網 10GB 7天</dd><dt>到期時間</dt><dd>2026/08/14 09:00 (GMT+8)</dd><dt>狀態</dt><dd>已到期</dd></dl></details>`,
      'https://www.wangka.example/member/esim',
    );
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.expiresAt).toBe('2026-12-10T18:00:00+08:00');
  });

  it('"已销号" ends its line', () => {
    const r = read(
      `<div class="ant-card"><div class="head"><span>070-0000-8842</span><span class="tag">使用中</span></div><div>剩余总流量：12GB</div><div>到期时间：2027-01-10</div></div>
       <div class="ant-card"><div class="head"><span>070-0000-8790</span><span class="tag">已销号</span></div><div>剩余总流量：0GB</div><div>销号时间：2026-09-01</div></div>`,
      'https://console.yinghua.example/cards',
    );
    expect(r.readings.map((x) => x.line)).toEqual(['070-0000-8842']);
  });
});

describe('an English sentence with a figure in it', () => {
  it('is no label: "Data used in the EU is capped at 5GB" is no usage', () => {
    const r = read(
      `<section><h2>Your goodybag</h2><div>Your number: <span>07700 900123</span></div>
       <div>Your goodybag renews on <b>14 December 2026</b>.</div></section>
       <p class="foot">Data used in the EU is capped at 5GB under our fair use policy. Balances can take up to 24 hours to update.</p>`,
      'https://www.giffgaff.com/dashboard',
    );
    expect(r.readings[0]?.line).toBe('07700 900123');
    expect(r.readings[0]?.usedMB).toBeNull();
  });
});

describe('a table row of a line with an expanded row under it (one cell across the table)', () => {
  it('holds the line\'s packages: their dates, not the number\'s validity, end its data', () => {
    const r = read(
      `<p>以下时间均为北京时间</p><table><thead><tr><th>号码</th><th>套餐</th><th>号码有效期</th><th>剩余流量</th></tr></thead><tbody>
       <tr><td>080-0000-3307</td><td>日本docomo线路 保号套餐</td><td>2027-06-30</td><td>1320MB</td></tr>
       <tr><td colspan="4"><table><tr><th>流量包</th><th>剩余 / 总量</th><th>有效期</th></tr>
         <tr><td>基础流量</td><td>820MB / 1GB</td><td>2026-12-31 23:59:59</td></tr>
         <tr><td>赠送流量</td><td>500MB / 500MB</td><td>2026-12-05 23:59:59</td></tr></table></td></tr>
       <tr><td>090-0000-6618</td><td>日本SoftBank 纯流量月卡 10GB</td><td>—</td><td>6400MB</td></tr></tbody></table>`,
      'https://console.yunka.example/sims',
    );
    expect(r.readings[0]?.line).toBe('080-0000-3307');
    expect(r.readings[0]?.expiresAt).toBe('2026-12-31T23:59:59+08:00');
    expect(r.readings[0]?.lineValidUntil).toBe('2027-06-30T23:59:59+08:00');
  });
});

describe('a card the user named, beside cards that show their id in its place', () => {
  it('is a line of its own, named so', () => {
    const r = read(
      `<p>本頁所有時間皆為台北時間（GMT+8）</p>
       <esim-card><div class="c-head"><span class="c-name">東京出差用</span><span class="c-badge">使用中</span></div>
         <div class="c-plan">方案：日本 4G 吃到飽 5天</div><div class="grid"><div><span class="k">數據</span>吃到飽</div><div><span class="k">到期</span>2026/12/05 14:30</div></div></esim-card>
       <esim-card><div class="c-head"><span class="c-name"><span class="k">ICCID</span> <span class="iccid">8981 0000 0000 4410 93</span></span><span class="c-badge">使用中</span></div>
         <div class="c-plan">方案：日本 10GB 30天</div><div class="grid"><div><span class="k">剩餘</span>7.5GB / 10GB</div><div><span class="k">到期</span>2026/12/20 23:59</div></div></esim-card>
       <esim-card><div class="c-head"><span class="c-name"><span class="k">ICCID</span> <span class="iccid">8981 0000 0000 1938 60</span></span><span class="c-badge">已過期</span></div>
         <div class="c-plan">方案：日本 3GB 7天</div><div class="grid"><div><span class="k">到期</span>2026/09/14 23:59</div></div></esim-card>`,
      'https://www.dongjingka.example/member/esims',
    );
    expect(r.readings.map((x) => [x.line, x.expiresAt])).toEqual([
      ['東京出差用', '2026-12-05T14:30:00+08:00'],
      ['8981 0000 0000 4410 93', '2026-12-20T23:59:00+08:00'],
    ]);
  });
});

describe('plan labels', () => {
  it('"基本料金プラン" over "povo2.0" labels the plan', () => {
    const r = read(
      `<div><div>電話番号</div><div>070-0000-2250</div></div><div><div style="font-size:12px">基本料金プラン</div><div><b>povo2.0</b></div></div>
       <article><h3>データ追加20GB(30日間)</h3><dl><dt>残り</dt><dd>12.8GB / 20GB</dd><dt>有効期限</dt><dd>2026年12月20日 23:59</dd></dl></article>`,
      'https://shop.povo.jp/manage/plan-details',
    );
    expect(r.readings[0]?.plan).toBe('povo2.0');
  });

  it('"Base plan" over a figure names no plan: the figure is the base bucket’s', () => {
    const r = read(
      `<mat-card><mat-card-title>070-0000-3311</mat-card-title><mat-card-subtitle>Japan Data 50GB / 90 days</mat-card-subtitle>
       <div class="bk"><div><strong>Base plan</strong></div><div><span>31.25 GB</span> <span>remaining of 50 GB</span></div><div><span>Jan 14, 2027, 11:59 PM</span> <span>expires</span></div></div></mat-card>`,
      'https://my.nihondata.example/lines',
    );
    expect(r.readings[0]?.plan).toBe('Japan Data 50GB / 90 days');
  });
});


describe('a table of lines with an expanded row of packages under each', () => {
  it('takes no package\'s name as a line: a table\'s rows are its own, not its inner tables\'', () => {
    const r = blindPage('batch44/unknown/yiliu-esim-member-cards-table');
    expect(r.readings.map((x) => x.line)).toEqual(['070-0000-5521', '8981200000987654321']);
  });
});

describe('what names a plan, and what does not', () => {
  it('a section heading over the plan\'s fields ("ご契約中のプラン" over "料金プラン | Rakuten最強プラン") is no plan', () => {
    const r = read(
      `<div><span>電話番号</span><span>080-0000-9931</span></div>
       <section><h2>ご契約中のプラン</h2><div class="row"><span>料金プラン</span><span>Rakuten最強プラン</span></div><div class="row"><span>データ利用量</span><span>12.4GB</span></div></section>`,
      'https://portal.mobile.rakuten.co.jp/dashboard',
    );
    expect(r.readings[0]?.plan).toBe('Rakuten最強プラン');
  });

  it('"| Plan: <b>Data Plan 50GB+</b>" labels the whole name', () => {
    const r = read(
      `<div class="line">Phone number: <b>080-0000-5512</b> &nbsp;|&nbsp; Plan: <b>Data Plan 50GB+</b></div>
       <dl><dt>Data used this month</dt><dd>12.3GB</dd></dl>`,
      'https://re11.my.softbank.jp/resfe/top/?lang=en',
    );
    expect(r.readings[0]?.plan).toBe('Data Plan 50GB+');
  });

  it('an offer in a price list under a "Plan" column is not the line\'s plan', () => {
    const r = read(
      `<table><tr><th>Phone Number</th><td>070-0000-5512</td></tr><tr><th>Product</th><td>VISITOR SIM 5GB/21days</td></tr>
       <tr><th>Remaining Data</th><td>3,412MB</td></tr><tr><th>Service End Date</th><td>2026/12/09</td></tr></table>
       <table><tr><th>Plan</th><th>Price</th><th></th></tr><tr><td>1GB / 1Day (Max 23:59)</td><td>500 yen</td><td><a href="#">Select</a></td></tr></table>`,
      'https://www.bmobile.ne.jp/english/vs/status.html',
    );
    expect(r.readings[0]?.plan).toBe('VISITOR SIM 5GB/21days');
  });

  it('the kind of SIM ("データeSIM") is no plan', () => {
    const r = read(
      `<div class="box"><div><span class="tel">080-0000-6402</span><span class="type">データeSIM</span></div><div class="plan">ギガプラン 2ギガ</div>
       <table><tr><th>クーポン</th><th>残量</th><th>有効期限</th></tr><tr><td>当月</td><td>2.00GB</td><td>2027年1月末</td></tr></table></div>`,
      'https://www.iijmio.jp/member/',
    );
    expect(r.readings[0]?.plan).toBe('ギガプラン 2ギガ');
  });
});

describe('unlimited data, more classes', () => {
  it('is not said by an ended topping under "有効期限が切れたトッピング"', () => {
    const r = blindPage('batch45/povo/manage-data');
    expect(r.readings[0]?.remainingMB).toBeCloseTo(13.5 * 1024, 2);
    expect(r.readings[0]?.unlimited).toBe(false);
  });

  it('is said by "Unlimited Data (includes 7GB of high speed data per calendar month)"', () => {
    const r = read(
      `<table><tr><th>Phone Number</th><td>080-0000-1111</td></tr><tr><th>Data</th><td>Unlimited Data (includes 7GB of high speed data per calendar month)</td></tr>
       <tr><th>High-speed data remaining</th><td>4GB of 7GB</td></tr><tr><th>Service End Date</th><td>2027/01/15</td></tr></table>`,
      'https://www.mobal.com/myaccount/services',
    );
    expect(r.readings[0]?.unlimited).toBe(true);
  });

  it('is said by a grid cell "<span>Data</span>Unlimited Data Plan (…)" whatever the next cell is about (calls)', () => {
    const page = (next: string) =>
      read(
        `<div class="grid"><div><span class="lbl">Japanese phone number</span>080-0000-9031</div><div><span class="lbl">Service End Date</span>Dec 19, 2026 (JST)</div>
         <div><span class="lbl">Data</span>Unlimited Data Plan (Includes 7GB of high speed data)</div>${next}</div>
         <div><span class="lbl">High-speed data remaining</span><div>5.1 GB / 7 GB</div></div>`,
        'https://www.mobal.com/myaccount/services',
      ).readings[0]?.unlimited;
    expect(page('<div><span class="lbl">Calls</span>Free incoming calls · ¥30 per 30 seconds outgoing</div>')).toBe(true);
    expect(page('')).toBe(true);
    // (A word alone with its neighbour naming what it is still says nothing of data.)
    expect(read('<div><span>Remaining data</span><span>4GB of 10GB</span></div><p><b>Unlimited</b><small>minutes</small></p>').readings[0]?.unlimited).toBe(false);
  });
});

describe('batches 46 and 47 (2026-12-04)', () => {
  it('a campaign with a "！" inside Japanese text, or in a banner, says nothing of the line’s unlimited data', () => {
    const page = (promo: string) =>
      read(
        `<dl><dt>電話番号</dt><dd>090-0000-7788</dd><dt>ご契約プラン</dt><dd>irumo 3GB</dd><dt>当月ご利用データ量</dt><dd>1.84GB / 3GB</dd></dl>${promo}`,
        'https://www.docomo.ne.jp/mydocomo/data/',
      ).readings[0]?.unlimited;
    expect(page('<p>もっと使うなら eximo！データ無制限※で思いっきり</p>')).toBe(false);
    expect(page('<div class="promo-card"><p>データ無制限ならeximo</p></div>')).toBe(false);
    // (The same words as the line's own status still say so.)
    expect(page('<p>データ無制限</p>')).toBe(true);
  });

  it('a count of days to the number’s own end is the number’s, not the data’s', () => {
    const r = read(
      `<p>以下时间均为北京时间。</p><div class="card"><p>日本号码</p><p>080-0000-1470</p>
       <div><p>号码有效期至</p><p>2027-05-31</p></div><div><p>剩余天数</p><p>180天</p></div>
       <p>本期流量剩余</p><p>320 MB / 500MB</p><p>流量有效期至 2026-12-31 23:59:59</p></div>`,
      'https://www.xiaoyu-sim.example/user/card/list',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-31T23:59:59+08:00');
    expect(r.readings[0]?.lineValidUntil).toBe('2027-05-31T23:59:59+08:00');
  });

  it('fields apart by a space, the second dated with its year: "購入日：2026年12月1日　有効期限：2027年1月31日"', () => {
    const r = read(
      `<p>電話番号</p><p>080-0000-6633</p><p>データ残量 <b>0.97</b>GB / 1.00GB</p><p>購入日：2026年12月1日\u3000有効期限：2027年1月31日</p>`,
      'https://www.uqwimax.jp/mobile/member/data/',
    );
    expect(r.readings[0]?.expiresAt).toBe('2027-01-31T23:59:59+09:00');
  });

  it('"今月ご利用可能な残りデータ量" is what is left, not the allowance', () => {
    const r = blindPage('batch47/ymobile/data-detail');
    expect(r.readings[0]?.remainingMB).toBe(15104);
    expect(r.readings[0]?.totalMB).toBeNull();
  });

  it('an ended card’s badge ends that card, not the active card beside it; a kicker over the plan’s heading is no name', () => {
    const r = blindPage('batch47/mobal/myaccount-services');
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({ line: '070-0000-3456', plan: 'Unlimited Data Plan', remainingMB: 4710.4, totalMB: 7168 });
  });
});

describe('batch 46 (2026-12-04)', () => {
  it('a plan’s name that mentions the number, its term after it ("日本門號保號方案 365天"), is the plan', () => {
    const r = read(
      `<div class="sim"><div class="row"><span>門號</span><span>070-0000-2045</span></div>
       <div class="row"><span>方案名稱</span><span>日本門號保號方案 365天</span></div>
       <div class="row"><span>門號有效期限</span><span>2027/09/30</span></div></div>`,
      'https://www.jp-shangwang.example/account/sims',
    );
    expect(r.readings[0]?.plan).toBe('日本門號保號方案 365天');
  });

  it('a table’s caption "有料" names its allowance, as "繰越" and "基本" do', () => {
    const r = blindPage('batch46/ymobile/data-usage');
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['繰越', '基本', '有料']);
  });
});

describe('batches 48 and 49 (2026-12-04)', () => {
  it('the site’s name in its bar ("<span class=brand>飛躍 eSIM</span>") is no plan; the card’s own name is', () => {
    const r = read(
      `<div class="fy-nav"><span class="brand">飛躍 eSIM</span><span>會員中心</span></div>
       <div class="card"><div class="fy-plan">日本吃到飽 7天（每日2GB高速）</div>
       <div>今日剩餘高速流量：<b>1.40GB</b> / 2GB</div><div>有效期限：2026/12/05 23:59（日本時間）</div></div>`,
      'https://www.feiyue-esim.example/tw/member/esims',
    );
    expect(r.readings[0]?.plan).toBe('日本吃到飽 7天（每日2GB高速）');
  });

  it('a history’s heading ("過去3日間の利用データ量") is no plan', () => {
    const r = read(
      `<section><h2>今月のデータ残量</h2><div><span>データ残量</span><span>19.62GB</span></div>
       <div><span>有効期限</span><span>2026年12月31日</span></div></section>
       <section><h2>過去3日間の利用データ量</h2><div><span>12月1日</span><span>0.94GB</span></div></section>`,
      'https://care.linemo.jp/mypage/data',
    );
    expect(r.readings[0]?.remainingMB).toBeCloseTo(20090.88, 2);
    expect(r.readings[0]?.plan).toBeNull();
  });

  it('a field after a separator ("電話番号 <b>080-…</b> ／ ご契約プラン <b>ベストプランV</b>") is labelled', () => {
    const r = blindPage('batch49/linemo/mypage-data');
    expect(r.readings[0]).toMatchObject({ line: '080-0000-9012', plan: 'ベストプランV' });
  });

  it('a chart legend ("■ 残容量　□ 今月のご利用量 0.88GB") gives its figure to its last entry', () => {
    const r = read(
      `<div><span>ご利用番号：</span><b>080-0000-5930</b></div>
       <div id="graph"><span>残容量</span><b>7.73GB</b></div>
       <div class="legend">■ 残容量\u3000□ 今月のご利用量 0.88GB</div>`,
      'https://my.mineo.jp/mvno_cp/MCPTOP0101_Init.action',
    );
    expect(r.readings[0]).toMatchObject({ remainingMB: 7915.52, usedMB: 901.12 });
  });

  it('"Installed – In use" says the card is in use; an expired card beside it ends only itself', () => {
    const card = (badge: string) => `
      <div class="list">
        <article class="card"><div class="top"><h2>日本 eSIM 無制限データ 15日間</h2>${badge}</div>
          <table><tr><th>ICCID</th><td>8934071000001234567</td></tr><tr><th>有効期限</th><td>2026年12月12日 16:20（日本時間）</td></tr></table></article>
        <article class="card past"><div class="top"><h2>台湾 eSIM 無制限データ 5日間</h2><span class="badge">期限切れ</span></div>
          <table><tr><th>有効期限</th><td>2026年9月14日 09:05（日本時間）</td></tr></table></article>
      </div>`;
    for (const badge of ['<span class="badge">Installed – In use</span>', '']) {
      const r = read(card(badge), 'https://esim.holafly.com/ja/account/my-esims/');
      expect(r.readings, badge).toHaveLength(1);
      expect(r.readings[0]).toMatchObject({ line: '8934071000001234567', expiresAt: '2026-12-12T16:20:00+09:00' });
    }
  });
});

describe('batches 50 and 51 (2026-12-04)', () => {
  it('money left ("Credit balance: £0.42") is no data left, and does not hide the goodybag’s', () => {
    const r = read(
      `<section><h2>Your number</h2><p>07700 900412</p><p>Credit balance: £0.42 · <a href="/top-up">Top up</a></p></section>
       <section><h2>£10 goodybag</h2><div><strong>1.2GB</strong><small>data left of 15GB</small></div>
       <p>Your goodybag renews on 6 December 2026.</p></section>
       <section><h2>Recent activity</h2><p>30 Nov 2026 · Text to 07700 900118</p></section>`,
    );
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({ line: '07700 900412', remainingMB: 1228.8, totalMB: 15360 });
  });

  it('a list’s heading ("Packages") is no plan', () => {
    const r = read(
      `<section><h2>Moshi Moshi</h2><div><span>ICCID</span><span>8944465000001298347</span></div></section>
       <h2>Packages</h2>
       <div class="pkg"><div><span>Remaining data</span><span>412 MB of 1 GB</span></div><div><span>Expires</span><span>Dec 6, 2026, 09:15</span></div></div>`,
      'https://www.airalo.com/my-esims',
    );
    expect(r.readings[0]?.remainingMB).toBe(412);
    expect(r.readings[0]?.plan).not.toBe('Packages');
  });

  it('a breakdown’s bucket is named as the page writes it ("追加データ（データチャージ）")', () => {
    const r = blindPage('batch50/uq-mobile/my-uq-data-family');
    expect(r.readings[0]?.buckets.map((b) => b.name)).toContain('追加データ（データチャージ）');
  });

  it('a line’s own row in a table, its balance beside it, names its plan under 套餐', () => {
    const r = blindPage('batch51/unknown/baohao-zhushou-dashboard');
    expect(r.readings.map((x) => x.plan)).toEqual(['半年保号服务', 'povo2.0', '大中华储值卡']);
  });

  it('a plan period under four weeks ("Nov 28 – Dec 7") is the plan’s term even where a provider bills monthly', () => {
    const r = read(
      `<table><tr><th>ICCID</th><td>8981100000044172930</td></tr>
       <tr><th>Plan period</th><td>Nov 28, 2026 00:12 – Dec 7, 2026 23:59 (JST)</td></tr>
       <tr><th>Data remaining</th><td>12.4 GB of 20 GB</td></tr></table>`,
      'https://www.sakuramobile.jp/mypage/esim/',
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-07T23:59:00+09:00');
    // (A month of a monthly bill, with the time its figures were taken in brackets, stays a month.)
    const month = read(
      `<div><span>電話番号</span><span>090-0000-7725</span></div><div><span>残りデータ量</span><span>18.60GB</span></div>
       <p>ご利用期間：2026年12月1日〜2026年12月31日（12月2日 6:00時点）</p>`,
      'https://ahamo.com/myportal/data',
    );
    expect(month.readings[0]).toMatchObject({ remainingMB: 19046.4, expiresAt: null });
  });
});

describe('batches 52 and 53 (2026-12-04)', () => {
  it('a toggle "内訳を表示" heads a breakdown: the figure above it is the whole, not one more part', () => {
    const r = read(
      `<table><tr><th>ご契約電話番号</th><td>090-0000-3308</td></tr></table>
       <p>通信速度低速化までの残りデータ量</p><p>34.12GB</p>
       <div class="toggle">内訳を表示</div>
       <div><table><tr><th>繰越</th><td>4.12GB</td></tr><tr><th>有効期限</th><td>2026年12月31日</td></tr></table>
       <table><tr><th colspan="2">基本</th></tr><tr><th>残りデータ量</th><td>30.00GB</td></tr></table></div>`,
      'https://my.ymobile.jp/muc/d/top',
    );
    expect(r.readings[0]?.remainingMB).toBeCloseTo(34938.88, 2);
  });

  it('after 方案名稱, a plan’s name that mentions the number and its size ("日本門號月租 20GB") is the plan', () => {
    const r = read(
      `<div><span>日本門號</span><span>080-0000-3312</span></div>
       <div><span>方案名稱</span><span>日本門號月租 20GB（docomo 線路）</span></div>
       <div><span>剩餘流量</span><span>14.35GB / 20GB</span></div><div><span>到期日</span><span>2026/12/31</span></div>`,
      'https://my.nihon-simtsu.example/zh-TW/account/dashboard',
    );
    expect(r.readings[0]).toMatchObject({ line: '080-0000-3312', plan: '日本門號月租 20GB（docomo 線路）' });
  });

  it('an end beside an allowance with nothing left ("くりこしデータ 0.00GB") ends no data where another end is stated', () => {
    const r = blindPage('batch52/uq-mobile/data-remaining');
    expect(r.readings[0]?.expiresAt).toBe('2026-12-15T23:59:59+09:00');
  });

  it('an element classed as the label before it ends a value ("<span class=lbl>下次扣费日</span>"); a plan named "…保号套餐（月付）" is a plan', () => {
    const r = blindPage('batch52/unknown/baohao-number-detail');
    expect(r.readings[0]).toMatchObject({ line: '070-0000-8812', plan: '日本号码保号套餐（月付）', lineValidUntil: null, expiresAt: '2026-12-06T23:59:59+09:00' });
    expect(r.reason).toMatch(/more than 10 years ahead/);
  });

    it('a line’s name cell with its order under it ("東京旅行用 / 訂單 TP…") names the line by its own text', () => {
    const r = read(
      `<table><thead><tr><th>eSIM 名稱</th><th>方案</th><th>流量</th><th>到期時間</th></tr></thead><tbody>
       <tr><td>東京旅行用<div class="mini">訂單 TP2611280193</div></td><td>日本 5天 10GB</td><td>剩餘 6.5GB / 10GB</td><td>2026/12/04 23:59（日本時間）</td></tr>
       </tbody></table>`,
      'https://www.tw-esim.example/member/esim',
    );
    expect(r.readings[0]?.line).toBe('東京旅行用');
  });
});

describe('batches 54 and 55 (2026-12-04)', () => {
  it('a name with its caption after it in the same box ("媽媽的手機<small>✎ 自訂名稱</small>") names the line', () => {
    const r = read(
      `<section class="esim"><div class="esim__name">媽媽的手機<small>✎ 自訂名稱</small></div><div class="esim__plan">日本 每日2GB 吃到飽 8天</div>
       <div><span>今日剩餘高速流量</span><div><b>1.35</b> GB / 2GB</div></div>
       <div class="meta"><span>方案到期</span><span>2026/12/06 23:59（日本時間）</span></div></section>`,
      'https://www.nihon-esim.example/member/esim',
    );
    expect(r.readings[0]?.line).toBe('媽媽的手機');
    // (A caption that is no name's says nothing of the text before it.)
    const other = read(
      `<section><div>日本 每日2GB<small>✎ 方案</small></div><div><span>剩餘流量</span><span>1.35 GB / 2GB</span></div></section>`,
      'https://www.nihon-esim.example/member/esim',
    );
    expect(other.readings[0]?.line ?? null).toBeNull();
  });
});

describe('a monthly allowance in a breakdown of a monthly plan (batch 54)', () => {
  const page = `<dl><dt>ご利用中の電話番号</dt><dd>080-0000-1456</dd><dt>料金プラン</dt><dd>コミコミプランバリュー</dd></dl>
    <h2>データ残量</h2><div class="c-remain">37.55<small>GB</small></div><h2>内訳</h2>
    <dl class="c-dl"><dt>くりこしデータ</dt><dd>残り 1.58GB</dd><dt>\u3000有効期限</dt><dd>2026年12月31日</dd>
    <dt>当月データ容量</dt><dd>残り 35.00GB / 35.00GB</dd><dt>\u3000ご利用期間</dt><dd>2026年12月1日〜12月31日</dd>
    <dt>データチャージ（追加購入分）</dt><dd>残り 0.97GB / 1.00GB</dd><dt>\u3000有効期限</dt><dd>2027年1月14日</dd></dl>`;
  it('is named by its size label ("当月データ容量") and ended by no month of use ("ご利用期間 12月1日〜12月31日")', () => {
    const r = read(page, 'https://www.uqwimax.jp/mobile/support/member/data/');
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.expiresAt])).toEqual([
      ['くりこしデータ', '2026-12-31T23:59:59+09:00'],
      ['当月データ容量', null],
      ['データチャージ（追加購入分）', '2027-01-14T23:59:59+09:00'],
    ]);
  });
});

describe('a bucket size row with a note in brackets ("追加データ容量（0.5GB×1回） | 0.50GB", batch 54)', () => {
  it('gives the bucket its size, and the line the sum of the sizes', () => {
    const part = (caption: string, size: string, [whole, left]: [string, string], end = '') =>
      `<table><caption>${caption}</caption><tr><th>${size}</th><td>${whole}</td></tr><tr><th>残り</th><td>${left}</td></tr>${end}</table>`;
    const r = read(
      `<table><tr><th>電話番号</th><td>090-0000-8120</td></tr><tr><th>ご契約中の料金プラン</th><td>シンプル2 M</td></tr></table>
       <p>ご利用可能なデータ容量（残り）</p><p>31.61GB</p><h2>データ容量の内訳</h2><div class="list-toggle-content">
       ${part('繰越', '繰越データ容量', ['3.21GB', '1.11GB'], '<tr><th>有効期限</th><td>2026年12月31日</td></tr>')}
       ${part('基本', '基本データ容量', ['30.00GB', '30.00GB'])}
       ${part('有料', '追加データ容量（0.5GB×1回）', ['0.50GB', '0.50GB'], '<tr><th>有効期限</th><td>2026年12月31日</td></tr>')}</div>`,
      'https://www.ymobile.jp/resfe/data/',
    );
    expect(r.readings[0]?.buckets.map((b) => b.totalMB)).toEqual([3287.04, 30720, 512]);
    expect(r.readings[0]?.totalMB).toBeCloseTo(34519.04, 2);
  });

  it('"前月からの繰越データ量 | 1.64GB" is the carried-over part’s size (batch 57)', () => {
    const part = (caption: string, size: string, [whole, left]: [string, string]) =>
      `<table><caption>${caption}</caption><tr><th>${size}</th><td>${whole}</td></tr><tr><th>残りデータ量</th><td>${left}</td></tr></table>`;
    const r = read(
      `<table><tr><th>電話番号</th><td>070-0000-2281</td></tr><tr><th>料金プラン</th><td>シンプル2 S</td></tr></table>
       <p>今月の残りデータ量（合計）</p><p class="total">5.24GB</p><div class="list-toggle-head">内訳を見る</div><div class="list-toggle-content">
       ${part('繰越データ', '前月からの繰越データ量', ['1.64GB', '1.24GB'])}${part('基本データ', '今月の基本データ量', ['4.00GB', '4.00GB'])}</div>`,
      'https://www.ymobile.jp/resfe/data/',
    );
    expect(r.readings[0]?.buckets.map((b) => b.totalMB)).toEqual([1679.36, 4096]);
  });
});

describe('batch 55 (2026-12-04)', () => {
  it('a gauge’s share ("剩餘 57%") is no figure: the amount beside it under "剩餘數據" is what is left', () => {
    const r = read(
      `<dl><dt>方案</dt><dd>旅遊 eSIM 10天 20GB</dd><dt>ICCID</dt><dd>8981000000000077531</dd><dt>方案有效期限</dt><dd>2026年12月8日 23:59（日本時間）</dd></dl>
       <section><h2>剩餘數據</h2><div class="gauge"><div class="donut"><span>剩餘 57%</span></div><div><div class="num">11.4 <small>GB / 20 GB</small></div>
       <div class="small">最後更新：2026年12月2日 09:30（日本時間）</div></div></div></section>`,
      'https://www.sakuramobile.jp/zh-tw/mypage/esim/usage/',
    );
    expect(r.readings[0]).toMatchObject({ remainingMB: 11673.6, totalMB: 20480 });
  });

  it('a ring "10.65 | 总剩余（GB）" is a figure with its caption’s unit, so the plan’s end beside it is no SIM’s; "套餐内流量" heading its box names it', () => {
    const pk = (name: string, amt: string, end: string) =>
      `<div class="pk"><div class="pk-hd"><span class="pk-name">${name}</span><span>生效中</span></div><div class="pk-amt">剩余 <em>${amt}</em></div><div class="pk-exp">有效期至 ${end}</div></div>`;
    const r = read(
      `<section class="hero"><div>日本eSIM 10GB 15天</div><div class="sub">ICCID 8981100000000012345 · 使用中</div>
       <div class="ring"><span class="num">10.15</span><span class="lbl">总剩余（GB）</span></div>
       <div class="meta"><span>激活：2026-11-28 00:12</span><span>套餐到期：2026-12-12 23:59</span></div></section>
       <section class="list"><h4>流量包明细</h4>${pk('加油包 3GB（7天）', '3.00GB / 共 3GB', '2026-12-09 08:51')}${pk('套餐内流量', '7.15GB / 共 10GB', '2026-12-12 23:59')}</section>
       <p>· 页面所示时间均为北京时间</p>`,
      'https://m.yinghua-liuliang.example/h5/esim/detail',
    );
    expect(r.readings[0]?.lineValidUntil).toBeNull();
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['加油包 3GB（7天）', '套餐内流量']);
  });

  it('cards each with a kind tag and a status ("eSIM | ● 使用中"): the tag captions nothing, and "暱稱" names a card', () => {
    const card = (kind: string, state: string, body: string) =>
      `<section class="sc-gswNZR"><span class="kind">${kind}</span><span class="state">${state}</span>${body}</section>`;
    const r = read(
      `<div class="card-list">${card('實體 SIM 卡', '● 使用中', `<h3>日本 4G 吃到飽 10天（高速 20GB）</h3><div><span class="lbl">卡號</span><span>8981200000000024680</span></div>
         <div><span class="lbl">方案到期</span><span>2026/12/07 23:59</span></div><div>高速流量剩餘</div><div class="big">7.5 <small>GB / 20 GB</small></div>`)}
       ${card('eSIM', '● 使用中', `<h3>日本 eSIM 5GB / 5天</h3><div><span class="lbl">暱稱</span><span>媽媽的 iPhone</span></div>
         <div><span class="lbl">已使用</span><span>4.2 GB / 5 GB</span></div><div class="countdown">⏱ 剩餘時間 <b>18 小時 42 分</b>，到期後將無法上網</div>`)}</div>
       <p>※ 所有時間皆為日本時間（GMT+9）。</p>`,
      'https://www.nichiryo-tsu.example/member/my-cards',
    );
    expect(r.readings.map((x) => [x.line, x.plan, x.usedMB])).toEqual([
      ['8981200000000024680', '日本 4G 吃到飽 10天（高速 20GB）', null],
      ['媽媽的 iPhone', '日本 eSIM 5GB / 5天', 4300.8],
    ]);
  });

  it('a link in a top bar ("<a>漫遊數據計劃</a> 繁 ｜ EN") labels nothing; "儲值卡計劃" labels the plan', () => {
    const r = read(
      `<div class="top-bar"><span class="brand">中國移動香港 CMHK</span><a href="/bill/prepaid-refill.html">網上增值</a><a href="/prepaid/roaming.html">漫遊數據計劃</a><span class="lang">繁 ｜ <a href="?lang=en">EN</a></span></div>
       <section><div><div class="lb">儲值卡號碼</div><div class="vl">6000 0318</div></div><div><div class="lb">儲值卡計劃</div><div class="vl">亞洲 4G 數據儲值卡</div></div>
       <div><div class="lb">剩餘數據</div><div class="vl">2.1GB / 6GB</div></div><div><div class="lb">卡有效期至</div><div class="vl">2027年3月31日</div></div></section>`,
      'https://www.hk.chinamobile.com/tc/prepaid/myaccount/usage.html',
    );
    expect(r.readings[0]?.plan).toBe('亞洲 4G 數據儲值卡');
  });
});

describe('allowances whose head rows carry their names beside their figures (batch 52)', () => {
  const bucket = (name: string, figure: string, rows: string) =>
    `<section class="uq-bucket"><div class="uq-bucket__head"><span>${name}</span><span>${figure}</span></div>${rows}</section>`;
  const row = (label: string, value: string) => `<div class="uq-bucket__row"><span>${label}</span><span>${value}</span></div>`;
  it('reads each head’s figure as what is left of it, whatever words its name uses ("月間データ容量")', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-8843</dd><dt>料金プラン</dt><dd>トクトクプラン2</dd></dl>
       <section class="uq-total"><div>ご利用可能なデータ残量（合計）</div><div>29.21<span>GB</span></div></section>
       ${bucket('くりこしデータ', '0.00GB', row('有効期限', '2026年12月31日'))}
       ${bucket('月間データ容量', '28.75GB', row('データ容量', '30.00GB'))}
       ${bucket('追加データ残量', '0.46GB', row('チャージ量', '1.00GB（2026年10月15日チャージ）') + row('有効期限', '2026年12月15日'))}`,
      'https://www.uqwimax.jp/mobile/support/member/data/remain/',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB, b.expiresAt])).toEqual([
      ['くりこしデータ', 0, null, '2026-12-31T23:59:59+09:00'],
      ['月間データ容量', 29440, 30720, null],
      ['追加データ残量', 471.04, 1024, '2026-12-15T23:59:59+09:00'],
    ]);
    expect(r.readings[0]?.remainingMB).toBeCloseTo(29911.04, 2);
  });
});

describe('a row of two labels over a row of their values (batch 56)', () => {
  it('pairs each label with the value under it ("電話番号 | ご契約プラン" over "070-… | povo2.0")', () => {
    const r = read(
      `<section><div class="sc-iBkjds"><span class="sc-ftvSup">電話番号</span><span class="sc-ftvSup">ご契約プラン</span></div>
       <div class="sc-iBkjds"><span class="sc-papXJ">070-0000-1935</span><span class="sc-papXJ">povo2.0</span></div></section>
       <div class="tile"><div class="nm">データ追加1GB(7日間)</div><div class="lbl">残量</div><div class="val">0.41GB / 1.00GB</div><div class="lbl">有効期限</div><div class="val">2026年 12月 6日 午後11:59</div></div>`,
      'https://povo.jp/manage/usage',
    );
    expect(r.readings[0]).toMatchObject({ line: '070-0000-1935', plan: 'povo2.0' });
  });
});

describe('a table’s 合計 row under a column of what is left (batch 57)', () => {
  it('is what is left in all, not the line’s size', () => {
    const row = (month: string, kind: string, left: string, end: string) => `<tr><td>${month}</td><td>${kind}</td><td class="num">${left}</td><td>${end}</td></tr>`;
    const r = read(
      `<div class="viewdata-title">090-0000-3381</div><table class="info"><tr><th>プラン</th><td>5ギガプラン</td></tr></table>
       <table><tr><td class="h">対象月</td><td class="h">種別</td><td class="h">データ残量</td><td class="h">有効期限</td></tr>
       ${row('2026年11月', 'バンドルクーポン（繰越分）', '1.85GB', '2026年12月31日')}${row('2026年12月', 'バンドルクーポン', '4.71GB', '2027年01月31日')}
       <tr><td colspan="2">合計</td><td class="num">6.56GB</td><td>&nbsp;</td></tr></table>`,
      'https://www.iijmio.jp/service/setup/hdc/viewcoupon/',
    );
    expect(r.readings[0]).toMatchObject({ remainingMB: 6717.44, totalMB: null });
    expect(r.readings[0]?.buckets.map((b) => b.remainingMB)).toEqual([1894.4, 4823.04]);
  });
});

describe('a name with its own rename action (batch 57)', () => {
  const card = (alias: string, pkg: string, left: string, end: string) =>
    `<article class="card"><div class="top"><div class="alias">${alias} <button type="button" aria-label="Rename eSIM"><svg aria-hidden="true"></svg></button></div></div>
     <div class="row"><span class="k">Package</span><span class="v">${pkg}</span></div><div class="row"><span class="k">Remaining data</span><span class="v">${left}</span></div>
     <div class="row"><span class="k">Expires</span><span class="v">${end}</span></div></article>`;
  it('names each card’s line ("Tokyo 2026 [Rename eSIM]"), so two cards are two lines', () => {
    const r = read(card('Tokyo 2026', '5 GB - 30 Days', '2.31 GB of 5 GB', '28 Dec 2026, 18:42 (GMT+9)') + card('Seoul stopover', '3 GB - 30 Days', '3 GB of 3 GB', '30 Dec 2026, 10:00 (GMT+9)'), 'https://www.airalo.com/my-esims');
    expect(r.readings.map((x) => [x.line, x.plan])).toEqual([
      ['Tokyo 2026', '5 GB - 30 Days'],
      ['Seoul stopover', '3 GB - 30 Days'],
    ]);
  });
  it('but a caption beside the action names nothing ("eSIM 名稱（可自訂） · <a>重新命名</a>")', () => {
    const r = read(
      `<div><div class="t">東京出差用</div><span>使用中</span></div><div>eSIM 名稱（可自訂） · <a href="#rename">重新命名</a></div>
       <div><span>剩餘流量</span><span>3.2GB / 5GB</span></div><div><span>到期時間</span><span>2026/12/20 23:59（日本時間）</span></div>`,
      'https://www.tw-esim.example/member',
    );
    expect(r.readings[0]?.line).not.toMatch(/名稱/);
  });
});

describe('a chart’s legend rows that add up to the line’s figure (batch 57)', () => {
  it('are its allowances, each named and dated in its own row', () => {
    const legend = (name: string, amount: string, end = '') =>
      `<div class="graph_legend"><span class="chip"></span><span class="name">${name}${end ? `<span class="exp">有効期限：${end}</span>` : ''}</span><span class="amount">${amount}</span></div>`;
    const r = read(
      `<dl><dt>ご利用番号</dt><dd>090-0000-6620</dd><dt>ご契約コース</dt><dd>マイピタ デュアルタイプ 5GB</dd></dl>
       <h2>データ残量</h2><div id="graphArea"><div id="graph_bg" role="img"><div class="hole"><span class="lbl">残容量</span><span class="val">6,254<small>MB</small></span></div></div>
       <div id="left_graphs">${legend('基本データ容量', '4,014MB')}${legend('前月繰り越し容量', '1,740MB', '2026/12/31')}${legend('パケットチャージ', '500MB', '2027/01/31')}</div></div>`,
      'https://my.mineo.jp/mvno_cp/MCPTop_Init.action',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.expiresAt])).toEqual([
      ['基本データ容量', 4014, null],
      ['前月繰り越し容量', 1740, '2026-12-31T23:59:59+09:00'],
      ['パケットチャージ', 500, '2027-01-31T23:59:59+09:00'],
    ]);
  });
});

describe('a legend’s allowance named "基础流量" (batch 57)', () => {
  it('is named so beside "赠送流量"', () => {
    const r = read(
      `<div><span>ICCID</span><span>8981100000098765432</span></div><ul class="legend">
       <li><i></i><span class="n">已用</span><span class="v">8.74GB</span></li>
       <li><i></i><span class="n">基础流量</span><span class="v">剩余 11.26GB / 20GB</span><span class="e">有效期至 2026-12-18 23:59:59</span></li>
       <li><i></i><span class="n">赠送流量</span><span class="v">剩余 1GB / 1GB</span><span class="e">有效期至 2026-12-10 23:59</span></li></ul><p>以上时间均为日本时间（UTC+9）。</p>`,
      'https://www.yingtao-esim.example/user/cards',
    );
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['基础流量', '赠送流量']);
  });
});

describe('batches 58 and 59 (2026-12-04)', () => {
  it('"<dt>データ</dt><dd>無制限（…）</dd>" is unlimited whatever the next field is ("<dt>通話オプション</dt>"); "<td>Unlimited</td><td>minutes</td>" is not', () => {
    const r = read(
      `<select><option selected>080-0000-3456</option></select><div><div>データ利用量</div><div>12.3<span>GB</span></div></div>
       <dl><dt>ご契約プラン</dt><dd>Rakuten最強プラン</dd><dt>データ</dt><dd>無制限（楽天回線エリア・パートナー回線エリア）</dd><dt>通話オプション</dt><dd>15分（標準）通話かけ放題</dd></dl>`,
      'https://portal.mobile.rakuten.co.jp/dashboard',
    );
    expect(r.readings[0]?.unlimited).toBe(true);
    const minutes = read('<div><span>Remaining data</span><span>4GB of 10GB</span></div><table><tr><td>Unlimited</td><td>minutes</td></tr></table>');
    expect(minutes.readings[0]?.unlimited).toBe(false);
  });
});

describe("a VISITOR SIM's service end in Chinese", () => {
  it('is the SIM\'s own end ("服务截止日期"), as "Service End Date" is', () => {
    const r = read(
      '<dl><dt>SIM 电话号码</dt><dd>070-0000-9156</dd></dl><dl><dt>服务截止日期</dt><dd>2026/12/03</dd></dl><dl><dt>剩余流量</dt><dd>312 MB</dd></dl>',
      'https://www.bmobile.ne.jp/visitor/charge/zh-cn/',
    );
    expect(r.readings.map((x) => [x.expiresAt, x.lineValidUntil])).toEqual([['2026-12-03T23:59:59+09:00', '2026-12-03T23:59:59+09:00']]);
  });
});

describe('a Japanese member page machine-translated into Chinese', () => {
  const page = (option: string) =>
    read(
      `<dl><dt><font><font>使用号码</font></font></dt><dd>090-0000-6612</dd></dl>
      <dl><dt><font><font>课程</font></font></dt><dd><font><font>Mypita 双类型 10GB</font></font></dd></dl>
      <dl><dt><font><font>无限数据包 Plus</font></font></dt><dd><font><font>${option}</font></font></dd></dl>
      <table><tr><th>类型</th><th>剩余容量</th><th>有效期限</th></tr>
      <tr><td>本月基本数据容量</td><td>5.62GB / 10.00GB</td><td>2027/01/31</td></tr>
      <tr><td>数据包礼物（已收到）</td><td>0.50GB</td><td>2026/12/31</td></tr></table>`,
      'https://my.mineo.jp/mvno_cp/MyTop_Disp.action',
    );

  it('reads "课程" (コース, translated) as the plan, a gift ("礼物") as bonus data, and an option "未申请" as not subscribed', () => {
    const r = page('未申请').readings[0];
    expect(r?.plan).toBe('Mypita 双类型 10GB');
    expect(r?.unlimited).toBe(false);
    expect(r?.buckets.map((b) => [b.name, b.bonus])).toEqual([
      ['本月基本数据容量', false],
      ['数据包礼物（已收到）', true],
    ]);
  });
});

describe('a line not activated yet', () => {
  const page = (status: string, left: string) =>
    read(
      `<section class="line-box"><h2>080-0000-5521 <span class="tag">利用中</span></h2><dl><dt>ご契約コース</dt><dd>マイピタ デュアルタイプ</dd>
        <dt>データ残容量</dt><dd>6.48GB</dd><dt>有効期限</dt><dd>2027/01/31</dd></dl></section>
       <section class="line-box"><h2>070-0000-4410 <span class="tag">${status}</span></h2><dl><dt>ご契約コース</dt><dd>マイピタ シングルタイプ（eSIM）</dd>
        <dt>データ容量</dt><dd>5GB／月（開通後に付与されます）</dd><dt>データ残容量</dt><dd>${left}</dd></dl></section>`,
      'https://my.mineo.jp/mvno_cp/MyTop_Disp.action',
    );

  it('gives no reading while it shows nothing left and no end ("開通手続き待ち", "データ残容量 ―")', () => {
    expect(page('開通手続き待ち', '―').readings.map((r) => r.line)).toEqual(['080-0000-5521']);
    expect(page('未激活', '―').readings.map((r) => r.line)).toEqual(['080-0000-5521']);
  });

  it('is read once it shows what is left', () => {
    expect(page('開通手続き待ち', '5.00GB').readings.map((r) => r.line)).toEqual(['080-0000-5521', '070-0000-4410']);
  });
});

describe('allowances as boxes of one kind, each headed by its name and "left / had"', () => {
  it('reads each box as a bucket, a name with its size included, and an end among dotted facts', () => {
    const r = read(
      `<section><span class="pill">In use</span><h1>Japan Travel eSIM 20GB / 10 Days</h1><dl><dt>ICCID</dt><dd>8981300000112233445</dd>
        <dt>Plan period ends</dt><dd>9 Dec 2026, 23:59 (JST)</dd></dl></section>
       <section><h2>Remaining data</h2>
        <div class="sm-data"><div class="head"><span>Plan data</span><span>9.6 GB / 20 GB</span></div><div class="sub">Valid until 9 Dec 2026, 23:59</div></div>
        <div class="sm-data"><div class="head"><span>Data Add-on 3GB</span><span>3 GB / 3 GB</span></div><div class="sub">Purchased 1 Dec 2026 · valid 7 days · until 7 Dec 2026, 23:59</div></div></section>`,
      'https://www.sakuramobile.jp/mypage/esim/',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB, b.expiresAt])).toEqual([
      ['Plan data', 9830.4, 20480, '2026-12-09T23:59:00+09:00'],
      ['Data Add-on 3GB', 3072, 3072, '2026-12-07T23:59:00+09:00'],
    ]);
    expect([r.readings[0]?.remainingMB, r.readings[0]?.totalMB]).toEqual([12902.4, 23552]);
  });
});

describe('allowances in a definition list, each "残 X ／ Y" under its name', () => {
  it('reads each as a bucket with its end ("当月基本データ容量 | 残 6.48GB ／ 10GB | 有効期限 2027/01/31")', () => {
    const r = read(
      `<section><h2>080-0000-5521</h2><dl><dt>ご契約コース</dt><dd>マイピタ デュアルタイプ（Dプラン）</dd></dl>
       <h3>データ残容量の内訳</h3><dl class="packet">
        <dt>当月基本データ容量</dt><dd>残 6.48GB ／ 10GB</dd><dd>有効期限 2027/01/31</dd>
        <dt>前月繰り越し容量</dt><dd>残 1.53GB ／ 2.10GB</dd><dd>有効期限 2026/12/31</dd></dl></section>`,
      'https://my.mineo.jp/mvno_cp/MyTop_Disp.action',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB, b.expiresAt])).toEqual([
      ['当月基本データ容量', 6635.52, 10240, '2027-01-31T23:59:59+09:00'],
      ['前月繰り越し容量', 1566.72, 2150.4, '2026-12-31T23:59:59+09:00'],
    ]);
  });
});

describe("a table of lines whose number and plan span their allowances' rows", () => {
  it('names each allowance by its own cell, not the plan that spans them', () => {
    const r = read(
      `<table><thead><tr><th>電話番号</th><th>料金プラン</th><th>データ量の種類</th><th>残りデータ量</th><th>総データ量</th><th>有効期限</th></tr></thead><tbody>
       <tr><td rowspan="2">080-0000-5151</td><td rowspan="2">irumo（6GB）</td><td>月間データ量</td><td>2.35GB</td><td>6GB</td><td>毎月1日にリセット</td></tr>
       <tr><td>1GB追加オプション</td><td>1.00GB</td><td>1GB</td><td>2026年12月31日</td></tr></tbody></table>`,
      'https://www.docomo.ne.jp/mydocomo/data/family/',
    );
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['月間データ量', '1GB追加オプション']);
  });
});

describe("an allowance's end as a countdown in days", () => {
  it('ends it at the end of that day ("剩餘 3 天" under 到期)', () => {
    const r = read(
      `<p>以下時間均為台灣時間（UTC+8）</p><div class="card"><div>ICCID</div><div>8981200000445566778</div>
       <table><thead><tr><th>項目</th><th>剩餘 / 總量</th><th>到期</th></tr></thead><tbody>
       <tr><td>主方案流量</td><td>4.2GB / 10GB</td><td><span class="days">剩餘 3 天</span></td></tr>
       <tr><td>贈送流量</td><td>1GB / 1GB</td><td>2026-12-20</td></tr></tbody></table></div>`,
      'https://www.nihon-net.example/member/sims',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.expiresAt])).toEqual([
      ['主方案流量', '2026-12-05T23:59:59+08:00'],
      ['贈送流量', '2026-12-20T23:59:59+08:00'],
    ]);
  });
});

describe('allowances as rows of one class, each "name | left / had", a note under some', () => {
  it('reads each row as a bucket, and the note under it as its end', () => {
    const r = read(
      `<div class="kv"><span class="k">電話番号</span><span>090-0000-6071</span></div>
       <div class="sum"><div class="k">今月の残りデータ量（合計）</div><div class="big">21.30<span>GB</span></div>
        <div><div class="kv"><span>ベストプランV（基本データ）</span><span>20.30GB / 30GB</span></div><div class="k">毎月1日に30GBが付与されます</div>
        <div class="kv"><span>データ追加 1GB <span class="tag">追加分</span></span><span>1.00GB / 1GB</span></div><div class="k">2026/12/31 23:59まで</div></div></div>`,
      'https://www.linemo.jp/mypage/data/',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB, b.expiresAt])).toEqual([
      ['ベストプランV（基本データ）', 20787.2, 30720, null],
      ['データ追加 1GB', 1024, 1024, '2026-12-31T23:59:00+09:00'],
    ]);
  });
});

describe("a date field followed by another field's label and date in one value", () => {
  it('is its own date, for the expiry and for the number\'s validity ("2027/05/31 最近一次儲值:2026/12/02")', () => {
    const r = read(
      `<p>以下時間均為日本時間</p><dl><dt>日本門號</dt><dd>090-0000-3362</dd><dt>方案</dt><dd>日本門號保號方案（半年）</dd>
       <dt>門號有效期限（日本時間）</dt><dd><b>2027/05/31</b> <span>最近一次儲值：2026/12/02 已順延 180 天</span></dd></dl>`,
      'https://www.jp-baohao.example/member',
    );
    expect(r.readings.map((x) => [x.expiresAt, x.lineValidUntil])).toEqual([['2027-05-31T23:59:59+09:00', '2027-05-31T23:59:59+09:00']]);
  });
});

describe('coupons by month with what each was given and what is left', () => {
  it('reads the grant column too ("クーポン | 付与量 | 残量 | 有効期限" over "2026年11月分（繰越）")', () => {
    const r = read(
      `<dl><dt>電話番号</dt><dd>090-0000-2741</dd></dl><table><thead><tr><th>クーポン</th><th>付与量</th><th>残量</th><th>有効期限</th></tr></thead><tbody>
       <tr><td>2026年11月分（繰越）</td><td>4.00GB</td><td>3.46GB</td><td>2026年12月末</td></tr>
       <tr><td>2026年12月分</td><td>10.00GB</td><td>10.00GB</td><td>2027年1月末</td></tr></tbody></table>`,
      'https://www.iijmio.jp/service/setup/hdd/couponstatus/',
    );
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB])).toEqual([
      ['2026年11月分（繰越）', 3543.04, 4096],
      ['2026年12月分', 10240, 10240],
    ]);
    expect(r.readings[0]?.totalMB).toBe(14336);
  });
});

describe('a prepaid overview right after a refill, with a pass that has ended', () => {
  const pkg = (name: string, meta: string) => `<div class="pkg"><div class="pkg-title">${name}</div><div class="pkg-meta"><span>${meta}</span></div></div>`;
  const page = `<!doctype html><html lang="zh-HK"><head><title>我的儲值卡 | 中國移動香港</title></head><body>
    <div class="alert alert-success">增值成功：已於 02/12/2026 為 6000 2718 增值 HK$50，儲值卡有效期已延長。</div>
    <dl><dt>手機號碼</dt><dd>6000 2718</dd><dt>計劃名稱</dt><dd>4G 本地儲值卡</dd><dt>儲值卡有效期至</dt><dd>31/5/2027</dd></dl>
    <div class="card">${pkg('本地數據月票 5GB', '剩餘 3.25GB / 5GB</span><span>到期日 31/12/2026')}${pkg('增值贈送數據 1GB', '剩餘 1GB / 1GB</span><span>到期日 15/12/2026')}
    <p class="small">已到期套票</p>${pkg('日本數據漫遊日票 1GB', '剩餘 0.42GB / 1GB</span><span>已於 20/11/2026 到期')}</div></body></html>`;
  const r = extractFromHtml(page, 'https://1cm.hk.chinamobile.com/myaccount/prepaid/overview.html?lang=tc', NOW);

  it('is the account page ("剩餘 … / 到期日" are status labels beside the refill\'s success message)', () => {
    expect([r.pageKind, r.confirmation]).toEqual(['account', null]);
  });

  it('keeps the pass that ended ("已於 20/11/2026 到期") out of the buckets and of what is left', () => {
    expect(r.readings[0]?.buckets.map((b) => b.name)).toEqual(['本地數據月票 5GB', '增值贈送數據 1GB']);
    expect([r.readings[0]?.remainingMB, r.readings[0]?.totalMB]).toEqual([4352, 6144]);
  });
});

describe('a list of allowances, each item its place, name, fraction and end', () => {
  it('reads each as a bucket, a name that is also a size word ("月間データ容量") too; the empty one is none', () => {
    const li = (n: number, name: string, amt: string, exp: string) => `<li><span class="ord">${n}</span><span>${name}</span><span class="amt">${amt}</span><span class="exp">${exp}</span></li>`;
    const page = `<!doctype html><html lang="ja"><body><p><b>ご利用電話番号</b>090-0000-1268</p>
      <div><p>データ残量（合計）</p><p>37.58<span>GB</span></p></div>
      <h2>データ残量の内訳（ご利用順）</h2><ul class="uq-break">${li(1, 'くりこしデータ（11月分）', '4.58GB / 5.00GB', '有効期限：2026年12月31日')}${li(2, '月間データ容量', '33.00GB / 33.00GB', '次回付与日：2027年1月1日')}${li(3, '追加データ残量（データチャージ）', '－', 'ご購入のデータチャージはありません')}</ul></body></html>`;
    const r = extractFromHtml(page, 'https://www.uqwimax.jp/mobile/support/member/data/', NOW).readings[0];
    expect(r?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB, b.expiresAt])).toEqual([
      ['くりこしデータ（11月分）', 4689.92, 5120, '2026-12-31T23:59:59+09:00'],
      ['月間データ容量', 33792, 33792, null],
    ]);
    expect([r?.remainingMB, r?.totalMB]).toEqual([38481.92, 38912]);
  });
});

describe("a breakdown row whose name is a size word (\"今月のデータ容量 | 17.30GB\")", () => {
  it('is what one bucket holds, not the line\'s whole: what is left above it stays', () => {
    const page = `<!doctype html><html lang="ja"><body><div class="card"><span class="tel">090-0000-7021</span>
      <div><div class="label">データ残量</div><div class="val">20.37<small>GB</small></div></div>
      <table class="uq-break"><tbody><tr><td>くりこしデータ</td><td>2.10GB</td><td>2026年12月31日まで</td></tr>
      <tr><td>今月のデータ容量</td><td>17.30GB</td><td>毎月1日に付与</td></tr>
      <tr><td>追加データ（データチャージ）</td><td>0.97GB</td><td>有効期限 2027年1月28日</td></tr></tbody></table></div></body></html>`;
    const r = extractFromHtml(page, 'https://www.uqwimax.jp/mobile/support/member/data/', NOW).readings[0];
    expect([r?.remainingMB, r?.totalMB, r?.buckets.length]).toEqual([20858.88, null, 3]);
  });
});

describe('a goodybag dashboard: "A of B left", "renews on", and the number kept "safe until"', () => {
  it('reads what is left of the whole, the goodybag\'s end, and the number\'s own validity apart', () => {
    const page = `<!doctype html><html lang="en"><body><section><h2>Your goodybag</h2><div>Your number: <span>07700 900123</span></div>
      <div class="gg-goodybag__name">£10 goodybag</div><div class="gg-allow"><span>Data</span><span><strong>18.6GB</strong> of 30GB left</span></div>
      <div class="gg-renew">Your goodybag renews on <b>14 December 2026</b>. We'll take £10 from your card on that day.</div></section>
      <aside><h2>Keep your number</h2><p>Your number is safe until <b>2 June 2027</b>.</p></aside></body></html>`;
    const r = read(page).readings[0];
    expect([r?.remainingMB, r?.totalMB, r?.expiresAt, r?.lineValidUntil]).toEqual([19046.4, 30720, '2026-12-13T23:59:59+00:00', '2027-06-02T23:59:59+01:00']);
  });
});

describe('an unlimited capacity with a note of a limit after it', () => {
  it('("データ容量 | 無制限 テザリング等は月60GBまで") has no cap: no total, nothing left computed from it', () => {
    const page = `<!doctype html><html lang="ja"><body><article><span class="tel">090-0000-4001</span><div>料金プラン：<span>使い放題MAX 5G</span></div>
      <div class="box"><div class="label">今月のデータ利用量</div><div class="value">41.2<small>GB</small></div></div>
      <div class="box"><div class="label">データ容量</div><div class="value">無制限</div><div class="sub">テザリング等は月60GBまで</div></div></article></body></html>`;
    const r = extractFromHtml(page, 'https://www.au.com/my-au/data/', NOW).readings[0];
    expect([r?.usedMB, r?.totalMB, r?.remainingMB, r?.unlimited]).toEqual([42188.8, null, null, true]);
  });
});

describe("a family page whose title names what it lets one check (\"ご利用データ量確認（当月分）\")", () => {
  it('labels no value: each line\'s table is its block, the first line\'s too', () => {
    const table = (tel: string, plan: string, rows: string) => `<table class="line"><tr><td colspan="2"><font><b>▼ ${tel}</b></font></td></tr><tr><td>ご契約プラン</td><td>${plan}</td></tr>${rows}</table>`;
    const page = `<!doctype html><html lang="ja"><body><font size="4"><b>ご利用データ量確認（当月分）</b></font><br><font size="2">ファミリー割引グループ（代表回線：090-0000-1357）</font>
      ${table('090-0000-1357（代表回線・ご本人様）', 'eximo', '<tr><td>データ量</td><td>無制限</td></tr><tr><td>1か月間合計データ通信量</td><td><b>18.62GB</b></td></tr>')}
      ${table('080-0000-2468', 'irumo（3GB）', '<tr><td>1か月間合計データ通信量</td><td><b>1.25GB</b></td></tr><tr><td>残りデータ量</td><td>2.75GB</td></tr>')}</body></html>`;
    const r = extractFromHtml(page, 'https://www.docomo.ne.jp/mydocomo/data/family/', NOW).readings;
    expect(r.map((x) => [x.line, x.plan, x.usedMB])).toEqual([
      ['090-0000-1357', 'eximo', 19066.88],
      ['080-0000-2468', 'irumo（3GB）', 1280],
    ]);
  });
});

describe('a page head that says what it shows ("eSIM状态")', () => {
  it('names no plan; the card\'s product name does', () => {
    const page = `<!doctype html><html lang="zh-CN"><body><div class="uni-page-head"><div class="uni-page-head__title">eSIM状态</div></div>
      <div class="status-card"><div class="top"><span class="pname"><span>日本无限流量 3日卡（每日2GB高速）</span></span><span class="pill">使用中</span></div>
      <div class="iccid">ICCID：<span>8981030000000022931</span></div><div class="line-item"><span class="k">今日高速流量剩余</span><span>0.8GB</span><span> / 2GB</span></div></div></body></html>`;
    const r = extractFromHtml(page, 'https://h5.yingka.example/pages/esim/status', NOW).readings[0];
    expect(r?.plan).toBe('日本无限流量 3日卡（每日2GB高速）');
  });
});

describe("a SIM's type beside its plan, whichever label each has", () => {
  it.each([
    ['ご契約コース', 'マイピタ 5GB', 'ご利用プラン', 'デュアルタイプ（Dプラン）'],
    ['コース', 'デュアルタイプ（Dプラン）', 'プラン', 'マイピタ 5GB'],
  ])('(%s | %s, %s | %s) names the plan by the value that is no type', (l1, v1, l2, v2) => {
    const page = `<!doctype html><html lang="ja"><body><table><tr><th>${l1}</th><td>${v1}</td></tr><tr><th>${l2}</th><td>${v2}</td></tr>
      <tr><th>電話番号</th><td>090-0000-6630</td></tr><tr><th>残容量</th><td>2.10GB</td></tr></table></body></html>`;
    expect(extractFromHtml(page, 'https://my.mineo.jp/', NOW).readings[0]?.plan).toBe('マイピタ 5GB');
  });
});

describe("a badge before an allowance's name in its table cell", () => {
  it('is no part of the name ("<span class=kind>主方案</span>日本 7天 10GB")', () => {
    const page = `<!doctype html><html lang="zh-TW"><body><div>ICCID 8988000000000012345</div><table class="pk"><thead><tr><th>流量包</th><th>剩餘 / 總量</th><th>到期時間</th></tr></thead><tbody>
      <tr><td><span class="kind">主方案</span>日本 7天 10GB</td><td>2.1GB / 10GB</td><td>2026/12/03 18:00</td></tr>
      <tr><td><span class="kind">加值</span>日本 加值 3GB / 7天</td><td>3GB / 3GB</td><td>2026/12/09 09:41</td></tr></tbody></table>
      <p>時間均為日本時間（GMT+9）</p></body></html>`;
    const r = extractFromHtml(page, 'https://www.yoyo-esim.example/tw/my-esim', NOW).readings[0];
    expect(r?.buckets.map((b) => b.name)).toEqual(['日本 7天 10GB', '日本 加值 3GB / 7天']);
  });
});

describe("an allowance's card headed by its name, with a note under it", () => {
  it('is named by its heading ("今月のデータ"), not by the note ("トクトクプラン2 月間データ容量")', () => {
    const card = (name: string, sub: string, row: string) => `<article class="uq-card"><h3 class="uq-card__name">${name}</h3><p class="uq-card__sub">${sub}</p>${row}</article>`;
    const page = `<!doctype html><html lang="ja"><body><div>電話番号 090-0000-5511</div>
      ${card('くりこしデータ', '11月分の余り', '<div class="uq-card__row"><span>データ残量</span><span><b>2.10</b>GB / 2.10GB</span></div><div class="uq-card__row"><span>有効期限</span><span>2026年12月31日</span></div>')}
      ${card('今月のデータ', 'トクトクプラン2 月間データ容量', '<div class="uq-card__row"><span>データ残量</span><span><b>30.00</b>GB / 30.00GB</span></div><div class="uq-card__row"><span>次回付与日</span><span>2027年1月1日</span></div>')}</body></html>`;
    const r = extractFromHtml(page, 'https://www.uqwimax.jp/mobile/support/member/data/', NOW).readings[0];
    expect(r?.buckets.map((b) => b.name)).toEqual(['くりこしデータ', '今月のデータ']);
  });
});

describe('a count of days beside a stated time on the same day', () => {
  it('("Expires 14 Dec 2026, 18:30 (UTC+09:00)" with a chip "Expires in 12 days") ends at the stated time', () => {
    const page = `<!doctype html><html lang="en"><body><dl><div><dt>ICCID</dt><dd>8944465400000271836</dd></div><div><dt>Remaining data</dt><dd>3.42 GB of 10 GB</dd></div>
      <div><dt>Validity</dt><dd>Expires 14 Dec 2026, 18:30 (UTC+09:00)<span class="chip">Expires in 12 days</span></dd></div></dl></body></html>`;
    const r = extractFromHtml(page, 'https://www.airalo.com/my-esims', NOW).readings[0];
    expect(r?.expiresAt).toBe('2026-12-14T18:30:00+09:00');
  });
});

describe('a bracketed note on a figure, then the next field', () => {
  it('("0.41GB <span>(追加量 1GB)/ 有効期限 2026年12月末</span>") leaves the expiry its label', () => {
    const page = `<!doctype html><html lang="ja"><body><div>eSIM 020-0000-7712</div><table>
      <tr><th>データ残量合計</th><td>0.41GB</td></tr><tr><th>データ量追加(1GB)</th><td>0.41GB <span>（追加量 1GB）／ 有効期限 2026年12月末</span></td></tr></table></body></html>`;
    const r = extractFromHtml(page, 'https://www.iijmio.jp/member/', NOW).readings[0];
    expect(r?.expiresAt).toBe('2026-12-31T23:59:59+09:00');
  });
});

describe("a note of the page's zone under a heading that names the number", () => {
  it('("我的号码 | 所有时间均为东京时间（UTC+9）") names no line, and the data section below stays the line\'s', () => {
    const page = `<!doctype html><html lang="zh-CN"><body><header><h1>我的号码</h1><p>所有时间均为东京时间（UTC+9）</p></header>
      <section><div>日本手机号码</div><div class="tel">090-0000-8841</div><div><span>号码有效期至</span><span>2027-06-30</span></div></section>
      <section><h2>本月流量包</h2><div><span>流量剩余</span><span><b>0.8</b>GB / 1GB</span></div><span>流量包剩余 29 天</span></section></body></html>`;
    const [r, ...more] = extractFromHtml(page, 'https://m.jp-haoka.example/my/number', NOW).readings;
    expect(more).toEqual([]);
    expect(r).toMatchObject({ line: '090-0000-8841', remainingMB: 819.2, totalMB: 1024, expiresAt: '2026-12-31T23:59:59+09:00', lineValidUntil: '2027-06-30T23:59:59+09:00' });
  });
});

describe('several allowances written on one line, each with what is left of it', () => {
  it('("套餐流量：10GB，剩余 <em>4.2GB</em> ｜ 加油包：3GB，剩余 <em>3GB</em>") give the line no total from the first one', () => {
    const page = `<!doctype html><html lang="zh-CN"><body><div><i>ICCID</i><span>8981100000005566021</span></div><div><i>套餐</i><span>日本大流量卡 30天</span></div>
      <div><h4>流量明细</h4><div class="e_0o9w">套餐流量：10GB，剩余 <em>4.2GB</em>，有效期至 2026-12-20 23:59 ｜ 加油包：3GB，剩余 <em>3GB</em>，有效期至 2026-12-31 23:59</div></div>
      <p>以上时间均为日本时间（GMT+9）。</p></body></html>`;
    const r = extractFromHtml(page, 'https://h5.yingtaoka.example/user/card/detail', NOW).readings[0];
    expect(r?.totalMB ?? null).toBeNull();
  });
});

describe("a card's head with the name the user gave the SIM and its number", () => {
  it('("<div class=nick>爸爸的主卡</div><div class=no>号码：090-…</div>") stands for one line, the number\'s, card by card', () => {
    const card = (nick: string, no: string, plan: string, left: string) =>
      `<div class="member-card"><div class="top"><div><div class="member-card__nick">${nick}</div><div class="member-card__no">${no}</div></div><span class="status">使用中</span></div>
      <div class="kv"><span class="k">套餐名称</span><span>${plan}</span></div><div class="kv"><span class="k">剩余流量</span><span>${left}</span></div><div class="kv"><span class="k">有效期至</span><span>2026-12-31 23:59</span></div></div>`;
    const page = `<!doctype html><html lang="zh-CN"><body><p>页面所有时间均为北京时间（UTC+8）。</p>
      ${card('爸爸的主卡', '号码：090-0000-2001', '日本月租卡 30GB/月', '18.6GB / 30GB')}${card('孩子的数据卡', 'ICCID：8981200000000200303', '日本数据卡 10GB/30天', '0.8GB / 10GB')}</body></html>`;
    const readings = extractFromHtml(page, 'https://m.yingka-jp.example/member/family', NOW).readings;
    expect(readings.map((r) => [r.line, r.plan, r.remainingMB])).toEqual([
      ['090-0000-2001', '日本月租卡 30GB/月', 18.6 * 1024],
      ['8981200000000200303', '日本数据卡 10GB/30天', 0.8 * 1024],
    ]);
  });
});

describe("a family page whose embedded state lists its lines by \"tel\"", () => {
  const au = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/blind/batch76/au/family-data-usage.html'), 'utf8');
  const url = 'https://my.au.com/aus/WCV162001/WCE162001.hc?dispKbn=family';
  const first = (html: string) => extractFromHtml(html, url, NOW).readings.map((r) => [r.line, r.plan, r.unlimited, r.remainingMB])[0];
  it('reads each line from its own record', () => {
    expect(first(au)).toEqual(['090-0000-6401', '使い放題MAX 5G', true, null]);
  });
  it('and, under a key it does not know, gives none of the page\'s lines the state\'s joined figures', () => {
    expect(first(au.replaceAll('"tel":', '"telNo":'))).toEqual(['090-0000-6401', '使い放題MAX 5G', true, null]);
  });
});

describe("a plan's name read as a label, with a figure after it", () => {
  it('("合理的みんなのプラン | <span>12.95GB</span><span>内訳は…</span>") names no plan "12.95GB"', () => {
    const page = `<!doctype html><html lang="ja"><body><table><thead><tr><th>電話番号</th><th>料金プラン</th><th>当月データ残量</th><th>状態</th></tr></thead><tbody>
      <tr><td>090-0000-1801</td><td>合理的みんなのプラン</td><td><span class="big">12.95GB</span><span class="sub">内訳は下記「データ残量の内訳」をご覧ください</span></td><td>ご利用中</td></tr>
      <tr><td>080-0000-1802</td><td>合理的シンプル290</td><td><span class="big">0.32GB</span> / 1GB</td><td>ご利用中</td></tr></tbody></table></body></html>`;
    const readings = extractFromHtml(page, 'https://mypage.bmobile.ne.jp/', NOW).readings;
    expect(readings.map((r) => r.plan)).not.toContain('12.95GB');
  });
});

describe("a card showing a number with a note where its kin show theirs", () => {
  it('("070-0000-1103 <span>（iPad・子回線）</span>") is that number\'s line, without the note', () => {
    const card = (no: string, note: string, rows: string) =>
      `<section class="blk"><div class="num">${no} <span class="sub">（${note}）</span></div><table class="info">${rows}</table></section>`;
    // (A jump list of the numbers above the cards holds each number first.)
    const page = `<!doctype html><html lang="ja"><body>
      <div class="tabs"><a href="#l1">090-0000-1101</a><a href="#l2">080-0000-1102</a><a href="#l3">070-0000-1103</a></div>
      ${card('090-0000-1101', 'スマートフォン', '<tr><th>料金プラン</th><td>ペイトク無制限</td></tr><tr><th>データ容量</th><td>無制限</td></tr><tr><th>今月の使用量</th><td>18.72GB</td></tr>')}
      ${card('080-0000-1102', 'スマートフォン・サブ', '<tr><th>料金プラン</th><td>スマホデビュープラン+</td></tr><tr><th>ご利用可能データ量</th><td>4.50GB</td></tr><tr><th>使用量</th><td>3.25GB</td></tr>')}
      ${card('070-0000-1103', 'iPad・子回線', '<tr><th>料金プラン</th><td>データシェアプラス</td></tr><tr><th>親回線</th><td>090-0000-1101</td></tr><tr><th>今月の使用量</th><td>2.10GB</td></tr>')}
      </body></html>`;
    const readings = extractFromHtml(page, 'https://re11.my.softbank.jp/resfe/top/', NOW).readings;
    expect(readings.map((r) => r.line)).toEqual(['090-0000-1101', '080-0000-1102', '070-0000-1103']);
  });
});

describe('an unlimited badge in a card of its own fields', () => {
  it('("<span class=chip>データ高速無制限</span>" among the plan, the usage and the fee) says the line is unlimited', () => {
    const card = (no: string, used: string, fee: string) =>
      `<section class="LineCard"><div><span class="num">${no}</span><span class="nick">メイン</span></div><div class="plan">Rakuten最強プラン</div>
      <span class="chip">データ高速無制限</span><div><div class="label">データ利用量（12/1〜12/19）</div><div class="data">${used}<span>GB</span></div></div>
      <div class="fee"><span>今月のプラン料金（目安）</span><span>${fee}</span></div></section>`;
    const page = `<!doctype html><html lang="ja"><body><h1>ご契約中の回線</h1>${card('080-0000-5501', '14.62', '2,178円')}${card('080-0000-5502', '1.07', '1,078円')}</body></html>`;
    const readings = extractFromHtml(page, 'https://portal.mobile.rakuten.co.jp/my-rakuten-mobile', NOW).readings;
    expect(readings.map((r) => [r.line, r.unlimited])).toEqual([['080-0000-5501', true], ['080-0000-5502', true]]);
  });
});

describe('"Minutes: Unlimited · Texts: Unlimited" in a card that names the line', () => {
  it('says what is unlimited before the word: the data is not', () => {
    const page = `<main><section class="card"><div>Your number: <span>07700 900418</span></div><p>Your goodybag</p><h2>£10 goodybag</h2>
      <div><span>7.3GB</span><span>left of 20GB</span></div><p>Your goodybag renews on <strong>18 Dec 2026</strong>.</p>
      <p class="small">Minutes: Unlimited · Texts: Unlimited</p><a href="/goodybags">Change goodybag</a></section></main>`;
    const [r] = read(page).readings;
    expect([r?.line, r?.remainingMB, r?.unlimited]).toEqual(['07700 900418', 7.3 * 1024, false]);
  });
});

describe("an emptied carry-over's end, the one end on the page", () => {
  const page = (carried: string) => `<!doctype html><html lang="ja"><body><h1>データ残量</h1><div>電話番号 090-0000-6101</div>
    <div class="total"><div>ご利用可能データ量（残り）</div><div><span>${carried === '0.00GB' ? '9.40GB' : '10.20GB'}</span> / 16.20GB</div></div>
    <div class="breakdown"><table><caption>繰越データ量</caption><tr><th>残り / 繰越量</th><td>${carried} / 1.20GB</td></tr><tr><th>有効期限</th><td>2026年12月31日</td></tr></table>
    <table><caption>基本データ量</caption><tr><th>残り / 基本容量</th><td>9.40GB / 15.00GB</td></tr></table></div></body></html>`;
  const read = (html: string) => extractFromHtml(html, 'https://my.ymobile.jp/muc/d/webLink/doSend/MRERE0000', NOW).readings[0];
  it('("繰越データ量 0.00GB / 1.20GB | 有効期限 12月31日" over "基本データ量 9.40GB") ends nothing the line holds', () => {
    expect([read(page('0.00GB'))?.remainingMB, read(page('0.00GB'))?.expiresAt]).toEqual([9.4 * 1024, null]);
  });
  it('while a carry-over that still holds data ends then', () => {
    expect(read(page('0.80GB'))?.expiresAt).toBe('2026-12-31T23:59:59+09:00');
  });
});

describe('a figure with its end in a bracketed note ("1.00GB（有効期限：2026年12月31日）")', () => {
  it('is the value of the label before it, an allowance of its own that ends then', () => {
    const page = `<!doctype html><html lang="ja"><body><h2>090-0000-8801</h2><dl><dt>ご契約プラン</dt><dd>合理的みんなのプラン</dd>
      <dt>月間データ残量</dt><dd>16.25GB</dd><dt>追加データ残量</dt><dd>1.00GB（有効期限：2026年12月31日）</dd>
      <dt>次回データ容量リセット日</dt><dd>2027年1月1日</dd></dl></body></html>`;
    const [r] = extractFromHtml(page, 'https://mypage.bmobile.ne.jp/', NOW).readings;
    expect([r?.remainingMB, r?.expiresAt]).toEqual([17.25 * 1024, '2026-12-31T23:59:59+09:00']);
    expect(r?.buckets.map((b) => [b.remainingMB, b.expiresAt])).toEqual([[16.25 * 1024, null], [1024, '2026-12-31T23:59:59+09:00']]);
  });
});

describe("an allowance's label with a bracket saying which figures follow", () => {
  it('("基本データ（残り / 容量） | 0.75GB / 4.00GB") is named without it', () => {
    const page = `<!doctype html><html lang="ja"><body><h2>080-0000-1102</h2><table><tr><th>料金プラン</th><td>スマホデビュープラン+</td></tr></table>
      <table><caption>残りデータ量の内訳</caption><tr><th>基本データ（残り / 容量）</th><td>0.75GB / 4.00GB</td></tr>
      <tr><th>追加データ（残り / 購入量）</th><td>0.50GB / 0.50GB</td></tr></table></body></html>`;
    const [r] = extractFromHtml(page, 'https://re11.my.softbank.jp/resfe/top/', NOW).readings;
    expect(r?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB])).toEqual([['基本データ', 768, 4096], ['追加データ', 512, 512]]);
  });
});

describe("a store credit's, a voucher's or a code's end", () => {
  it('("Airmoney expires Dec 1, 2027 unless you make a purchase") is not the eSIM\'s', () => {
    const page = `<!doctype html><html lang="en"><body><h1>My eSIMs</h1>
      <div class="airmoney"><span>Airmoney balance: <b>US$3.20</b></span><span>Airmoney expires Dec 1, 2027 unless you make a purchase</span></div>
      <article class="sim"><h2>Tokyo trip</h2><div class="kv"><span>Remaining data</span><span>1.25 GB of 3 GB</span></div>
      <div class="kv"><span>Expires</span><span>Dec 20, 2026, 2:30 PM (GMT+9)</span></div></article></body></html>`;
    const [r] = extractFromHtml(page, 'https://www.airalo.com/my-esims', NOW).readings;
    expect(r?.expiresAt).toBe('2026-12-20T14:30:00+09:00');
  });
  it('("兌換期限：2027-01-15" of a top-up voucher, "コード入力期限") is not the line\'s', () => {
    const page = (label: string) => `<!doctype html><html lang="zh-Hant"><body><h1>我的號碼</h1><table>
      <tr><td>日本號碼</td><td>070-0000-3318</td></tr><tr><td>數據包到期</td><td>2026-12-24 23:59</td></tr>
      <tr><td>剩餘數據</td><td>6.8 GB</td></tr></table>
      <div class="voucher"><span>HK$100 增值券</span><span>${label}：2027-01-15</span></div></body></html>`;
    for (const label of ['兌換期限', 'コード入力期限', '增值券有效期', 'Redeem by']) {
      expect(extractFromHtml(page(label), 'https://www.jpcard-hk.example/member/number', NOW).readings[0]?.expiresAt).toBe('2026-12-24T23:59:00+09:00');
    }
  });
});

describe('a hotline in the page\'s small print ("客戶服務熱線：+852 0000 0000")', () => {
  it('is no line: the eSIM keeps the name the user gave it, beside its rename action', () => {
    const page = `<!doctype html><html lang="zh-Hant"><body><main>
      <article class="card"><header><div><h3>媽媽的iPhone</h3><a href="#rename">更改名稱</a></div></header><dl><div><dt>套餐</dt><dd>日本 5GB 8日 數據計劃</dd></div>
      <div><dt>到期日</dt><dd>2026-12-10 23:59</dd></div></dl><div>剩餘數據 <strong>1.2</strong>GB / 5GB</div></article></main>
      <p>港遊卡為旅遊 SIM 卡零售商。客戶服務熱線：+852 0000 0000（星期一至五 10:00–19:00）。</p></body></html>`;
    expect(extractFromHtml(page, 'https://shop.gangsim.example/zh-hk/account/esims', NOW).readings.map((r) => r.line)).toEqual(['媽媽的iPhone']);
  });
});

describe('what is left with its whole in brackets ("6.8 GB（共 10 GB）")', () => {
  it('reads both', () => {
    const page = `<!doctype html><html lang="zh-Hant"><body><h1>我的號碼</h1><table><tr><td>日本號碼</td><td>070-0000-3318</td></tr>
      <tr><td>剩餘數據</td><td><span>6.8</span> GB（共 10 GB）</td></tr><tr><td>數據包到期</td><td>2026-12-24 23:59</td></tr></table></body></html>`;
    const [r] = extractFromHtml(page, 'https://www.jpcard-hk.example/member/number', NOW).readings;
    expect([r?.remainingMB, r?.totalMB]).toEqual([6.8 * 1024, 10240]);
  });
});

describe('"回線の利用期限" beside the data\'s own end', () => {
  it("is the line's validity, not the data's end", () => {
    const page = `<!doctype html><html lang="ja"><body><h1>ご購入SIM一覧</h1><dl><dt>電話番号</dt><dd>080-0000-2718</dd>
      <dt>データ残量</dt><dd>358MB / 1,024MB</dd><dt>データ有効期限</dt><dd>2027年1月末まで</dd>
      <dt>回線の利用期限</dt><dd>2027年5月9日</dd></dl></body></html>`;
    const [r] = extractFromHtml(page, 'https://www.prepaid-sim-store.example/mypage/sims', NOW).readings;
    expect([r?.expiresAt, r?.lineValidUntil]).toEqual(['2027-01-31T23:59:59+09:00', '2027-05-09T23:59:59+09:00']);
  });
});

describe('a badge at the head of an offer card ("熱銷", "おすすめ")', () => {
  it('names no line: a list of offers to buy is a catalogue', () => {
    const card = (badge: string, name: string, price: string) =>
      `<article class="prod">${badge ? `<span class="tag">${badge}</span>` : ''}<h3>${name}</h3><div class="spec">總流量 3GB<br>使用期限：開通後 7 天</div><div class="price">NT$ ${price}</div><a href="/buy">加入購物車</a></article>`;
    const page = `<!doctype html><html lang="zh-Hant"><body><h1>日本上網卡・eSIM 全系列</h1><div class="grid">${card('熱銷', '日本上網卡 3GB 7天', '299')}${card('', '日本上網卡 10GB 15天', '499')}${card('推薦', '日本 eSIM 20GB 30天', '690')}</div></body></html>`;
    const r = extractFromHtml(page, 'https://www.lujp-sim.example/tw/products/japan', NOW);
    expect([r.pageKind, r.readings.length]).toEqual(['catalogue', 0]);
  });
});

describe('a value in the shape "label：value" ("適用本站長效號碼卡 | 序號兌換期限：購買後 1 年")', () => {
  it('is no name of a line', () => {
    const page = `<!doctype html><html lang="zh-Hant"><body><h1>日本上網卡・eSIM 全系列</h1>
      <article class="prod"><h3>日本長效號碼卡 180天</h3><div class="spec">含日本 070 門號＋1GB 流量</div><div class="price">NT$ 990</div><a href="/b1">加入購物車</a></article>
      <article class="prod"><h3>加值序號 5GB 30天</h3><div class="spec">適用本站長效號碼卡<br>序號兌換期限：購買後 1 年</div><div class="price">NT$ 350</div><a href="/b2">加入購物車</a></article>
      <article class="prod"><h3>日本 eSIM 20GB 30天</h3><div class="spec">總流量 20GB<br>使用期限：啟用後 30 天</div><div class="price">NT$ 690</div><a href="/b3">加入購物車</a></article></body></html>`;
    const r = extractFromHtml(page, 'https://www.lujp-sim.example/tw/products/japan', NOW);
    expect(r.readings.map((x) => x.line)).toEqual([]);
  });
});

describe("a shop's order page that shows the SIM's live status", () => {
  const status = `<section><h3>SIM 卡使用狀況</h3><table><tr><th>SIM卡號（ICCID）</th><td>8981100000007700123</td></tr><tr><th>方案</th><td>日本 3GB 7天</td></tr>
    <tr><th>SIM卡使用期限</th><td>2026/12/07 23:59（日本時間）</td></tr></table><div>剩餘流量 <span>820</span><span>MB</span> ／ 總流量 3GB</div></section>`;
  it('("訂單查詢" over the ICCID and what is left) is the account', () => {
    const page = `<!doctype html><html lang="zh-Hant"><head><title>訂單查詢｜LuJP SIM</title></head><body>
      <section><h3>訂單資訊</h3><table><tr><th>訂單編號</th><td>TW26112900318</td></tr><tr><th>訂單金額</th><td>NT$ 299</td></tr></table></section>${status}</body></html>`;
    const r = extractFromHtml(page, 'https://www.lujp-sim.example/tw/order/query?no=TW26112900318', NOW);
    expect([r.pageKind, r.readings[0]?.line, r.readings[0]?.remainingMB]).toEqual(['account', '8981100000007700123', 820]);
  });
  it('while an order list without a SIM\'s status stays the history', () => {
    const page = `<!doctype html><html lang="zh-Hant"><head><title>訂單查詢｜LuJP SIM</title></head><body>
      <table><tr><th>訂單編號</th><td>TW26112900318</td></tr><tr><th>商品名稱</th><td>日本上網卡 3GB 7天</td></tr><tr><th>訂單金額</th><td>NT$ 299</td></tr></table></body></html>`;
    expect(extractFromHtml(page, 'https://www.lujp-sim.example/tw/order/query?no=TW26112900318', NOW).pageKind).toBe('order-history');
  });
  const detail = (heading: string, usage: string) => `<!doctype html><html lang="zh-CN"><body><div class="bar">订单详情</div><div class="hd"><h2>${heading}</h2></div>
    <div class="steps"><span class="done">已付款</span><span class="done">已发货</span><span class="done">已签收</span><span class="done">已激活</span><span>已到期</span></div>
    <div class="goods"><div>日本7天无限流量上网卡</div><div class="price">¥79.00</div></div>
    <div class="group"><div class="cell"><span>卡号（ICCID）</span><span>8981300000000045678</span></div><div class="cell"><span>套餐名称</span><span>日本7天无限流量</span></div><div class="cell"><span>套餐到期时间</span><span>2026-12-05 17:40（北京时间）</span></div></div>
    ${usage}<div class="group"><div class="cell"><span>订单编号</span><span>YH2026112817340021</span></div><div class="cell"><span>实付款</span><span>¥79.00 元</span></div></div></body></html>`;
  const used = `<div class="usage"><div>已用流量 <span class="unl">无限流量</span></div><div><span class="big">5.62</span> GB</div></div>`;
  it('("交易成功 · 卡片使用中", its steps bar, the data used beside an unlimited badge) is the account', () => {
    const r = extractFromHtml(detail('交易成功 · 卡片使用中', used), 'https://m.yinghua-liuliang.example/order/detail?orderNo=YH2026112817340021', NOW);
    expect([r.pageKind, r.readings[0]?.line, r.readings[0]?.usedMB, r.readings[0]?.unlimited, r.confirmation]).toEqual(['account', '8981300000000045678', 5.62 * 1024, true, null]);
  });
  it('while a purchase just made, with no data used yet, is the confirmation', () => {
    const r = extractFromHtml(detail('支付成功', ''), 'https://m.yinghua-liuliang.example/order/detail?orderNo=YH2026112817340021', NOW);
    expect(r.pageKind).toBe('confirmation');
  });
});

describe('two contracts in cards of one kind, each with a head classed as one ("contract__head")', () => {
  it('are two records: the active eSIM keeps its data, the cancelled SIM ends only itself', () => {
    const card = (title: string, status: string, body: string) =>
      `<section class="contract"><div class="contract__head"><span class="contract__title">${title}</span><span class="status">${status}</span></div>${body}</section>`;
    const page = `<!doctype html><html lang="en"><body>
      ${card('Travel eSIM 15 Days / 30GB', 'Active', '<div class="meter-text"><strong>18.6 GB</strong> of 30 GB remaining</div><dl><dt>ICCID</dt><dd>89810300000044712260</dd><dt>Data plan valid until</dt><dd>December 15, 2026, 23:59 (JST)</dd></dl>')}
      ${card('Data SIM – Monthly Plan 50GB', 'Cancelled', '<dl><dt>Phone number</dt><dd>080-0000-2749</dd><dt>Cancellation date</dt><dd>October 31, 2026</dd></dl>')}</body></html>`;
    const r = extractFromHtml(page, 'https://www.sakuramobile.jp/my-page/contract-details', NOW).readings;
    expect(r.map((x) => [x.line, x.remainingMB, x.expiresAt])).toEqual([['89810300000044712260', 19046.4, '2026-12-15T23:59:00+09:00']]);
  });
});

describe('a list of contracts with an ended one, beside the line the page shows', () => {
  it('("<li>070-… 解約済み</li>") is a record: the page\'s status stays the shown line\'s', () => {
    const page = `<!doctype html><html lang="ja"><body><section><div>ご利用中のご契約電話番号</div><div class="num">080-0000-3391</div></section>
      <section class="card"><h2>データ利用量</h2><div><div class="sub">今月のデータ利用量</div><div class="big">12.6<span>GB</span></div></div></section>
      <section class="card"><h2>ご契約一覧</h2><ul><li><span>080-0000-3391<br><span>Rakuten最強プラン・eSIM</span></span><span>ご利用中</span></li>
      <li><span>070-0000-8812<br><span>Rakuten最強プラン・SIMカード</span></span><span><span class="badge">解約済み</span><br><span>2026年9月30日 解約</span></span></li></ul></section></body></html>`;
    const r = extractFromHtml(page, 'https://portal.mobile.rakuten.co.jp/dashboard', NOW).readings;
    expect(r.map((x) => [x.line, x.usedMB])).toEqual([['080-0000-3391', 12.6 * 1024]]);
  });
});

describe('a cancelled service in a card of its own kind, beside the card that holds the line', () => {
  it('("<div class=svc><h3>…</h3>Cancelled…</div>", no status in it) ends only that card', () => {
    const svc = (title: string, state: string, rows: string, more = '') =>
      `<div class="svc"><div class="svc-h"><h3>${title}</h3><span class="svc-state">${state}</span></div><table>${rows}</table>${more}</div>`;
    const page = `<!doctype html><html lang="en"><body><h1>Services</h1>
      ${svc('Japan eSIM – 30 Day Voice + Data', 'Active', '<tr><td>Phone Number</td><td>070-0000-4411</td></tr><tr><td>Service End Date</td><td>21 Dec 2026</td></tr>', '<div class="usage"><div>High-speed data used this month: <strong>2.4 GB</strong> of 7 GB</div></div>')}
      ${svc('Japan SIM – 15 Day Data Only', 'Cancelled', '<tr><td>Phone Number</td><td>—</td></tr><tr><td>Cancellation Date</td><td>3 Mar 2026</td></tr>')}
      <p class="note">All dates are shown in Japan Standard Time (JST).</p></body></html>`;
    const r = extractFromHtml(page, 'https://www.mobal.com/myaccount/services', NOW).readings;
    expect(r.map((x) => [x.line, x.usedMB, x.expiresAt])).toEqual([['070-0000-4411', 2.4 * 1024, '2026-12-21T23:59:59+09:00']]);
  });
});

describe('a countdown with its units in small print ("剩餘 17<small>小時</small>42<small>分</small>")', () => {
  it('ends the plan at now + that, to the minute', () => {
    const page = `<!doctype html><html lang="zh-Hant"><body><div class="hero"><div>ICCID 8985200000000098765</div><div>日本 5天 吃到飽</div></div>
      <div class="count"><div class="lbl">方案剩餘時間</div><div class="t">剩餘 17<small>小時</small>42<small>分</small></div></div>
      <div class="li"><span>已使用</span><span>8.73 GB</span></div><p>本頁時間皆以台灣時間（GMT+8）顯示。</p></body></html>`;
    const [r] = extractFromHtml(page, 'https://esim.feiri.example/tw/my/esim/9f2c1a', NOW).readings;
    expect(r?.expiresAt && Date.parse(r.expiresAt)).toBe(NOW.getTime() + (17 * 60 + 42) * 60_000);
  });
});

describe('what is left shown twice, its whole in words once ("<b>14.6GB</b> of 20GB data left" and "14.6GB data left")', () => {
  it('reads the whole', () => {
    const page = `<!doctype html><html lang="en"><body><p>Hi Lin, here's your SIM · <b>07700 900412</b></p><section><h2>£10 goodybag</h2>
      <p>Your goodybag renews on 19 December 2026</p><p><b>14.6GB</b> of 20GB data left</p>
      <div class="allowance"><div><strong>Unlimited</strong>UK minutes</div><div><strong>14.6GB</strong>data left</div></div></section></body></html>`;
    const [r] = extractFromHtml(page, 'https://www.giffgaff.com/dashboard', NOW).readings;
    expect([r?.remainingMB, r?.totalMB]).toEqual([14.6 * 1024, 20480]);
  });
});

describe('marketplace pages (blind batch 82 classes)', () => {
  it('a voucher\'s period ("凭证有效期 | 2027-05-31 前使用") ends nothing of the eSIM', () => {
    const page = `<!doctype html><html lang="zh-CN"><body><div class="ttl">电子凭证</div><table><tr><td>凭证有效期</td><td>2027-05-31 前使用</td></tr></table>
      <div class="ttl">eSIM 流量详情</div><table><tr><td>ICCID</td><td>89860000000012907735</td></tr><tr><td>剩余流量</td><td>0.8GB / 5GB</td></tr><tr><td>到期时间</td><td>2026-12-07 18:00（北京时间）</td></tr></table></body></html>`;
    const [r] = extractFromHtml(page, 'https://www.gogotabi.example/member/order/26KK112609338', NOW).readings;
    expect(r?.expiresAt).toBe('2026-12-07T18:00:00+08:00');
  });
  it('a question in the title ("…有什麼不同？｜客服中心") is a help page', () => {
    const page = `<!doctype html><html lang="zh-Hant"><head><title>憑證使用期限與 eSIM 有效期有什麼不同？｜GoGoTabi 客服中心</title></head><body>
      <h1>憑證使用期限與 eSIM 有效期有什麼不同？</h1><table><tr><td>eSIM 到期時間</td><td>2026/12/28 10:00（日本時間）</td></tr></table></body></html>`;
    expect(extractFromHtml(page, 'https://www.gogotabi.example/zh-tw/help/123', NOW).pageKind).toBe('help');
  });
  it('an eSIM not yet in use with its install-by date ("安裝期限 | 請於 2027/02/28 前完成安裝") gives no reading', () => {
    const item = (nick: string, state: string, rows: string) =>
      `<div class="esim-item"><div class="top"><span class="nick">${nick}</span><span class="lb">${state}</span></div><div class="rows">${rows}</div></div>`;
    const page = `<!doctype html><html lang="zh-Hant"><body><h1>我的 eSIM</h1><div class="sub">以下時間皆為日本時間（GMT+9）</div>
      ${item('東京出差', '使用中', '<span><span class="k">方案</span>日本 20GB / 15天</span><span><span class="k">剩餘流量</span>12.4GB / 20GB</span><span><span class="k">到期</span>2026/12/18 08:00</span>')}
      ${item('大阪賞楓', '未啟用', '<span><span class="k">方案</span>日本 5GB / 5天</span><span><span class="k">安裝期限</span>請於 2027/02/28 前完成安裝與啟用</span>')}</body></html>`;
    const r = extractFromHtml(page, 'https://www.gogotabi.example/zh-tw/member/esims', NOW).readings;
    expect(r.map((x) => x.line)).toEqual(['東京出差']);
  });
  it('a booking\'s number ("預訂編號 | TJ2611270051") is no line', () => {
    const page = `<!doctype html><html lang="zh-Hant"><body><section><h2>預訂資訊</h2><dl><dt>預訂編號</dt><dd>TJ2611270051</dd><dt>付款金額</dt><dd>NT$ 389</dd></dl></section>
      <section><h2>eSIM 使用狀況</h2><dl><dt>ICCID</dt><dd>89812000000044712209</dd><dt>到期時間</dt><dd>2026/12/07 14:20（日本時間）</dd><dt>剩餘流量</dt><dd>6.35GB / 10GB</dd></dl></section></body></html>`;
    expect(extractFromHtml(page, 'https://www.tripjoy.example/zh-TW/booking/TJ2611270051', NOW).readings.map((r) => r.line)).toEqual(['89812000000044712209']);
  });
  it('an order\'s details ("交易详情 … 交易成功") over a grid of the SIM\'s live status is the account, each label taking the leaf after it', () => {
    const kv = [['日本号码', '090-0000-4821'], ['套餐名称', '15天10GB高速流量+通话'], ['卡状态', '已激活 · 正常使用'], ['剩余流量', '3.52GB'], ['总流量', '10GB'], ['有效期至', '2026年12月15日（东京时间）'], ['查询时间', '2026-12-02 09:10（北京时间）']];
    const page = `<!doctype html><html lang="zh-CN"><body><div class="hd">淘货网 · 交易详情</div><div class="st">当前订单状态：<em>交易成功</em></div>
      <table><tr><td>日本电话卡 docomo 15天10GB</td><td>¥59.00</td></tr></table><div>实付款：¥59.00</div>
      <div class="mod"><div class="mod-hd">卡片实时状态</div><div class="kv">${kv.map(([k, v]) => `<span>${k}</span><span>${v}</span>`).join('')}</div></div></body></html>`;
    const r = extractFromHtml(page, 'https://buyertrade.taohuo.example/trade/detail?bizOrderId=3920000000451277', NOW);
    expect([r.pageKind, r.readings[0]?.plan, r.readings[0]?.remainingMB, r.readings[0]?.expiresAt]).toEqual(['account', '15天10GB高速流量+通话', 3.52 * 1024, '2026-12-15T23:59:59+09:00']);
  });
});

describe('fields in one line apart by a dot ("Plan: Japan 10 GB – 30 days · Network: NTT Docomo")', () => {
  it('each is its value without the dot', () => {
    const page = `<!doctype html><html lang="en"><body><h1>My eSIMs</h1><div class="card"><div class="n">ICCID 89330000000012345678</div>
      <div class="meta">Plan: Japan 10 GB – 30 days · Network: NTT Docomo / SoftBank · All times shown in Japan time (GMT+9)</div>
      <div>Remaining: 8.2 GB of 10 GB</div><div>Expires: 24 Dec 2026 17:31</div></div></body></html>`;
    expect(extractFromHtml(page, 'https://www.ubigi.com/en/my-esims', NOW).readings[0]?.plan).toBe('Japan 10 GB – 30 days');
  });
});

describe('an ended topping under "終了したトッピング", its status in a row of its own ("状態 | 有効期限切れ（…）")', () => {
  it('is history: the line and its current toppings stay', () => {
    const tile = (name: string, rows: string, cls = 'tile') => `<div class="${cls}"><div class="name">${name}</div>${rows}</div>`;
    const row = (t: string, v: string) => `<div class="row"><span class="t">${t}</span><span class="v">${v}</span></div>`;
    const page = `<!doctype html><html lang="ja"><body><section><div class="num">070-0000-5312</div><div class="pl">ご契約プラン：povo2.0</div></section><h2>データ</h2>
      ${tile('データ追加20GB(30日間)', row('残量', '20.00GB / 20.00GB') + row('有効期限', '2027年 1月 1日 午後11:59'))}
      <h2>終了したトッピング</h2>${tile('データ追加3GB(30日間)', row('状態', '有効期限切れ（2026年 11月 29日）'), 'tile old')}</body></html>`;
    const r = extractFromHtml(page, 'https://shop.povo.jp/manage/plan-details', NOW).readings;
    expect(r.map((x) => [x.line, x.plan, x.remainingMB])).toEqual([['070-0000-5312', 'povo2.0', 20480]]);
  });
});

describe('blind batches 84 and 85 classes', () => {
  it('an embedded state\'s record unit ({"unit": "GB", "remaining": 64.52}) goes before a key\'s usual one', () => {
    const state = { props: { pageProps: { line: { msisdn: '070-0000-3390', planName: 'ahamo', data: { unit: 'GB', remaining: 64.52, capacity: 110, used: 45.48, nextResetDate: '2027-01-01' } } } } };
    const page = `<!doctype html><html lang="ja"><body><div>電話番号 070-0000-3390</div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`;
    expect(extractFromHtml(page, 'https://ahamo.com/myahamo/usage', NOW).readings[0]?.remainingMB).toBe(64.52 * 1024);
  });
  it('a breadcrumb ("首頁 › 帳務與服務 › 國際漫遊 › 已申辦的漫遊上網方案") names no plan', () => {
    const page = `<!doctype html><html lang="zh-Hant"><body><div class="bc">首頁 › 帳務與服務 › 國際漫遊 › 已申辦的漫遊上網方案</div>
      <div><span>門號</span><strong>0900-000-318</strong></div><div class="pass"><div class="kv"><b>到期時間</b><span>2026/12/08 14:32（GMT+8）</span></div><div class="kv"><b>已使用流量</b><span>3.6GB</span></div></div></body></html>`;
    expect(extractFromHtml(page, 'https://www.yuanyun.example/roaming/passes', NOW).readings[0]?.plan ?? null).toBeNull();
  });
  it('a bill ("2026年11月ご利用分のご請求金額") is no status of the line, whatever usage it lists', () => {
    const page = `<!doctype html><html lang="ja"><body><h1>2026年11月ご利用分のご請求金額<span>確定</span></h1><div>2,178円</div>
      <h2>内訳（090-0000-4470）</h2><div class="row"><span>データ利用量 14.82GB</span></div><div><span>合計（税込）</span><span>2,178円</span></div></body></html>`;
    const r = extractFromHtml(page, 'https://portal.mobile.rakuten.co.jp/my-rakuten-mobile/billing', NOW);
    expect([r.pageKind, r.readings.length]).toEqual(['other', 0]);
  });
  it('"料金プラン | 合理的みんなのプラン" in a row of its two cells is the plan, though the name reads like a label', () => {
    const page = `<!doctype html><html lang="ja"><body><section><div class="kv"><span class="k">電話番号</span><span>080-0000-7715</span></div>
      <div class="kv"><span class="k">料金プラン</span><span>合理的みんなのプラン</span></div>
      <div class="kv"><span class="k">通話オプション</span><span>完全かけ放題（加入中）</span></div><div class="kv"><span class="k">SIM</span><span>eSIM（ドコモ回線）</span></div></section>
      <section><div>今月のデータ残量 0.38GB / 20GB</div></section>
      <table><tr><th>合理的みんなのプラン</th><td>完全かけ放題 1,600円</td></tr></table></body></html>`;
    expect(extractFromHtml(page, 'https://www.nihontsushin.com/mypage/', NOW).readings[0]?.plan).toBe('合理的みんなのプラン');
  });
});
