import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../tools/extract-page';

/** What a page is, from its content (utils/extract/page-kind.ts). */

const NOW = new Date('2026-12-02T10:00:00+09:00');

describe('an order history', () => {
  it.each([
    ['ja', 'データ追加 お申し込み履歴', 'https://my.softbank.jp/mysoftbank/data/apply-history'],
    ['ja', 'チャージ履歴', 'https://shop.povo.jp/manage/charges'],
    ['zh-CN', '充值记录', 'https://www.sim-shop.example/user/recharge'],
    ['en', 'Top-up history', 'https://www.giffgaff.com/account/topups'],
    ['en', 'Orders | Profile | Airalo', 'https://www.airalo.com/profile/orders'],
    ['zh-TW', '訂單查詢｜會員中心', 'https://www.nichiryo-tsu.example/member/orders'],
  ])('(%s) titled "%s" with 注文完了 rows is no confirmation', (lang, title, url) => {
    const html = `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><h1>${title}</h1>
      <table><tr><th>日時</th><th>内容</th><th>金額</th><th>状態</th></tr>
      <tr><td>2026/11/17 19:02</td><td>データ追加 1GB</td><td>1,100円</td><td>注文完了</td></tr>
      <tr><td>2026/10/02 08:40</td><td>データ追加 0.5GB</td><td>550円</td><td>購入完了</td></tr></table></body></html>`;
    const r = extractFromHtml(html, url, NOW);
    expect(r.pageKind).toBe('order-history');
    expect(r.confirmation).toBeNull();
    expect(r.readings).toEqual([]);
  });
});

describe('a checkout', () => {
  const page = (button: string, radio = 'checked') =>
    extractFromHtml(
      `<!doctype html><html lang="en"><body><form><label><input type="radio" name="g" ${radio}><span>£20 goodybag</span><span>50GB · 30 days</span></label>
       <label><input type="radio" name="g"><span>£25 goodybag</span></label>${button}</form></body></html>`,
      'https://www.giffgaff.com/goodybag/choose',
      NOW,
    );

  it("has a form's 'Buy …' submit button for a picked choice", () => {
    expect(page('<button type="submit">Buy goodybag</button>').pageKind).toBe('checkout');
  });

  it('is not made by a "Buy …" button with nothing picked', () => {
    expect(page('<button type="submit">Buy goodybag</button>', '').pageKind).not.toBe('checkout');
  });
});

describe('a progress bar and a pay verb at the end of the button', () => {
  const steps = (current: number) =>
    ['トッピング選択', '購入内容の確認', '購入完了'].map((s, i) => `<li${i === current ? ' aria-current="step"' : ''}>${s}</li>`).join('');
  const page = (button: string) => `<!doctype html><html lang="ja"><body><ol class="steps">${steps(1)}</ol>
    <section><h2>購入するトッピング</h2><div>データ追加20GB(30日間)</div><div>2,700円</div></section>
    <div><span>お支払い金額（税込）</span><span>2,700円</span></div>
    <div role="button">${button}</div></body></html>`;

  it.each(['スワイプして購入を確定する →', 'この内容で申し込む'])('a page with "購入完了" as its next step and "%s" is a checkout', (button) => {
    const r = extractFromHtml(page(button), 'https://shop.povo.jp/topping/confirm?sku=1', NOW);
    expect(r.pageKind).toBe('checkout');
    expect(r.confirmation).toBeNull();
    expect(r.checkout?.price).toEqual({ amount: 2700, currency: 'JPY' });
  });

  it('the current step "購入完了" still makes the page a confirmation', () => {
    const html = `<!doctype html><html lang="ja"><body><ol>${steps(2)}</ol><p>注文番号 40100000000012345</p>
      <p><span>お支払い金額</span><span>330円</span></p></body></html>`;
    expect(extractFromHtml(html, 'https://shop.povo.jp/topping/done', NOW).pageKind).toBe('confirmation');
  });

  it('a total of data ("データ残量合計") beside a buy button makes no checkout of an account page', () => {
    const html = `<!doctype html><html lang="ja"><body><h3>090-0000-3141</h3>
      <table><tr><th>データ残量合計</th><td>5.55GB</td></tr><tr><th>有効期限</th><td>2027年1月末</td></tr></table>
      <button type="button">データ量を追加購入する</button></body></html>`;
    const r = extractFromHtml(html, 'https://www.iijmio.jp/member/', NOW);
    expect(r.pageKind).toBe('account');
    expect(r.readings[0]?.remainingMB).toBe(5683.2);
  });
});

