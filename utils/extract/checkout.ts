import type { CheckoutInfo, ConfirmationInfo, Price } from './types';
import { parseAmount } from './data';
import { type Segment, rawTextOf, rowOf, shownHead, textOf } from './dom';
import { UNLIMITED } from './labels';
import { MAX_MB } from './limits';
import { durationDays, findPrices, pickPrice } from './money';
import { norm } from './text';
import { LINE_NUMBER } from './page-kind';

/**
 * Checkout and confirmation pages, read the same way as account pages: by labels and by what
 * the user selected, never by listing every product on the page.
 */

/** Reading context of a shop page: a bare 元 is HKD in Hong Kong, else CNY; provider month rules. */
export function shopContext(
  url: URL,
  zone: string | number | null,
  now: Date,
  monthIsCalendar?: boolean,
  segs: readonly Segment[] = [],
): ShopContext {
  const hk = /\.hk$/i.test(url.hostname) || zone === 'Asia/Hong_Kong';
  // A bare ¥ is yen, except on a page that prices in 元 / 人民币 and never in 円.
  const text = segs.slice(0, 3000).map((s) => s.text).join(' ');
  // ("价格单位：人民币元。povo 官方售价 390円": a page that states its prices' unit settles it, whatever
  // other prices it quotes.)
  const statesYuan = /(?:价格|價格|金额|金額|币种|幣種|计价|計價|结算|結算)(?:单位|單位|货币|貨幣)?\s*[:：为為]?\s*(?:人民币|人民幣|RMB|CNY)|以(?:人民币|人民幣)(?:计价|計價|结算|結算|支付)/.test(text);
  const yuanPage = statesYuan || (/\d\s*元|人民币|人民幣|RMB|CNY/.test(text) && !/円|日元|日圓|JPY/.test(text));
  return { yuan: hk ? 'HKD' : 'CNY', yen: yuanPage && !hk ? 'CNY' : 'JPY', calendarFrom: monthIsCalendar ? now.getTime() : undefined };
}

export interface ShopContext {
  /** Currency for a bare "元" (HKD on Hong Kong pages). */
  yuan: string;
  /** Currency for a bare "¥": JPY, or CNY on a page priced in 元. */
  yen?: string;
  /** Counting months as calendar months from this instant (provider rule), else 30 days. */
  calendarFrom?: number;
}

const TOTAL_LABEL =
  /^(?:ご?請求(?:予定)?(?:金)?額|お?支払い?予定(?:金)?額|ご?利用金額|お?支払(?:い)?(?:金額|総額|合計)|お?支払額|合計(?:金額)?(?:\(税込\))?|総額|総計|ご購入金額|購入金額|決済金額|チャージ金額|チャージ料金|金額|total(?: due| amount| price)?|order total|amount(?: due| paid| to pay)?|paid(?=\s*$|\s*[:：]|\s*(?:[£$¥￥€]|HK\$|US\$|NT\$|\d))|you pay|to pay(?: today| now)?|grand total|合计|總計|总计|合共|總額|总额|共計|共计|合計金額|应付|應付|实付|實付|已付(?:款)?(?:金額|金额)?|已支付(?:金額|金额)?|支付金额|支付金額|付款金額|付款金额|交易金額|交易金额|充值金额|增值金額|refill amount)\s*(?:\(税込\)|（税込）)?\s*[:：]?/i;
const SUBTOTAL = /小計|subtotal|税抜|税別|割引|discount|coupon|クーポン|ポイント|优惠|優惠|折扣/i;

/**
 * The text (normalised) is a total's label, not a subtotal's or a discount's, alone or with its
 * price ("お支払い金額", "Total: ¥500"), not a sentence that starts with one.
 */
export function isTotalLabel(text: string): boolean {
  const x = TOTAL_LABEL.exec(text);
  const rest = x ? text.slice(x[0].length).trim() : '';
  return x !== null && !SUBTOTAL.test(x[0]) && (rest === '' || findPrices(rest).length > 0);
}
const PRODUCT_LABEL =
  /^(?:ご?購入(?:する|した)?(?:商品|内容|プラン|トッピング|オプション)|トッピング(?:名)?|(?:お申し?込み|追加)?オプション(?:名)?|商品名称|商品名?|(?:ご?(?:購入|注文)|お?申し?込み)?(?:品目|品名)|ご注文(?:内容|商品)|注文内容|お申し?込み(?:内容|商品|プラン|サービス(?:名)?)|チャージ(?:内容|プラン|商品)|選択中の(?:商品|プラン|トッピング)|(?:(?:charged|purchased|selected|ordered|added) )?(?:product|item|package)(?: name)?|(?:charge|top-?up|refill)(?: (?:product|plan|item))?(?=\s*[:：]?\s*$)|(?:charge |top-?up |data )?plan|bundle|goodybag|your (?:order|plan)|购买内容|購買內容|(?:訂購|订购|訂單|订单)(?:內容|内容|商品|項目|项目)|產品|产品|お?手続き内容|(?:加值|儲值|储值|充值|增值|續費|续费|購買|购买)?(?:套餐|方案|項目|项目))\s*[:：]?\s*/i;
/** "Service | Prepaid Mobile Refill": a receipt's service row names the product only where nothing else does ("Service | Japan SIM" beside "Item | Extend Service – 30 days"). */
const SERVICE_LABEL = /^service\s*[:：]?\s*(?=$)/i;


/** A label row's value: the rest of the label's text, else the next segments in its row. */
function valueAfter(segs: readonly Segment[], i: number, rest: string, shown = false, wantPrice = false): string {
  const own = rest.replace(/^[^:：]{0,8}[:：]/, '').replace(/^[\s:：]+/, '').trim();
  if (own && (!wantPrice || findPrices(own.normalize('NFKC')).length > 0)) return own;
  const seg = segs[i] as Segment;
  let row = seg.el.closest('tr,dl,li,p,div') ?? seg.el;
  // "<div><div>お支払い金額</div><div>2,700円</div></div>": a box holding only the label is no row.
  if (textOf(row) === seg.text) row = rowOf(row, seg.text, null);
  const parts: string[] = [];
  // "<th>增值項目<span>Refill Item</span></th>": the label's other language is the label's, not its
  // value (so in a heading: "<h2>チャージ内容<span>Charge details</span></h2>").
  const cell = seg.el.closest('dt,th,h1,h2,h3,h4,h5,h6');
  let limit = shown ? i + 2 : i + 4;
  for (let j = i + 1; j < segs.length && j < limit; j += 1) {
    const next = segs[j] as Segment;
    if (cell?.contains(next.el)) {
      limit += 1;
      continue;
    }
    if (!row.contains(next.el) && !(next.el.closest('dd,td') && cell)) break;
    // ("<h2>お申込み内容</h2><dl><dt>お申込み回線</dt>…": another field's label cell is no value.)
    // ("<th>實付金額</th><th>NT$ 549</th>": a header cell in the label's own row may hold its value.)
    if (next.el.closest('dt') || (next.el.closest('th') && next.el.closest('tr') !== seg.el.closest('tr'))) break;
    parts.push(shown ? next.raw : next.text);
  }
  return parts.join(' ');
}

