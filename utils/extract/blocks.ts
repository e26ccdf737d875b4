import { type Segment, documentOrder } from './dom';
import { statedZone } from './dates';
import { ENDED, classify } from './labels';
import { type Pair, columnsTable } from './pairs';

/**
 * Splitting a page into one block per line (SIM / eSIM). A block is the largest element around
 * a line id that holds no other line's id, so repeated cards, table rows and list items each
 * become a block whatever their markup.
 */

/**
 * Japanese mobile numbers (masked digits allowed; 020 is the data-SIM and M2M range, 060 FMC),
 * UK mobiles, ICCIDs.
 */
const LINE_ID =
  /(?<![\d-])(0[25-9]0[- ]?[\d*Xx•●]{4}[- ]?\d{4}|07\d{3} ?\d{6}|\+?8[15]2?[- ]?\d{1,2}[- ]?\d{4}[- ]?\d{4}|89\d{17,18})(?![\d-])/;

export interface LineAnchor {
  /** The id as shown. */
  id: string;
  /** Digits only, to tell lines apart. */
  key: string;
  el: Element;
}

export interface Block {
  el: Element;
  line: string | null;
  /**
   * The line's parts when it is not one element: its card and the boxes after it up to the next
   * line's ("<section>ICCID …</section><div>package</div><div>package</div>"). `el` is then their
   * parent, the bound for growing boxes; only what the parts hold belongs to the line.
   */
  members?: Element[];
}

/** Where a block starts in the page: its first part, or its element. */
export const firstPart = (block: Block): Element => block.members?.[0] ?? block.el;

/** True when the block holds `el`. */
export function holds(block: Block, el: Element): boolean {
  return block.members ? block.members.some((m) => m.contains(el)) : block.el.contains(el);
}

export function lineIdIn(text: string): string | null {
  return LINE_ID.exec(text)?.[1] ?? null;
}

/** Digits (and masks) tell numbers apart; a name without them ("東京自由行") is its own key. */
const keyOf = (id: string) => id.replace(/[^\dA-Za-z*•●]/g, '') || id.replace(/\s+/g, '');

const NAME_LABEL = /name|名|昵称|暱稱|備註|备注|nickname|label|ラベル|^e?sim$/i;

/**
 * A line's name (an eSIM the user named): not a duration, an amount or a price ("12个月）"), nor a
 * piece of a sentence ("19 碼，可於訂單信件中找到）", a field's help text): an id has no clause
 * punctuation and no bracket it did not open.
 */
const WORDS = /^(?:data|voice|sms|unlimited|active|inactive|in use|status|type|plan|esim|sim|データ|音声|通話|流量|数据|數據|语音|語音|使用中|利用中|有効|正常|已啟用|已启用|待啟用|待启用|未使用)$/i;
/** An offer's badge at a card's head ("熱銷", "おすすめ", "Best value"): no name. */
const BADGE = /^(?:おすすめ|オススメ|人気(?:No\.?\s*1)?|NEW|HOT|SALE|限定|推荐|推薦|热销|熱銷|热卖|熱賣|人气|人氣|爆款|best ?seller|best value|popular|recommended)$/i;

function nameLike(text: string): boolean {
  return text.trim().length >= 2 && !/[，。、；！？!?]|^[(（]|^[^(（]*[)）]|[^:：\s][:：]\s*\S/.test(text) && !WORDS.test(text.trim()) && !BADGE.test(text.trim()) && !/^\d[\d.,]*\s*(?:ヶ?月|か月|个月|個月|日|天|days?|months?|GB|MB|円|元|[)）])|[¥￥$£]\s*\d|\d\s*(?:円|元)/i.test(text.trim());
}

/** Line ids: numbers that look like one, and the values of line labels (eSIM names…). */
/** A date that keys a history row: "2026/12/01", "1 Dec 2026", "12月1日". */
const ROW_DATE = /\d{4}[/.-]\d{1,2}|\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日/;