describe('the first step of a purchase form', () => {
  const page = (choice: string, button: string) => `<!doctype html><html lang="ja"><body><h1>データ量追加のお申し込み</h1>
    <form><table><tr><th>追加するデータ量</th><td><select>${choice}</select></td></tr></table>
    <dl><dt>お申し込み内容</dt><dd>データ量追加 3GB</dd><dt>お支払い金額</dt><dd>660円（税込）</dd></dl>
    <button type="button">戻る</button><button type="submit">${button}</button></form></body></html>`;
  const url = 'https://www.iijmio.jp/service/setup/hdc/charge/';

  it('a picked product, a total of money and "確認画面へ" make a checkout', () => {
    const r = extractFromHtml(page('<option>1GB（220円）</option><option selected>3GB（660円）</option>', '確認画面へ'), url, NOW);
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout).toMatchObject({ product: 'データ量追加 3GB', price: { amount: 660, currency: 'JPY' } });
  });

  it('a selected option that names no product (a month) makes none', () => {
    const r = extractFromHtml(page('<option>2026年11月</option><option selected>2026年12月</option>', '次へ'), url, NOW);
    expect(r.pageKind).not.toBe('checkout');
  });

  it('"Buy goodybag" for a picked radio card with a total to pay is one without a form', () => {
    const html = `<!doctype html><html lang="en"><body><div role="radiogroup">
      <div role="radio" aria-checked="true"><div>£15</div><div>35GB data</div></div><div role="radio" aria-checked="false"><div>£20</div><div>50GB data</div></div></div>
      <div><span>To pay today</span><span>£15.00</span></div><div><button type="button">Buy goodybag</button></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.giffgaff.com/goodybags/buy', NOW);
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.price).toEqual({ amount: 15, currency: 'GBP' });
  });
});

describe('a price list in Chinese', () => {
  it.each(['日本 eSIM 方案價格表', '日本流量卡价格表', '方案總覽'])('titled "%s", with a FAQ below, is a catalogue', (title) => {
    const html = `<!doctype html><html lang="zh-TW"><head><title>${title}｜富士 eSIM</title></head><body><h1>日本 eSIM 方案</h1>
      <div class="card"><h3>5天 吃到飽</h3><p>NT$399</p><a>立即購買</a></div><div class="card"><h3>10GB 30天</h3><p>NT$450</p><a>立即購買</a></div>
      <h2>常見問題</h2><p>有效期限多久？ 自開通起計算。</p></body></html>`;
    const r = extractFromHtml(html, 'https://www.fuji-esim.example/plans', NOW);
    expect(r.pageKind).toBe('catalogue');
    expect(r.readings).toEqual([]);
  });
});

describe('a price list that asks the user to pick', () => {
  it.each(['Pick a goodybag that suits you', 'Choose your plan', 'Find the plan for your trip'])('headed "%s", with dates and GB below, is a catalogue', (h1) => {
    const html = `<!doctype html><html lang="en"><head><title>Deals | giffgaff</title></head><body><h1>${h1}</h1>
      <div class="card"><h3>£10 goodybag</h3><p>20GB data</p><p>£10 a month</p><a>Choose</a></div>
      <div class="card"><h3>£15 goodybag</h3><p>35GB data</p><p>Offer ends 31 December 2026</p><a>Choose</a></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.giffgaff.com/sim-only-deals', NOW);
    expect(r.pageKind).toBe('catalogue');
    expect(r.readings).toEqual([]);
  });
});

describe('a pay button that says "pay now" in Japanese ("今すぐ支払う")', () => {
  it('with a total and a selected option makes a checkout', () => {
    const html = `<!doctype html><html lang="ja"><body><h1>日本 eSIM</h1>
      <select id="days"><option>5日間 – ¥3,490</option><option selected>7日間 – ¥4,590</option></select>
      <div><span>日本 eSIM｜無制限データ｜7日間</span><span>¥4,590</span></div>
      <div><span>合計（税込）</span><span>¥4,590</span></div><button>今すぐ支払う</button></body></html>`;
    const r = extractFromHtml(html, 'https://esim.holafly.com/ja/checkout/?product=esim-japan', NOW);
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.price).toEqual({ amount: 4590, currency: 'JPY' });
  });
});

describe('a Japanese rate page ("データチャージ 料金｜料金・割引")', () => {
  it('is a catalogue, though its table names an unlimited plan and a size', () => {
    const html = `<!doctype html><html lang="ja"><head><title>データチャージ 料金｜料金・割引｜au</title></head><body><h1>データチャージ 料金</h1>
      <table><tr><th>料金プラン</th><th>月間データ容量</th></tr><tr><td>使い放題MAX+ 5G</td><td>データ使い放題</td></tr><tr><td>スマホミニプラン</td><td>4GB</td></tr></table>
      <table><tr><th>チャージ容量</th><th>料金（税込）</th><th>有効期間</th></tr><tr><td>1GB</td><td>1,100円</td><td>62日間</td></tr></table></body></html>`;
    const r = extractFromHtml(html, 'https://www.au.com/mobile/charge/data-option/data-charge/rate/', NOW);
    expect(r.pageKind).toBe('catalogue');
    expect(r.readings).toEqual([]);
  });
});

