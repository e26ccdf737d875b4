import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../tools/extract-page';

/** Classes of the checkout reader (utils/extract/checkout.ts), each on a small page of its own. */

const NOW = new Date('2026-12-02T10:00:00+09:00');
const read = (body: string, url: string, lang = 'ja') =>
  extractFromHtml(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, url, NOW);
const PAY = '<div>お支払い金額</div><div>1,980円</div><button type="submit">購入する</button>';

describe('the product being bought', () => {
  it('is the name without a badge or a note that follows it', () => {
    const r = read(
      `<label><input type="radio" name="p"><span class="n">データ追加5GB(30日間)<span class="s">有効期限：購入から30日間</span></span><span>1,500円</span></label>
       <label><input type="radio" name="p" checked><span class="n">データ追加10GB(60日間)<span class="b">人気</span><span class="s">購入から60日間</span></span><span>1,980円</span></label>
       ${PAY}`,
      'https://shop.povo.jp/topping/new',
    );
    expect(r.checkout?.product).toBe('データ追加10GB(60日間)');
    expect(r.checkout?.dataMB).toBe(10240);
  });

  it('keeps a figure inside the name', () => {
    const r = read(
      `<label><input type="radio" name="p" checked><span>データ追加<b>10GB</b>(60日間)</span><span>1,980円</span></label>${PAY}`,
      'https://shop.povo.jp/topping/new',
    );
    expect(r.checkout?.product).toBe('データ追加10GB(60日間)');
  });

  it('is not the checked payment method', () => {
    const r = read(
      `<select name="sku"><option>流量卡 5GB 7天 — ¥29</option><option selected>流量卡 20GB 30天 — ¥99</option></select>
       <h3>支付方式</h3><label><input type="radio" name="pay" checked> 微信支付</label><label><input type="radio" name="pay"> 银联</label>
       <div>实付金额：¥99.00 元</div><button>提交订单</button>`,
      'https://shop.sim-store.example/order/confirm',
      'zh-CN',
    );
    expect(r.checkout?.product).toBe('流量卡 20GB 30天');
    expect(r.checkout?.durationDays).toBe(30);
  });

  it('is the summary\'s named product when the choice is only a term, not a section title', () => {
    const r = read(
      `<h3>续费时长</h3><label><input type="radio" name="t" checked><span>6个月（180天）</span><span>¥500元</span></label>
       <h3>订单明细</h3><div class="box"><h4>商品信息</h4><div><span>商品名称</span><b>日本无限流量卡 续费 6个月</b></div></div>
       <div>应付金额 ¥500.00元</div><button>确认支付</button>`,
      'https://shop.sim-store.example/order/renew',
      'zh-CN',
    );
    expect(r.checkout?.product).toBe('日本无限流量卡 续费 6个月');
    expect(r.checkout?.durationDays).toBe(180);
    expect(r.checkout?.unlimited).toBe(true);
  });

  it('is a price followed by words ("£12 goodybag"), with terms listed in pieces', () => {
    const r = read(
      `<label><input type="radio" name="g" checked><span>£12</span><span><b>£12 goodybag</b><ul><li>Unlimited UK minutes and texts</li><li>30 days</li></ul></span></label>
       <div>Total to pay</div><div>£12.00</div><button type="submit">Pay now</button>`,
      'https://www.giffgaff.com/goodybags/checkout',
      'en-GB',
    );
    expect(r.checkout?.product).toBe('£12 goodybag');
    expect(r.checkout?.durationDays).toBe(30);
    expect(r.checkout?.unlimited).toBe(false);
  });
});

describe('a label in two languages', () => {
  it("takes its value from the next cell, not from the label's other language", () => {
    const r = read(
      `<h1>✔ 增值成功</h1><table>
       <tr><th>訂單編號<span>Order No.</span></th><td>RF2612020001</td></tr>
       <tr><th>增值項目<span>Refill Item</span></th><td>預付卡網上增值 HK$200</td></tr>
       <tr><th>實付金額<span>Amount Paid</span></th><td>HK$190.00</td></tr></table>`,
      'https://1cm.hk.chinamobile.com/bill/refill-result.html',
      'zh-HK',
    );
    expect(r.pageKind).toBe('confirmation');
    expect(r.confirmation).toEqual({ orderNumber: 'RF2612020001', product: '預付卡網上增值 HK$200', price: { amount: 190, currency: 'HKD' } });
  });
});

describe('the total due', () => {
  it('is read from the box beside its label ("<div>label</div><div>price</div>")', () => {
    const r = read(
      `<form><label><input type="radio" name="p" checked><span>データ追加5GB(30日間)</span><span>1,500円</span></label></form>
       <div class="summary"><div><div class="k">お支払い金額（税込）</div><div class="v">1,500円</div></div><button type="submit">購入を確定する</button></div>`,
      'https://shop.povo.jp/topping/new',
    );
    expect(r.checkout?.price).toEqual({ amount: 1500, currency: 'JPY' });
  });
});

describe('a confirmation', () => {
  it('says 訂單完成 / 感謝您的購買, and its one line item with a quantity is the product', () => {
    const r = read(
      `<h1>訂單完成，感謝您的購買！</h1>
       <div><span>訂單編號</span><span>TW2612029999</span></div>
       <h2>購買明細</h2><div><span>日本 5天 每日2GB eSIM × 1</span><span>NT$ 450</span></div>
       <div><span>實付金額</span><span>NT$ 450</span></div>
       <div><b>你可能也喜歡</b><div><span>韓國 5天 吃到飽</span><span>NT$ 420</span></div></div>`,
      'https://www.tw-esim.example/order/complete',
      'zh-TW',
    );
    expect(r.pageKind).toBe('confirmation');
    expect(r.confirmation).toEqual({ orderNumber: 'TW2612029999', product: '日本 5天 每日2GB eSIM', price: { amount: 450, currency: 'TWD' } });
  });
});

describe('a top-up result', () => {
  it('names its product after a top-up plan label (加值方案 / 充值套餐)', () => {
    const r = read(
      `<h1>加值成功！</h1><ul><li><span>訂單編號</span><span>TW2612021234</span></li>
       <li><span>加值方案</span><span>日本上網卡 加值 5GB／15天</span></li><li><span>實付金額</span><span>NT$ 250</span></li></ul>`,
      'https://www.tw-sim.example/member/recharge/result',
      'zh-TW',
    );
    expect(r.confirmation?.product).toBe('日本上網卡 加值 5GB／15天');
  });
});

describe('a label is never a value', () => {
  it('a section title over rows of labels names no product: the row labelled トッピング does', () => {
    const r = read(
      `<h1 role="status">注文完了</h1><section><h2>ご注文内容</h2>
        <div><span>注文番号</span><span>40100000000012345</span></div>
        <div><span>購入日</span><span>2026年 12月 2日</span></div>
        <div><span>トッピング</span><span>データ使い放題(24時間)</span></div>
        <div><span>お支払い金額（税込）</span><span>330円</span></div></section>`,
      'https://shop.povo.jp/topping/complete?ref=1',
    );
    expect(r.confirmation).toEqual({ orderNumber: '40100000000012345', product: 'データ使い放題(24時間)', price: { amount: 330, currency: 'JPY' } });
  });

  it('names the product by "購入したトッピング" (what was bought)', () => {
    const r = read(
      `<h1>注文完了</h1><section><div><span>注文番号</span><span>40100000000012345</span></div>
        <div><span>購入したトッピング</span><span>データ追加3GB(30日間)</span></div>
        <div><span>お支払い金額（税込）</span><span>990円</span></div></section>`,
      'https://shop.povo.jp/topping/done',
    );
    expect(r.confirmation?.product).toBe('データ追加3GB(30日間)');
  });

  it.each([
    ['お申込みオプション', '1GB追加オプション', 1024],
    ['購入するトッピング', 'データ追加20GB(30日間)', 20480],
  ])('%s names the product', (label, product, mb) => {
    const r = read(
      `<table><tr><th>${label}</th><td>${product}</td></tr><tr><th>お支払い金額</th><td>800円（税込）</td></tr></table>
       <button type="button">この内容で申し込む</button>`,
      'https://www.docomo.ne.jp/mydocomo/data/option/confirm',
    );
    expect(r.checkout).toMatchObject({ product, dataMB: mb, price: { amount: 800, currency: 'JPY' } });
  });
});

describe('the one item of a cart', () => {
  it('is named by the element whose class says it is the item, whatever its tag', () => {
    const r = read(
      `<div><span>Use Airmoney</span><span role="switch" aria-checked="true"></span></div>
       <section><h2>Order summary</h2><div class="cart-item"><div class="cart-item__name">Moshi Moshi - 10 GB - 30 Days</div>
       <div class="cart-item__meta">Japan · Data only · Qty 1</div></div>
       <div><span>Subtotal</span><span>$26.00</span></div><div><span>Total (USD)</span><span>$23.40</span></div>
       <button type="button">Complete order</button></section>`,
      'https://www.airalo.com/checkout/pay',
      'en',
    );
    expect(r.checkout).toMatchObject({ product: 'Moshi Moshi - 10 GB - 30 Days', dataMB: 10240, durationDays: 30, price: { amount: 23.4, currency: 'USD' } });
  });
});

describe('what the order summary says is bought', () => {
  it('a select that picks the line to charge picks no product', () => {
    const r = read(
      `<form><table><tr><th>対象の電話番号</th><td><select><option selected>090-0000-3141（5ギガプラン）</option><option>020-0000-5566（2ギガプラン）</option></select></td></tr>
       <tr><th>追加するデータ量</th><td><select><option>1GB（220円）</option><option selected>3GB（660円）</option></select></td></tr></table>
       <dl><dt>お申し込み内容</dt><dd>データ量追加 3GB</dd><dt>お支払い金額</dt><dd>660円（税込）</dd></dl>
       <button type="submit">購入する</button></form>`,
      'https://www.iijmio.jp/service/setup/hdc/charge/',
    );
    expect(r.checkout).toMatchObject({ product: 'データ量追加 3GB', dataMB: 3072, price: { amount: 660, currency: 'JPY' } });
  });

  it("names the product before a picked card's first text, and the card's terms still count", () => {
    const r = read(
      `<form><div role="radiogroup"><div role="radio" aria-checked="false"><div>£10</div><div>20GB data</div></div>
       <div role="radio" aria-checked="true"><div>£15</div><div>35GB data</div><div>Unlimited minutes &amp; texts</div></div></div>
       <section><h2>Your order</h2><div><span>goodybag</span><span>£15 goodybag</span></div>
       <div><span>To pay today</span><span>£15.00</span></div><button type="submit">Buy goodybag</button></section></form>`,
      'https://www.giffgaff.com/goodybags/buy',
      'en',
    );
    expect(r.checkout).toMatchObject({ product: '£15 goodybag', dataMB: 35840, unlimited: false, price: { amount: 15, currency: 'GBP' } });
  });
});