/** A number in a row of a dated log ("1 Dec 2026 | Call to 07700 900456"): a call, not a line. */
function inDatedRow(el: Element): boolean {
  const cell = el.closest('td,th');
  const tr = cell?.parentElement;
  const first = tr?.children[0];
  return Boolean(first && first !== cell && ROW_DATE.test(first.textContent ?? ''));
}

/** A number to call about the shop ("客戶服務熱線：+852 0000 0000", "Customer service: …"): no line. */
const CONTACT =
  /(?:熱線|热线|客服|客戶服務|客户服务|服務電話|服务电话|聯絡電話|联系电话|联络电话|お問い?合わせ|お問合せ|サポートセンター|カスタマーセンター|customer (?:service|care|support)|hotline|helpline|call us|contact us)[^\d+]{0,12}$/i;

function contactNumber(text: string, id: string): boolean {
  return CONTACT.test(text.slice(0, text.indexOf(id)));
}

/** An action that renames what stands before it: "Rename", "更改名稱", "名前を変更", a pencil. */
const RENAME =
  /^(?:[✎✏✐🖉]\uFE0F?|(?:[✎✏✐🖉]\uFE0F?\s*)?(?:rename|edit (?:name|nickname|label)|(?:更改|修改|編輯|编辑)(?:名稱|名称|備註名?|备注名?|暱稱|昵称)|名前(?:を|の)?変更|名称(?:を|の)?変更|ニックネーム(?:を|の)?変更))$/iu;

/**
 * "<div><h3>媽媽的iPhone</h3><a>更改名稱</a></div>": the first of a few boxes beside a rename
 * action, itself no action.
 */
function renamed(el: Element): boolean {
  const box = el.parentElement;
  if (!box || box.firstElementChild !== el || box.children.length > 4 || el.closest('a,button')) return false;
  return Array.from(box.children).some((c) => {
    if (c === el || !/^(?:a|button)$/.test(c.localName)) return false;
    const said = [c.textContent ?? '', c.getAttribute('aria-label') ?? '', c.getAttribute('title') ?? ''].map((t) => t.replace(/\s+/g, ' ').trim());
    return said.some((t) => t !== '' && RENAME.test(t));
  });
}

const TAIL = /(?:ending(?: (?:in|with))?|末尾|下\s*\d\s*桁|尾[号號]|[后後]\s*[4四]\s*[位碼码])\s*[:：]?\s*$/i;

/** True when a pair's value starts with the label of a line pair inside it ("eSIM 名稱" over "小美的手機"). */
function labelsOwn(p: Pair, first: string, pairs: readonly Pair[]): boolean {
  return pairs.some((q) => q !== p && q.kind === 'line' && first.trim().startsWith(q.label) && q.el !== p.el && p.el.contains(q.el));
}