describe('a confirmation that says "you’re all set" after the payment went through', () => {
  it('is a confirmation, the apostrophe written as an entity (a parser splits the text there)', () => {
    const html = `<!doctype html><html lang="en"><head><title>You&rsquo;re all set | giffgaff</title></head><body>
      <h1>Thanks Sam, you&rsquo;re all set!</h1><p>Your payment went through.</p>
      <div><span>Order reference</span><span>GG-8817-3320</span></div><div><span>£15 goodybag (40GB)</span><span>£15.00</span></div>
      <div><span>Total paid</span><span>£15.00</span></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.giffgaff.com/goodybag/confirmation?basketId=1', NOW);
    expect(r.pageKind).toBe('confirmation');
    expect(r.confirmation?.orderNumber).toBe('GG-8817-3320');
  });
});

describe('a support page on how to check data ("データ量の確認方法 | お客様サポート")', () => {
  it('is help, though it shows a sample screen with figures', () => {
    const html = `<!doctype html><html lang="ja"><head><title>データ量の確認方法 | お客様サポート | NTTドコモ</title></head><body><h1>データ量の確認方法</h1>
      <div class="figure"><span>表示例</span><div><span>ご契約プラン</span><span>eximo</span></div><div><span>当月のご利用データ量</span><span>17.5GB</span></div>
      <div><span>有効期限</span><span>2026年12月31日</span></div></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.docomo.ne.jp/support/data_check/', NOW);
    expect(r.pageKind).toBe('help');
    expect(r.readings).toEqual([]);
  });
});

describe('a sign-in page whose password step is not on screen yet', () => {
  const page = (title: string, form: string) =>
    extractFromHtml(
      `<!doctype html><html lang="ja"><head><title>${title}</title></head><body><h1>${title}</h1>${form}
       <template><input type="password" name="pw"><p>ワンタイムキー（有効期限：送信から10分）</p></template>
       <ul><li><time>2026/11/05</time>前月繰り越し容量の有効期限表示を改善しました（例：「2026/12/31まで」）。</li></ul></body></html>`,
      'https://my.mineo.jp/mvno_cp/MCP00_Login.action',
      NOW,
    );
  it.each(['マイページにログイン', 'Sign in to My Account', '會員登入'])('"%s" over an ID field and 次へ is a login page', (title) => {
    const r = page(title, '<form><label>eoID</label><input type="text" name="id"><button type="submit">次へ</button></form>');
    expect(r.pageKind).toBe('login');
    expect(r.readings).toEqual([]);
  });
  it('is not said by a header that the user is signed in ("ログイン中")', () => {
    expect(page('ログイン中のお客さま', '<form><input type="text" name="q"></form>').pageKind).not.toBe('login');
  });
});

describe('a help article titled as a question or as a help centre\'s page', () => {
  it.each([
    'How long can I use my Japan eSIM? – Sakura Mobile Help',
    'What happens when my data runs out?',
    'データ残量はどこで確認できますか？',
    '短期方案結束後可以保留電話號碼嗎？',
    '保留號碼 – Mobal 支援中心',
    'eSIM 安裝教學（iPhone / Android）｜日本網 eSIM',
    'eSIM installation guide',
  ])(
    '"%s" is a help page, its example dates no expiry',
    (title) => {
      const r = extractFromHtml(
        `<!doctype html><html lang="en"><head><title>${title}</title></head><body><h1>${title}</h1>
         <p>Example: a 10-day plan installed on January 1 can be used until 23:59 on January 10 (JST).</p>
         <table><tr><th>Plan</th><th>Data</th><th>Validity</th></tr><tr><td>10GB / 15 days</td><td>10GB</td><td>15 days</td></tr></table></body></html>`,
        'https://www.sakuramobile.jp/faq/esim/validity/',
        NOW,
      );
      expect(r.pageKind).toBe('help');
      expect(r.readings).toEqual([]);
    },
  );
});

describe('more page kinds from the title', () => {
  const page = (title: string, body: string, url: string) =>
    extractFromHtml(`<!doctype html><html lang="ja"><head><title>${title}</title></head><body><h1>${title.split(/\s*[|｜]\s*/)[0]}</h1>${body}</body></html>`, url, NOW);
  it('a campaign page ("…キャンペーン | ahamo") is other, though it has a FAQ section', () => {
    const r = page('大盛りはじめてポイント還元キャンペーン | ahamo', '<h2>参加方法</h2><p>エントリー期間：2026年12月1日〜2027年1月31日</p><h2>よくあるご質問</h2>', 'https://ahamo.com/campaign/oomori/');
    expect(r.pageKind).toBe('other');
    expect(r.readings).toEqual([]);
  });
  it.each(['パスワードの再設定｜LINEMO', 'Reset your password | My giffgaff'])('a password reset page ("%s") over a form field is a login page', (title) => {
    const r = page(title, '<form><label>メールアドレス</label><input type="email" name="mail"><button type="submit">送信する</button></form>', 'https://care.linemo.jp/password/reset');
    expect(r.pageKind).toBe('login');
  });
});

describe('a page titled by what it is', () => {
  it.each([
    ['a press release about plans is news, not a price list', '報道発表資料 : 一部料金プランを改定 | お知らせ | NTTドコモ', 'https://www.docomo.ne.jp/info/news_release/2026/11/01.html', 'other'],
    ['"Rates" in a title is a price list', 'Data Charge: Rates | Mobile | au', 'https://www.au.com/english/mobile/charge/', 'catalogue'],
  ])('%s', (_, title, url, kind) => {
    const html = `<!doctype html><html lang="ja"><head><title>${title}</title></head><body><h1>${title.split(/[|:]/)[0]}</h1>
      <table><tr><th>Product</th><th>Price</th><th>Validity</th></tr><tr><td>1GB</td><td>1,100円</td><td>31 days (e.g. until 2027/01/02)</td></tr>
      <tr><td>3GB</td><td>2,200円</td><td>31 days</td></tr></table></body></html>`;
    const r = extractFromHtml(html, url, NOW);
    expect(r.pageKind).toBe(kind);
    expect(r.readings).toEqual([]);
  });
});