describe('a summary table under a caption that reads like a product label', () => {
  it('names the product in its row, not the row label ("お申し込み内容" over "お申し込みサービス | データ量追加（3GB）")', () => {
    const r = read(
      `<form><select id="v" name="v"><option value="1">1GB（220円）</option><option value="3" selected>3GB（660円）</option></select>
       <table><caption>お申し込み内容</caption><tr><th>お申し込みサービス</th><td>データ量追加（3GB）</td></tr>
       <tr><th>お支払い金額</th><td>660円（税込）</td></tr></table><button type="submit">申し込む</button></form>`,
      'https://www.iijmio.jp/service/setup/hdc/coupon/confirm/',
    );
    expect(r.checkout?.product).toBe('データ量追加（3GB）');
  });
});

describe("the order summary's item line", () => {
  it('names the product over a picked option of the same size ("1GB（有効期間：62日間）" → "データチャージ（1GB）")', () => {
    const r = read(
      `<label><input type="radio" name="c" value="0.5"><span>0.5GB（有効期間：62日間）</span><span>550円</span></label>
       <label><input type="radio" name="c" value="1" checked><span>1GB（有効期間：62日間）<span>おすすめ</span></span><span>1,100円</span></label>
       <table><tr><th>商品</th><td>データチャージ（1GB）</td></tr><tr><th>お支払い金額（税込）</th><td>1,000円</td></tr></table><button type="submit">購入する</button>`,
      'https://www.au.com/my-au/data-charge/confirm/',
    );
    expect(r.checkout?.product).toBe('データチャージ（1GB）');
  });

  it('is not a status row under "ご注文内容" on a confirmation', () => {
    const r = read(
      `<h1>ご購入ありがとうございます</h1><h2>ご注文内容</h2>
       <div><span>ステータス</span><span>注文完了</span></div><div><span>注文番号</span><span>40100000000123456</span></div>
       <div><span>商品</span><span>データ追加20GB(30日間)</span></div><div><span>金額（税込）</span><span>2,700円</span></div>`,
      'https://shop.povo.jp/order/complete',
    );
    expect(r.confirmation?.product).toBe('データ追加20GB(30日間)');
  });
});

describe('a picked shipping or payment radio', () => {
  it('is no product, by its words or by its group\'s title ("2. 配送方式" over "顺丰快递（1–3 天送达）")', () => {
    const r = read(
      `<section><h2>1. 选择套餐</h2><div role="radiogroup"><div role="radio" aria-checked="false"><div>日本无限流量 7天</div><div>¥69</div></div>
       <div role="radio" aria-checked="true"><span>推荐</span><div>日本无限流量 30天</div><div>¥199</div></div></div><p>所有价格单位：人民币（元）</p></section>
       <section><h2>2. 配送方式</h2><label><input type="radio" name="ship" checked> 顺丰快递（1–3 天送达）<span>¥12</span></label></section>
       <section><h2>3. 支付方式</h2><label><input type="radio" name="pay" checked> 微信支付</label></section>
       <aside><h2>订单摘要</h2><div><span>日本无限流量 30天（docomo网络）</span><span>¥199.00</span></div><div><span>应付金额</span><span>¥211.00 元</span></div>
       <button type="button">提交订单并支付</button></aside>`,
      'https://www.riben-liuliang.example/shop/checkout',
      'zh-CN',
    );
    expect(r.checkout?.product).toBe('日本无限流量 30天（docomo网络）');
    expect(r.checkout?.durationDays).toBe(30);
  });
});

describe("a receipt's one item line without a label", () => {
  it('is the product bought ("日本 eSIM 無限流量 - 10 天 | US$47.00"), not the discount or the total', () => {
    const r = read(
      `<h1>付款成功！感謝您的訂購</h1><p>訂單編號：<b>HF2612028817</b></p>
       <div><span>日本 eSIM 無限流量 - 10 天</span><span>US$47.00</span><span>折扣碼 TRAVEL10</span><span>-US$4.70</span>
       <span>已付款總額</span><span>US$42.30</span></div>`,
      'https://esim.holafly.com/zh-TW/thank-you/',
      'zh-TW',
    );
    expect(r.confirmation).toMatchObject({ orderNumber: 'HF2612028817', product: '日本 eSIM 無限流量 - 10 天' });
  });
});

describe('a picked card with a Chinese best-value badge ("最划算")', () => {
  it('is named by its size and term, and the order summary line holding them names the product', () => {
    const r = read(
      `<h1>确认订单</h1>
       <div><div role="radio" aria-checked="false"><span>7天 10GB</span><span>¥29</span></div>
         <div role="radio" aria-checked="true"><span>最划算</span><span>90天 150GB</span><span>¥229</span></div></div>
       <div><div>订单明细</div><div><span>日本docomo流量卡 续费 90天150GB</span><span>¥229.00</span></div>
         <div><span>优惠券</span><span>-¥20.00</span></div><div><span>实付金额</span><span>¥209.00 元</span></div></div>
       <label><input type="radio" name="pay" checked> 微信支付</label>
       <div><span>合计：¥209.00</span><button type="button">立即支付</button></div>`,
      'https://m.riben-ka.example/h5/renew/confirm',
      'zh-CN',
    );
    expect(r.checkout?.product).toBe('日本docomo流量卡 续费 90天150GB');
    expect(r.checkout?.dataMB).toBe(153600);
    expect(r.checkout?.durationDays).toBe(90);
  });
});

describe('a checkout whose pay action is a link and whose pick is a listbox option', () => {
  const page = (pay: string) =>
    read(
      `<h1>結帳</h1><div role="listbox">
         <div role="option" aria-selected="false"><span>日本 eSIM 5天 吃到飽</span><span>NT$399</span></div>
         <div role="option" aria-selected="true"><span>日本 eSIM 15天 20GB<span class="pill">人氣</span></span><span>NT$450</span></div></div>
       <label><input type="radio" name="pay" checked> 信用卡一次付清</label>
       <section><h2>訂單明細</h2><div><span>日本 eSIM｜15天 20GB 高速上網</span><span>NT$450</span></div>
         <div><span>商品小計</span><span>NT$450</span></div><div><span>折價券</span><span>-NT$50</span></div>
         <div><span>應付金額</span><span>NT$400</span></div><a class="btn" href="#">${pay}</a></section>`,
      'https://www.fuji-esim.example/cart/step2',
      'zh-TW',
    );

  it.each(['前往付款', '確認並付款'])('is a checkout ("%s")', (pay) => {
    const r = page(pay);
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.price).toEqual({ amount: 400, currency: 'TWD' });
  });

  it("names the product as the order summary's priced row of the same size and term", () => {
    expect(page('前往付款').checkout?.product).toBe('日本 eSIM｜15天 20GB 高速上網');
  });

  it('is an English "Complete order" link too', () => {
    const r = read(
      `<h1>Moshi Moshi</h1><div role="radio" aria-checked="true"><span>Best value</span><div>5 GB</div><div>30 Days</div><div>$13.00</div></div>
       <div><span>Subtotal</span><span>$13.00</span></div><div><span>Total</span><span>$10.50</span></div><a class="pay" href="#">Complete order</a>`,
      'https://www.airalo.com/purchase/review',
      'en',
    );
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.price).toEqual({ amount: 10.5, currency: 'USD' });
  });
});

describe('熱賣 on a picked card', () => {
  it('is a badge, not the product', () => {
    const r = read(
      `<label><input type="radio" name="pass" checked><span>熱賣</span><div>日本 5日 6GB 數據通行證</div><div>HK$88</div></label>
       <label><input type="radio" name="pass"><span>最抵</span><div>日本 8日 10GB 數據通行證</div><div>HK$128</div></label>
       <div><span>應付總額</span><span>HK$78.00</span></div><button type="button">確認並付款</button>`,
      'https://1cm.hk.chinamobile.com/tc/roaming/dpass/buy',
      'zh-HK',
    );
    expect(r.checkout?.product).toBe('日本 5日 6GB 數據通行證');
  });
});

describe('a confirm step whose button is a form submit input ("<input type=submit value=決定>")', () => {
  const page = (button: string) =>
    read(
      `<form><h1>パケットチャージ</h1><table><tr><th>電話番号</th><td>090-0000-6620</td></tr><tr><th>現在の残容量</th><td>0.18GB</td></tr></table>
       <label><input type="radio" name="c" value="500"> 500MB（275円）</label><label><input type="radio" name="c" value="1000" checked> 1,000MB（550円）</label>
       <table><tr><th>品目</th><td>パケットチャージ 1,000MB</td></tr><tr><th>有効期限</th><td>翌月末まで（2027年1月31日）</td></tr>
       <tr><th>お支払い金額</th><td>550円（税込）</td></tr></table>${button}</form>`,
      'https://my.mineo.jp/mvno_cp/PKT0203_kakunin.action',
    );
  it('is a checkout, its product the 品目 row\'s value (品目 is a label, not the product)', () => {
    const r = page('<input type="button" value="戻る"><input type="submit" value="決定">');
    expect(r.pageKind).toBe('checkout');
    expect(r.readings).toEqual([]);
    expect(r.checkout?.product).toBe('パケットチャージ 1,000MB');
    expect(r.checkout?.price).toEqual({ amount: 550, currency: 'JPY' });
  });
  it('is no checkout when the submit input only goes back', () => {
    expect(page('<input type="submit" value="戻る">').pageKind).not.toBe('checkout');
  });
});