export function findAnchors(segs: readonly Segment[], pairs: readonly Pair[]): LineAnchor[] {
  const out: LineAnchor[] = [];
  for (const seg of segs) {
    const id = lineIdIn(seg.text);
    if (id && !inDatedRow(seg.el) && !contactNumber(seg.text, id)) out.push({ id, key: keyOf(id), el: seg.el });
    // "<h3>媽媽的iPhone</h3><a>更改名稱</a>": a name with its rename action beside it is the user's name for the line.
    else if (!id && renamed(seg.el) && seg.text.length <= 30 && nameLike(seg.text) && classify(seg.text) === null) out.push({ id: seg.text, key: keyOf(seg.text), el: seg.el });
  }
  for (const p of pairs) {
    // "請輸入 ICCID（19 碼）": a form field's prompt; what follows it is help, not the line's id.
    if (p.kind !== 'line' || /請輸入|请输入|入力して|enter (?:your|the)/i.test(p.label)) continue;
    // "ICCID ending 4417", "末尾 4417", "尾号 4417": a tail stands for no line; the page names it elsewhere.
    if (TAIL.test(p.label)) continue;
    // "JP88120047 · 日本流量卡 日租 2GB": the id is the first piece, before a separator.
    // ("<span>9000</span> <span>0123</span>": a number split over elements is the whole value.)
    // ("自訂名稱 <small>✎</small> | 東京出差用": the label's edit mark is no part of the name.)
    const lead = /^[✎✏✐🖉]$/u.test(p.first.trim()) ? p.value.replace(/^[\s✎✏✐🖉]+/u, '') : p.first;
    const first = /^\d[\d\s-]{5,}\d$/.test(p.value.trim()) ? p.value.trim() : (lead.split(/\s+[·・|｜]\s+/)[0] ?? '');
    // A name without digits stands for a line only after a name label ("eSIM", "nickname"): after
    // "SIM Type" it is a word ("Data").
    // (A status in the name's place, "eSIM | 已过期", is no name.)
    // (A cell under an "eSIM" column that reads "eSIM 名稱 | 小美的手機" starts with a label of its
    // own: the name is that label's value, not the caption.)
    // (Nor a note of the page's zone under its heading: "我的号码 | 所有时间均为东京时间（UTC+9）".)
    const named = (/\d/.test(first) || NAME_LABEL.test(p.label)) && first.length <= 40 && nameLike(first) && !ENDED.test(first.trim()) && !labelsOwn(p, first, pairs) && statedZone(first) === null;
    // "<span>070-0000-</span><span>5821</span>": a number split over elements reads joined.
    const id = lineIdIn(p.value.replace(/\s*-\s*/g, '-')) ?? (named ? first : null);
    if (id && !out.some((a) => a.el === p.el || a.el.contains(p.el))) out.push({ id, key: keyOf(id), el: p.el });
  }
  // "<div class=nick>爸爸的主卡</div><div class=no>号码：090-0000-2001</div>": the name the user gave a
  // SIM and its number side by side stand for one line, the number's.
  // (A number the reader has no shape for, "手機號碼 | 6000 0123", is still a number, not a name.)
  const numbered = out.filter((a) => lineIdIn(a.id) !== null);
  return out.filter(
    (a) =>
      /\d{4}/.test(a.id) ||
      !numbered.some((b) => {
        const box = nearCommon(a.el, b.el, 2);
        return box !== null && !out.some((c) => c !== a && c !== b && box.contains(c.el));
      }),
  );
}

const ICCID = /^89\d{17,18}$/;

/** An element's class attribute (an SVG element's `className` is an object, not a string). */
const classOf = (el: Element) => el.getAttribute('class') ?? '';
const firstClass = (el: Element) => classOf(el).trim().split(/\s+/)[0] ?? '';

/** The element both hold, when it is at most `levels` above each. */
function nearCommon(a: Element, b: Element, levels: number): Element | null {
  let up: Element | null = a;
  for (let i = 0; up && i <= levels; i += 1, up = up.parentElement) {
    if (!up.contains(b)) continue;
    let depth = 0;
    for (let x: Element | null = b; x && x !== up; x = x.parentElement) depth += 1;
    return depth <= levels ? up : null;
  }
  return null;
}

/**
 * True when `a` and `b` sit in two sibling cards of one kind (same tag and class) that each hold
 * status of their own: a list's records, not two rows of one record.
 */
function ownCards(a: Element, b: Element, score: (el: Element) => number | null): boolean {
  let x: Element | null = a;
  while (x?.parentElement && !x.parentElement.contains(b)) x = x.parentElement;
  const parent = x?.parentElement;
  const y = parent ? Array.from(parent.children).find((c) => c.contains(b)) : undefined;
  const held = (el: Element) => (score(el) ?? 1) > 0;
  // One kind: the same tag and class, or the same custom element (<esim-line-card>, a kind by its name).
  const kind = x && y && x.tagName === y.tagName && ((classOf(x) !== '' && classOf(x) === classOf(y)) || x.tagName.includes('-'));
  return Boolean(x && y && x !== y && kind && held(x) && held(y));
}

/**
 * Two cards of one kind side by side, each under a heading of its own, whatever they hold (a
 * current service and a cancelled one): two records, not two rows of one.
 */