describe('session 10 shop pages', () => {
  it('"お申込みを受け付けました" / "受付完了" confirms a purchase', () => {
    const html = `<!doctype html><html lang="ja"><head><title>データチャージ 受付完了 | My au</title></head><body>
      <h1>データチャージのお申込みを受け付けました</h1><dl><dt>受付番号</dt><dd>DC0000000000001</dd><dt>お申込み内容</dt><dd>データチャージ（0.5GB）</dd>
      <dt>有効期限</dt><dd>2027年1月31日</dd><dt>金額</dt><dd>550円（税込）</dd></dl><p>電話番号 080-0000-1234</p></body></html>`;
    const r = extractFromHtml(html, 'https://my.au.com/aus/data/charge/complete', NOW);
    expect(r.pageKind).toBe('confirmation');
    expect(r.readings).toEqual([]);
  });

  it('a swipe-to-buy button ending in several arrows ("購入を確定する ›››") pays', () => {
    const html = `<!doctype html><html lang="ja"><head><title>購入内容の確認 | povo</title></head><body><h1>購入内容の確認</h1>
      <div><span>データ追加3GB(30日間)</span><span>990円（税込）</span></div><div><span>データ残量</span><span>1.02GB</span></div>
      <div><span>お支払い金額</span><span>990円</span></div><div role="button">スワイプして購入を確定する ›››</div></body></html>`;
    const r = extractFromHtml(html, 'https://shop.povo.jp/topping/confirm', NOW);
    expect(r.pageKind).toBe('checkout');
    expect(r.readings).toEqual([]);
  });
});

describe('"データ利用量の履歴" in the title', () => {
  it('makes the page a usage history', () => {
    const r = extractFromHtml(
      '<!doctype html><html lang="ja"><head><title>データ利用量の履歴 | my 楽天モバイル</title></head><body><h1>データ利用量の履歴</h1><table><tr><th>月</th><th>データ利用量</th></tr><tr><td>2026年11月</td><td>12.3GB</td></tr><tr><td>2026年12月</td><td>1.2GB</td></tr></table></body></html>',
      'https://portal.mobile.rakuten.co.jp/my-rakuten-mobile/usage-history',
      new Date('2026-12-02T10:00:00+09:00'),
    );
    expect(r.pageKind).toBe('usage-history');
    expect(r.readings).toEqual([]);
  });
});

describe('a select that picks the line shown', () => {
  it('picks no product: the member page with a charge button is no checkout', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="ja"><body><form><select name="selectedLineNo"><option value="1" selected="selected">090-0000-7752（マイピタ 5GB）</option><option value="2">080-0000-2209（マイそく）</option></select><input type="submit" value="表示切替"></form>
       <table><tr><th>電話番号</th><td>090-0000-7752</td></tr><tr><th>オプション</th><td>10分かけ放題</td></tr></table>
       <div>残容量合計</div><div>6.12GB</div><div>有効期限：2027年1月末</div>
       <form><strong>パケットチャージ</strong>\u3000100MBあたり55円（税込）<input type="submit" name="goCharge" value="チャージする"></form></body></html>`,
      'https://my.mineo.jp/mvno_cp/Top.action',
      new Date('2026-12-02T10:00:00+09:00'),
    );
    expect(r.pageKind).toBe('account');
    expect(r.readings[0]?.line).toBe('090-0000-7752');
  });
});

describe('tabs and conditions (batch 47)', () => {
  it('a FAQ’s tab "お申込み", shown or not, is no pay button and picks no product', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="ja"><head><title>よくあるご質問（データ通信）| ahamo</title></head><body><h1>よくあるご質問</h1>
       <div role="tablist"><button role="tab" aria-selected="false">お申込み</button><button role="tab" aria-selected="true">データ通信</button></div>
       <p>月額1,980円で80GBを追加できます。合計110GBまで高速通信がご利用いただけます。</p></body></html>`,
      'https://ahamo.com/support/faq/data/',
      NOW,
    );
    expect(r.pageKind).toBe('help');
  });

  it('"Data is added as soon as the purchase is complete." confirms no purchase', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="en"><head><title>Data Charge: Rates | au</title></head><body><h1>Data Charge: Rates</h1>
       <table><tr><td>Immediately</td><td>Data is added as soon as the purchase is complete.</td></tr></table></body></html>`,
      'https://www.au.com/english/mobile/charge/data-charge/',
      NOW,
    );
    expect(r.pageKind).not.toBe('confirmation');
  });
});

describe('a Chinese price list (batch 49)', () => {
  it.each(['日本 eSIM 方案與價格', '日本流量卡 套餐与价格'])('titled "%s" is a catalogue', (title) => {
    const html = `<!doctype html><html lang="zh-TW"><head><title>${title}｜旅日 eSIM 小舖</title></head><body><h1>日本 eSIM 方案</h1>
      <div class="plan"><h3>日本 3GB 5天</h3><div>3GB</div><div>NT$ 199</div><a href="/cart/add?sku=1">加入購物車</a></div>
      <div class="plan"><h3>日本 10GB 15天</h3><div>10GB</div><div>NT$ 399</div><a href="/cart/add?sku=2">加入購物車</a></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.tabi-esim.example/tw/japan-esim/plans', NOW);
    expect(r.pageKind).toBe('catalogue');
    expect(r.readings).toEqual([]);
  });
});