/** Limits the background enforces too (utils/validate.ts). */
const MAX_NAME = 160;
const MAX_DAYS = 3660;
const MAX_PRICE = 10_000_000;
const plausiblePrice = (p: Price | null): Price | null => (p && p.amount >= 0 && p.amount <= MAX_PRICE ? p : null);

const struck = (s: Segment) => Boolean(s.el.closest('s,del,strike'));

const PRICE_LABEL = /^(?:ご?利用?料金|料金|価格|金額|price|amount|費用|价格|價格|金额)\s*(?:\(税込\)|（税込）)?\s*[:：]?/i;

/** The total due / paid: the last total label that is not a subtotal or a discount. */
export function totalPrice(segs: readonly Segment[], ctx: ShopContext): Price | null {
  return labelledPrice(segs, ctx, TOTAL_LABEL) ?? labelledPrice(segs, ctx, PRICE_LABEL);
}

function labelledPrice(segs: readonly Segment[], ctx: ShopContext, label: RegExp): Price | null {
  let found: Price | null = null;
  segs.forEach((seg, i) => {
    if (struck(seg) || seg.text.length > 80) return;
    const x = label.exec(seg.text);
    if (!x || SUBTOTAL.test(x[0])) return;
    // ("增值金額一經確認，恕不退款。增值HK$50至…": a note's sentence that starts with the word, no label.)
    const figure = seg.raw.search(/[¥￥$£€\d]/);
    if (/[。！？，]/.test(figure < 0 ? seg.raw : seg.raw.slice(0, figure))) return;
    const value = valueAfter(segs, i, seg.text.slice(x[0].length), false, true);
    // "<b>¥89.00</b><small>实付金额（人民币）</small>": the caption under its figure.
    const prev = segs[i - 1];
    const above =
      findPrices(value).length === 0 && prev && priceTag(prev.text) && seg.el.parentElement?.parentElement?.contains(prev.el) ? prev.text : null;
    const price = pickPrice(above ?? value, ctx.yuan, ctx.yen);
    if (price) found = price;
  });
  return found;
}

function labelText(input: Element, withNotes = false): string {
  const doc = input.ownerDocument;
  const id = input.getAttribute('id');
  const byFor = id ? doc.querySelector(`label[for="${id.replace(/"/g, '')}"]`) : null;
  const row = input.closest('tr');
  if (!byFor && !input.closest('label') && row && !withNotes) {
    // A table of products: the name is the first cell with text.
    const cell = Array.from(row.children).find((c) => !c.contains(input) && (c.textContent ?? '').trim());
    if (cell) return rawTextOf(cell);
  }
  // (With its notes, a row of a table of products is all of its terms: "U300 6ヶ月チャージ | 185日 | 無制限".)
  const holder = (withNotes ? row : null) ?? byFor ?? input.closest('label') ?? input.closest('li,tr') ?? input.parentElement;
  if (!holder) return '';
  // Struck-out list prices and hidden notes are not part of the product.
  const clone = holder.cloneNode(true) as Element;
  for (const el of Array.from(clone.querySelectorAll(withNotes ? 's,del,strike,[hidden]' : 's,del,strike,[hidden],small'))) {
    el.remove();
  }
  // Notes are read for their terms: "<li>texts</li><li>30 days</li>" are two pieces, not "texts30 days".
  return withNotes ? piecesOf(clone) : rawTextOf(clone);
}

/** The element's text pieces joined by spaces. */
function piecesOf(el: Element): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n.textContent ?? '');
    else n.childNodes.forEach(walk);
  };
  walk(el);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Badges on a product card: おすすめ, 人気, Best value, 推荐, 热销… not part of its name. */
const BADGE =
  /^(?:[★☆✓✔]\s*)?(?:おすすめ|オススメ|人気(?:No\.?\s*1)?|一番人気|セール中?|SALE|NEW|新着|限定|お得|best ?value|popular|most popular|recommended|hot|推荐|推薦|热销|熱銷|热卖|熱賣|人气|人氣|超值|最划算|最劃算|最抵|最优惠|最優惠|限时|限時|优惠|優惠|選択中|selected|現在のプラン)(?:\s*[!！])?$/i;
const INLINE = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'SUP', 'SUB', 'BR']);

/**
 * The name on a product card: the first piece of text that is not a badge or a price, with the
 * inline pieces around it ("データ追加<b>20GB</b>(30日間)"), never the whole card's text.
 */
function cardName(holder: Element): string | null {
  const clone = holder.cloneNode(true) as Element;
  for (const el of Array.from(clone.querySelectorAll('s,del,strike,[hidden],small,input,script,style'))) el.remove();
  const walker = (function* walk(el: Element): Generator<Element> {
    for (const child of Array.from(el.children)) {
      yield child;
      yield* walk(child);
    }
  })(clone);
  const own = (el: Element) =>
    Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
  const first = [clone, ...walker].find((el) => {
    const text = norm(own(el));
    return text.length >= 2 && !BADGE.test(text) && !priceTag(text) && !/^[\d,.\s円¥$£]+$/.test(text);
  });
  if (!first) return null;
  let box = first;
  // "データ追加<b>20GB</b>(30日間)": the name runs on in the parent's own text around the piece.
  while (INLINE.has(box.tagName) && box.parentElement && box.parentElement !== clone && own(box.parentElement)) box = box.parentElement;
  const text = nameText(box);
  return text.length <= 80 ? text : null;
}

/**
 * A name's text: its own text and the pieces inside it. A piece after the name's own text has
 * ended is a badge ("セール", "热销") or a note ("有効期限：購入から30日間"), not the name, unless it
 * goes on with a figure ("データ追加<b>20GB</b>").
 */