describe('a single cart item in a goods box, its spec line a field ("规格：30天｜…")', () => {
  it('is the product, named by its title; the spec line names nothing', () => {
    const r = read(
      `<div class="hd">确认订单</div><div class="goods"><div class="info"><div class="title">日本无限流量卡 30天 docomo网络（实体卡）</div>
       <div class="spec">规格：30天｜激活后开始计时｜支持热点</div><div class="line"><span>¥168.00</span><span>×1</span></div></div></div>
       <div class="row"><span>优惠券</span><span>-¥20.00</span></div><div class="row"><span>实付款</span><span><b>148元</b></span></div>
       <label><span>支付宝</span><input type="radio" name="pay" checked></label>
       <div class="bar"><span>合计：<b>¥148.00</b></span><button type="button">提交订单</button></div>`,
      'https://m.riben-liuliang.example/order/confirm',
      'zh-CN',
    );
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.product).toBe('日本无限流量卡 30天 docomo网络（实体卡）');
    expect(r.checkout?.unlimited).toBe(true);
    expect(r.checkout?.price).toEqual({ amount: 148, currency: 'CNY' });
  });
});

describe('a confirm step with no product to pick ("お申し込み内容の確認" current, a total, a 決定 submit)', () => {
  const page = (steps: string) =>
    read(
      `<form><h1>パケットチャージ</h1>${steps}
       <table><tr><th>ご利用番号</th><td>090-0000-7730（マイピタ 5GB）</td></tr><tr><th>お申し込み内容</th><td>パケットチャージ（1,000MB）</td></tr>
       <tr><th>ご請求金額</th><td>550円（税込）</td></tr></table><p>現在の残容量：1.02GB</p>
       <label><input type="checkbox" checked> 注意事項に同意する</label><input type="submit" value="戻る"><input type="submit" value="決定"></form>`,
      'https://my.mineo.jp/mvno_cp/PacketChargeConfirm.action',
    );
  it('is a checkout when the current step confirms', () => {
    const r = page('<ol><li>容量の選択</li><li class="current">お申し込み内容の確認</li><li>お申し込み完了</li></ol>');
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.product).toBe('パケットチャージ（1,000MB）');
    expect(r.checkout?.price).toEqual({ amount: 550, currency: 'JPY' });
  });
  it('is a checkout when its lead says it confirms', () => {
    expect(page('<p>以下の内容でお申し込みします。よろしければ「決定」を押してください。</p>').pageKind).toBe('checkout');
  });
  it('is not, on the step that chooses', () => {
    expect(page('<ol><li class="current">容量の選択</li><li>お申し込み内容の確認</li></ol>').pageKind).not.toBe('checkout');
  });
  it('takes its one price ("料金 | 275円（税込）") for the total', () => {
    const priced = (lead: string) =>
      read(
        `<form><h1>パケットチャージ</h1>${lead}<p>現在の残容量：2.14GB</p>
         <table><tr><th>ご利用番号</th><td>090-0000-6621</td></tr><tr><th>お申込み内容</th><td>パケットチャージ 500MB</td></tr>
         <tr><th>料金</th><td><span>275円</span>（税込）</td></tr><tr><th>有効期限</th><td>翌月末まで</td></tr></table>
         <input type="submit" value="戻る"><input type="submit" value="決定"></form>`,
        'https://my.mineo.jp/mvno_cp/PCH010102Confirm.action',
      );
    const r = priced('<p>以下の内容でチャージします。よろしければ「決定」ボタンを押してください。</p>');
    expect(r.pageKind).toBe('checkout');
    expect(r.readings).toEqual([]);
    expect(r.checkout?.price).toEqual({ amount: 275, currency: 'JPY' });
    // (Not where nothing says the step confirms an order: a price beside a line's status.)
    expect(priced('').pageKind).not.toBe('checkout');
  });
});

describe('a plan change\'s confirm step ("この内容で変更を確定する")', () => {
  it('is a checkout: its current step confirms, it has a total and a button that settles the change', () => {
    const r = read(
      `<ol><li>1. プラン選択</li><li class="is-current" aria-current="step">2. 内容確認</li><li>3. 完了</li></ol><h1>プラン変更内容の確認</h1>
       <p>対象SIM：090-0000-4410</p><table><tr><th>プラン名</th><td>20GB / 30日プラン</td><td>50GB / 30日プラン</td></tr></table>
       <table><tr><td>50GB / 30日プラン</td><td>5,480円</td></tr><tr><td>ポイント利用（300pt）</td><td>-300円</td></tr><tr><td>お支払い金額（税込）</td><td>5,180円</td></tr></table>
       <button type="button">戻る</button><button type="submit">この内容で変更を確定する</button>`,
      'https://www.wa-sim.example/mypage/plan-change/confirm',
    );
    expect(r.pageKind).toBe('checkout');
    expect(r.readings).toEqual([]);
    expect(r.checkout?.product).toBe('50GB / 30日プラン');
    expect(r.checkout?.price).toEqual({ amount: 5180, currency: 'JPY' });
  });
});

describe('a redeemed voucher', () => {
  it('is a confirmation ("Voucher redeemed"), not a checkout', () => {
    const r = read(
      `<h1>Voucher redeemed</h1><p>Your top-up voucher has been applied.</p>
       <table><tr><td>Airtime credit top-up (voucher)</td><td>£10.00</td></tr><tr><td>Total</td><td>£10.00</td></tr></table>
       <dl><dt>Reference</dt><dd>VCH-7730-2291-58</dd></dl><a href="/goodybags">Buy a goodybag</a>`,
      'https://www.giffgaff.com/top-up/voucher/done',
      'en',
    );
    expect(r.pageKind).toBe('confirmation');
    expect(r.checkout).toBeNull();
    expect(r.confirmation?.orderNumber).toBe('VCH-7730-2291-58');
  });
});

describe('a bilingual confirm step ("<h2>チャージ内容<span>Charge details</span></h2>", "<th>チャージ商品<span>Charge item</span></th>")', () => {
  it('names the product by the item row, not by the section heading\'s translation', () => {
    const r = read(
      `<h1>チャージ内容の確認<span>Confirm your charge</span></h1><h2>チャージ内容<span class="en">Charge details</span></h2>
       <form><table><tr><th>チャージ商品<span>Charge item</span></th><td>1GB / 1Day (Max 23:59)</td></tr>
       <tr><th>お支払い合計<span>Total</span></th><td><strong>500円</strong></td></tr></table>
       <input type="button" value="戻る / Back"><input type="submit" value="チャージする / Charge"></form>`,
      'https://www.bmobile.ne.jp/visitor/charge/confirm',
    );
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.product).toBe('1GB / 1Day (Max 23:59)');
  });
});

describe('an e-mail-style receipt ("Thank you — your payment was successful!", an "Item | Qty | Amount" row of td cells)', () => {
  it('is a confirmation whose product is the cell under "Item", not the next header', () => {
    const r = read(
      `<table><tr><td>Thank you — your payment was successful!</td></tr></table>
       <table><tr><td>Order number</td><td>20261202-004518</td></tr></table>
       <table><tr><td>Item</td><td>Qty</td><td>Amount</td></tr><tr><td>Japan 10 GB - 30 Days</td><td>1</td><td>$17.00</td></tr>
       <tr><td>Discount (WINTER10)</td><td></td><td>−$1.70</td></tr><tr><td>Total paid</td><td></td><td>$15.30</td></tr></table>`,
      'https://www.skyhop.example/receipt/20261202-004518',
      'en',
    );
    expect(r.pageKind).toBe('confirmation');
    expect(r.confirmation?.orderNumber).toBe('20261202-004518');
    expect(r.confirmation?.product).toBe('Japan 10 GB - 30 Days');
  });
});

describe('a pay button that says "Charge"', () => {
  const page = (total: string) =>
    read(
      `<ol><li>1. Select plan</li><li class="now">2. Confirm &amp; pay</li><li>3. Complete</li></ol>
       <table><tr><th>SIM Phone Number</th><td>080-0000-2231</td></tr><tr><th>Service End Date</th><td>2026/12/04</td></tr><tr><th>Remaining Data</th><td>120MB</td></tr></table>
       <table><tr><th>Charge plan</th><th>Price (incl. tax)</th></tr><tr><td>1GB / 1Day (Max 23:59)</td><td>500 yen</td></tr></table>${total}
       <label for="cvc">Security code</label><input id="cvc" type="password"><button type="submit">Charge</button>`,
      'https://www.bmobile.ne.jp/english/vs/charge_confirm.php',
    );

  it('takes payment beside a total (a card form with a password-type security code is no login)', () => {
    const r = page('<div>Total: <b>500 yen</b> (incl. tax)</div>');
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.price).toEqual({ amount: 500, currency: 'JPY' });
    // (No total, no pick: a "Charge" button beside a line's status is the way to a top-up.)
    expect(page('').pageKind).not.toBe('checkout');
  });
});

describe('a pay button in other words ("Complete purchase", "Place your order")', () => {
  it.each(['Complete purchase', 'Place your order', 'Complete payment'])('"%s" beside a total takes payment', (button) => {
    const r = read(
      `<h2>Order summary</h2><div><div>eSIM Japan - Unlimited data - 10 days</div><div>US$52.00</div></div>
       <div><span>Discount (WINTER10 −10%)</span><span>−US$5.20</span></div><div><span>Total</span><span>US$46.80</span></div>
       <button type="submit">${button}</button>`,
      'https://esim.holafly.com/checkout/',
      'en',
    );
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout?.price).toEqual({ amount: 46.8, currency: 'USD' });
  });
});

describe('a guessed checkout path', () => {
  it("is the account page when it shows the line's status and no checkout (the account reader's view)", () => {
    const r = read(
      `<h1>ご利用状況の確認</h1><table><tr><th>ご利用番号</th><td>090-0000-4417</td></tr><tr><th>ご契約コース</th><td>マイピタ 5GB</td></tr></table>
       <div><span>残容量</span><span>4,086MB</span></div><table><tr><th>内訳</th><td>残容量</td><td>有効期限</td></tr>
       <tr><th>前月繰り越し容量</th><td>1,228MB</td><td>2026/12/31</td></tr><tr><th>基本データ容量（12月分）</th><td>2,858MB</td><td>2027/01/31</td></tr></table>
       <a class="btn" href="#">チャージする</a>`,
      'https://my.mineo.jp/mvno_cp/MCP020101_Init.action',
    );
    expect(r.pageKind).toBe('account');
    expect(r.readings[0]?.remainingMB).toBe(4086);
  });
});