describe('a shop’s offers under a title that names no kind (batch 55)', () => {
  const sku = (name: string, price: string, buy = '立即购买') =>
    `<div class="sku-card"><div class="sku-name">${name}</div><div class="sku-spec">总流量 · 有效期（激活起算）</div><div class="sku-price"><small>¥</small>${price}<small>元</small></div><a class="btn-buy" href="/order/confirm">${buy}</a></div>`;
  const page = (cards: string) =>
    extractFromHtml(
      `<!doctype html><html lang="zh-CN"><head><title>日本eSIM流量套餐_免实名 - 樱花流量</title></head><body><div class="crumb">首页 &gt; 日本套餐 &gt; 日本eSIM</div>
       <h1>日本eSIM流量套餐</h1><section class="grid">${cards}</section><p>所有时间均为北京时间。</p></body></html>`,
      'https://www.yinghua-liuliang.example/taocan/riben',
      NOW,
    );
  it('is a price list where three or more boxes each hold a price and a buy action', () => {
    const r = page(sku('日本eSIM 3GB 5天', '19.9') + sku('日本eSIM 10GB 15天', '49') + sku('日本eSIM 无限流量 5天', '45'));
    expect(r.pageKind).toBe('catalogue');
    expect(r.readings).toEqual([]);
  });
  it('is not, with two offers, or with offers that buy nothing (no action)', () => {
    expect(page(sku('日本eSIM 3GB 5天', '19.9') + sku('日本eSIM 10GB 15天', '49')).pageKind).not.toBe('catalogue');
    expect(page(sku('a 3GB', '1', '详情') + sku('b 5GB', '2', '详情') + sku('c 7GB', '3', '详情')).pageKind).not.toBe('catalogue');
  });
  it('keeps a line’s status beside offers to add ("加油包 1GB ¥12 | 购买")', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="zh-CN"><body><h1>我的eSIM</h1><div><span>ICCID</span><span>8981200000000024680</span></div><div><span>剩余流量</span><span>1.5GB / 3GB</span></div>
       <div><span>到期时间</span><span>2026-12-20 23:59（北京时间）</span></div>${sku('加油包 1GB', '12', '购买') + sku('加油包 3GB', '29', '购买') + sku('加油包 5GB', '45', '购买')}</body></html>`,
      'https://www.yinghua-liuliang.example/user/esim',
      NOW,
    );
    expect(r.pageKind).toBe('account');
    expect(r.readings[0]?.remainingMB).toBe(1536);
  });
});

describe('titles that name a history or not', () => {
  it('"用量紀錄" names a usage history; "My eSIMs & Orders" names none', () => {
    const page = (title: string) =>
      extractFromHtml(
        `<!doctype html><html lang="zh-TW"><head><title>${title}</title></head><body><div><span>ICCID</span><span>8981200000000024680</span></div>
         <div><span>剩餘流量</span><span>1.5GB / 3GB</span></div><div><span>到期時間</span><span>2026/12/20 23:59（日本時間）</span></div></body></html>`,
        'https://www.nichiryo-tsu.example/member/usage',
        NOW,
      ).pageKind;
    expect(page('用量紀錄｜會員中心｜日旅通')).toBe('usage-history');
    expect(page('My eSIMs & Orders')).toBe('account');
  });
});

describe('batch 56 (2026-12-04)', () => {
  const zh = (title: string, body: string, url: string) =>
    extractFromHtml(`<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body>${body}</body></html>`, url, NOW);
  it('a table of orders (order number, amount, time, no column of what is left) is an order history, though its rows name a number and an end', () => {
    const r = zh(
      '会员中心 - 东京卡',
      `<table><thead><tr><th>订单号</th><th>商品</th><th>号码</th><th>金额</th><th>下单时间</th><th>状态</th></tr></thead><tbody>
       <tr><td>DJ20260825101144</td><td>软银回线·年卡保号套餐 续费12个月<div>套餐到期时间顺延至 2027-08-31</div></td><td>070-0000-8813</td><td>¥238.00</td><td>2026-08-25 10:11</td><td>已完成</td></tr></tbody></table>
       <p>页面时间均为北京时间</p>`,
      'https://www.dongjingka.example/user/orders',
    );
    expect(r.pageKind).toBe('order-history');
    expect(r.readings).toEqual([]);
  });
  it('"我的订单" over cards of eSIMs with what is left is still an account page', () => {
    const r = zh('我的订单 - 出境流量', `<div class="order"><p><b>日本 10GB 60天</b></p><p>ICCID：89852000263311110001</p><p>剩余流量：8.25GB / 10GB</p><p>有效期至：2027年1月5日 23:59（日本时间）</p></div>`, 'https://www.cj-liuliang.example/user/orders');
    expect(r.pageKind).toBe('account');
  });
  it('"方案價格" titles a price list, and "立即申辦" buys an offer', () => {
    const card = (name: string, price: string) => `<div class="plan-card"><h3>${name}</h3><div class="price">${price}<small> / 30天</small></div><ul><li>含 100MB 日本上網流量</li></ul><a class="btn" href="/order.php">立即申辦</a></div>`;
    expect(zh('方案價格 | 日本門號通', card('保號方案（月繳）', 'NT$149'), 'https://www.jp-menhao.example/plans.php').pageKind).toBe('catalogue');
    expect(zh('日本門號通', `<h1>回台灣也能留住日本門號</h1>${card('a', 'NT$149') + card('b', 'NT$790') + card('c', 'NT$1,390')}`, 'https://www.jp-menhao.example/').pageKind).toBe('catalogue');
  });
  it('a FAQ’s question "付款成功但到期时间没变？" confirms no purchase', () => {
    const r = zh('保号规则与常见问题 - 日本号卡', '<h1>日本号码保号规则与常见问题</h1><div class="q">付款成功但到期时间没变？</div><div>一般1-5分钟内到账。</div>', 'https://m.riben-haoka.example/pages/article/index?id=12');
    expect(r.pageKind).toBe('help');
    expect(r.confirmation).toBeNull();
  });
});

describe('a list of orders, one of them still to pay (batch 59)', () => {
  it('is an order history, not a checkout ("订单号 RK… 待支付 应付 ¥229 [去支付]" among other orders)', () => {
    const order = (id: string, state: string, name: string, sum: string, actions: string) =>
      `<div class="order"><div class="o-hd"><span>订单号 ${id}</span><span class="o-st">${state}</span></div><div class="o-bd"><div class="o-name">${name}</div><span>×1</span></div>
       <div class="o-ft"><span>${sum}</span><div>${actions}</div></div></div>`;
    const r = extractFromHtml(
      `<!doctype html><html lang="zh-CN"><head><title>我的订单 - 日本卡助手</title></head><body>
       ${order('RK2612011833072', '待支付', '日本无限流量月卡 续费3个月（90天）', '应付 <b>¥229.00</b>', '<button>取消订单</button><button>去支付</button>')}
       ${order('RK2611190958114', '已完成', '日本无限流量月卡 30天', '实付 <b>¥89.00</b>', '<button>再来一单</button>')}
       <p>金额单位：人民币元</p></body></html>`,
      'https://m.riben-ka.example/pages/order/list',
      NOW,
    );
    expect(r.pageKind).toBe('order-history');
    expect(r.checkout).toBeNull();
  });
});

describe('a list of orders with a completed renewal among them', () => {
  const page = (body: string) => extractFromHtml(`<!doctype html><html lang="zh-CN"><head><title>我的订单</title></head><body>${body}</body></html>`, 'https://h5.yingtao-esim.example/order/list', NOW);
  const order = (no: string, state: string, title: string, desc: string) =>
    `<div class="weui-panel"><div class="hd"><span>订单号 ${no}</span><span class="st">${state}</span></div>
     <div class="bd"><div class="title">${title}</div><div class="desc">下单时间 2026-09-15 10:47<br>${desc}</div></div><div class="price">¥89.00</div></div>`;

  it('is an order history, no confirmation, though one order says "已续费成功"', () => {
    const r = page(order('YT202611280417', '已完成', '日本eSIM 每日2GB 7天', 'eSIM 已发送至邮箱') + order('YT202609150233', '已完成', '日本保号卡 半年卡（180天）', '号码 080-0000-5173 · 已续费成功'));
    expect([r.pageKind, r.confirmation]).toEqual(['order-history', null]);
  });

  it('takes a word after "訂單編號" for no order number ("請帶同訂單編號 WhatsApp 聯絡客服")', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="zh-HK"><body><h1>付款成功</h1><p>你嘅訂單已經完成。</p><dl><dt>訂單編號</dt><dd>HK2612020042</dd><dt>金額</dt><dd>HK$158</dd></dl>
       <p>如果到期日都未更新，請帶同訂單編號 WhatsApp 聯絡客服。</p></body></html>`,
      'https://www.hk-jpsim.example/checkout/done',
      NOW,
    );
    expect([r.pageKind, r.confirmation?.orderNumber]).toEqual(['confirmation', 'HK2612020042']);
  });
});