function nameText(box: Element): string {
  const nodes = Array.from(box.childNodes);
  let last = -1;
  nodes.forEach((n, i) => {
    if (n.nodeType === 3 && (n.textContent ?? '').trim()) last = i;
  });
  const parts: string[] = [];
  for (const [i, n] of nodes.entries()) {
    const text = n.textContent ?? '';
    if (i > last && n.nodeType === 1 && !/^\s*[\d(（]/.test(norm(text))) break;
    parts.push(text);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Words that go with a price on a tag: "2,700円(税込)", "from £8 / month". */
const PRICE_WORDS = /税込|税抜|税別|incl\.?|excl\.?|VAT|tax|per|month|from|only|each|月額|\/?月|から|起|約|约/gi;

/** A price tag: a price and nothing that names a product ("£15 goodybag" is a name). */
function priceTag(text: string): boolean {
  const prices = findPrices(text);
  if (prices.length === 0) return false;
  let rest = text;
  for (const p of [...prices].reverse()) rest = rest.slice(0, p.start) + rest.slice(p.end);
  return !/[a-zA-Z\u3040-\u9fff]{2}/.test(rest.replace(PRICE_WORDS, ''));
}

/** Figures alone ("3GB", "3个月（90天）", "£10"): the size or term of a product, not its name. */
function figureOnly(name: string): boolean {
  const rest = norm(name)
    .replace(/\d+(?:[.,]\d+)?\s*(?:TB|GB|GiB|MB|KB|ギガ|日間|日|天|days?|day|時間|小时|小時|hours?|ヶ月|か月|カ月|ヵ月|個月|个月|months?|年間|years?)/gi, '')
    .replace(/(?:HK\$|US\$|NT\$|\$|¥|£|€)\s*[\d,.]+|[\d,.]+\s*(?:円|元)/g, '');
  return !/[a-zA-Z\u3040-\u9fff]/.test(rest);
}

/** Product name without its price or badges: "データ追加20GB(30日間) 2,700円" → "データ追加20GB(30日間)". */
export function productName(text: string, keepPrice = false): string {
  let out = norm(text);
  const price = keepPrice ? undefined : findPrices(out).find((p) => p.start > 0);
  if (price) out = out.slice(0, price.start);
  // "… × 1" (the quantity one) is not part of the name ("（100MB×10）", how it is counted, is: as
  // shown; so is "追加クーポン 1GB × 2": two were bought).
  out = out.replace(/\s*[×✕]\s*0?1$|\s+x\s*0?1$/i, '');
  // "£15 goodybag (35GB data, unlimited minutes & texts)": a list of what it includes follows the name
  // ("（1,000MB）" is one figure, not a list).
  if (/\S\s*[（(][^()（）]*(?:[、，]|,(?!\d{3}))[^()（）]*[)）]$/.test(out)) out = out.replace(/\s*[（(][^()（）]*[)）]$/, '');
  out = out.replace(/[\s/|・:：(（—–-]+$/, '').trim();
  const lead = /^(?:選択中|selected)\s*/i.exec(out);
  const shown = shownHead(text.replace(/\s+/g, ' ').trim(), out);
  return lead ? shown.slice(lead[0].length).trim() : shown;
}

/** A delivery choice: shipping, pick-up, 送料. */
const SHIPPING = /運費|运费|配送|取貨|取货|宅配|送料|shipping|delivery|pick-?up|郵寄|邮寄|快递|快遞|送达|送達|自取|courier/i;

/** How the user pays (a card, a wallet, a store), not what they buy. */
const PAYMENT = /支払|支付|付款|payment|pay with|決済|クレジット|credit|card|カード|visa|paypay|paypal|alipay|微信|银联|銀聯|云闪付|雲閃付|apple pay|google pay|コンビニ|振込|口座/i;

/** The title of a radio's group: its fieldset's legend, or the heading its section starts with. */
function groupTitle(radio: Element): string {
  const legend = radio.closest('fieldset')?.querySelector('legend');
  if (legend) return textOf(legend);
  const group = radio.closest('[role=radiogroup],section,fieldset');
  const heading = group?.querySelector('h1,h2,h3,h4,h5,h6,legend,[class*=title]');
  const text = heading ? textOf(heading) : '';
  return text.length <= 20 ? text : '';
}

/** A checked radio that picks how to pay or what else (SIM type): it names no data, term or price. */
function notAProduct(radio: Element): boolean {
  const text = labelText(radio, true).normalize('NFKC');
  // How it is delivered ("7-11 超商取貨（運費 NT$60）", 宅配便, Standard shipping) is no product either.
  if (SHIPPING.test(text)) return true;
  // The group's own title says what it picks: "2. 配送方式", "お支払い方法".
  if (SHIPPING.test(groupTitle(radio)) || PAYMENT.test(groupTitle(radio))) return true;
  // ("090-0000-7702（音声SIM・ギガプラン 2ギガ）": the line being charged, under "対象の回線".)
  if (LINE_NUMBER.test(text)) return true;
  const figures = parseAmount(text) !== null || durationDays(text) !== null;
  return !figures && (PAYMENT.test(text) || findPrices(text).length === 0);
}

/**
 * The order summary's item line for a picked product: a short text elsewhere on the page that
 * starts with the pick's name ("35GB goodybag" picked, "35GB goodybag (unlimited minutes & texts)"
 * in the summary), not a sentence, a choice or a link. The summary's words are the product's name.
 */
/** A text in a row of its own with a price beside it: "日本保号卡·年套餐（365天） | ¥268.00". */
function pricedRow(seg: Segment): boolean {
  let el: Element | null = seg.el;
  for (let up = 0; el && up < 3; up += 1, el = el.parentElement) {
    if (el.children.length < 2) continue;
    const rest = (el.textContent ?? '').replace(seg.raw, ' ');
    return rest.length <= 40 && findPrices(norm(rest)).length === 1;
  }
  return false;
}

function summaryLine(segs: readonly Segment[], name: string, picked: Element | null): string | null {
  const own = norm(name);
  if (own.length < 3) return null;
  // ("日本 10GB/15天" picked, "日本 eSIM 10GB/15天（docomo 网络）" in the summary: its words, in order, with more between.)
  const words = own.split(' ');
  const hasWords = (text: string) => {
    let at = 0;
    for (const w of words) {
      const i = text.indexOf(w, at);
      if (i < 0) return false;
      at = i + w.length;
    }
    return true;
  };
  const line = segs.find(
    (s) =>
      s.text.length <= 80 &&
      s.text !== own &&
      // ("年套餐 365天" picked, "日本保号卡·年套餐（365天 含1GB流量） | ¥268.00" in the order's rows: or
      // anywhere in an item row with its price.)
      (s.text.startsWith(own) || (words.length >= 2 && (s.text.startsWith(words[0] as string) || pricedRow(s)) && hasWords(s.text))) &&
      !picked?.contains(s.el) &&
      !s.el.closest('label,option,a,button,[role=radio],[role=option],p,li,h1,h2,h3,title,summary,details') &&
      // (A question or a sentence that starts with the name is about it, not it: "…はいつから使えますか？")
      !/[。！？]|[.!?](?:\s|$)/.test(s.text),
  );
  return line ? productName(line.raw) : null;
}

/**
 * The product being bought: the checked radio, the selected option, or the labelled item. A
 * choice that is only figures ("3GB", "3个月（90天）") is the size or term of the product: where
 * the order summary names the product ("商品名称 日本无限流量卡 续费 3个月"), that is its name.
 */
export function selectedProduct(root: ParentNode, segs: readonly Segment[]): { name: string; terms: string } | null {
  const radio = Array.from(root.querySelectorAll('input[type="radio"][checked], input[type="radio"][aria-checked="true"]')).find(
    (r) => !notAProduct(r),
  );
  let picked: { name: string; terms: string } | null = null;
  if (radio) {
    const holder = radio.closest('label,li,tr,[role=radio]') ?? radio.parentElement;
    const own = productName((holder && !radio.closest('tr') ? cardName(holder) : null) ?? labelText(radio));
    const name = (own && summaryLine(segs, own, holder)) || own;
    if (name) picked = { name, terms: `${name} ${labelText(radio, true)}` };
  }
  if (!picked) {
    // "30 天 | ¥4,950" chosen, "日本數據 eSIM 20GB – 延長 30 天 | ¥4,950" in the order summary: the
    // summary's one priced row with the chosen term at the chosen price names what is bought, before
    // a label's value (the line's current plan, "方案 | 日本數據 eSIM 20GB（短期方案）", is what it is for).
    const chosenCard = root.querySelector('[role=radio][aria-checked="true"], [role=option][aria-selected="true"]');
    const atPrice = chosenCard ? summaryRowAtPrice(segs, chosenCard) : null;
    if (chosenCard && atPrice) return { name: atPrice, terms: `${atPrice} ${piecesOf(chosenCard)}` };
    const name = namedProduct(root, segs);
    // The picked card's terms ("35GB data") go with the name the order summary gives it.
    const card = root.querySelector('[role=radio][aria-checked="true"]');
    picked = name ? { name, terms: card ? `${name} ${piecesOf(card)}` : name } : null;
  }
  if (!picked) return null;
  const labelled = labelledProduct(segs);
  // A pick in words of its own ("5天 吃到飽") is named as the order summary writes it, where one
  // item line holds the same size and term ("日本 au 吃到飽 5天（eSIM）").
  if (!figureOnly(picked.name)) {
    // "1GB（有効期間：62日間）" picked, "商品 | データチャージ（1GB）" in the order summary: the summary's
    // item line of the same size names the product.
    const size = parseAmount(norm(picked.name));
    // (Its price after it, where the label's value is the picked option itself, "チャージプラン | 追加チャージ 5GB（15日間） 2,480円", is not.)
    const summary = labelled ? productName(labelled) : null;
    if (summary && size !== null && !figureOnly(summary) && parseAmount(norm(summary)) === size) return { name: summary, terms: `${summary} ${picked.terms}` };
    // "日本 eSIM 15天 20GB" picked, "日本 eSIM｜15天 20GB 高速上網 | NT$450" in the order summary: the
    // summary's one priced row of the same size and term names the product.
    const days = durationDays(norm(picked.name));
    if (!labelled && (size !== null || days !== null)) {
      const own = norm(picked.name);
      const rows = pricedRows(segs).filter((r) => r.text !== own && parseAmount(r.text) === size && durationDays(r.text) === days && abovePayment(r.el));
      const name = rows.length === 1 && rows[0] ? productName(rows[0].raw) : null;
      if (name) return { name, terms: `${name} ${picked.terms}` };
    }
    if (labelled || size !== null || days === null) return picked;
    const items = new Set(
      segs
        .filter((s) => s.text.length <= 60 && s.text !== norm(picked?.name ?? '') && s.el.closest('[class*=item],[class*=summary],[class*=Summary],td'))
        .filter((s) => durationDays(s.text) === days && parseAmount(s.text) === null && !figureOnly(s.text) && !/[。！？]|[.,]\s/.test(s.text))
        .filter((s) => !s.el.closest('label,option,a,button,nav,header,footer,[role=radio],[role=option],p,li,h1,h2,h3'))
        .map((s) => productName(s.raw)),
    );
    const [only] = items;
    return items.size === 1 && only ? { name: only, terms: `${only} ${picked.terms}` } : picked;
  }
  const figure = norm(picked.name);
  if (labelled && !figureOnly(labelled)) {
    // "商品 | 日本 eSIM 吃到飽" with "7 天" picked, "日本 eSIM 7天 吃到飽（高速不限量） | NT$ 599" in the
    // order summary: the summary's one line with the picked term and every word of the product names it.
    const own = norm(labelled);
    const words = own.split(/\s+/);
    const lines = sameFigures(own, figure)
      ? []
      : segs.filter((s) => s.text.length <= 80 && s.text !== own && sameFigures(s.text, figure) && words.every((w) => s.text.includes(w)) && !/[。！？!?]|[.,]\s/.test(s.text) && !s.el.closest('label,option,a,button,nav,header,footer,[role=radio],p,li'));
    const line = lines.length === 1 && lines[0] ? productName(lines[0].raw) : null;
    return line ? { name: line, terms: `${line} ${picked.terms}` } : { name: labelled, terms: `${labelled} ${picked.terms}` };
  }
  // The order summary's one line that names the picked term in words ("10 days" picked, "eSIM
  // Japan - 10 days" in the summary). A pick with both its data and its term ("3 GB - 30 Days") is
  // a package's whole name already.
  const amount = parseAmount(figure) !== null;
  const both = amount && durationDays(figure) !== null;
  if (!amount && durationDays(figure) === null) return picked;
  // The summary's piece that holds the picked figure with words of its own is the name ("日本 eSIM
  // 10天 20GB", "eSIM Japan - 10 days"). Where the figure stands apart ("£15 goodybag · 35GB data ·
  // 30 days"), the first piece in words is, unless the pick names size and term both ("3 GB - 30
  // Days" beside "Moshi Moshi"): then it is the package's whole name already.
  const nameIn = (raw: string) => {
    // "商品金额（日本无限流量eSIM 7天 ×1）": the product named in a label's brackets.
    const inner = /[（(]([^()（）]+)[)）]/.exec(raw)?.[1];
    if (inner && sameFigures(norm(inner), figure) && !figureOnly(inner)) return productName(inner);
    const pieces = raw.split(/\s+[·・|｜]\s+/);
    const own = pieces.find((x) => sameFigures(norm(x), figure));
    // (A note in brackets is no name: "日本软银流量卡 续费 · 30天 50GB（顺延到期）" is named whole.)
    if (own && !figureOnly(own.replace(GENERIC_WORDS, '').replace(/[（(][^()（）]*[)）]/g, ''))) return productName(own);
    // "Moshi Moshi · 5 GB – 30 Days" with "5 GB" (or "5 GB – 30 Days") picked: the summary's item
    // line names the package whole, as it writes it.
    if (own && pieces.length > 1) return productName(raw);
    if (both) return null;
    const piece = pieces.find((x) => !figureOnly(x));
    return piece ? productName(piece) : null;
  };
  const named = new Set(
    segs
      // (A sentence that mentions the term, "如 7 天内未扫码可申请退款。", names nothing.)
      .filter((s) => s.text.length <= 90 && s.text !== figure && sameFigures(s.text, figure) && !figureOnly(s.text) && !/[。！？!?；;《》]|[.,]\s/.test(s.text))
      .filter((s) => !fieldLabel(s.text) || /[（(][^()（）]+[)）]/.test(s.text))
      // ("已选：7天 ｜ 扫码即装": the pick restated after its field's label names nothing more.)
      .filter((s) => !ITEM_FIELD.test(s.text))
      // ("无限流量 · 30天 · 数量 ×1": the item's terms with its quantity, under its name.)
      .filter((s) => !s.raw.split(/\s+[·・|｜]\s+/).some((x) => QUANTITY.test(x.trim())))
      .filter((s) => !s.el.closest('label,option,a,button,nav,header,footer,[role=radio]'))
      .map((s) => nameIn(s.raw))
      .filter((x): x is string => Boolean(x) && !fieldLabel(norm(x ?? ''))),
  );
  const [only] = named;
  return named.size === 1 && only ? { name: only, terms: `${only} ${picked.terms}` } : picked;
}

/** The same size and term ("10 GB · 30 Days" and "Moshi Moshi 10 GB - 30 Days"), or the same text. */
function sameFigures(text: string, figure: string): boolean {
  if (text.includes(figure)) return true;
  const size = parseAmount(figure);
  const days = durationDays(figure);
  return (size !== null || days !== null) && parseAmount(text) === size && durationDays(text) === days;
}

/** Words that say what a figure measures, not what the product is. */
const GENERIC_WORDS = /\b(?:data|of data|high-?speed)\b|データ|流量|數據|数据|高速/gi;

/** Labels of a shop page's rows that name no product: when, how and what was paid. */
const OTHER_FIELD =
  /^(?:ご?(?:購入|注文|申込|お申し?込み)日(?:時)?|お?支払い?方法|ご選択中のお支払い方法|決済方法|payment(?: method)?|date|支付方式|付款方式|下单时间|下單時間|订单时间|訂單時間|ステータス|(?:ご?注文)?状(?:態|況)|(?:order )?status|(?:订单|訂單)?(?:状态|狀態)|(?:ご利用の|ご契約の|対象の?)?(?:電話番号|携帯電話番号|回線番号|ご利用番号)|対象回線|(?:sim )?phone number|iccid|(?:手机|手機)?(?:号码|號碼)|卡号|卡號)$/i;

/** The text is a field's label (注文番号, お支払い金額, 購入日…), not a value. */
function fieldLabel(text: string): boolean {
  const whole = (re: RegExp) => re.exec(text)?.[0].trim().length === text.trim().length;
  return PRODUCT_LABEL.test(text) || whole(ORDER_LABEL) || whole(TOTAL_LABEL) || whole(PRICE_LABEL) || OTHER_FIELD.test(text.replace(/[\s:：]+$/, ''));
}

/** The text in a header cell's column of the row below it (the first row of a table of items). */
function columnBelow(el: Element): string | null {
  const cell = el.closest('th,td');
  const tr = cell?.parentElement;
  if (!cell || !tr) return null;
  const rows: Element[] = Array.from(tr.closest('table')?.querySelectorAll('tr') ?? []);
  // A header row: cells all th, or the table's first row of short words ("Item | Qty | Amount" in td).
  const heads = Array.from(tr.children);
  const header = heads.every((c) => c.tagName.toUpperCase() === 'TH') || (rows[0] === tr && heads.length >= 2 && heads.every((c) => textOf(c).length <= 20 && !/\d/.test(textOf(c))));
  if (!header) return null;
  const next = rows[rows.indexOf(tr) + 1];
  const target = next?.children[Array.from(tr.children).indexOf(cell)];
  return target ? firstLineOf(target) : null;
}

const BLOCK = new Set(['DIV', 'P', 'UL', 'OL', 'DL', 'BR', 'SMALL', 'TABLE']);

/** A cell's first line: "<span>日本上網卡 8天</span><div>docomo 4G/5G · 實體 SIM 卡</div>" → the name, not its details. */
function firstLineOf(el: Element): string {
  let out = '';
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 1 && BLOCK.has((n as Element).tagName.toUpperCase()) && out.trim()) break;
    out += ` ${n.textContent ?? ''}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** "商品名：データ追加3GB", "Product | 3 GB - 30 Days": the product a label names. */
function labelledProduct(segs: readonly Segment[], labels = PRODUCT_LABEL): string | null {
  // ("Plan | Short-term Voice + Data" over "Item | Amount ／ Extend Service – 30 days | ¥5,500": the
  // one with its price in its row is what was bought; the line's plan is where it was bought for.)
  let first: string | null = null;
  for (let i = 0; i < segs.length; i += 1) {
    const seg = segs[i] as Segment;
    const x = labels.exec(seg.text);
    // "ご購入内容の確認" is a title; a product label stands alone or before a colon.
    if (!x || seg.text.length > 90 || !/^\s*(?:[:：]|$)/.test(seg.text.slice(x[0].replace(/[\s:：]+$/, '').length))) continue;
    // A menu's "商品" (products) link is where to go, not a label.
    if (seg.el.closest('a,nav,button,header,footer')) continue;
    // "<th>商品</th><th>數量</th>" over rows: the product is in the label's column of the next row.
    const below = columnBelow(seg.el);
    const value = productName(below ?? valueAfter(segs, i, seg.raw.slice(shownHead(seg.raw, x[0].trim()).length), true), true);
    // A section title ("ご注文内容") over rows of its own labels ("注文番号 …", "商品 …") names no
    // product itself: a label is never a value.
    if (!value || value.length > 80 || fieldLabel(norm(value))) continue;
    const row = below !== null ? rowBelow(seg.el) : seg.el.closest('tr');
    if (first !== null && row && findPrices(norm(row.textContent ?? '')).length === 1) return value;
    first ??= value;
    if (!/^(?:plan|プラン|套餐|方案)$/i.test(x[0].replace(/[\s:：]+$/, ''))) return value;
  }
  return first;
}

/** The row under a header cell's row, in its table. */
function rowBelow(el: Element): Element | null {
  const tr = el.closest('tr');
  const rows = Array.from(tr?.closest('table')?.querySelectorAll('tr') ?? []);
  return tr ? (rows[rows.indexOf(tr) + 1] ?? null) : null;
}

/** A Japanese mobile number or an ICCID: an option that names the line, not what it buys. */

/** Receipt rows: an item's text that names a size or a term, with its price alone beside it ("海外データチャージ（1GB） | 500円"). */
function pricedRows(segs: readonly Segment[]): Segment[] {
  return segs.filter((s) => {
    const row = s.el.parentElement;
    // ("日本上網卡 8天吃到飽（實體SIM） | 1 | NT$549": a quantity between the item and its price.)
    const quantity = row?.children.length === 3 && /^[×xX✕]?\s*\d{1,3}$/.test(textOf(row.children[1] as Element));
    if (!row || (row.children.length !== 2 && !quantity) || row.children[0] !== s.el || s.text.length > 60) return false;
    const price = textOf(row.lastElementChild as Element);
    return (
      price.length <= 20 &&
      findPrices(price).length === 1 &&
      (parseAmount(s.text) !== null || durationDays(s.text) !== null) &&
      !fieldLabel(s.text) &&
      // (An option's size beside its price, "7天 10GB | ¥29", is a choice, not a receipt's row.)
      !s.el.closest('a,button,nav,header,footer,option,label,[role=radio],[role=option]')
    );
  });
}

/** A receipt row's own: rows after it that add up the order (小計, 合計, Total, a coupon), not offers beside offers. */
function abovePayment(el: Element): boolean {
  for (let row = el.parentElement?.nextElementSibling; row; row = row.nextElementSibling) {
    const text = norm(row.textContent ?? '');
    if (SUBTOTAL.test(text) || isTotalLabel(text)) return true;
  }
  return false;
}

/** An item's quantity: "数量 ×1", "×1", "Qty: 2", "数量：1". */
const QUANTITY = /^(?:(?:数量|數量|個数|qty\.?|quantity)\s*[:：]?\s*[×x✕]?\s*\d{1,2}|[×x✕]\s*\d{1,2})$/i;

/** A field of an item, its short label before a colon: "规格：10GB / 15天", "数量: 1". */
const ITEM_FIELD = /^[^\d:：]{1,8}[:：]/;

function namedProduct(root: ParentNode, segs: readonly Segment[]): string | null {
  for (const select of Array.from(root.querySelectorAll('select'))) {
    const option = select.querySelector('option[selected]');
    // A select that picks the line being charged ("090-0000-3141（5ギガプラン）") picks no product.
    if (!option || LINE_NUMBER.test(textOf(option))) continue;
    const id = select.getAttribute('id');
    const label = id ? textOf(root.querySelector(`label[for="${id.replace(/"/g, '')}"]`) ?? option) : '';
    // A product option names an amount or a duration; an amount to pay is one where the select says so.
    if (parseAmount(textOf(option)) !== null || durationDays(textOf(option)) !== null || PURCHASE_SELECT.test(label)) {
      // The order summary's one row at the option's price ("日本无限流量卡续费 30天（docomo回线） |
      // ¥168.00" for "30天 无限流量（docomo回线）— ¥168") is the product as the page names it.
      const rows = pricedRows(segs);
      const price = (el: Element | null | undefined) => (el ? findPrices(textOf(el))[0]?.amount : undefined);
      const own = price(option);
      if (rows.length === 1 && own !== undefined && price((rows[0] as Segment).el.parentElement?.lastElementChild) === own) return productName((rows[0] as Segment).raw);
      return productName(rawTextOf(option), PURCHASE_SELECT.test(label));
    }
  }
  // The order summary's name for the product ("goodybag | £15 goodybag") goes before a picked
  // card's first text, which is often its size alone ("35GB data").
  const labelled = labelledProduct(segs);
  if (labelled) return labelled;
  const chosen = root.querySelector('[aria-selected="true"], [aria-checked="true"], .is-selected, .selected, .active');
  // ("£10" chosen, "Airtime credit | £10.00" in the summary: a sum picked is what is paid, and the
  // summary's one item row at that sum names what it buys.)
  const sum = chosen && priceTag(textOf(chosen)) ? findPrices(textOf(chosen)) : [];
  if (sum.length === 1) {
    const rows = segs.filter((s) => {
      const row = s.el.parentElement;
      if (!row || row.children.length !== 2 || row.children[0] !== s.el || s.text.length > 60 || priceTag(s.text)) return false;
      if (SUBTOTAL.test(s.text) || isTotalLabel(s.text) || fieldLabel(s.text) || s.el.closest('a,button,nav,header,footer,label,[role=radio],[role=option]')) return false;
      const price = findPrices(textOf(row.lastElementChild as Element));
      return price.length === 1 && price[0]?.amount === sum[0]?.amount && abovePayment(s.el);
    });
    if (rows.length === 1) return productName((rows[0] as Segment).raw);
  }
  if (chosen) {
    const name = productName(cardName(chosen) ?? rawTextOf(chosen));
    // The order summary's line for the chosen card ("£15 goodybag" picked, "£15 goodybag – 35GB" in
    // the summary) is its name as the page writes it.
    const line = name ? summaryLine(segs, name, chosen) : null;
    if (line) return line;
    if (name && name.length <= 80 && (parseAmount(name) !== null || durationDays(name) !== null)) return name;
  }
  // "日本 7天 吃到飽 eSIM × 1": the one line item with a quantity that names an amount or a duration.
  const lines = segs
    .map((s) => /^(.{2,60}?)\s*[×x✕]\s*\d{1,2}$/i.exec(s.raw.trim())?.[1] ?? '')
    // ("规格：10GB / 15天 · 数量 ×1": a field of the item is no name.)
    .filter((name) => name && !ITEM_FIELD.test(name) && !findPrices(name).length && (parseAmount(norm(name)) !== null || durationDays(norm(name)) !== null));
  if (lines.length === 1) return productName(lines[0] as string);
  // A single item in the cart: the one heading, or element classed as the item ("cart-item__name"),
  // that names an amount or a duration.
  const items = segs.filter(
    (s) =>
      // (Vant's goods card, common on Chinese H5 shops: "van-card__title".)
      // (Or a summary's item named so: "Summary_name__r2Vn8", data-testid="summary-item-title".)
      s.el.closest('h2,h3,h4,strong,b,[class*=item],[class*=Item],[class*=product],[class*=Product],[class*=Name],[class*=name],[data-testid*=item],[class*=goods],[class*=Goods],[class*=card__title],[class*=cart],[class*=Cart]') &&
      !s.el.closest('a,button,nav,header,footer,li,option') &&
      // Recommended products ("猜你喜欢", "You may also like", "加購推薦") are not in the cart.
      !s.el.closest('[class*=reco],[class*=Reco],[class*=upsell],[class*=cross-sell]') &&
      // ("<label><input type=checkbox> Add <b>eSIM South Korea – 5 days</b></label>": an offer not taken.)
      !untickedOffer(s.el) &&
      !RECOMMENDED.test(sectionTitle(s.el)) &&
      // (A marketplace's item title is long: "【国内発送】プリペイドSIM 日本国内 データ通信専用 10GB 30日間 …".)
      (s.text.length <= 60 || (s.text.length <= 100 && s.el.closest('[id*=title],[class*=title],[class*=Title]') !== null)) &&
      (parseAmount(s.text) !== null || durationDays(s.text) !== null) &&
      !/[:：](?!\d)/.test(s.text) &&
      // ("规格：30天｜激活后开始计时": a field of the item.)
      !ITEM_FIELD.test(s.text) &&
      // ("激活后开始计算天数，需在购买后30天内激活": a note's sentence, no name.)
      !/[，。！？；]/.test(s.raw) &&
      findPrices(s.text).length === 0,
  );
  if (items.length === 1) return productName((items[0] as Segment).raw);
  // "海外データチャージ（1GB） | 500円": the receipt's one row of an item that names a size or a
  // term and its price alone beside it.
  const priced = pricedRows(segs);
  return priced.length === 1 ? productName((priced[0] as Segment).raw) : labelledProduct(segs, SERVICE_LABEL);
}

/** The order summary's one priced row that holds a chosen figure-only card's term at its price. */
function summaryRowAtPrice(segs: readonly Segment[], chosen: Element): string | null {
  const prices = findPrices(textOf(chosen));
  const figure = norm(textOf(chosen).replace(/[¥￥$£€]\s*[\d,.]+|[\d,.]+\s*(?:円|元)/g, '').trim());
  if (prices.length !== 1 || !figure || !figureOnly(figure)) return null;
  const rows = pricedRows(segs).filter(
    (r) => !chosen.contains(r.el) && sameFigures(r.text, figure) && !figureOnly(r.text) && findPrices(textOf(r.el.parentElement?.lastElementChild as Element))[0]?.amount === prices[0]?.amount,
  );
  return rows.length === 1 && rows[0] ? productName(rows[0].raw) : null;
}

/** Inside a choice to add something (a checkbox's label) that is not ticked. */
function untickedOffer(el: Element): boolean {
  const label = el.closest('label');
  const box = label?.querySelector('input[type=checkbox]') as HTMLInputElement | null | undefined;
  return Boolean(box && !box.checked && !box.hasAttribute('checked'));
}

/** A section of other products to add: 加購推薦, おすすめ, 猜你喜欢, You may also like. */
const RECOMMENDED = /推薦|推荐|おすすめ|オススメ|猜你喜[欢歡]|加[购購]|你可能(?:亦|也)?(?:需要|喜歡|喜欢|想要)|also like|also need|might also|frequently bought|recommend|upsell|こちらもおすすめ|一緒に購入/i;

/** The title of the section holding `el`: its first heading, a few levels up. */
function sectionTitle(el: Element): string {
  for (let box = el.parentElement, up = 0; box && up < 4; box = box.parentElement, up += 1) {
    const h = box.querySelector(':scope > h2, :scope > h3, :scope > h4');
    if (h && h !== el && !h.contains(el)) return textOf(h);
  }
  return '';
}

/** "✓ Unlimited data", データ使い放題: a feature line of the product, said once for all its options. */
const UNLIMITED_FEATURE = /^(?:[✓✔・·•-]\s*)?(?:unlimited data(?: in [a-z ]{2,20})?|データ(?:通信)?(?:が)?使い放題|データ無制限|无限流量|無限流量|不限流量|吃到飽|吃到饱)$/i;

/**
 * The product bought is unlimited data where the page states it as a feature of the product: a
 * line of its own, outside any choice (an unpicked option's "Unlimited" is not the picked one's).
 */
function unlimitedFeature(root: ParentNode, segs: readonly Segment[]): boolean {
  const whole = segs.filter((s) => UNLIMITED_FEATURE.test(s.text.trim()));
  // ("Unlimited data · 1 traveler": one of a line's pieces, where no line says it alone.)
  const said = whole.length > 0 ? whole : segs.filter((s) => s.text.length <= 80 && s.text.trim().split(/\s+[·・|｜]\s+/).some((piece) => UNLIMITED_FEATURE.test(piece)));
  // Each choice's own feature list would repeat it: said once, outside the choices, it is the product's.
  return said.length === 1 && !(said[0] as Segment).el.closest('label,option,a,button,nav,header,footer,[role=radio]');
}

/** A shelf of other offers beside the order: "一緒に購入されているトッピング", "Recommended for you", "猜你喜欢". */
const SHELF = /一緒に(?:購入|買われて)|よく一緒に|おすすめ(?:の)?(?:トッピング|商品|プラン)|^おすすめ$|recommended(?: for you)?$|you may also like|(?:people|customers) also (?:buy|bought)|frequently bought together|猜你喜[欢歡]|[为為]你推[荐薦]|相[关關]推[荐薦]|推[荐薦](?:商品|套餐|方案)/i;

/** The page without its shelves of other offers (each shelf: the box its title heads). */
function withoutShelves(segs: readonly Segment[]): readonly Segment[] {
  const shelves = segs.filter((s) => s.text.length <= 40 && SHELF.test(s.text)).map((s) => s.el.parentElement ?? s.el);
  if (shelves.length === 0) return segs;
  // (A shelf's box that holds the total or the order itself is no shelf: only boxes of offers go.)
  const boxes = shelves.filter((box) => !segs.some((s) => box.contains(s.el) && isTotalLabel(s.text)));
  return boxes.length === 0 ? segs : segs.filter((s) => !boxes.some((box) => box.contains(s.el)));
}

export function readCheckout(root: ParentNode, allSegs: readonly Segment[], ctx: ShopContext): CheckoutInfo {
  const segs = withoutShelves(allSegs);
  const selected = selectedProduct(root, segs);
  const product = selected?.name ?? null;
  const terms = (selected?.terms ?? '')
    .normalize('NFKC')
    .replace(/unlimited\s+(?:[a-z]+\s+){0,2}(?:minutes|calls|texts|sms)(?:\s*(?:and|&|,)\s*(?:[a-z]+\s+)?(?:minutes|calls|texts|sms))*/gi, '');
  const dataMB = parseAmount(terms);
  const unlimited = UNLIMITED.test(terms) || (dataMB === null && product !== null && unlimitedFeature(root, segs));
  const days = product ? (durationDays(terms, ctx.calendarFrom) ?? labelledDays(segs)) : null;
  // Days of a service that is itself unlimited (b-mobile U300) buy unlimited data.
  const target = dataMB === null && days !== null && segs.some((s) => s.text.length <= 120 && UNLIMITED_TARGET.test(s.text));
  return {
    product: product && product.length <= MAX_NAME ? product : null,
    dataMB: dataMB !== null && dataMB >= 0 && dataMB <= MAX_MB ? dataMB : null,
    durationDays: days !== null && days <= MAX_DAYS ? days : null,
    unlimited: unlimited || target,
    price: plausiblePrice(totalPrice(segs, ctx)),
  };
}

/** A select whose choice is the purchase itself ("Refill Amount HK$", チャージ容量). */
const PURCHASE_SELECT = /refill|top.?up|amount|金額|金额|増値|增值|充值|チャージ|容量|plan|プラン|package/i;
const VALIDITY_LABEL = /^(?:validity(?: extension| period)?|valid for|(?:(?:every|each) [a-z]+ |it )?lasts|有効期間|利用期間|延長|有效期延長|有效期延长|有效期)\s*[:：]?/i;
/** "対象SIM：… データ使い放題": the line being charged is an unlimited service. */
const UNLIMITED_TARGET = /(?:対象|target|your plan|ご契約|対象回線).*(?:使い放題|無制限|unlimited)/i;

/** Days from a labelled validity row ("Validity extension 180 days"). */
function labelledDays(segs: readonly Segment[]): number | null {
  for (let i = 0; i < segs.length; i += 1) {
    const seg = segs[i] as Segment;
    const x = VALIDITY_LABEL.exec(seg.text);
    // "有効期間：チャージ日から62日間（…）／チャージしたデータ容量は…": the row's first clause.
    const clause = x ? (seg.text.slice(x[0].length).split(/[／。]|\.\s/)[0] ?? '') : '';
    if (!x || clause.length > 60) continue;
    const days = durationDays(valueAfter(segs, i, clause));
    if (days !== null) return days;
  }
  return null;
}

const ORDER_LABEL =
  /(?:ご?注文番号|注文ID|オーダー番号|受付番号|ご?購入番号|お?申込番号|お申し?込み番号|order (?:number|no\.?|id|code|#)|order#|receipt (?:number|no\.?|#)|reference(?: number| no\.?)?|transaction (?:id|number)|订单号|订单编号|訂單編號|訂單號碼|交易编号|交易編號|參考編號|参考编号|受理编号|受理編號|受理号码|受理號碼)\s*(?:is\b)?\s*[:：#]?\s*/i;

/**
 * A receipt's item line without a label: "日本 eSIM 無限流量 - 10 天 | US$47.00", a name of data, a
 * term or unlimited data right before its price alone. Only where the receipt has one such line.
 */
function receiptItem(segs: readonly Segment[]): string | null {
  const items = segs.filter((s, i) => {
    const next = segs[i + 1]?.text ?? '';
    const text = s.text;
    if (text.length < 3 || text.length > 60 || fieldLabel(text) || /[。！？!?:：]|^[-−]|折扣|割引|クーポン|coupon|discount|优惠|優惠|積分|积分|ポイント|points?/i.test(text)) return false;
    if (s.el.closest('a,button,nav,header,footer,label,option,li,h1,h2,h3')) return false;
    const priceAlone = findPrices(next.normalize('NFKC')).length === 1 && !/[a-z\u3040-\u9fff]{2}/i.test(next.replace(/US|HK|NT|RMB|円|元/g, ''));
    const names = parseAmount(text) !== null || durationDays(text) !== null || UNLIMITED.test(text);
    return priceAlone && names && findPrices(text).length === 0;
  });
  return items.length === 1 ? productName((items[0] as Segment).raw) : null;
}

export function readConfirmation(root: ParentNode, segs: readonly Segment[], ctx: ShopContext): ConfirmationInfo {
  let orderNumber: string | null = null;
  for (let i = 0; i < segs.length && !orderNumber; i += 1) {
    const seg = segs[i] as Segment;
    const x = ORDER_LABEL.exec(seg.text);
    if (!x || seg.text.length > 100) continue;
    const value = valueAfter(segs, i, seg.text.slice(x.index + x[0].length));
    orderNumber = /(?<![\w-])([A-Z0-9](?:[A-Z0-9-]{2,38})[A-Z0-9])(?![\w-])/i.exec(value)?.[1] ?? null;
    if (orderNumber && !/\d/.test(orderNumber)) orderNumber = null;
  }
  const product = selectedProduct(root, segs)?.name ?? receiptItem(segs);
  return {
    orderNumber,
    product: product && product.length <= MAX_NAME ? product : null,
    price: plausiblePrice(totalPrice(segs, ctx)),
  };
}