describe('a payment completed in place ("お支払いが完了しました", "決済が完了しました")', () => {
  const page = (lead: string) =>
    read(
      `<div role="status">${lead}</div><p>${lead}</p><dl><dt>ご注文番号</dt><dd>ND-20261202-00871</dd><dt>対象回線</dt><dd>080-0000-3321</dd>
       <dt>ご注文内容</dt><dd>データSIM延長プラン 60日間・60GB</dd><dt>お支払い金額（税込）</dt><dd>5,000円</dd><dt>延長後の有効期限</dt><dd>2027年2月24日</dd></dl>`,
      'https://mypage.nihon-data.example/shop/extend?line=ln_90311',
    );

  it.each(['お支払いが完了しました', '決済が完了しました'])('"%s" confirms the purchase', (lead) => {
    const r = page(lead);
    expect(r.pageKind).toBe('confirmation');
    expect(r.readings).toEqual([]);
    expect(r.confirmation?.orderNumber).toBe('ND-20261202-00871');
  });

  it('not "お支払いが完了すると…" (what happens once it is paid)', () => {
    expect(page('お支払いが完了すると、有効期限が延長されます').pageKind).not.toBe('confirmation');
  });
});

describe('a section titled ご購入内容 over rows of its own labels', () => {
  it('names no product by its first row, the line\'s number ("ご利用の電話番号")', () => {
    const r = read(
      `<ol><li>容量の選択</li><li class="is-current">購入内容の確認</li></ol><h2>ご購入内容</h2>
       <table><tr><th>ご利用の電話番号</th><td>080-0000-3412</td></tr><tr><th>商品</th><td>データチャージ 1GB</td></tr>
       <tr><th>有効期間</th><td>チャージ日から62日間</td></tr><tr><th>お支払い金額</th><td>800円（税込）</td></tr></table>
       <button type="submit">購入する</button>`,
      'https://my.au.com/dcg/DCG0020001.hc',
    );
    expect(r.checkout?.product).toBe('データチャージ 1GB');
  });
});

describe('a Hong Kong receipt', () => {
  it('pays its 合共 row, after the promo code', () => {
    const r = read(
      `<h1>訂單已完成</h1><dl><dt>訂單編號</dt><dd>HK2612020042</dd></dl>
       <table><thead><tr><th>項目</th><th>數量</th><th>金額</th></tr></thead><tbody>
       <tr><td>日本 30日 15GB 上網卡（續期）</td><td>1</td><td>HK$168.00</td></tr><tr><td>優惠碼 XMAS10</td><td></td><td>-HK$10.00</td></tr>
       <tr><td>合共</td><td></td><td>HK$158.00</td></tr></tbody></table>`,
      'https://www.hk-jpsim.example/order/success/HK2612020042',
      'zh-HK',
    );
    expect(r.confirmation?.price).toEqual({ amount: 158, currency: 'HKD' });
  });
});

describe("a Vant goods card (Chinese H5 shops)", () => {
  it("names the product by its title, beside a picked payment method", () => {
    const r = read(
      `<div class="van-card"><div class="van-card__thumb">JP 无限</div><div class="van-card__content"><div class="van-card__title">日本无限流量卡 月卡续费（30天）</div>
       <div class="van-card__desc">规格：30天 / 无限流量 / docomo 网络</div><div class="van-card__price">¥99.00</div><div class="van-card__num">x1</div></div></div>
       <div class="van-cell"><span>实付款</span><span>¥89.00</span></div>
       <div role="radio" aria-checked="true">微信支付</div><div role="radio" aria-checked="false">支付宝</div><p>价格单位：人民币（元）</p>
       <div class="van-submit-bar"><span>合计：</span><span>¥89.00</span><button type="button">提交订单</button></div>`,
      'https://m.riben-ka.example/order/confirm',
      'zh-CN',
    );
    expect(r.checkout).toMatchObject({ product: '日本无限流量卡 月卡续费（30天）', durationDays: 30, unlimited: true, price: { amount: 89, currency: 'CNY' } });
  });
});

describe('a picked option and the order summary', () => {
  it("takes the summary's row at the option's price as the product's name", () => {
    const page = (summary: string) =>
      read(
        `<label for="plan_id">续费套餐</label><select id="plan_id"><option>7天 10GB（docomo回线）— ¥48</option>
         <option selected>30天 无限流量（docomo回线）— ¥168</option></select>
         <table>${summary}<tr><td>合计</td><td>¥158.00</td></tr></table><p>价格单位：人民币（元）</p><button type="submit">确认支付</button>`,
        'https://www.dongjingka.example/renew/checkout',
        'zh-CN',
      );
    expect(page('<tr><td>日本无限流量卡续费 30天（docomo回线）</td><td>¥168.00</td></tr>').checkout?.product).toBe('日本无限流量卡续费 30天（docomo回线）');
    // (A row at another price is something else: the option names the product.)
    expect(page('<tr><td>eSIM 开通费 30天</td><td>¥10.00</td></tr>').checkout?.product).toBe('30天 无限流量（docomo回线）');
  });
});

describe("the order summary's item line with a note in brackets", () => {
  it('names the product whole: the piece with the figures and a note alone is no name', () => {
    const r = read(
      `<div role="radiogroup"><label role="radio" aria-checked="false"><input type="radio" name="pkg" hidden><span>30天 20GB</span><span>¥68</span></label>
       <label role="radio" aria-checked="true"><input type="radio" name="pkg" checked hidden><span>30天 50GB</span><span>¥98</span></label></div>
       <ul><li><span>日本软银流量卡 续费 · 30天 50GB（顺延到期）</span><span>¥98.00</span></li>
       <li><span>应付金额</span><span>¥98.00 元</span></li></ul><button type="button">立即支付</button>`,
      'https://www.riben-liuliang.example/user/renew/confirm',
      'zh-CN',
    );
    expect(r.checkout?.product).toBe('日本软银流量卡 续费 · 30天 50GB（顺延到期）');
  });
});

describe('what a confirmation names as bought', () => {
  it('is the value of 購買項目 (Hong Kong) or お手続き内容', () => {
    const hk = read(
      `<p>✔ 購買成功</p><div><span>交易編號</span><span>CMHK2612020091734</span></div><div><span>購買項目</span><span>日本數據漫遊通行證 5日 5GB</span></div><div><span>已付金額</span><span>HK$78.00</span></div>`,
      'https://1cm.hk.chinamobile.com/datapass/result.html',
      'zh-HK',
    );
    expect(hk.confirmation?.product).toBe('日本數據漫遊通行證 5日 5GB');
    const ja = read(
      `<h1>お手続きが完了しました</h1><div><span>受付番号</span><span>A2026120200481733</span></div><div><span>お手続き内容</span><span>データ追加（1GB）</span></div><div><span>料金</span><span>550円（税込）</span></div>`,
      'https://ahamo.com/mypage/data/complete',
    );
    expect(ja.confirmation?.product).toBe('データ追加（1GB）');
  });
});

describe('a cart and its recommendations', () => {
  it("names the cart's one item, not an offer under 加購推薦", () => {
    const r = read(
      `<section><h2>購物車</h2><div class="cart-row"><div><div class="t">日本 eSIM 吃到飽 8天（docomo 原生線路）</div><div class="s">數量 1</div></div><div>NT$590</div></div></section>
       <aside><h2>訂單摘要</h2><div><span>商品小計</span><span>NT$590</span></div><div><span>應付金額</span><span>NT$501</span></div><button type="button">前往付款</button></aside>
       <section class="panel"><h2>加購推薦</h2><div class="items"><div class="it"><b>日本 eSIM 10GB 15天</b>NT$420</div></div></section>`,
      'https://www.tabinet.example/cart/checkout',
      'zh-TW',
    );
    expect(r.checkout?.product).toBe('日本 eSIM 吃到飽 8天（docomo 原生線路）');
    expect(r.checkout?.unlimited).toBe(true);
  });
});

describe('a summary row with its quantity between the item and its price', () => {
  it("names the product by the row at the picked option's price", () => {
    const r = read(
      `<label>天數：<select name="variant"><option>5天吃到飽 — NT$399</option><option selected>8天吃到飽 — NT$549</option></select></label>
       <table><tr><th>商品</th><th>數量</th><th>小計</th></tr><tr><td>日本上網卡 8天吃到飽（實體SIM）</td><td>1</td><td>NT$549</td></tr>
       <tr><td>應付金額</td><td></td><td>NT$469</td></tr></table><button type="submit">確認付款</button>`,
      'https://www.jpwanka.example/checkout',
      'zh-TW',
    );
    expect(r.checkout?.product).toBe('日本上網卡 8天吃到飽（實體SIM）');
  });
});

describe('a goods card with a field line "规格：… · 数量 ×1" under its title', () => {
  it('is named by its title, not by the field line', () => {
    const r = read(
      `<h1>收银台</h1><div class="goods"><div class="title">日本 eSIM 5GB/7天（全国通用）</div><div class="sku">规格：5GB / 7天 · 数量 ×1</div><div class="pr">¥38.00</div></div>
       <div><span>实付金额</span><span>¥38.00</span></div><button>立即支付</button>`,
      'https://m.esim-cn.example/pay/cashier?o=1',
      'zh-CN',
    );
    expect(r.checkout?.product).toBe('日本 eSIM 5GB/7天（全国通用）');
  });
});

describe('a product heading beside a picked term', () => {
  it('is named by the order summary\'s one line with the term and every word of the heading', () => {
    const r = read(
      `<h2>商品</h2><div class="pdt"><div><b>日本 eSIM 吃到飽</b></div><div class="hint">docomo 網路</div></div>
       <div>天數：<select name="days"><option value="5">5 天</option><option value="7" selected>7 天</option></select></div>
       <div class="side"><h2>訂單明細</h2><div class="ln"><span>日本 eSIM 7天 吃到飽（高速不限量）</span><span>NT$ 599</span></div>
       <div class="ln"><span>應付金額</span><span>NT$ 599</span></div><button type="submit">確認付款</button></div>`,
      'https://shop.nihontrip.example/cart/step2',
      'zh-TW',
    );
    expect(r.checkout?.product).toBe('日本 eSIM 7天 吃到飽（高速不限量）');
    expect(r.checkout?.durationDays).toBe(7);
  });
});

describe('a receipt in Traditional Chinese (batch 46)', () => {
  it('"訂購內容" labels the product bought', () => {
    const r = read(
      `<h1>付款完成！感謝您的訂購</h1><table><tr><th>訂單編號</th><td>TW2612020031</td></tr><tr><th>訂購內容</th><td>日本門號保號方案 365天（續約）</td></tr><tr><th>付款金額</th><td>NT$1,290</td></tr></table>`,
      'https://www.jp-shangwang.example/order/complete',
      'zh-TW',
    );
    expect(r.confirmation?.product).toBe('日本門號保號方案 365天（續約）');
  });
});