// (A heading may be a box classed as one: "<div class=contract__head><span class=contract__title>".)
const sameKindCards = (a: Element, b: Element) =>
  ownCards(a, b, (el) => (el.querySelector('h1,h2,h3,h4,h5,h6,header,[class*=title],[class*=Title],[class*=heading],[class*=Heading],[class*=__head]') ? null : 0));

/**
 * An ICCID shown beside a phone number in the same small table or card, or on a page that shows
 * one number and one ICCID, is that line's SIM, not another line: "電話番号 070-… / ICCID 8981…"
 * is one line.
 */
function simCardOfAnother(a: LineAnchor, anchors: readonly LineAnchor[], score: (el: Element) => number): boolean {
  if (!ICCID.test(a.key)) return false;
  // A page of one number and one ICCID (a line's detail page) shows one line, unless each sits in
  // a card of its own of the same kind (a list of contracts: cards under headings of their own, or
  // cards that each hold status of their own).
  const keys = new Set(anchors.map((x) => x.key));
  const iccids = [...keys].filter((k) => ICCID.test(k));
  const other = anchors.find((x) => x.key !== a.key);
  const records = (b: LineAnchor) => sameKindCards(a.el, b.el) || ownCards(a.el, b.el, score);
  if (keys.size === 2 && iccids.length === 1 && other && !records(other)) return true;
  return anchors.some((p) => {
    if (ICCID.test(p.key) || p.key === a.key || records(p)) return false;
    const common = nearCommon(p.el, a.el, 6);
    return common !== null && !anchors.some((o) => o.key !== a.key && o.key !== p.key && common.contains(o.el));
  });
}

/**
 * A line's card that holds no status of its own (or only this month's usage), followed by boxes
 * that do (its packages, laid out after the card rather than inside it): the card and those boxes,
 * up to the next line's.
 */
function withFollowers(block: Block, others: readonly LineAnchor[], score: (el: Element) => number): Block {
  const parent = block.el.parentElement;
  if (!parent) return block;
  const members = [block.el];
  for (let next = block.el.nextElementSibling; next; next = next.nextElementSibling) {
    // The next line's block, or a heading: a new section (the next line's title, with its badges).
    if (others.some((o) => next.contains(o.el)) || /^H[1-6]$/i.test(next.tagName)) break;
    members.push(next);
  }
  return members.slice(1).some((m) => score(m) > 0 && !prose(m)) ? { el: parent, line: block.line, members } : block;
}

/**
 * A line named by its tab ("<button role=tab aria-controls=panel-2>080-…</button>" over
 * "<section role=tabpanel id=panel-2>"): the line is the panel the tab controls.
 */
function tabPanelOf(block: Block, root: Element): Block {
  const tab = block.el.closest('[role=tab]');
  const id = tab?.getAttribute('aria-controls');
  const panel = id ? (root.ownerDocument?.getElementById(id) ?? null) : null;
  return panel && root.contains(panel) && panel.getAttribute('role') === 'tabpanel' ? { el: panel, line: block.line } : block;
}

/** A line in a table of lines as columns ("| 回線1 | 回線2 |"): the cells of its column. */
function columnOf(block: Block): Block {
  const cell = block.el.closest('td,th');
  const table = cell ? columnsTable(cell) : null;
  const tr = cell?.parentElement;
  if (!cell || !table || !tr || !block.el.contains(cell) && block.el !== cell) return block;
  const at = Array.from(tr.children).indexOf(cell);
  const members = Array.from(table.querySelectorAll('tr'))
    .map((row) => row.children[at])
    .filter((c): c is Element => c !== undefined);
  return at > 0 ? { el: table, line: block.line, members } : block;
}

/** A table row whose cells span the rows below it ("<td rowspan=2>080-…</td>"): the line is those rows. */
function withSpannedRows(block: Block): Block {
  const parent = block.el.parentElement;
  if (block.el.tagName.toUpperCase() !== 'TR' || !parent) return block;
  const span = Math.min(50, Math.max(1, ...Array.from(block.el.children, (c) => Number(c.getAttribute('rowspan')) || 1)));
  if (span <= 1) return block;
  const members = [block.el];
  for (let next = block.el.nextElementSibling; next && members.length < span; next = next.nextElementSibling) members.push(next);
  return { el: parent, line: block.line, members };
}