describe('a pay button that states the sum it pays', () => {
  it('("上記に同意して購入する（2,400円）") makes a picked product and a total a checkout', () => {
    const html = `<!doctype html><html lang="ja"><head><title>トッピング購入 | povo</title></head><body><form id="f">
      <label><input type="radio" name="sku" value="3G"> データ追加3GB(30日間) <span>990円</span></label>
      <label><input type="radio" name="sku" value="20G" checked> データ追加20GB(30日間) <span>2,700円</span></label>
      <table><tr><td>データ追加20GB(30日間)</td><td>2,700円</td></tr><tr><td>クーポン割引</td><td>-300円</td></tr>
      <tr><td>お支払い金額（税込）</td><td>2,400円</td></tr></table></form>
      <div><button type="submit" form="f">上記に同意して購入する（2,400円）</button></div></body></html>`;
    const r = extractFromHtml(html, 'https://shop.povo.jp/web/p/cx/9qk2/ck', NOW);
    expect([r.pageKind, r.checkout?.product, r.checkout?.price?.amount]).toEqual(['checkout', 'データ追加20GB(30日間)', 2400]);
  });
});

describe("a page of the user's lines that have all ended", () => {
  const card = (title: string, badge: string, rows: string) => `<section><h3>${title} <span class="badge">${badge}</span></h3><dl>${rows}</dl></section>`;
  const html = (body: string) => `<!doctype html><html lang="en"><head><title>Contract details | My Page</title></head><body><h1>Contract details</h1>
    <p>You have no active plans at the moment.</p>${body}</body></html>`;
  const expired = card('Travel eSIM – 10 days', 'Expired', '<dt>Product</dt><dd>Japan Travel eSIM 10 days / 10GB</dd><dt>End date</dt><dd>2026/11/20 23:59 JST</dd><dt>Data used</dt><dd>7.62GB</dd>');

  it('is an account page with no reading, and says why', () => {
    const r = extractFromHtml(html(expired), 'https://www.sakuramobile.jp/mypage/contracts/', NOW);
    expect([r.pageKind, r.isAccountPage, r.readings.length, r.reason]).toEqual(['account', true, 0, 'every line on the page has ended (expired or cancelled)']);
  });

  it('is a notice when titled as one ("お知らせ詳細": a keep-alive warning about a line whose topping has ended)', () => {
    const notice = `<!doctype html><html lang="ja"><head><title>お知らせ詳細 | povo</title></head><body><h1>【重要】長期間トッピング未購入による利用停止予告</h1>
      <table><tr><th>対象の電話番号</th><td>090-0000-7188</td></tr><tr><th>最後に期限が切れたトッピング</th><td>データ追加1GB(7日間)</td></tr>
      <tr><th>上記トッピングの有効期限</th><td>2026年 6月 3日</td></tr></table></body></html>`;
    const r = extractFromHtml(notice, 'https://shop.povo.jp/manage/notice/detail?id=n-1', NOW);
    expect([r.isAccountPage, r.readings.length]).toEqual([false, 0]);
  });

  it('is an order history when a table lists orders, each ended (batch 63: paid, completed and cancelled rows)', () => {
    const file = path.resolve(__dirname, '../../../fixtures/blind/batch63/unknown/riben-wang-orders-zh-tw');
    const r = extractFromHtml(readFileSync(`${file}.html`, 'utf8'), 'https://www.riben-wang.example/zh-TW/account/orders', NOW);
    expect([r.pageKind, r.isAccountPage]).toEqual(['order-history', false]);
  });
});