describe('a quantity after the product (batch 48)', () => {
  it('of two or more is part of what was bought ("追加クーポン 1GB × 2"); of one is not', () => {
    const page = (qty: string) =>
      read(
        `<h1>お申し込みが完了しました</h1>
         <table><tr><th>受付番号</th><td>IJ2612020417</td></tr>
         <tr><th>お申し込み内容</th><td>追加クーポン 1GB × ${qty}</td></tr>
         <tr><th>お支払い金額</th><td>${Number(qty) * 1100}円（税込）</td></tr></table>`,
        'https://www.iijmio.jp/service/setup/hdc/addcoupon/complete/',
      );
    expect(page('2').confirmation?.product).toBe('追加クーポン 1GB × 2');
    expect(page('1').confirmation?.product).toBe('追加クーポン 1GB');
  });
});

describe('a receipt (batches 50 and 51)', () => {
  it('headed "Charge Completed" is a confirmation, its receipt number the order’s', () => {
    const r = read(
      `<h1>Charge Completed</h1><p>Thank you. Your charge has been completed. A receipt has been sent to traveler@example.com.</p>
       <table><tr><th>Receipt No.</th><td>VS2612020193</td></tr><tr><th>Item</th><td>1GB / 1Day (Max 23:59)</td></tr>
       <tr><th>Amount Paid</th><td>500 yen (incl. tax)</td></tr><tr><th>Remaining Data</th><td>1404MB</td></tr></table>`,
      'https://www.bmobile.ne.jp/english/ocharge/cmp_x3.php?rcpt=VS2612020193',
      'en',
    );
    expect(r.pageKind).toBe('confirmation');
    expect(r.confirmation?.orderNumber).toBe('VS2612020193');
  });

  it('at a guessed checkout path, saying "Payment successful" with no pay action left, is a confirmation', () => {
    const r = read(
      `<h1>Your top up is on its way!</h1><p>Payment successful. The new package has been added to your eSIM.</p>
       <table><tr><td>Order number</td><td>20261202-418255</td></tr></table>
       <table><tr><td>Moshi Moshi 3 GB - 30 Days (Top up)</td><td>$11.00</td></tr><tr><td>Total paid</td><td>$9.90 USD</td></tr></table>`,
      'https://www.airalo.com/checkout/return/3ds?redirect_status=succeeded',
      'en',
    );
    expect(r.pageKind).toBe('confirmation');
    expect(r.checkout).toBeNull();
    expect(r.confirmation).toMatchObject({ orderNumber: '20261202-418255', price: { amount: 9.9, currency: 'USD' } });
  });
});

describe('the summary’s item line (batch 52)', () => {
  it('names the product where it adds words to the picked option’s ("日本 eSIM 10GB/15天（docomo 网络）" for "日本 10GB/15天")', () => {
    const file = path.resolve(__dirname, '../../../fixtures/blind/batch52/unknown/dongjing-settle');
    const { url, now } = JSON.parse(readFileSync(`${file}.expected.json`, 'utf8')) as { url: string; now: string };
    const r = extractFromHtml(readFileSync(`${file}.html`, 'utf8'), url, new Date(now));
    expect(r.checkout?.product).toBe('日本 eSIM 10GB/15天（docomo 网络）');
  });
});

describe('a receipt’s "Service" row (batch 54)', () => {
  it('names the product ("Service | Prepaid Mobile Refill"); a service fee does not', () => {
    const receipt = (rows: string) =>
      read(
        `<p>Refill Successful</p><p>Thank you. Your prepaid refill has been completed.</p>
         <table><tr><th>Reference No.</th><td>RF2612020934518</td></tr>${rows}<tr><th>Refill Amount</th><td>HK$100.00</td></tr></table>`,
        'https://www.hk.chinamobile.com/en/bill/prepaid-refill-result.html',
        'en',
      ).confirmation;
    expect(receipt('<tr><th>Service</th><td>Prepaid Mobile Refill</td></tr>')?.product).toBe('Prepaid Mobile Refill');
    expect(receipt('<tr><th>Service fee</th><td>HK$0.00</td></tr>')?.product ?? null).toBeNull();
    // (Beside an item row, the service is what the item was bought for: "Service | Japan SIM", "Item | Extend Service – 30 days".)
    expect(receipt('<tr><th>Service</th><td>Japan Unlimited Data SIM (Short-term)</td></tr><tr><th>Item</th><td>Extend Service – 30 days</td></tr>')?.product).toBe('Extend Service – 30 days');
  });
});

describe('an order summary beside an offer to add (batch 55)', () => {
  it('names the item in the summary, not the unticked offer ("Add eSIM South Korea – 5 days"), and reads "Unlimited data · 1 traveler"', () => {
    const r = read(
      `<h2>Payment method</h2><label><input type="radio" name="payment" value="card" checked> Credit or debit card</label>
       <div class="cross"><label><input type="checkbox" name="addon_korea"> Also going to South Korea? Add <b>eSIM South Korea – 5 days</b> for $19.00</label></div>
       <aside><h2>Order summary</h2><div class="item"><div><div class="nm">eSIM Japan - 7 days</div><div class="meta">Unlimited data · 1 traveler</div></div><div class="pr">$27.00</div></div>
       <div class="total"><span>Total</span><span>USD $27.00</span></div><button class="pay-btn" type="submit">Pay $27.00</button></aside>`,
      'https://esim.holafly.com/checkout/payment',
      'en',
    );
    expect(r.checkout).toMatchObject({ product: 'eSIM Japan - 7 days', durationDays: 7, unlimited: true });
  });
});

describe('a top-up confirmed under its heading, its price apart from its currency (batch 55)', () => {
  it('is a checkout: "儲值內容確認", "金額 | <span>500</span>日圓（含稅）", "確認儲值"', () => {
    const r = read(
      `<h1>VISITOR SIM 線上儲值</h1><ol class="flow"><li>選擇儲值方案</li><li class="current">輸入付款資訊</li><li>儲值完成</li></ol><h2>儲值內容確認</h2>
       <table><tr><th>SIM 電話號碼</th><td>070-0000-3821</td></tr><tr><th>儲值方案</th><td>1GB / 1天（最晚至23:59）</td></tr>
       <tr><th>金額</th><td><span class="price">500</span>日圓（含稅）</td></tr></table>
       <form><input name="ccno"><button type="submit">確認儲值</button></form>`,
      'https://mypage.bmobile.ne.jp/vsim/zh-tw/charge/cc_input?seq=2',
      'zh-TW',
    );
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout).toMatchObject({ product: '1GB / 1天（最晚至23:59）', dataMB: 1024, durationDays: 1, price: { amount: 500, currency: 'JPY' } });
  });
  it('its receipt’s "受理编号" is the order number', () => {
    const r = read(
      `<h1>充值完成</h1><table><tr><th>受理编号</th><td>VC26120209551207</td></tr><tr><th>充值方案</th><td>1GB / 1天</td></tr><tr><th>金额</th><td>500日元</td></tr></table>`,
      'https://mypage.bmobile.ne.jp/vsim/zh-cn/charge/cc_exec',
      'zh-CN',
    );
    expect(r.confirmation).toMatchObject({ orderNumber: 'VC26120209551207', price: { amount: 500, currency: 'JPY' } });
  });
});

describe('the order’s item row names the picked term (batch 56)', () => {
  it('"年套餐 365天" picked, "日本保号卡·年套餐（365天 含1GB流量） | ¥268.00" in the order’s rows', () => {
    const opt = (t: string, p: string, on = false) => `<div class="opt" role="radio" aria-checked="${on}"><div><div class="t">${t}</div><div class="d">含流量 · 可收短信</div></div><div class="p">${p}</div></div>`;
    const r = read(
      `<div class="box"><div class="box-h">选择续费时长</div>${opt('月套餐 30天', '¥29')}${opt('年套餐 365天', '¥268', true)}</div>
       <div class="box"><div class="box-h">订单明细</div><div class="row"><span class="k"><span>日本保号卡·年套餐（365天 含1GB流量）</span></span><span class="v"><span>¥268.00</span></span></div>
       <div class="row total"><span class="k"><span>实付金额</span></span><span class="v"><span>¥248.00</span></span></div></div>
       <div class="foot"><div class="sum">合计：<b>¥248.00</b></div><button>立即支付</button></div><p>所有价格均以人民币（元）结算。</p>`,
      'https://m.riben-haoka.example/pages/pay/cashier?type=renew',
      'zh-CN',
    );
    expect(r.checkout).toMatchObject({ product: '日本保号卡·年套餐（365天 含1GB流量）', durationDays: 365 });
  });
});

describe('a picked term restated after a field’s label (batch 57)', () => {
  it('"已选：7天 ｜ 扫码即装" names nothing: the goods title does ("日本eSIM 无限流量 7天（docomo网络）")', () => {
    const r = read(
      `<div class="goods"><div class="info"><div class="title">日本eSIM 无限流量 7天（docomo网络）</div><div class="sku">已选：7天 ｜ 扫码即装 ｜ 支持热点</div><div class="p"><span class="price">¥89.00</span><span>×1</span></div></div></div>
       <div class="spec"><label><input type="radio" name="days" value="3"><span>3天 ¥45</span></label><label class="on"><input type="radio" name="days" value="7" checked><span>7天 ¥89</span></label></div>
       <div class="row"><span class="k">实付款</span><span class="v">¥89.00</span></div><p>· 价格单位：人民币（元）。</p>
       <div class="bar"><span class="total">合计：<b>¥89.00</b> 元</span><span class="btn" role="button">提交订单</span></div>`,
      'https://m.haitao-esim.example/trade/settle?sku=jp-unl-7d',
      'zh-CN',
    );
    expect(r.checkout).toMatchObject({ product: '日本eSIM 无限流量 7天（docomo网络）', durationDays: 7, unlimited: true });
  });
});