/**
 * A table row followed by a row of one cell across the table (Element UI's and Ant Design's
 * expanded row: "<tr>080-…</tr><tr><td colspan=6><table>流量包 | 剩余 / 总量 | 有效期…"): the line is
 * both rows.
 */
function withDetailRow(block: Block, others: readonly LineAnchor[]): Block {
  const parent = block.el.parentElement;
  const next = block.el.nextElementSibling;
  if (block.el.tagName.toUpperCase() !== 'TR' || !parent || !next || next.tagName.toUpperCase() !== 'TR') return block;
  const cell = next.children.length === 1 ? next.children[0] : undefined;
  if (!cell || (Number(cell.getAttribute('colspan')) || 1) < Math.max(2, block.el.children.length)) return block;
  if (others.some((o) => next.contains(o.el))) return block;
  return { el: parent, line: block.line, members: [block.el, next] };
}

/** A paragraph of notes ("※ 表示されている残容量は前日までの…"), not a box of packages. */
const prose = (el: Element) => el.tagName.toUpperCase() === 'P' || ((el.textContent ?? '').match(/。/g)?.length ?? 0) >= 2;

/** A line's row among rows of its kind (a list of contracts) that holds an ended badge and no status. */
function endedRecord(a: LineAnchor, score: (el: Element) => number): boolean {
  const row = a.el.closest('li,tr');
  const list = row?.parentElement;
  if (!row || !list || Array.from(list.children).filter((c) => c.tagName === row.tagName).length < 2 || score(row) > 0) return false;
  return Array.from(row.querySelectorAll('*')).some((e) => e.children.length === 0 && ENDED.test((e.textContent ?? '').trim()));
}

/**
 * One block per distinct line (or the whole page when it shows at most one). When a line's id
 * shows in several places (a greeting and a card), the block with the most status wins.
 */
export function splitBlocks(
  root: Element,
  allAnchors: readonly LineAnchor[],
  score: (el: Element) => number,
  /** How much of what is left and until when an element holds: a card with a usage figure alone still takes its packages after it. */
  core: (el: Element) => number = score,
): Block[] {
  const own = allAnchors.filter((a) => !simCardOfAnother(a, allAnchors, score));
  // ("<li>070-… <span>解約済み</span></li>" in a list of contracts beside the line the page shows: a
  // record of an ended line, no block of its own.)
  const current = own.filter((a) => !endedRecord(a, score));
  const anchors = current.length > 0 ? current : own;
  const keys = [...new Set(anchors.map((a) => a.key))];
  if (keys.length <= 1) return [{ el: root, line: anchors[0]?.id ?? null }];
  const blocks: Block[] = [];
  for (const key of keys) {
    const others = anchors.filter((a) => a.key !== key);
    let best: Block | null = null;
    let bestScore = -1;
    for (const anchor of anchors.filter((a) => a.key === key)) {
      let el = anchor.el;
      while (el.parentElement && el.parentElement !== root) {
        const parent = el.parentElement;
        if (others.some((o) => parent.contains(o.el))) break;
        el = parent;
      }
      const s = score(el);
      if (s > bestScore) {
        best = { el, line: anchor.id };
        bestScore = s;
      }
    }
    if (best) best = withSpannedRows(best);
    if (best && !best.members) best = withDetailRow(best, others);
    if (best) best = tabPanelOf(best, root);
    if (best) best = columnOf(best);
    if (best && !best.members && core(best.el) === 0) best = withFollowers(best, anchors.filter((a) => a.key !== key), core);
    if (best && !blocks.some((b) => b.el === best.el && b.line === best.line)) blocks.push(best);
  }
  // Page order (a line of several parts stands where its first part does).
  return blocks.sort((a, b) => documentOrder(firstPart(a), firstPart(b)));
}