describe('a completion message beside the purchase\'s end date', () => {
  const page = (paid: string) => `<!doctype html><html lang="ja"><head><title>データチャージ | My au</title></head><body><h1>データチャージ</h1>
    <div class="c-message"><strong>データチャージが完了しました。</strong>チャージしたデータ容量は、すぐにご利用いただけます。</div>
    <table><tr><th>電話番号</th><td>090-0000-8845</td></tr><tr><th>チャージ内容</th><td>データチャージ（0.5GB）</td></tr>
    <tr><th>有効期限</th><td>2027年2月1日（チャージ日を含む62日間）</td></tr>${paid}</table></body></html>`;

  it('confirms a purchase when the page states the sum it paid (no order number)', () => {
    const r = extractFromHtml(page('<tr><th>お支払い金額</th><td>550円（税込）</td></tr>'), 'https://www.au.com/my-au/datacharge/complete/', NOW);
    expect([r.pageKind, r.readings.length, r.confirmation?.product, r.confirmation?.price?.amount]).toEqual(['confirmation', 0, 'データチャージ（0.5GB）', 550]);
  });

  it('is an account page\'s note of a purchase without it', () => {
    expect(extractFromHtml(page(''), 'https://www.au.com/my-au/data/', NOW).pageKind).toBe('account');
  });
});

describe('a total whose figure and currency stand apart', () => {
  it('("お支払い金額（税込） | 2,400<small>円</small>") with a pay button makes a checkout', () => {
    const html = `<!doctype html><html lang="ja"><body><ol><li aria-current="step">購入内容の確認</li></ol>
      <div><span>【セール】データ追加20GB（30日間）</span><span>2,400円</span></div>
      <div><span>お支払い金額（税込）</span><span class="total">2,400<small>円</small></span></div>
      <button type="button">購入を確定する</button></body></html>`;
    const r = extractFromHtml(html, 'https://shop.povo.jp/manage/topping/purchase/confirm?sku=DATA_ADD_20G_30D_SALE', NOW);
    expect([r.pageKind, r.checkout?.price?.amount]).toEqual(['checkout', 2400]);
  });
});