describe('a uni-app checkout (batch 59)', () => {
  it('its <uni-radio checked> picks the term and its <uni-button> pays', () => {
    const opt = (t: string, p: string, on = false) =>
      `<uni-view class="opt"><uni-label><uni-radio value="m"${on ? ' checked="true"' : ''}><div class="uni-radio-input"></div></uni-radio><uni-text><span>${t}</span></uni-text></uni-label><uni-text class="price"><span>${p}</span></uni-text></uni-view>`;
    const r = read(
      `<uni-view class="kv"><uni-text><span>手机号码</span></uni-text><uni-text><span>070-0000-4821</span></uni-text></uni-view>
       <uni-view class="kv"><uni-text><span>当前套餐到期</span></uni-text><uni-text><span>2026-12-18 23:59</span></uni-text></uni-view>
       <uni-radio-group>${opt('续费1个月（30天）', '¥89')}${opt('续费3个月（90天）', '¥249', true)}</uni-radio-group>
       <uni-view class="goods"><uni-text class="goods-name"><span>日本无限流量月卡 续费3个月（90天）</span></uni-text><uni-text class="goods-qty"><span>×1</span></uni-text></uni-view>
       <uni-view class="tip">价格单位：人民币（元）。</uni-view><uni-view class="bottom"><uni-view class="sum">合计：<b>¥229.00</b></uni-view><uni-button>立即支付</uni-button></uni-view>`,
      'https://m.riben-ka.example/pages/pay/cashier?type=renew',
      'zh-CN',
    );
    expect(r.pageKind).toBe('checkout');
    expect(r.checkout).toMatchObject({ product: '日本无限流量月卡 续费3个月（90天）', durationDays: 90, price: { amount: 229, currency: 'CNY' } });
  });
});

describe('a thank-you page in Japanese (batch 58)', () => {
  it('"ご注文ありがとうございます！" confirms the order at a path nobody guessed', () => {
    const r = read(
      `<h1>ご注文ありがとうございます！</h1><p>注文番号：<b>HF-5582917</b></p>
       <section><h2>ご注文内容</h2><div class="item"><span>日本 eSIM｜無制限データ・10日間</span><span>¥5,990</span></div>
       <div class="sum total"><span>お支払い金額（税込）</span><span>¥5,391</span></div></section>`,
      'https://esim.holafly.com/ja/checkout/thank-you/?order_id=5582917',
    );
    expect(r.pageKind).toBe('confirmation');
    expect(r.confirmation).toMatchObject({ orderNumber: 'HF-5582917', price: { amount: 5391, currency: 'JPY' } });
  });
});

describe("a receipt's row of what was charged", () => {
  const receipt = (label: string) =>
    read(
      `<div class="done">Charge completed. Thank you for your purchase.</div><table class="receipt">
       <tr><th>Receipt No.</th><td>VC-20261202-004417</td></tr><tr><th>${label}</th><td>1GB / 1Day (Max 23:59)</td></tr>
       <tr><th>Amount paid</th><td>500 yen (incl. tax)</td></tr></table>`,
      'https://www.bmobile.ne.jp/english/online_charge/oc_fin.php',
      'en',
    );

  it.each(['Charged product', 'Charge', 'Top-up'])('names the product ("%s | 1GB / 1Day")', (label) => {
    expect(receipt(label).confirmation?.product).toBe('1GB / 1Day (Max 23:59)');
  });
});

describe('an extension checkout whose pay action is a styled span ("Confirm Extension")', () => {
  it('is a checkout of the picked period, not the line it extends', () => {
    const r = read(
      `<h1>Extend Service</h1><div class="box">Phone Number: <b>080-0000-4417</b><br>Plan: Voice + Data Unlimited (30 Days)<br>Current Service End Date: <b>18 Dec 2026</b></div>
       <form><label class="opt"><input type="radio" name="period" value="30"> 30 days <span class="price">¥3,980</span></label>
       <label class="opt"><input type="radio" name="period" value="60" checked> 60 days <span class="price">¥7,480</span></label>
       <table class="summary"><tr><td class="item">Service extension – 60 days (Voice + Data Unlimited)</td><td>¥7,480</td></tr>
       <tr class="total"><td>Total to pay</td><td>¥7,480</td></tr></table>
       <p><span class="btn-confirm">Confirm Extension</span><a href="/myaccount/services">Back to Services</a></p></form>`,
      'https://www.mobal.com/myaccount/services/extend?id=MB-7730142',
      'en',
    );
    expect([r.pageKind, r.readings.length, r.checkout?.durationDays, r.checkout?.price?.amount]).toEqual(['checkout', 0, 60, 7480]);
  });
});

describe('a pass purchase whose last step is "Confirm" on an element styled as a button', () => {
  it('is a checkout of the picked pass, not the number it is for', () => {
    const r = read(
      `<h1>Buy a Roaming Data Pass</h1><div class="form-row"><span class="lbl">Prepaid Mobile Number</span><span>6000 0178</span></div>
       <div class="form-row"><span class="lbl">Card valid until</span><span>31/03/2027</span></div>
       <label><input type="radio" name="pass" value="JP1D"> Japan 1-Day Data Pass (1GB) <span>HK$38</span></label>
       <label class="checked"><input type="radio" name="pass" value="JP5D" checked> Japan 5-Day Data Pass (6GB) <span>HK$118</span></label>
       <table class="summary"><tr><td class="item">Japan 5-Day Data Pass (6GB)</td><td>HK$118.00</td></tr><tr class="tot"><td>Total Amount</td><td>HK$118.00</td></tr></table>
       <span class="btn">Confirm</span><span class="btn-grey">Back</span>`,
      'https://1cm.hk.chinamobile.com/roaming/data-pass/purchase.html?lang=en',
      'en',
    );
    expect([r.pageKind, r.readings.length, r.checkout?.dataMB, r.checkout?.price]).toEqual(['checkout', 0, 6144, { amount: 118, currency: 'HKD' }]);
  });
});

describe('a checkout with a shelf of other offers beside the order', () => {
  it('reads the order, not the shelf ("一緒に購入されているトッピング")', () => {
    const r = read(
      `<h1>ご購入内容の確認</h1><div class="card"><div class="muted">データトッピング</div>
       <div class="row"><span>データ追加60GB(90日間)</span><span>6,490円</span></div>
       <div class="row total"><span>お支払い金額（税込）</span><span>6,490円</span></div></div>
       <button type="button">スワイプして購入を確定する</button>
       <div class="card"><div class="muted">一緒に購入されているトッピング</div><div class="reco"><div>データ使い放題(24時間)<br>330円</div><div>5分以内通話かけ放題<br>550円／月</div></div></div>`,
      'https://shop.povo.jp/topping/checkout?sku=DATA_060GB_090D',
    );
    expect([r.pageKind, r.checkout?.product, r.checkout?.dataMB, r.checkout?.durationDays]).toEqual(['checkout', 'データ追加60GB(90日間)', 61440, 90]);
  });
});

describe('an English data-charge review with "Confirm and buy"', () => {
  it('is a checkout, its days from the "Valid for …" sentence', () => {
    const r = read(
      `<h1>Review your order</h1><p class="small">Line: 080-0000-9123 (Rakuten Saikyo Plan)</p>
       <table><tr><td>Overseas data charge 1GB</td><td>¥500</td></tr><tr><td>Rakuten Points used</td><td>−200 pt</td></tr><tr class="total"><td>Total (tax incl.)</td><td>¥300</td></tr></table>
       <p class="small">Valid for 31 days including the day of purchase. Available only while roaming in supported countries.</p>
       <button type="submit">Confirm and buy</button>`,
      'https://portal.mobile.rakuten.co.jp/my-rakuten-mobile/datacharge/overseas/review?lang=en',
      'en',
    );
    expect([r.pageKind, r.checkout?.product, r.checkout?.durationDays, r.checkout?.price?.amount]).toEqual(['checkout', 'Overseas data charge 1GB', 31, 300]);
  });
});

describe('what a receipt or a checkout says in passing', () => {
  it('takes "交易金額" for the amount paid on a receipt', () => {
    const r = read(
      `<h1>購買成功</h1><table><tr><th>參考編號</th><td>DP2611300418829</td></tr><tr><th>產品</th><td>日本 5日 數據漫遊通行證 (6GB)</td></tr>
       <tr><th>交易金額</th><td>HK$118.00</td></tr></table>`,
      'https://1cm.hk.chinamobile.com/roaming/data-pass/result.html',
      'zh-HK',
    );
    expect(r.confirmation?.price).toEqual({ amount: 118, currency: 'HKD' });
  });

  it('takes "Every goodybag lasts 30 days." for the days bought', () => {
    const r = read(
      `<h1>Checkout</h1><p>Every goodybag lasts 30 days. Make it recurring and it renews automatically.</p>
       <label><input type="radio" name="bag" checked> £10 goodybag (20GB)</label><div>Total £10.00</div><button>Buy goodybag</button>`,
      'https://www.giffgaff.com/goodybags/checkout',
      'en',
    );
    expect([r.pageKind, r.checkout?.durationDays]).toEqual(['checkout', 30]);
  });
});

describe("a charge's confirm step marked by its heading or its current step", () => {
  it('is a checkout ("パケットチャージ　お申し込み内容の確認", a step list whose current item is "now")', () => {
    const page = (flow: string, heading: string) =>
      read(
        `<ol class="flow">${flow}</ol><h1>${heading}</h1><form><table><tr><th>ご利用番号</th><td>090-0000-5216</td></tr>
         <tr><th>チャージ内容</th><td>パケットチャージ 500MB（100MB×5）</td></tr><tr><th>有効期限</th><td>翌月末まで（2027/01/31）</td></tr>
         <tr><th>チャージ後の残容量（予定）</th><td>7,430MB</td></tr><tr class="sum"><th>お支払い金額</th><td>275円（税込）</td></tr></table>
         <input type="submit" name="back" value="戻る"><input type="submit" name="decide" value="決定"></form>`,
        'https://my.mineo.jp/mvno_cp/PCH010102_Confirm.action',
      );
    expect(page('<li>容量選択</li><li>内容確認</li><li>完了</li>', 'パケットチャージ\u3000お申し込み内容の確認').pageKind).toBe('checkout');
    expect(page('<li>容量選択</li><li class="now">内容確認</li><li>完了</li>', 'パケットチャージ').checkout?.dataMB).toBe(500);
  });
});

describe("a cart's one item beside its notes", () => {
  it('is named by its title, not by a note that mentions a term ("…需在购买后30天内激活")', () => {
    const body = `<h3>商品信息</h3><div class="_item"><div class="_t">日本 5GB 15天 eSIM（软银网络）</div>
      <div class="_d">规格：5GB / 15天 · 数量 ×1</div><div class="_d">激活后开始计算天数，需在购买后30天内激活</div><div class="_p">¥59.00</div></div>
      <div><span>应付金额</span><span>¥54.00 元</span></div><div><span>合计：<b>¥54.00</b></span><button type="button">提交订单</button></div>`;
    const r = read(body, 'https://www.fuji-liuliang.example/p/q8/zz1?step=pay', 'zh-CN');
    expect([r.checkout?.product, r.checkout?.dataMB, r.checkout?.durationDays]).toEqual(['日本 5GB 15天 eSIM（软银网络）', 5120, 15]);
  });
});