/**
 * Cards of one kind (same tag and first class), side by side, that hold every dated or measured
 * status of the page between them: one line each, even without a number ("我的 eSIM" cards). A
 * card's line is its title, the first short text before its labels, when it reads as a name.
 */
export function cardBlocks(root: Element, pairs: readonly Pair[], segs: readonly Segment[]): Block[] | null {
  const status = pairs.filter((p) => p.kind !== 'line' && p.kind !== 'plan' && /\d{4}|\d\s*(?:[GMK]B|ギガ)|\d\s*(?:天|日|days?\b|時間|小[时時]|hours?\b)/i.test(p.value));
  const first = status[0];
  for (let card = first?.el; card?.parentElement && card !== root; card = card.parentElement) {
    const kind = firstClass(card);
    if (!kind) continue;
    const kin = Array.from(card.parentElement.children).filter((c) => c.tagName === card?.tagName && firstClass(c) === kind);
    const holding = kin.filter((c) => status.some((p) => c.contains(p.el)));
    if (holding.length < 2 || !status.every((p) => holding.some((c) => c.contains(p.el)))) continue;
    // "高速流量剩餘 4.2GB / 10GB" in one card and "有效天數倒數 剩餘 3 天" in the next: cards that share
    // no kind of status are sections of one line's status, not lines.
    const kinds = holding.map((c) => new Set(status.filter((p) => c.contains(p.el)).map((p) => p.kind)));
    if (!kinds.some((k, i) => kinds.some((o, j) => j !== i && [...k].some((x) => o.has(x))))) return null;
    return holding.map((el) => {
      const title = segs.find((s) => el.contains(s.el));
      const text = title?.text ?? '';
      const named =
        text.length <= 20 && nameLike(text) && !/\d/.test(text) && !pairs.some((p) => el.contains(p.el) && (p.label === text || p.value.includes(text)));
      return { el, line: named && title ? title.raw : null };
    });
  }
  return null;
}


/**
 * Two or more cards of one kind (same tag and first class) inside one line's block that each have
 * one plan of their own and a data figure of their own: each is a line, even where only one shows an id
 * the reader knows. Reading them as one line would mix their data, so the caller reads only the
 * card with the line's id, or none. Null when the block holds no such cards.
 */
export function lineCards(block: Element, pairs: readonly Pair[], line: string | null = null): Element[] | null {
  const plans = pairs.filter((p) => p.kind === 'plan');
  const has = (el: Element, kinds: readonly string[]) => pairs.some((p) => kinds.includes(p.kind) && el.contains(p.el));
  const figures = ['remaining', 'used', 'total'];
  // One plan (a table of packages names many) and a data figure of its own; or, where exactly one
  // of the cards shows the line's id and the others no figure (they are not its data), an end date
  // of its own ("フランス eSIM | 有効期限 2026年9月18日" beside the card with the ICCID).
  const idIn = (c: Element) => line !== null && (c.textContent ?? '').includes(line);
  for (const loose of [false, true]) {
    const own = (el: Element) => plans.filter((p) => el.contains(p.el)).length === 1 && has(el, loose ? [...figures, 'expiry'] : figures);
    for (const plan of plans) {
      for (let card = plan.el; card.parentElement && card !== block; card = card.parentElement) {
        const kind = firstClass(card);
        if (!kind || !own(card)) continue;
        const alike = Array.from(card.parentElement.children).filter((c) => c.tagName === card.tagName && firstClass(c) === kind);
        const kin = alike.filter(own);
        // (Loosely, only where no other box of the kind holds the data: "儲值卡資料 | 現有數據計劃 |
        // 已到期數據計劃" panels are sections of one line, the figures in the middle one.)
        const orphans = loose && alike.some((c) => !kin.includes(c) && has(c, figures));
        if (kin.length >= 2 && !orphans && (!loose || (kin.filter(idIn).length === 1 && kin.every((c) => idIn(c) || !has(c, figures))))) return kin;
      }
    }
    if (line === null) break;
  }
  return null;
}