describe("a pay step with the card's security code (a masked field) and a step bar of spans", () => {
  const html = (code: string) => `<!doctype html><html lang="en"><body><h1>VISITOR SIM Online Charge</h1>
    <div id="steps"><span>1. Select</span> &raquo; <span class="now">2. Confirm &amp; Pay</span> &raquo; <span>3. Complete</span></div>
    <form method="post"><table><tr><th>Charge Plan</th><td>1GB / 1Day (Max 23:59)</td></tr><tr><th>Price</th><td><span class="price">500 yen</span> (incl. tax)</td></tr></table>
    <table><tr><th>Card number</th><td><input type="text" name="cardNo"></td></tr>${code}</table>
    <input type="submit" class="btn-charge" value="Charge now"></form></body></html>`;

  it('is a checkout, no sign-in', () => {
    const r = extractFromHtml(html('<tr><th>Security code</th><td><input type="password" name="cvv"></td></tr>'), 'https://mypage.bmobile.ne.jp/visitor/charge/confirm.jsp', NOW);
    expect([r.pageKind, r.checkout?.product, r.checkout?.price?.amount]).toEqual(['checkout', '1GB / 1Day (Max 23:59)', 500]);
  });
});

describe('a table of orders under a title that names no kind', () => {
  it('("訂單編號 | 下單日期 | 商品 | 付款金額 | 狀態") is an order history', () => {
    const html = `<!doctype html><html lang="zh-TW"><head><title>會員中心</title></head><body><table>
      <tr><th>訂單編號</th><th>下單日期</th><th>商品</th><th>付款金額</th><th>狀態</th></tr>
      <tr><td>TW26120200871</td><td>2026/12/02</td><td>日本 eSIM｜10GB／15天</td><td>NT$339</td><td>已付款・待啟用</td></tr>
      <tr><td>TW26053100412</td><td>2026/05/31</td><td>日本 eSIM｜5GB／7天</td><td>NT$249</td><td>已完成</td></tr></table></body></html>`;
    const r = extractFromHtml(html, 'https://www.ribentong-esim.example/zh-tw/member/orders', NOW);
    expect([r.pageKind, r.readings.length]).toEqual(['order-history', 0]);
  });
});

describe('a price list with a table of one add-on', () => {
  it('gives no reading: a size alone ("追加データ量 | 1GB | 550円") states nothing of a line', () => {
    const html = `<!doctype html><html lang="ja"><head><title>料金・データ量 | ahamo</title></head><body><h1>料金・データ量</h1>
      <div class="card"><span class="tag">基本料金</span><div>ahamo</div><div class="gb">30<small>GB</small></div><div class="yen">2,970<small>円/月（税込）</small></div></div>
      <h2>データ量の追加（1GB追加）</h2><table><tr><th>追加データ量</th><th>料金（税込）</th><th>有効期間</th></tr><tr><td>1GB</td><td>550円</td><td>お申込み月の末日まで</td></tr></table></body></html>`;
    const r = extractFromHtml(html, 'https://ahamo.com/plan/price/', NOW);
    expect([r.isAccountPage, r.readings.length]).toEqual([false, 0]);
    expect(r.reason).not.toBe('');
  });
});

describe('a tutorial titled as one', () => {
  it.each(['教學｜如何查詢剩餘流量與到期時間 - 旅日eSIM', '如何查询流量 | 小鱼eSIM', 'Tutorial: check your data'])('("%s") is help, its example figures no reading', (title) => {
    const html = `<!doctype html><html lang="zh-TW"><head><title>${title}</title></head><body><h2>看懂卡片資訊</h2>
      <div class="mock"><dl><dt>剩餘流量</dt><dd>6.5GB / 10GB</dd><dt>到期時間</dt><dd>2026/12/09 14:30</dd></dl></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.tabi-esim.example/zh-tw/guide/how-to-check-data', NOW);
    expect([r.pageKind, r.readings.length]).toEqual(['help', 0]);
  });
});

describe('a toast of a purchase just made, over the line\'s status', () => {
  const page = (rows: string) => `<!doctype html><html lang="ja"><body><div class="toast" role="status">トッピングの購入が完了しました（注文番号 40100000000071203）</div>
    <section><div><span>電話番号</span><span>090-0000-7101</span></div></section>${rows}</body></html>`;

  it('leaves the page an account page', () => {
    const r = extractFromHtml(page('<div class="item"><div class="name">データ追加3GB(30日間)</div><div><span>残量</span><span>3.00GB / 3.00GB</span></div><div><span>有効期限</span><span>2027年 1月 1日 午後11:59</span></div></div>'), 'https://shop.povo.jp/manage/topping', NOW);
    expect([r.pageKind, r.readings[0]?.remainingMB, r.confirmation]).toEqual(['account', 3072, null]);
  });

  it('is a confirmation where the page shows no status', () => {
    expect(extractFromHtml(page('<p>ご購入ありがとうございました。</p>'), 'https://shop.povo.jp/manage/topping', NOW).pageKind).toBe('confirmation');
  });
});