describe('a sum of money picked (a top-up amount)', () => {
  it('is what is paid: the summary\'s one item row at that sum names what it buys ("£10" → "Airtime credit")', () => {
    const body = `<div role="radiogroup" aria-label="Top-up amount"><span role="radio" aria-checked="true">£10</span><span role="radio" aria-checked="false">£15</span></div>
      <section><h2>Summary</h2><div class="row"><span>Airtime credit</span><span>£10.00</span></div><div class="row"><span>Payback points used</span><span>£0.00</span></div>
      <div class="row"><span>Total to pay</span><span>£10.00</span></div><button type="button">Pay £10.00</button></section>`;
    const r = read(body, 'https://www.giffgaff.com/top-up/review?amount=10', 'en');
    expect([r.pageKind, r.checkout?.product, r.checkout?.price?.amount]).toEqual(['checkout', 'Airtime credit', 10]);
  });
});

describe('a checked radio that picks the line being charged', () => {
  it('names no product ("090-0000-7702（音声SIM・ギガプラン 2ギガ）"): the order table\'s item does', () => {
    const body = `<h1>データ量追加</h1><div class="flow"><span class="flow__item flow__item--current">お申し込み内容の確認</span></div>
      <h2>対象の回線</h2><ul><li><input type="radio" name="hdo" checked disabled> 090-0000-7702（音声SIM・ギガプラン 2ギガ）</li><li><input type="radio" name="hdo" disabled> 080-0000-1198（データeSIM・ギガプラン 2ギガ）</li></ul>
      <table><thead><tr><th>品目</th><th>数量</th><th>金額（税込）</th></tr></thead><tbody><tr><td>データ量追加（1GB）</td><td>1</td><td>220円</td></tr></tbody></table>
      <div class="sum"><span>合計（税込）</span><span>220円</span></div><button class="btn btn--primary" type="button">申し込む</button>`;
    const r = read(body, 'https://www.iijmio.jp/service/setup/hdc/datacharge/confirm/');
    expect([r.checkout?.product, r.checkout?.dataMB, r.checkout?.price?.amount]).toEqual(['データ量追加（1GB）', 1024, 220]);
  });
});

describe("a receipt with the line's plan above the item bought", () => {
  it('names the priced item ("Item | Amount" over "Extend Service – 30 days | ¥5,500"), not the plan', () => {
    const body = `<div role="alert"><h1>Thank you! Your service has been extended.</h1></div>
      <table><tr><th>Japan phone number</th><td>080-0000-6614</td></tr><tr><th>Plan</th><td>Short-term Voice + Data (7GB high speed / month)</td></tr></table>
      <table><tr><th>Order number</th><td>MB-2026-0419923</td></tr></table>
      <table><thead><tr><th>Item</th><th>Amount</th></tr></thead><tbody><tr><td>Extend Service – 30 days (Japan Voice &amp; Data)</td><td>¥5,500</td></tr></tbody>
      <tfoot><tr><td>Total charged (tax included)</td><td>¥5,500 JPY</td></tr></tfoot></table>`;
    const r = read(body, 'https://www.mobal.com/myaccount/services/extend/thank-you', 'en');
    expect([r.pageKind, r.confirmation?.product, r.confirmation?.orderNumber]).toEqual(['confirmation', 'Extend Service – 30 days (Japan Voice & Data)', 'MB-2026-0419923']);
  });
});

describe('a bare ¥ on a page that states the unit of its prices', () => {
  it('is the stated currency ("价格单位：人民币元"), though the page quotes a price in 円 too', () => {
    const body = `<div class="goods__title">povo2.0 保号代充 データ追加1GB(7日間)</div><div class="goods__price">¥29.00</div>
      <div class="van-cell"><span>实付款</span><span><b>¥25.00</b></span></div>
      <p class="tip">· 价格单位：人民币元。povo 官方售价 390円，本店按人工代充收取服务费。</p>
      <div class="van-submit-bar"><span>合计：<span>¥25.00</span></span><button type="button">提交订单</button></div>`;
    const r = read(body, 'https://m.baohao-ka.example/trade/confirm?sku=povo-1g-7d', 'zh-CN');
    expect(r.checkout?.price).toEqual({ amount: 25, currency: 'CNY' });
  });
});

describe("an order summary's one item, classed as its name", () => {
  it('is the product ("Summary_name__r2Vn8"), the picked payment method is not', () => {
    const body = `<section><h2>Payment method</h2><div role="radiogroup"><div role="radio" aria-checked="true"><span>💳</span><span>Credit / debit card</span></div><div role="radio" aria-checked="false"><span>PayPal</span></div></div></section>
      <aside><h2>Order summary</h2><div class="Summary_pkg__b7Y1e"><div><div class="Summary_name__r2Vn8">Moshi Moshi 3 GB - 30 Days</div><div class="Summary_meta__Hh3dE">Japan · eSIM · Data only</div></div></div>
      <div class="Summary_line"><span>Subtotal</span><span>$11.00</span></div><div class="Summary_total"><span>Total</span><span>$9.00 USD</span></div>
      <button class="Btn_primary__1xQ0r" type="button">Complete order</button></aside>`;
    const r = read(body, 'https://www.airalo.com/checkout/pay?pkg=moshi-moshi-30days-3gb', 'en');
    expect([r.checkout?.product, r.checkout?.dataMB, r.checkout?.durationDays]).toEqual(['Moshi Moshi 3 GB - 30 Days', 3072, 30]);
  });
});

describe('a receipt under "お申し込み内容" whose first row is "お申込番号"', () => {
  it('names the product by its item row, the order number by its label', () => {
    const body = `<h1>チャージが完了しました</h1><h2>お申し込み内容</h2><table>
      <tr><th>お申込番号</th><td colspan="2">HM-20261202-00418</td></tr><tr><th>ご契約プラン</th><td colspan="2">自由自在290プラン</td></tr>
      <tr class="item"><th>商品</th><td>追加データ 2GB（当月末まで）</td><td class="amt">440円</td></tr>
      <tr><th>お支払い合計（税込）</th><td></td><td class="amt"><b>440円</b></td></tr></table>`;
    const r = read(body, 'https://his.mvno.ne.jp/mypage/opt/chg_fin.php?rid=7Q2KX9');
    expect([r.pageKind, r.confirmation?.orderNumber, r.confirmation?.product, r.confirmation?.price?.amount]).toEqual(['confirmation', 'HM-20261202-00418', '追加データ 2GB（当月末まで）', 440]);
  });
});

describe('"ご利用金額（税込）" on a completion page', () => {
  it('is the sum paid', () => {
    const body = `<ul class="step"><li>確認</li><li class="now">完了</li></ul><div class="msg">データチャージのお申し込みが完了しました</div>
      <table><tr><th>受付番号</th><td>DC2612020931457</td></tr></table>
      <table><tr><th>お申し込み内容</th><td>データチャージ 1GB</td></tr><tr><th>ご利用金額（税込）</th><td>1,100円</td></tr></table>`;
    const r = read(body, 'https://www.uqwimax.jp/mobile/support/member/datacharge/complete');
    expect(r.confirmation?.price).toEqual({ amount: 1100, currency: 'JPY' });
  });
});

describe("a note's sentence that starts with a total's word", () => {
  it('("增值金額一經確認，恕不退款。增值HK$50至…") is no total: the order\'s "應付總額" is', () => {
    const body = `<ul class="stp"><li class="on">2. 選擇金額及付款</li></ul><form id="f"><label><input type="radio" name="amount" value="300" checked> 300</label></form>
      <table><thead><tr><th>項目</th><th>金額</th></tr></thead><tbody><tr><td>預付卡增值 HK$300（有效期延長180日）</td><td>HK$300.00</td></tr>
      <tr><td>網上增值優惠（95折）</td><td>-HK$15.00</td></tr><tr class="sum"><td>應付總額</td><td>HK$285.00</td></tr></tbody></table>
      <p class="note">增值金額一經確認，恕不退款。增值HK$50至HK$200可延長有效期30至90日。</p><button class="go" type="submit" form="f">確認付款</button>`;
    const r = read(body, 'https://1cm.hk.chinamobile.com/bill/prepaid-refill.html?step=pay', 'zh-HK');
    expect(r.checkout?.price).toEqual({ amount: 285, currency: 'HKD' });
  });
});

describe('"Order code" on a receipt', () => {
  it('labels the order number', () => {
    const body = `<h1>Your top-up is ready</h1><p>Payment successful</p><section><h2>Receipt</h2>
      <div><span class="k">Order code</span><span>20261202-184512</span></div><div><span>Moshi Moshi – 3 GB - 30 Days (Top up)</span><span>$11.00 USD</span></div>
      <div><span class="k">Total paid</span><span>$11.00 USD</span></div></section>`;
    const r = read(body, 'https://www.airalo.com/orders/5521/success', 'en');
    expect([r.pageKind, r.confirmation?.orderNumber]).toEqual(['confirmation', '20261202-184512']);
  });
});

describe('a select headed by its own label whose picked option carries its price', () => {
  it('("チャージプラン" over "追加チャージ 5GB（15日間） 2,480円") names the product without the price', () => {
    const body = `<h1>ご注文内容の確認</h1><section><h2>チャージプラン</h2><select name="chargePlan" aria-label="チャージプラン">
      <option value="c1g">追加チャージ 1GB（3日間） 550円</option><option value="c5g" selected>追加チャージ 5GB（15日間） 2,480円</option></select></section>
      <table><tr><th>商品</th><td>追加チャージ 5GB（15日間）</td></tr><tr><th>お支払い金額（税込）</th><td>2,480円</td></tr></table><button type="submit">購入する</button>`;
    const r = read(body, 'https://www.prepaid-nippon.example/charge/confirm');
    expect(r.checkout?.product).toBe('追加チャージ 5GB（15日間）');
  });
});

describe('"お申し込み品目" heading a column of items, under the section title "お申し込み内容"', () => {
  it('labels the product in the row below it: it is no product itself', () => {
    const body = `<h1>データ追加のお申し込み（確認）</h1><h2>お申し込み内容</h2><table>
      <thead><tr><th>お申し込み品目</th><td><b>金額（税込）</b></td></tr></thead>
      <tbody><tr><td>追加データ 0.5GB（当月末まで有効）</td><td>550円</td></tr></tbody></table>
      <div><span>お支払い金額（税込）</span><span>550円</span></div><button type="submit">申し込む</button>`;
    const r = read(body, 'https://my.example-mobile.jp/add/confirm');
    expect(r.checkout?.product).toBe('追加データ 0.5GB（当月末まで有効）');
  });
});

describe('an item\'s terms with its quantity ("无限流量 · 30天 · 数量 ×1") under its name', () => {
  it('is no name: a picked term ("30天") takes the item\'s name above it', () => {
    const body = `<div class="hd">确认订单</div><div class="sec"><h3>选择续费时长</h3>
      <label><input type="radio" name="days" value="7"><span>7天<br>¥39</span></label>
      <label><input type="radio" name="days" value="30" checked><span>30天<br>¥128</span></label></div>
      <div class="sec"><h3>商品信息</h3><div class="item"><div><div class="name">日本docomo无限流量卡 续费30天</div><div class="meta">无限流量 · 30天 · 数量 ×1</div></div><div class="pr">¥128.00</div></div>
      <div class="row"><span><b>应付金额</b></span><span><b>¥128.00 元</b></span></div></div>
      <div class="bar"><span>合计：¥128.00</span><button type="submit">立即支付</button></div>`;
    const r = read(body, 'https://shop.dongjing-sim.example/order/confirm', 'zh-CN');
    expect(r.checkout?.product).toBe('日本docomo无限流量卡 续费30天');
  });
});

describe('a pay action in a box classed as a button ("<div class=paybtn>確認並付款 HK$118</div>")', () => {
  it('makes a checkout beside a total, and the products under "你可能亦需要" are not in the cart', () => {
    const body = `<section><h2>你可能亦需要</h2><div class="cart-line"><span>日本 8日 6GB 上網卡（實體卡）</span><span>HK$78</span></div><div class="cart-line"><span>日本 15日 20GB eSIM</span><span>HK$148</span></div></section>
      <aside><h2>購物車（1 件）</h2><div class="cart-line"><div><div class="nm">日本 無限數據 eSIM 7日（docomo 網絡）</div><div class="q">數量：1</div></div><div>HK$128</div></div>
      <div class="grand"><span>應付總額</span><span>HK$118</span></div><div class="paybtn">確認並付款 HK$118</div></aside>`;
    const r = read(body, 'https://www.hktravelsim.example/checkout', 'zh-Hant');
    expect([r.pageKind, r.checkout?.product, r.checkout?.price?.amount]).toEqual(['checkout', '日本 無限數據 eSIM 7日（docomo 網絡）', 118]);
  });
  it('("<div class=submit><span>提交订单</span></div>") as well', () => {
    const body = `<h3>确认订单信息</h3><table><tr><td><span class="item-title">日本电话卡 docomo 8天6GB 旅游上网卡</span></td><td>49.00</td></tr></table>
      <div class="realpay">实付款：<span>¥43.50</span>（人民币 43.50 元）</div><div class="submit"><span>提交订单</span></div>`;
    expect(read(body, 'https://buy.taohuo.example/order/confirm_order.htm', 'zh-CN').pageKind).toBe('checkout');
  });
});

describe('purchase flows (blind batch 83 classes)', () => {
  it('"ご請求額 | 275円（税込）" under "お申し込み内容の確認" is the sum of a checkout, not the line\'s status', () => {
    const body = `<h1>パケットチャージ</h1><dl><dt>電話番号</dt><dd>080-0000-2290</dd><dt>現在の残容量</dt><dd>0.18GB</dd></dl>
      <select id="y"><option value="100">100MB（55円）</option><option value="500" selected>500MB（275円）</option></select>
      <h2>お申し込み内容の確認</h2><p>以下の内容でチャージします。</p><table><tr><th>チャージ内容</th><td>パケットチャージ 500MB</td></tr><tr><th>ご請求額</th><td>275円（税込）</td></tr></table>
      <form><input type="submit" value="決定"></form>`;
    const r = read(body, 'https://my.mineo.jp/mvno_cp/MCP030101_PacketCharge.action');
    expect([r.pageKind, r.checkout?.product, r.checkout?.price?.amount]).toEqual(['checkout', 'パケットチャージ 500MB', 275]);
  });
  it('"決済情報入力へ進む ＞" goes on to pay, and a picked row of a table of plans gives all its terms', () => {
    const body = `<h1>チャージプランの選択</h1><table><tr><th>電話番号</th><td>080-0000-5507</td></tr></table><form><table class="plans">
      <tr><th>選択</th><th>チャージプラン</th><th>期間</th><th>通信容量</th><th>料金（税込）</th></tr>
      <tr><td><input type="radio" name="plan" id="p1"></td><td><label for="p1">U300 1ヶ月チャージ</label></td><td>30日</td><td>無制限（最大300kbps）</td><td>2,980円</td></tr>
      <tr><td><input type="radio" name="plan" id="p2" checked></td><td><label for="p2">U300 6ヶ月チャージ</label></td><td>185日</td><td>無制限（最大300kbps）</td><td>14,800円</td></tr></table>
      <p>お支払い金額：<strong>14,800円</strong>（税込）</p><input type="submit" value="決済情報入力へ進む ＞"></form>`;
    const r = read(body, 'https://www.bmobile.ne.jp/charge/plan');
    expect([r.pageKind, r.checkout?.product, r.checkout?.durationDays, r.checkout?.unlimited]).toEqual(['checkout', 'U300 6ヶ月チャージ', 185, true]);
  });
  it('a section title ("<h2>お申込み内容</h2>") over a list of fields takes no field\'s label as the product', () => {
    const body = `<h1>お申込み内容確認</h1><section><h2>お申込み内容</h2><dl><div><dt>お申込み回線</dt><dd>090-0000-6083</dd></div>
      <div><dt>お申込みサービス</dt><dd>1GB追加オプション（当月末まで有効）</dd></div><div><dt>料金</dt><dd>1,100円（税込）</dd></div></dl>
      <div><span>お支払い金額（税込）</span><span>1,100円</span></div></section><button type="submit">申込みを確定する</button>`;
    expect(read(body, 'https://www.docomo.ne.jp/mydocomo/data/add/confirm').checkout?.product).toBe('1GB追加オプション（当月末まで有効）');
  });
  it('a chosen card of a term alone ("30 天 | ¥4,950") is named by the summary\'s row at its price, not by the line\'s current plan', () => {
    const body = `<h1>延長服務</h1><section><h2>目前的服務</h2><div><div class="k">電話號碼</div><div>080-0000-1946</div><div class="k">方案</div><div>日本數據 eSIM 20GB（短期方案）</div></div></section>
      <div role="radiogroup"><div class="opt" role="radio" aria-checked="true"><div>30 天</div><div>¥4,950</div></div><div class="opt" role="radio" aria-checked="false"><div>60 天</div><div>¥9,500</div></div></div>
      <table><tr><td class="item">日本數據 eSIM 20GB – 延長 30 天</td><td>¥4,950</td></tr><tr><td>應付總額</td><td>¥4,950</td></tr></table><button type="submit">確認並付款</button>`;
    expect(read(body, 'https://www.mobal.com/zh-hant/myaccount/services/1/extend', 'zh-Hant').checkout?.product).toBe('日本數據 eSIM 20GB – 延長 30 天');
  });
});

describe('marketplace purchase pages (blind batch 82 classes)', () => {
  it('a long item title ("<div id=item-title-0>【国内発送】プリペイドSIM … 30日間 …</div>") names what is bought', () => {
    const title = '【国内発送】プリペイドSIM 日本国内 データ通信専用 10GB 30日間 docomo回線 SIMパッケージ（マルチカット）';
    const body = `<h1>レジ（1 個の商品）</h1><div class="item-row"><div class="a-text-bold" id="item-title-0">${title}</div><div>￥3,980</div><div>数量：1</div></div>
      <div class="place-btn">注文を確定する</div><table><tr><td>商品の小計：</td><td>￥3,980</td></tr><tr class="total"><td>ご請求額：</td><td>￥3,780</td></tr></table>`;
    const r = read(body, 'https://www.amazingmart.example/gp/buy/spc/handlers/display.html');
    expect([r.pageKind, r.checkout?.product, r.checkout?.dataMB]).toEqual(['checkout', title, 10240]);
  });
  it('"注文が確定しました" and "Booking confirmed!" complete a purchase', () => {
    const ja = read(`<h2>注文が確定しました。ありがとうございます。</h2><div>注文番号：<b>503-0000000-4471023</b></div><table><tr><td>ご請求額（税込）</td><td>￥2,480</td></tr></table>`, 'https://www.amazingmart.example/gp/buy/thankyou');
    const en = read(`<h1>Booking confirmed!</h1><section aria-label="Order summary"><div><span>Booking reference</span><span>TJ2612020733</span></div><div><span>Item</span><span>Japan eSIM | 3GB / 5 Days</span></div><div><span>Total paid</span><span>US$ 9.80</span></div></section>`, 'https://www.tripjoy.example/en/booking/done', 'en');
    expect([ja.pageKind, ja.confirmation?.price?.amount, en.pageKind, en.confirmation?.product]).toEqual(['confirmation', 2480, 'confirmation', 'Japan eSIM | 3GB / 5 Days']);
  });
});

describe('"お支払い予定額（税込）"', () => {
  it('is the sum of a checkout on the step that confirms it, beside the line\'s status', () => {
    const body = `<ol><li>選択</li><li class="current">確認</li><li>完了</li></ol><h1>お申込み内容の確認</h1>
      <div>ご利用中の回線：090-0000-6130<br>現在のデータ残量：<b>0.12GB</b>（当月の利用可能データ量 30GB）</div>
      <table><tr><th>お申込み内容</th><td>1GB追加オプション（当月末まで有効）</td><td>550円</td></tr><tr class="total"><th>お支払い予定額（税込）</th><td></td><td>550円</td></tr></table>
      <button type="submit">申し込む</button>`;
    const r = read(body, 'https://ahamo.com/myahamo/option/data-add/confirm');
    expect([r.pageKind, r.checkout?.price?.amount]).toEqual(['checkout', 550]);
  });
});
