import { type Segment, rowOf, shownTail, textOf } from './dom';
import { POLITE_ENDING } from './text';
import { findAmounts, parsePair } from './data';
import { type LabelExtras, type LabelKind, ENDED, classify, mayHoldLabel, splitLabel } from './labels';

/**
 * Label → value pairs. A value belongs to a label when it follows it inside the label's row
 * (th → td, dt → dd, a label span → its sibling, "label: value" in one text), before the next
 * label. Column tables (a header row of labels over rows of values) give one pair per row.
 */

export interface Pair {
  kind: LabelKind;
  label: string;
  value: string;
  /** The value as shown (not normalised), for names. */
  raw: string;
  /** The first value piece as shown: a name is one piece ("eximo", not its note after it). */
  first: string;
  /** The element the value came from (for blocks: which line or bucket owns the pair). */
  el: Element;
  /** The label's row. */
  row: Element;
  index: number;
  /** Read from a column under a header row: `row` is the value's row of the table. */
  column?: boolean;
  /** An allowance's head row, its name beside its figure: the label is the allowance's name. */
  head?: boolean;
}

/** A label longer than this is prose, not a label. */
const MAX_LABEL = 32;
/** Value text gathered after a label, at most. */
const MAX_VALUE = 90;
/** Prose: a label followed by a particle is a sentence ("有効期限は購入日から30日間"). */
const PROSE = /^(?:は|が|を|に|の|も|まで|から|とは|について|について|、|。|について)/;

/** A count of days or hours and nothing else: "3 天", "5日間", "52 小時". */
const DAYS_LEFT_VALUE = /^\d{1,4}\s*(?:日間?|天|days?|時間|小[时時]|hours?)$/i;

/**
 * A size's bare word ("データ量", "容量", "繰越容量", "基本データ量"): alone it names no figure (a used
 * amount, a plan's size).
 */
const BARE_SIZE = /^(?:(?![\s\S]*(?:残|利用|使用|消費|通信))[^\s\d]{0,5})(?:データ量|容量|購入量|繰越量)$/;

/**
 * "<caption>繰越</caption> データ量 | 1.52GB ／ 残量 | 0.00GB": a size's bare word in a small box
 * whose other row is what is left names the whole of that box.
 */
function sizeBesideRemaining(seg: Segment, extras?: LabelExtras): { kind: LabelKind; label: string; value: string } | null {
  const text = seg.text.trim();
  if (!BARE_SIZE.test(text)) return null;
  const row = seg.el.closest('tr,dt,li') ?? seg.el.parentElement;
  // ("内訳 | お申込日 | 容量 | 残量 | 有効期限": a column's head beside the head of what is left.)
  const head = seg.el.closest('th');
  if (head && row?.localName === 'tr' && Array.from(row.children).every((c) => c.localName === 'th')) {
    const beside = Array.from(row.children).some((c) => c !== head && classify(textOf(c), extras) === 'remaining');
    return beside ? { kind: 'total', label: text, value: '' } : null;
  }
  const box = row?.parentElement;
  if (!row || !box || box.children.length > 6) return null;
  // (A row's own label, its figure beside it: not a heading over columns, "容量 | 有効期限".)
  const cell = row.firstElementChild;
  if (!cell || !(cell === seg.el || cell.contains(seg.el))) return null;
  const beside = row.tagName === 'DT' ? (row.nextElementSibling?.textContent ?? '') : (row.textContent ?? '').replace(cell.textContent ?? '', '');
  if (findAmounts(beside).length === 0) return null;
  const remaining = Array.from(box.children).some((other) => {
    if (other === row) return false;
    const first = other.firstElementChild ?? other;
    const words = (first.textContent ?? '').trim();
    return words.length <= 20 && classify(words, extras) === 'remaining';
  });
  return remaining ? { kind: 'total', label: text, value: '' } : null;
}

export function labelOf(seg: Segment, extras?: LabelExtras): { kind: LabelKind; label: string; value: string } | null {
  if (seg.text.length > 120 || !mayHoldLabel(seg.text, extras)) return null;
  // ("電話番号 <b>080-…</b> ／ ご契約プラン <b>ベストプランV</b>": the separator before the next field is no part of its label.)
  if (/^[/／|｜]\s*[^\s/／|｜]/.test(seg.text)) return labelOf({ ...seg, text: seg.text.replace(/^[/／|｜]\s*/, '') }, extras);
  // ("0.41GB <span>(追加量 1GB)/ 有効期限 2026年12月末</span>": nor a bracketed note on the figure before it.)
  if (/^[(（][^()（）]{1,20}[)）]\s*[/／|｜]\s*[^\s/／|｜]/.test(seg.text)) return labelOf({ ...seg, text: seg.text.replace(/^[(（][^()（）]*[)）]\s*[/／|｜]\s*/, '') }, extras);
  // "データ利用量（2026/12/01〜2026/12/31）": a figure's label with the period it covers in brackets.
  const period = PERIOD_NOTE.exec(seg.text);
  if (period) {
    const kind = classify((period[1] ?? '').trim(), extras);
    if (kind === 'used' || kind === 'remaining' || kind === 'total') return { kind, label: seg.text.trim(), value: '' };
  }
  let { label, value } = splitLabel(seg.text);
  // "eSIM 名稱（可編輯）· 方案：日本 吃到飽 15天": the part before the colon after the last separator
  // is the label; what comes before it is another caption.
  const parts = label.split(/\s*[·・|｜]\s*/);
  if (value && parts.length > 1 && /[:：]/.test(seg.text)) label = (parts[parts.length - 1] ?? '').trim();
  // "■ 残容量　□ 今月のご利用量 0.88GB": a chart's legend; the figure is the last entry's.
  const legend = label.split(/\s*[■□●○◆◇▪▫]\s*/).filter((part) => part.trim());
  if (legend.length > 1) label = (legend[legend.length - 1] ?? '').trim();
  let kind = label ? classify(label, extras) : null;
  // "自定义名称 · 点击可修改": a caption and the hint that it can be edited; the caption is the label.
  if (!kind && !value && parts.length === 2 && EDIT_HINT.test(parts[1] ?? '')) {
    label = (parts[0] ?? '').trim();
    kind = classify(label, extras);
  }
  // A label with digits in it ("速度低下(128kbps通信)までの残りデータ通信量") is whole when
  // nothing after its digits reads as a value.
  if (!kind && seg.text.length <= MAX_LABEL + 8 && findAmounts(seg.text).length === 0 && !/\d{4}/.test(seg.text)) {
    const whole = classify(seg.text, extras);
    if (whole) {
      kind = whole;
      label = seg.text;
      value = '';
    }
  }
  if (!label || label.length > MAX_LABEL + 8 || /[?？。]/.test(label)) return null;
  // ("1.00GB（有効期限：2026年12月31日）": a figure and its bracketed note, the value of the label
  // before it, "追加データ残量"; the note's end is that figure's.)
  if (/^[\d.,]+\s*(?:[KMGT]i?B|ギガ|メガ)\s*[(（][^()（）]*$/i.test(label)) return null;
  // ("ご利用データ量確認（当月分）": a page's title, what it lets one check, labels no value.)
  if (/確認(?:\s*[(（][^()（）]*[)）])?$/.test(label)) return null;
  // "※残量は毎月1日にリセット…": a note's sentence is no label ("※ 当月ご利用量：3,994MB" still is one).
  if (/^(?:[※＊*]|注[:：)）\s])/.test(label) && /[はがをにで]/.test(label)) return null;
  // "残りデータ量が200MBを下回ると…" is a sentence about the label, not the label.
  if (/[がはをにとでも]$/.test(label)) return null;
  // "剩余流量低于 500MB 时…", "或剩余流量降至 0MB 之前": a threshold in a condition, not what is left.
  if (THRESHOLD_VERB.test(label)) return null;
  // "服务截止日期后：2 天内仍可充值。", "在服务期限内充值：增加 1GB…": a rule's condition (after, before,
  // when topping up within the period), not the label of a date.
  if (kind === 'expiry' && CONDITION_END.test(label)) return null;
  // "…有効期限表示を改善しました（例：「2026/12/31まで」）": a sentence of news and its example, not a label.
  if (SENTENCE_LABEL.test(label)) return null;
  // "Remaining data may take up to | 1 hour to update": an English sentence, not a label.
  if (/\b(?:may|can|could|should|takes?|up to)\b/i.test(label)) return null;
  // ("Data used in the EU is capped at | 5GB …": a sentence, with its verb.)
  // ("Your number is safe until | 2 June 2027": a sentence whose date completes it is a date's label.)
  if (/\b(?:is|are|was|were)\s+[a-z]{3,}/i.test(label) && !(kind === 'expiry' && /\buntil$/i.test(label))) return null;
  // ("Your data has been used up. Charge | 1GB / 1Day …": two sentences, the next one's first word.)
  if (/\b(?:has|have|had)\s+been\b|\b[a-z]{2,}\.\s+[A-Z][a-z]/.test(label)) return null;
  if (!kind || PROSE.test(value)) return null;
  // A bare "残り" labels data ("残り 17.2GB / 30GB"), not a count of days ("残り 18 日間" under a date).
  if (label === '残り' && value && !/\d\s*(?:[KMGT]i?B|ギガ)/i.test(value)) return null;
  // "套餐内流量（12月）": a split inside brackets ("12月）" has no opening bracket) is a name, not a
  // label and its value.
  // ("（有効期限 2026/11/30）" is a label and its value inside one pair of brackets.)
  const opened = /[(（]([^()（）]*)$/.exec(label);
  if (value && opened && /^[^(（]*[)）]$/.test(value) && findAmounts(value).length === 0 && !classify((opened[1] ?? '').trim(), extras)) return null;
  // "<div class=donut>剩餘 57%</div>": a gauge's share is no figure; the amount beside it is.
  if ((kind === 'remaining' || kind === 'used') && /^\d{1,3}(?:\.\d+)?\s*%$/.test(value.trim())) return null;
  // "Credit balance: £0.42", "残高 500円": money left is no data left.
  if (kind === 'remaining' && /^(?:[¥￥$£€]\s*\d|\d[\d,.]*\s*(?:円|元|yen\b))/i.test(value) && findAmounts(value).length === 0) return null;
  // "剩餘 3 天", "還剩 52 小時": what is left is time, so the text is a countdown to the end.
  if (kind === 'remaining' && DAYS_LEFT_VALUE.test(value)) return { kind: 'expiry', label, value: seg.text };
  // "期限切れ（2026/10/31）": a record's ended status with its date in brackets, no label of a date
  // to come. ("Expired | Nov 20, 2026" still labels the date it ended on.)
  if (/^[^(（]+[(（]/.test(seg.text) && ENDED.test((seg.text.split(/[(（]/)[0] ?? '').trim())) return null;
  // "SIM種別 | eSIM": a kind's value, not the label of an eSIM's name.
  if (kind === 'line' && !value && /^e?sim$/i.test(label) && KIND_FIELD.test(textOf(seg.el.previousElementSibling ?? seg.el).trim())) return null;
  return { kind, label, value };
}

/** A label, then the period its figure covers in brackets: "（2026/12/01〜2026/12/31）", "(12/1〜12/31)". */
const PERIOD_NOTE = /^([^()（）\d]{2,30}?)\s*[(（]\s*\d[\d/.年月日\s]*[〜~～–-]\s*\d[\d/.年月日\s]*[)）]\s*$/;

/** A comparison that ends a label: the figure after it is a threshold ("低于", "降至", "falls below"). */
const THRESHOLD_VERB = /(?:低于|低於|少于|少於|降至|降到|跌至|不足|超过|超過|达到|達到|高于|高於|falls? (?:below|to)|drops? (?:below|to)|goes below|reach(?:es)?|exceeds?)$/i;

/** The end of a condition, not of a label: "…后" (after), "…之前", "…内充值" (top up within …). */
const CONDITION_END = /(?:之?[后後]|之前|以[内內]|(?:充值|儲值|储值|加值|续费|續費|购买|購買|チャージ|購入)(?:する)?)$/;

/** What was used, after what is left in one text: " · 2.75 GB used". */
const USED_TAIL = /\s*[·・,，|｜/]\s*([\d.,]+\s*(?:[KMGT]i?B|ギガ))\s+used\s*$/i;

/** A figure that says it is what was used ("23.40GB ご利用（データ量無制限）" under 残りデータ量): usage, whatever the column. */
const USED_FIGURE = /^[\d.,]+\s*(?:[KMGT]i?B|ギガ)\s*(?:ご利用|利用済み?|使用済み?|使用|used\b|已用|已使用)(?![中可])/i;

/** A note of the order a line came with: "訂單 TP2611280193", "Order #1042", "注文番号 …". */
const ORDER_NOTE = /^(?:訂單|订单|ご?注文|order\b|購入|购买|購買)/i;

/** An element's own text, without its children's. */
const ownText = (el: Element) =>
  Array.from(el.childNodes, (n) => (n.nodeType === 3 ? (n.textContent ?? '') : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** A field whose value is a kind ("SIM種別", "SIM type", "卡片类型"). */
const KIND_FIELD = /(?:種別|種類|タイプ|type|类型|類型|区分|區分)\s*[:：]?$/i;

/** "点击可修改", "重新命名", "Rename": a hint after a caption that its value can be edited. */
const EDIT_HINT = /^(?:点击|點擊|tap to |click to )?(?:可)?(?:修改|编辑|編輯|更改|重新命名|重命名|rename|edit)$/i;

/** A label that ends a sentence ("…しました（例") or introduces an example ("例：", "e.g."). */
const SENTENCE_LABEL = new RegExp(String.raw`${POLITE_ENDING}(?:[(（]|$)|(?:例|e\.g\.|for example|例如)\s*$`, 'i');

/** The first cell of a usage-history row: a month, a day, or a totals row. */
const HISTORY_KEY =
  /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?\s*$|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\s*$|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*$|\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[(（].[)）])?\s*$|対象|合計|total)/i;

/** A totals row's key: the sum of the column above it. */
const SUM_ROW = /^(?:合計|合计|總計|总计|小計|小计|total|sum)$/i;

/**
 * "合計 | 7.31GB" in a table whose column is headed データ残量: the sum of what is left in the rows
 * above, not the line's total allowance.
 */
function sumOfColumn(seg: Segment, extras: LabelExtras | undefined): boolean {
  if (!SUM_ROW.test(seg.text.trim())) return false;
  const cell = seg.el.closest('td,th');
  const tr = cell?.parentElement;
  const table = tr?.closest('table');
  if (!cell || !tr || !table) return false;
  const head = table.querySelector('thead tr') ?? table.querySelector('tr');
  const above = head && head !== tr ? head.children[Array.from(tr.children).indexOf(cell) + 1] : undefined;
  const kind = above ? classify(above.textContent ?? '', extras) : null;
  return kind === 'remaining' || kind === 'used';
}

/** "2026/11/21 | 高速通信量 14MB": usage in a row keyed by a past day or month is history. */
function inHistoryRow(el: Element): boolean {
  const cell = el.closest('th,td');
  const tr = cell?.parentElement;
  if (!cell || !tr || tr.tagName.toUpperCase() !== 'TR') return false;
  const first = tr.children[0];
  return Boolean(first && first !== cell && HISTORY_KEY.test(first.textContent ?? ''));
}

/** A table (or grid) titled as a history by its caption or the heading right before it. */
function historyTitled(row: Element): boolean {
  const HISTORY_TITLE = /履歴|history|记录|紀錄|記錄|明细|明細/i;
  const table = row.closest('table');
  if (HISTORY_TITLE.test(table?.querySelector('caption')?.textContent ?? '')) return true;
  let box: Element | null = table ?? row.parentElement;
  for (let up = 0; box && up < 3; up += 1, box = box.parentElement) {
    for (let prev = box.previousElementSibling, n = 0; prev && n < 3; prev = prev.previousElementSibling, n += 1) {
      if (/^H[1-6]$/.test(prev.tagName.toUpperCase())) return HISTORY_TITLE.test(prev.textContent ?? '');
    }
  }
  return false;
}

/**
 * The value beside a label in two parallel columns: the label's box is one of ≥ 3 children that are
 * mostly labels and hold no figure, and the next sibling of their column has as many children.
 */
function parallelValue(el: Element, isLabel: (seg: Segment) => unknown): Element | null {
  let item: Element | null = el;
  while (item?.parentElement && item.parentElement.children.length === 1) item = item.parentElement;
  const column = item?.parentElement;
  const values = column?.nextElementSibling;
  if (!item || !column || !values || column.children.length < 2 || values.children.length !== column.children.length) return null;
  // A header row over several rows of a grid is no pair of columns: the values column is the last of its kind.
  const after = values.nextElementSibling;
  if (after && after.tagName === values.tagName && after.children.length === values.children.length) return null;
  const labels = Array.from(column.children);
  const named = labels.filter((c) => {
    const text = textOf(c);
    return text.length <= 24 && !/\d{2}/.test(text) && isLabel({ text, raw: text, el: c, index: 0 }) !== null;
  }).length;
  if (named * 2 < labels.length || labels.some((c) => /\d\s*(?:GB|MB)|\d{4}[/.-]\d/i.test(textOf(c)))) return null;
  // ("<div class=r><span>電話番号</span><span>ご契約プラン</span></div><div class=r><span>070-…</span><span>povo2.0</span></div>":
  // two columns only where both rows are of one kind and every cell above is a label.)
  if (labels.length < 3 && !(named === labels.length && column.className !== '' && column.className === values.className)) return null;
  return values.children[labels.indexOf(item)] ?? null;
}

/** A row of a grid: the element that holds it, and its cells in column order. */
export type GridRow = { el: Element; cells: Element[] };
/** A label's cell in a grid: its column, the header row it heads, and the rows of the grid (the header row among them). */
export type Grid = { cell: Element; tr: GridRow; rows: GridRow[] };

const rowOfCells = (el: Element): GridRow => ({ el, cells: Array.from(el.children) });

/** Each table's rows, built once within `withGrids`: a 90-row history table is asked for by every label in it. */
let grids: WeakMap<Element, GridRow[]> | null = null;

/** Runs one synchronous read with each table's grid built once (the page cannot change inside it). */
export function withGrids<T>(read: () => T): T {
  if (grids) return read();
  grids = new WeakMap();
  try {
    return read();
  } finally {
    grids = null;
  }
}

/** A table cell's grid (the cells of spanning rows in every row they span), or null. */
export function tableOf(el: Element): Grid | null {
  const cell = el.closest('th,td');
  const tr = cell?.parentElement;
  const table = tr?.closest('table');
  if (!cell || !tr || tr.tagName.toUpperCase() !== 'TR' || !table) return null;
  let grid = grids?.get(table);
  if (!grid) {
    // (A table's own rows: not those of a table inside one of its cells, an expanded row's packages.)
    const rows = splitTable(table, Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table));
    grid = table.querySelector('[rowspan]') ? spannedRows(rows) : rows.map(rowOfCells);
    grids?.set(table, grid);
  }
  return { cell, tr: grid.find((r) => r.el === tr) ?? rowOfCells(tr), rows: grid };
}

/**
 * Rows of a table whose cells span rows ("<td rowspan=2>080-…</td><td rowspan=2>30日プラン</td><td>基本パック</td>…"
 * over "<td>追加チャージ</td>…"): each row's cells in column order, a spanning cell in every row it spans.
 */
function spannedRows(rows: readonly Element[]): GridRow[] {
  const carry: Array<{ el: Element; left: number } | undefined> = [];
  return rows.map((tr) => {
    const cells: Element[] = [];
    let col = 0;
    const spanned = () => {
      for (let c = carry[col]; c && c.left > 0; c = carry[col]) {
        cells.push(c.el);
        c.left -= 1;
        col += 1;
      }
    };
    for (const cell of Array.from(tr.children)) {
      spanned();
      const down = Math.min(50, Math.max(1, Number(cell.getAttribute('rowspan')) || 1));
      // ("<th rowspan=2>区分</th><th colspan=2>容量</th><th rowspan=2>有効期限</th>" over "<th>残容量</th><th>付与量</th>":
      // a cell that spans columns takes their places, so the cells after it keep their columns; it is
      // read in its first, an empty cell stands in the others.)
      const across = Math.min(20, Math.max(1, Number(cell.getAttribute('colspan')) || 1));
      for (let k = 0; k < across; k += 1) {
        const own = k === 0 ? cell : (cell.ownerDocument?.createElement('td') ?? cell);
        carry[col] = down > 1 ? { el: own, left: down - 1 } : undefined;
        cells.push(own);
        col += 1;
      }
    }
    spanned();
    return { el: tr, cells };
  });
}

/**
 * A table drawn as two ("<div class=header-wrapper><table><thead>…</table></div><div
 * class=body-wrapper><table><tbody>…"; Element UI, Ant Design with a fixed header): the header
 * row heads the rows of the table right after it that have as many cells. The rows of either
 * table, the header's first.
 */
function splitTable(table: Element, rows: Element[]): Element[] {
  const head = rows.length === 1 && rows[0]?.parentElement?.tagName === 'THEAD' ? rows[0] : null;
  for (let box: Element | null = table, up = 0; box && up < 3; box = box.parentElement, up += 1) {
    const other = head ? box.nextElementSibling : box.previousElementSibling;
    const found = other?.tagName === 'TABLE' ? other : other?.querySelector('table');
    if (!other) continue;
    if (!found) return rows;
    const theirs = Array.from(found.querySelectorAll('tr'));
    if (head) return theirs[0]?.children.length === head.children.length && !found.querySelector('thead') ? [head, ...theirs] : rows;
    const header = theirs.length === 1 && theirs[0]?.parentElement?.tagName === 'THEAD' ? theirs[0] : null;
    return header && !table.querySelector('thead,th') && rows[0]?.children.length === header.children.length ? [header, ...rows] : rows;
  }
  return rows;
}

/**
 * A table made of other elements ("<fd-bucket class="head"><span>流量包</span><span>剩餘</span>…"
 * over rows of the same tag with as many cells): the label's cell, its row and the rows.
 */
function divGridOf(el: Element): Grid | null {
  let cell: Element | null = el;
  for (let up = 0; cell && up < 2; up += 1, cell = cell.parentElement) {
    const tr = cell.parentElement;
    const n = tr?.children.length ?? 0;
    if (!tr || n < 3 || /^(?:TR|TBODY|THEAD|TABLE|UL|OL|DL|BODY)$/i.test(tr.tagName)) continue;
    const rows = Array.from(tr.parentElement?.children ?? []).filter((r) => r.tagName === tr.tagName && r.children.length === n);
    if (rows.length >= 2 && rows[0] === tr) return { cell, tr: rowOfCells(tr), rows: rows.map(rowOfCells) };
  }
  return null;
}

/**
 * An ARIA grid laid out flat ("<div role=table><div role=columnheader>内訳</div>…<div role=cell>くりこし
 * データ</div><div role=cell>1.20GB</div>…"): n column headers, then cells n to a row. A row has no
 * element of its own; its first cell stands for it. The grid of any of its cells (`tr`: that cell's row).
 */
export function flatGridOf(el: Element): Grid | null {
  const cell = el.closest('[role=columnheader],[role=cell],[role=gridcell],[role=rowheader]');
  const kids = Array.from(cell?.parentElement?.children ?? []);
  const n = kids.findIndex((k) => k.getAttribute('role') !== 'columnheader');
  if (!cell || n < 2 || kids.length <= n || (kids.length - n) % n !== 0) return null;
  if (kids.slice(n).some((k) => !/^(?:cell|gridcell|rowheader)$/.test(k.getAttribute('role') ?? ''))) return null;
  const rows: GridRow[] = [];
  for (let i = 0; i < kids.length; i += n) rows.push({ el: kids[i] as Element, cells: kids.slice(i, i + n) });
  return { cell, tr: rows.find((r) => r.cells.includes(cell)) as GridRow, rows };
}

/**
 * "種別 | データ残量 | 有効期限" over "追加データ量 | 0.64GB | 2026年12月末": a row's first cell, under a
 * column that is no label of ours in a table whose other columns are, keys its row (names a
 * bucket); it is no label of the cells beside it, even in the words of one ("追加データ量").
 */
function rowKey(seg: Segment, extras: LabelExtras | undefined): boolean {
  const grid = tableOf(seg.el) ?? flatGridOf(seg.el);
  const head = grid?.rows[0];
  if (!grid || !head || grid.tr.el === head.el) return false;
  const col = grid.tr.cells.indexOf(grid.cell);
  const heads = head.cells.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
  if (col < 0 || heads.length !== grid.tr.cells.length || !head.cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')) return false;
  const kindOf = (t: string) => (t && t.length <= 30 ? classify(t, extras) : null);
  // (The row's first cell, and all of it: "剩餘 1.2 GB / 3 GB" under 流量 holds its own label and value.)
  if (col !== 0 || (grid.cell.textContent ?? '').replace(/\s+/g, ' ').trim().length > seg.text.length + 12) return false;
  return kindOf(heads[col] ?? '') === null && heads.some((h, i) => i !== col && (kindOf(h) === 'remaining' || kindOf(h) === 'expiry'));
}

function columnPairs(
  seg: Segment,
  kind: LabelKind,
  label: string,
  extras: LabelExtras | undefined,
): Pair[] {
  // (A menu's links head no columns of divs: "主頁 | 用量查詢 | 網上增值" over the panels below; a
  // table's header may link to a sort.)
  const grid = tableOf(seg.el) ?? (seg.el.closest('a,nav') ? null : (flatGridOf(seg.el) ?? divGridOf(seg.el)));
  if (!grid) return [];
  const { cell, tr, rows } = grid;
  const cells = tr.cells;
  const col = cells.indexOf(cell);
  const headerOnly = cells.every((c) => {
    const t = (c.textContent ?? '').trim();
    return !t || Boolean(classify(t, extras)) || c === cell || !/\d/.test(t);
  });
  if (!headerOnly) return [];
  // "Pass History" over "Pass | Purchased | Status | Used": what each past purchase used is history.
  if (kind === 'used' && historyTitled(tr.el)) return [];
  const out: Pair[] = [];
  // "eSIM 暱稱 / 方案" over "<div>爸爸的iPhone</div><div>日本 5G 無限流量 10天</div>": a header naming two
  // fields heads cells of two parts, one field each.
  const heads = label.split(/\s+[/／]\s+|[/／]/).map((h) => h.trim());
  const twoKinds = heads.length === 2 ? heads.map((h) => (h ? classify(h, extras) : null)) : null;
  // (Names only: "剩余 / 总量" over "0.6 GB / 1 GB" is one fraction, read whole.)
  const split = twoKinds && [...twoKinds].sort().join() === 'line,plan' ? (twoKinds as LabelKind[]) : null;
  const allowanceColumns = cells.some((c) => c !== cell && classify((c.textContent ?? '').trim(), extras) === 'remaining');
  for (const { el: row, cells: rowCells } of rows.slice(rows.findIndex((r) => r.el === tr.el) + 1)) {
    const first = rowCells[0]?.textContent ?? '';
    // "合計 | 7.31GB" under the rows: their sum, not one more row (and no usage history).
    if (SUM_ROW.test(first.trim())) continue;
    // Usage history: rows keyed by a month or a day are past periods, not current status. (What is
    // left or when it ends, by month, is a month's allowance: "2026年11月分（繰り越し） | 3.42GB".)
    // (So is what it was given, beside what is left: "クーポン | 付与量 | 残量 | 有効期限".)
    if (HISTORY_KEY.test(first) && col !== 0 && kind !== 'remaining' && kind !== 'expiry' && !(kind === 'total' && allowanceColumns)) return [];
    const target = rowCells[col];
    const value = (target?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const parts = split && target ? Array.from(target.children).filter((c) => textOf(c)) : [];
    if (split && parts.length === 2) {
      parts.forEach((part, k) => {
        const text = textOf(part);
        out.push({ kind: split[k] as LabelKind, label: heads[k] ?? label, value: text.normalize('NFKC'), raw: text, first: text, el: part, row, index: seg.index, column: true });
      });
    } else if (target && value) {
      // ("東京旅行用<div class=tp-mini>訂單 TP2611280193</div>": a line's cell with a note under its
      // name; the line is the cell's own text.)
      const notes = kind === 'line' || kind === 'plan' ? Array.from(target.querySelectorAll('div,p,small')) : [];
      // ("日本无限流量月卡<div class=secondary>高速流量用完后限速 1Mbps</div>": a plan's cell with a note
      // under its name; the plan is the cell's own text.)
      const own = notes.length > 0 && (kind === 'plan' || notes.every((n) => ORDER_NOTE.test(textOf(n)))) ? ownText(target) : '';
      const shown = /[\p{L}\p{N}]{2}/u.test(own) ? own : value;
      out.push({ kind, label, value: shown.normalize('NFKC'), raw: shown, first: shown, el: target, row, index: seg.index, column: true });
    }
  }
  return out;
}

/**
 * "<caption>データ残量</caption><tr><th>前月繰越分</th><td>1.20GB</td><td>有効期限：…</td></tr>…":
 * a remaining label over a table or list whose rows each name an allowance and give its amount is
 * one pair per row, labelled by the row's name (its bucket). Null when the label heads no such rows.
 */
function listedRows(seg: Segment, extras: LabelExtras | undefined): Pair[] | null {
  const caption = seg.el.closest('caption');
  const own = seg.el.closest('h1,h2,h3,h4,h5,h6,p,div,span,strong,b');
  const next = caption ? caption.parentElement : (own?.textContent ?? '').trim() === seg.text.trim() ? own?.nextElementSibling : null;
  const tag = next?.tagName.toUpperCase();
  if (!next || (tag !== 'TABLE' && tag !== 'UL' && tag !== 'OL')) return null;
  const rows = Array.from(next.querySelectorAll(tag === 'TABLE' ? 'tr' : ':scope > li'));
  const out: Pair[] = [];
  for (const row of rows) {
    const cells = Array.from(row.children);
    const name = (cells[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // The row's name: words, no figure, not a label of another kind ("有効期限").
    if (!name || name.length > 30 || findAmounts(name).length > 0 || /\d/.test(name)) return null;
    const kind = classify(name, extras);
    if (kind && kind !== 'remaining') return null;
    const cell = cells.slice(1).find((c) => findAmounts(c.textContent ?? '').length > 0);
    if (!cell) return null;
    const value = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    out.push({ kind: 'remaining', label: name, value: value.normalize('NFKC'), raw: value, first: value, el: cell, row, index: seg.index });
  }
  return out.length >= 2 ? out : null;
}

/** The one short value whose aria-labelledby names the label's own element (the label's whole text). */
function labelledValue(seg: Segment, byLabel: () => ReadonlyMap<string, Element[]>): Element | null {
  const id = seg.el.getAttribute('id');
  if (!id || textOf(seg.el) !== seg.text) return null;
  const values = byLabel().get(id) ?? [];
  const [value] = values;
  // (A section titled by its heading is no value of it.)
  return values.length === 1 && value && !value.contains(seg.el) && textOf(value).length > 0 && textOf(value).length <= 80 ? value : null;
}

/**
 * A caption that only names what is above it: "eSIM 名稱（可自訂）· 重新命名", "自定义名称 · 点击可修改";
 * never a caption with a value of its own.
 */
const NAME_CAPTION =
  /^(?:e?sim\s*)?(?:名稱|名称|name|自定义名称|自訂名稱|自定義名稱|备注名称?|備註名稱?|别名|別名|nickname|custom name|暱稱|昵称)\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:[·・|｜]\s*[^\d]{0,12})?$/i;

/** A badge saying the line is in use: "使用中", "已安裝 – 使用中", "Active". */
export const IN_USE = /^(?:[●•◉◎○]\s*)?(?:[^\d]{1,12}\s*[–\-—・·]\s*)?(?:使用中|利用中|ご利用中|有効|正常|啟用中|启用中|已啟用|已启用|開通済み?|active|in use)$/i;

/** The name of a box holding just a short name and an in-use badge ("媽媽的iPhone | 使用中"), or null. */
function badgedName(box: Element | null): Element | null {
  if (!box || box.children.length !== 2 || box.closest('th,dt')) return null;
  if (Array.from(box.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))) return null;
  const [name, badge] = Array.from(box.children) as [Element, Element];
  const shown = textOf(name);
  if (!IN_USE.test(textOf(badge)) || shown.length < 2 || shown.length > 30 || ENDED.test(shown) || IN_USE.test(shown)) return null;
  return name;
}

/**
 * The figure of an allowance's head row: "<section class=bucket><div class=head><span>くりこしデータ</span>
 * <span>0.00GB</span></div><div>有効期限 …</div></section>" beside sections of its kind. A name and an
 * amount alone in the first row of a box that says more of it below, among boxes of the same
 * class: what is left of that allowance, whatever words its name uses ("月間データ容量").
 */
function bucketHead(seg: Segment): Element | null {
  const row = seg.el.parentElement;
  if (row?.localName === 'li' && row.children.length > 2) return listedBucket(seg, row);
  if (!row || row.children.length !== 2 || row.firstElementChild !== seg.el) return null;
  const figure = row.lastElementChild as Element;
  const text = seg.text.trim();
  // ("Data Add-on 3GB | 3 GB / 3 GB": a name may hold its size, and the figure be what is left of what it had.)
  const shown = textOf(figure);
  const named = !/\d/.test(text) || (/[a-zA-Z\u3040-\u9fff]{2}/.test(text) && !/\d{4}|\d[/月.-]\d/.test(text) && !AMOUNT_ONLY.test(text));
  if (text.length < 2 || text.length > 24 || !named || ENDED.test(text) || !(AMOUNT_ONLY.test(shown) || (parsePair(shown) !== null && shown.length <= 24))) return null;
  if (/使用|利用量|使った|used|已用|用量/i.test(text)) return null;
  if (Array.from(row.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))) return null;
  const box = row.parentElement;
  if (!box) return null;
  // ("<div class=row><span>ベストプランV（基本データ）</span><span>20.30GB / 30GB</span></div><div class=note>…</div>
  // <div class=row><span>データ追加 1GB</span><span>1.00GB / 1GB</span></div>…": rows of one class, each a
  // name and what is left of what it had, one after another.)
  const rows = Array.from(box.children).filter((c) => c.className === row.className && c.children.length === 2);
  if (row.className && rows.length >= 2 && rows.every((r) => parsePair(textOf(r.lastElementChild as Element)) !== null && !/\d/.test(textOf(r.firstElementChild as Element).replace(/\d+\s*(?:[GM]B)/gi, '')))) return figure;
  if (box.firstElementChild !== row || box.children.length < 2 || !box.className) return null;
  const kin = Array.from(box.parentElement?.children ?? []).filter((c) => c.className === box.className);
  return kin.length >= 2 ? figure : null;
}

/** A list item's cells: [its place in the list,] its name, what is left of what it had, [its end or a note]. */
function itemCells(li: Element): { name: Element; figure: Element } | null {
  const cells = Array.from(li.children);
  const lead = cells[0] && /^\d{1,2}\.?$/.test(textOf(cells[0])) ? 1 : 0;
  const name = cells[lead];
  const figure = cells[lead + 1];
  if (!name || !figure || cells.length - lead > 3) return null;
  const rest = cells.slice(lead + 2).map(textOf);
  if (rest.some((t) => findAmounts(t).length > 0)) return null;
  return { name, figure };
}

/**
 * "<li><span>1</span><span>くりこしデータ（11月分）</span><span>4.58GB / 5.00GB</span><span>有効期限：…</span></li>"
 * in a list of such items: each names an allowance and what is left of what it had, its end beside.
 */
function listedBucket(seg: Segment, li: Element): Element | null {
  const own = itemCells(li);
  if (!own || own.name !== seg.el) return null;
  const text = seg.text.trim();
  if (text.length < 2 || text.length > 24 || ENDED.test(text) || /\d{4}|\d[/月.-]\d/.test(text) || /使用|利用量|使った|used|已用|用量/i.test(text)) return null;
  if (parsePair(textOf(own.figure)) === null) return null;
  const items = Array.from(li.parentElement?.children ?? []).filter((c) => c.localName === 'li');
  // (Two or more such items; an item with nothing in it yet, "－", is still one of them.)
  const kin = items.filter((c) => {
    const cells = itemCells(c);
    return cells !== null && (parsePair(textOf(cells.figure)) !== null || /^[-－―—–]$/.test(textOf(cells.figure)));
  });
  return kin.length >= 2 && kin.length === items.length ? own.figure : null;
}

/** An action that renames the line: "Rename eSIM", "Edit name", "重新命名", "名前を変更". */
const RENAME = /^(?:rename|edit (?:the )?(?:name|nickname|label))(?:\s+(?:e?sim|line))?$|^(?:重新命名|修改(?:名称|名稱|备注|備註)|编辑(?:名称|备注)|編輯(?:名稱|備註)|名前を(?:変更|編集)|名称(?:を)?変更|表示名を?(?:変更|編集))$/i;

/** A class or field that says the text is the user's name for the SIM: "nick", data-field="nickname", "EsimCard_name__Y2mR1". */
const ALIAS_FIELD = /(?:^|[\s_-])(?:nick(?:name)?|alias)(?:$|[\s_-])|e?sim-?card_name|esim[-_]name/i;

/** A short text that can be a SIM's name: no status word, figure or label of ours. */
const shortName = (text: string) => text.length >= 2 && text.length <= 30 && !ENDED.test(text) && findAmounts(text).length === 0 && classify(text) === null;

/** The user's name for the SIM, by its element's class or field, and no figure or label of ours. */
function aliasField(seg: Segment): boolean {
  const marks = `${seg.el.getAttribute('class') ?? ''} ${seg.el.getAttribute('data-field') ?? ''}`;
  if (!ALIAS_FIELD.test(marks)) return false;
  const text = seg.text.trim();
  return shortName(text) && !/\d{4}|\d[/月.-]\d/.test(text) && !NAME_CAPTION.test(text);
}

/**
 * "<h2><span>実家用iPad</span><span>利用中</span></h2> … <a>表示名を変更</a>": the heading of a card that
 * shows no number and offers to rename it is the name the user gave the SIM.
 */
function renamedCard(seg: Segment): boolean {
  // (Walked, not queried: this runs for every text of the page.)
  let heading: Element | null = null;
  for (let e: Element | null = seg.el, up = 0; e && up < 3 && !heading; e = e.parentElement, up += 1) if (/^h[234]$/.test(e.localName)) heading = e;
  if (!heading || !(heading.textContent ?? '').trim().startsWith(seg.text.trim())) return false;
  const text = seg.text.trim();
  if (!shortName(text) || NAME_CAPTION.test(text)) return false;
  const card = heading.parentElement;
  if (!card || (card.textContent ?? '').length > 800 || /(?<![\d-])(?:0[5-9]0-?\d{4}-?\d{4}|89\d{17,18})(?![\d-])/.test(card.textContent ?? '')) return false;
  return Array.from(card.querySelectorAll('a,button')).some((a) => RENAME.test(actionWords(a)));
}

/** A line of facts ("Moshi Moshi · Japan") holding a rename action: the element right above it, a short name. */
function metaLineRename(seg: Segment): Element | null {
  if (!/\s[·・|｜]\s/.test(seg.text) || seg.el.children.length !== 1) return null;
  const action = seg.el.firstElementChild as Element;
  if (!isAction(action) || !RENAME.test(actionWords(action))) return null;
  const above = seg.el.previousElementSibling;
  const text = above ? textOf(above).trim() : '';
  return above && above.children.length === 0 && shortName(text) ? above : null;
}

/** A button or a link (by tag and role: cheaper than a selector on every text). */
const isAction = (el: Element) => el.localName === 'button' || el.localName === 'a' || el.getAttribute('role') === 'button';

/** What an action says it does: its label, its title, or its text without a pencil ("✎ 修改名稱"). */
const actionWords = (el: Element) => (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '').replace(/^(?:\s|[✎✏✐🖉🖊]|\uFE0F)+/u, '').trim();

/**
 * A short text whose own element holds a rename action for it, and nothing else; or, alone in its
 * parent, with the action right after it ("<span class=name>媽媽的手機</span><a class=edit>✎ 修改名稱</a>").
 */
function renamable(seg: Segment): boolean {
  // (A line of facts, "Moshi Moshi · Japan", is no name: metaLineRename.)
  if (/\s[·・|｜]\s/.test(seg.text)) return false;
  // (Asked of every text on the page: the element's one child, a rename action, is tested first.)
  const own = seg.el.children.length === 1 ? (seg.el.firstElementChild as Element) : null;
  // (The sibling first, the count of the parent's children only then: both cost on every text.)
  const after = own === null ? seg.el.nextElementSibling : null;
  const next = after && isAction(after) && seg.el.parentElement?.children.length === 2 ? after : null;
  const action = own ?? next;
  // (Tested by name, not by selector: this runs for every short text of the page.)
  if (!action || (!isAction(action) && !(own && action.hasAttribute('title')))) return false;
  if (!RENAME.test(actionWords(action))) return false;
  const text = seg.text.trim();
  if (text.length < 2 || text.length > 30 || ENDED.test(text)) return false;
  // ("eSIM 名稱（可自訂） · <a>重新命名</a>": a caption beside the action names nothing itself.)
  return classify(text.replace(/[\s·・|｜]+$/, '')) === null && !NAME_CAPTION.test(text);
}

/** What the header of a table cell's column labels ("データ残量" over "7.18GB"), column spans counted. */
function columnKind(el: Element, labelFor: (seg: Segment) => { kind: LabelKind } | null): LabelKind | null {
  const cell = el.closest('td,th');
  const table = cell?.closest('table');
  const head = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  if (!cell || !head || head.contains(cell) || !cell.parentElement) return null;
  const spans = (cells: Element[]) => cells.map((c) => Math.max(1, Number(c.getAttribute('colspan') ?? '1') || 1));
  const row = Array.from(cell.parentElement.children);
  const at = spans(row.slice(0, row.indexOf(cell))).reduce((a, b) => a + b, 0);
  const heads = Array.from(head.children);
  const widths = spans(heads);
  let col = 0;
  for (let k = 0; k < heads.length; k += 1) {
    if (col === at) {
      const text = textOf(heads[k] as Element);
      return text ? (labelFor({ text: text.normalize('NFKC'), raw: text, el: heads[k] as Element, index: 0 })?.kind ?? null) : null;
    }
    col += widths[k] ?? 1;
  }
  return null;
}

/** A name the user gave the line: 备注名, 別名, eSIM name. */
const ALIAS = /备注|備註|别名|別名|自訂名稱|自定义名称|自定義名稱|custom name|e?sim ?(?:name|名)|nickname|暱稱|昵称/i;

/** True when the heading's section (its parent) holds two or more labels after it: figures with labels of their own. */
function headsLabelledFigures(seg: Segment): boolean {
  const heading = seg.el.closest('h1,h2,h3,h4,h5,h6') as Element;
  const section = heading.parentElement;
  if (!section) return false;
  let labels = 0;
  for (const el of Array.from(section.querySelectorAll('*'))) {
    if (heading.contains(el) || el.children.length > 0) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length <= 30 && classify(text)) labels += 1;
    if (labels >= 2) return true;
  }
  return false;
}

/** The heading's next box is a figure of data alone ("18.42 GB / 30GB"): what the heading names. */
function figureUnder(seg: Segment): boolean {
  const heading = seg.el.closest('h1,h2,h3,h4,h5,h6') as Element;
  const next = heading.nextElementSibling;
  return next !== null && /^\s*[\d.,]+\s*(?:[KMGT]i?B|ギガ)\s*(?:[/／]\s*[\d.,]+\s*(?:[KMGT]i?B|ギガ))?\s*$/i.test(textOf(next));
}

/** "残量 / 総量", "剩餘 / 總量（已用完）", "Remaining / Total": the caption of a fraction, naming its parts. */
const FRACTION_CAPTION = /^(?:残量|残り|剩餘|剩余|remaining|left)\s*[/／]\s*\S/i;

/** The fraction ("2.3GB / 10GB") nearest before `el`: the last figure of the first box with text before it, a few levels up. */
function fractionBefore(el: Element): Element | null {
  let cur: Element | null = el;
  for (let up = 0; cur && up < 3; up += 1, cur = cur.parentElement) {
    for (let prev = cur.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!(prev.textContent ?? '').trim()) continue; // a bar, an icon
      const leaves = [prev, ...Array.from(prev.querySelectorAll('*'))].filter((e) => e.children.length === 0 && /\d/.test(e.textContent ?? ''));
      const last = leaves[leaves.length - 1];
      if (last && parsePair(textOf(last))) return last;
      // ("21.3<small>GB</small> <small>/ 50GB</small>": the fraction is the box's whole text.)
      return textOf(prev).length <= 40 && parsePair(textOf(prev)) ? prev : null;
    }
  }
  return null;
}

/** "共 8GB)" after 剩餘流量: the whole the remainder is part of, not the remainder. */
export const TOTAL_CLAUSE = /^[(（]?\s*(?:共|总|總|全|of|out of)\s*(?=[\d.,]+\s*(?:TB|GB|GiB|MB|MiB|KB|ギガ)\s*[)）]?\s*$)/i;

/** "（15GB中）", "(15GBのうち)": the whole a figure is part of, named after its amount. */
const OUT_OF = /^[(（]?\s*([\d.,]+\s*(?:TB|GB|GiB|MB|MiB|KB|ギガ))\s*(?:中|のうち)\s*[)）]?\s*$/i;

/** "2.4 GB used since 1 Dec" in one text: when the period began is no part of the figure. */
const SINCE = String.raw`(?:\s+(?:since\s+[\w ,]{1,20}|this (?:month|period|cycle)|so far))?`;
/**
 * "12.5GB" then "data left of 40GB", or "767 MB left": the amount comes before its label. (A
 * caption after a figure, "Used this month", is not read with SINCE: it is as often a label before
 * its own value.)
 */
/** "of 30GB left", "of 7 GB remaining", "of 5GB used": the whole after a figure, and what the figure is. */
const OF_LEFT = /^(?:of|out of)\s+(\d[\d.,]*\s*(?:[KMGT]i?B|ギガ))\s+(?:data\s+)?(left|remaining|used)\.?$/i;
/** "12.4GB of 20GB left": what is left (or used) and the whole, in one text. */
const FIGURE_OF_LEFT = /^(\d[\d.,]*\s*(?:[KMGT]i?B|ギガ))\s+(?:of|out of)\s+(\d[\d.,]*\s*(?:[KMGT]i?B|ギガ))\s+(?:data\s+)?(left|remaining|used)\.?$/i;
const AFTER_VALUE = /^(?:data\s+)?(left|remaining|used)\b(?:\s+(?:of|out of)\s+(.+))?$/i;
const AMOUNT_THEN_LABEL = new RegExp(
  String.raw`^([\d.,]+\s*(?:TB|GB|GiB|MB|MiB|KB))\s+(?:of data\s+)?(left|remaining|used)\b(?:\s+(?:of|out of)\s+(.+?))?${SINCE}$`,
  'i',
);
const AMOUNT_ONLY = /^[\d.,]+\s*(?:TB|GB|GiB|MB|MiB|KB)$/i;
const UNIT_THEN_LABEL = /^(TB|GB|GiB|MB|MiB|KB)\s+(?:of data\s+)?(left|remaining|used)\b(?:\s+(?:of|out of)\s+(.+))?$/i;

/** A separator between a figure and its label ("7.3GB | left of 20GB"): no text of its own. */
const SEPARATOR = /^[|｜·・/／:：\-–—•]$/;

/**
 * "<span>1.20<small>GB</small></span><span>残り</span>", "残り / 4GB": a Japanese or Chinese caption
 * after its figure, in a box of its own: not a label cell, and no figure of its own after it (then
 * it is a label before its value: "<dt>残り</dt><dd>3GB</dd>").
 */
const CJK_AFTER = /^(残り|剩余|剩餘|已用|使用済み?)(?:\s*[/／]\s*(.+))?$/;

function captionAfter(segs: readonly Segment[], i: number): RegExpExecArray | null {
  const seg = segs[i] as Segment;
  const x = CJK_AFTER.exec(seg.text);
  const next = segs[i + 1]?.text ?? '';
  // (A caption heading a section, "<p>使用済み</p><table>…", is not one beside a figure.)
  if (!x || seg.el.closest('th,dt,label') || /^[\d.,]/.test(next) || (seg.el.parentElement?.textContent ?? '').trim().length > 40) return null;
  return x;
}

function valueFirst(segs: readonly Segment[], i: number): Pair | null {
  const seg = segs[i] as Segment;
  const inline = AMOUNT_THEN_LABEL.exec(seg.text);
  const after = inline ? null : (AFTER_VALUE.exec(seg.text) ?? captionAfter(segs, i));
  let p = i - 1;
  while (after && p > i - 3 && SEPARATOR.test(segs[p]?.text ?? '')) p -= 1;
  const prev = segs[p];
  let amount: string;
  let word: string;
  let of: string | undefined;
  // "<span>9.46</span><span>GB</span><span>left of 15 GB</span>": the figure split from its unit.
  const before = segs[p - 1];
  const split =
    prev && before && /^(?:TB|GB|GiB|MB|MiB|KB)$/i.test(prev.text) && /^[\d.,]+$/.test(before.text) && seg.el.parentElement?.contains(before.el)
      ? `${before.text} ${prev.text}`
      : null;
  if (inline) [, amount = '', word = '', of] = inline;
  else if (after && prev && AMOUNT_ONLY.test(prev.text) && seg.el.parentElement?.contains(prev.el)) {
    amount = prev.text;
    [, word = '', of] = after;
  } else if (after && split) {
    amount = split;
    [, word = '', of] = after;
  } else if (prev && /^[\d.,]+$/.test(prev.text) && UNIT_THEN_LABEL.test(seg.text) && seg.el.parentElement?.contains(prev.el)) {
    // "7.64<small>GB left</small>": the unit went with the word.
    const x = UNIT_THEN_LABEL.exec(seg.text) as RegExpExecArray;
    amount = `${prev.text} ${x[1]}`;
    [, , word = '', of] = x;
  } else return null;
  // ("<div>7.52GB left</div><div>of 20GB</div>": the whole, on the line below.)
  const next = segs[i + 1];
  const whole = !of && next && seg.el.parentElement?.parentElement?.contains(next.el) ? TOTAL_CLAUSE.exec(next.text) : null;
  if (whole && next) of = next.text.slice(whole[0].length).replace(/\s*[)）]\s*$/, '');
  const kind: LabelKind = /used|已用|使用済/i.test(word) ? 'used' : 'remaining';
  const value = of ? `${amount} of ${of}` : amount;
  return { kind, label: word, value, raw: value, first: value, el: seg.el, row: seg.el, index: i };
}

/** A pair read from one piece of a text (a field among several, a sentence): shown as read, held by the text's element. */
function piecePair(own: { kind: LabelKind; label: string; value: string }, seg: Segment, index: number): Pair {
  return { kind: own.kind, label: own.label, value: own.value, raw: own.value, first: own.value, el: seg.el, row: seg.el, index };
}

/** Every label → value pair of the page, in document order. */
export function findPairs(segs: readonly Segment[], extras?: LabelExtras, limit: Element | null = null): Pair[] {
  const pairs: Pair[] = [];
  // A label depends only on its text: big pages repeat the same menu and table texts.
  const memo = new Map<string, ReturnType<typeof labelOf>>();
  const cells = new Set<Element>();
  // Elements by the ids their aria-labelledby names: looked up once per page, when a label has an id.
  let labelled: Map<string, Element[]> | undefined;
  const byLabel = () => {
    if (!labelled) {
      labelled = new Map();
      for (const v of Array.from(segs[0]?.el.ownerDocument.querySelectorAll('[aria-labelledby]') ?? [])) {
        for (const id of (v.getAttribute('aria-labelledby') ?? '').split(/\s+/)) if (id) labelled.set(id, [...(labelled.get(id) ?? []), v]);
      }
    }
    return labelled;
  };
  const labelFor = (seg: Segment) => {
    // ("eSIM" labels a name in a card, but is the value of "SIM Type" beside it: asked of its place, each time.)
    if (/^e?sim$/i.test(seg.text)) return labelOf(seg, extras);
    if (!memo.has(seg.text)) memo.set(seg.text, labelOf(seg, extras));
    return memo.get(seg.text) ?? null;
  };
  for (let i = 0; i < segs.length; i += 1) {
    const seg = segs[i] as Segment;
    const reversed = valueFirst(segs, i);
    if (reversed) {
      // ("Remaining data | <span>1.21</span> <span>GB</span> <span>left of 3 GB</span>": the label's
      // value already holds this figure, the text after it included.)
      const last = pairs[pairs.length - 1];
      if (!(last && last.kind === reversed.kind && last.row.contains(seg.el) && last.value.endsWith(seg.text))) {
        // ("4.25 GB remaining of 7 GB · 2.75 GB used": what was used, after what is left.)
        const tail = reversed.kind === 'remaining' ? USED_TAIL.exec(reversed.value) : null;
        if (tail) {
          const left = reversed.value.slice(0, tail.index);
          pairs.push({ ...reversed, value: left, raw: left, first: left });
          pairs.push({ ...reversed, kind: 'used', label: 'used', value: tail[1] as string, raw: tail[1] as string, first: tail[1] as string });
        } else pairs.push(reversed);
      }
      continue;
    }
    // "<strong>18.6GB</strong> of 30GB left": the figure before is what is left, of the whole after "of".
    // ("Data | 12.4GB of 20GB left": the figure, the whole and the word in one text.)
    const figureOf = FIGURE_OF_LEFT.exec(seg.text);
    if (figureOf) {
      const value = `${figureOf[1]} / ${figureOf[2]}`;
      pairs.push({ kind: /used/i.test(figureOf[3] ?? '') ? 'used' : 'remaining', label: seg.text, value, raw: value, first: value, el: seg.el, row: seg.el, index: i });
      continue;
    }
    const ofLeft = OF_LEFT.exec(seg.text);
    const prior = segs[i - 1];
    if (ofLeft && prior && AMOUNT_ONLY.test(prior.text) && (prior.el.parentElement === seg.el || prior.el.parentElement === seg.el.parentElement || prior.el === seg.el.previousElementSibling)) {
      const value = `${prior.text} / ${ofLeft[1]}`;
      pairs.push({ kind: /used/i.test(ofLeft[2] ?? '') ? 'used' : 'remaining', label: seg.text, value, raw: value, first: value, el: prior.el, row: seg.el, index: i });
      continue;
    }
    // "left of 20GB" with no figure before it: what the amount after "of" gives is the total.
    const leftOf = AFTER_VALUE.exec(seg.text);
    if (leftOf?.[2] && !/used/i.test(leftOf[1] ?? '')) {
      pairs.push({ kind: 'total', label: seg.text, value: leftOf[2], raw: leftOf[2], first: leftOf[2], el: seg.el, row: seg.el, index: i });
      continue;
    }
    // "電話番号：080-0000-6620 ／ ご契約プラン：ミニミニプラン": several label：value pieces in one text.
    // (Short texts only: the test backtracks over the text, and a page can hold thousands of long ones.)
    // ("今月のご利用可能データ量 34.50GB ／ 今月の使用量 12.66GB": or label-figure pieces, each its own.)
    const colons = seg.text.length <= 120 && /[:：].*\s[/／|｜]\s.*[:：]/.test(seg.text);
    const figured = !colons && seg.text.length <= 120 && /\s[/／|｜]\s/.test(seg.text) ? seg.text.split(/\s+[/／|｜]\s+/) : null;
    const labelledFigures = figured !== null && figured.length > 1 && figured.every((piece) => findAmounts(labelFor({ ...seg, text: piece })?.value ?? '').length > 0);
    // ("開始日期：29/11/2026 00:00　到期日：6/12/2026 23:59": label：value fields apart by spaces alone.)
    const fields =
      // (Not at a time's colon, "… 23:59"; a year after a label's colon is a value: "有効期限：2027年1月31日".)
      !colons && !labelledFigures && seg.text.length <= 120 && /[:：].*\s[^\s\d:：]{2,12}[:：](?!\d{2}(?!\d))/.test(seg.text)
        // ("Plan: Japan 10 GB – 30 days · Network: …": a dot between fields is neither's.)
        ? seg.text.split(/\s+(?:[·・]\s+)?(?=[^\s\d:：/／|｜·・]{2,12}[:：](?!\d{2}(?!\d)))/)
        : null;
    const spacedFields = fields !== null && fields.length > 1 && fields.every((f) => /^[^:：]{2,12}[:：]\s*\S/.test(f)) ? fields : null;
    const pieces = colons ? seg.text.split(/\s+[/／|｜]\s+/) : labelledFigures ? figured : spacedFields;
    if (pieces && pieces.length > 1) {
      for (const piece of pieces) {
        const own = labelFor({ ...seg, text: piece });
        if (own?.value) pairs.push(piecePair(own, seg, i));
      }
      continue;
    }
    // "Purchased 1 Dec 2026 · valid 7 days · until 7 Dec 2026, 23:59": a line of facts apart by dots,
    // one of them when the allowance ends.
    const dotted = seg.text.length <= 120 && /\s[·・]\s/.test(seg.text) ? seg.text.split(/\s+[·・]\s+/) : null;
    if (dotted && dotted.length > 1) {
      const owns = dotted.map((piece) => labelFor({ ...seg, text: piece }));
      const ends = owns.filter((own) => own?.value && own.kind === 'expiry' && DATED.test(own.value));
      // (Not a caption of a figure: "剩余 / 总量 · 到期 2026-12-20 23:59" names the fraction before it too.)
      if (ends.length > 0 && owns.every((own) => own === null || ends.includes(own))) {
        for (const own of ends) if (own) pairs.push(piecePair(own, seg, i));
        continue;
      }
    }
    // "Free thank-you data for recycling your old phone. Use it by 31 December 2026.": a note's
    // sentence that says when its allowance ends, after sentences that say something else.
    const sentences = seg.text.length <= 200 && /[.。]\s*\S/.test(seg.text) ? seg.text.split(/(?<=。)\s*(?=\S)|(?<=\.)\s+(?=\S)/) : null;
    if (sentences && sentences.length > 1) {
      let dated = false;
      // ("High-speed data used this month: 1.8 GB. Your 7GB allowance resets…": a figure's own sentence first.)
      const lead = labelFor({ ...seg, text: (sentences[0] ?? '').replace(/[.。]$/, '') });
      if (lead?.value && (lead.kind === 'used' || lead.kind === 'remaining') && AMOUNT_ONLY.test(lead.value.trim())) {
        pairs.push(piecePair(lead, seg, i));
        dated = true;
      }
      for (const sentence of sentences.slice(1)) {
        const own = labelFor({ ...seg, text: sentence.replace(/[.。]$/, '') });
        if (!own?.value || (own.kind !== 'expiry' && own.kind !== 'renews') || !DATED.test(own.value)) continue;
        pairs.push(piecePair(own, seg, i));
        dated = true;
      }
      if (dated) continue;
    }
    // "<div>Tokyo 2026 <button aria-label="Rename eSIM">✎</button></div>": a name the user can rename is the line's name.
    // ("<div>Kyoto trip – Aya</div><div>Moshi Moshi · Japan <a>Rename</a></div>": the facts' line holds
    // the action; the name is the text right above it.)
    const renamedAbove = metaLineRename(seg);
    if (renamedAbove) {
      const raw = (renamedAbove.textContent ?? '').replace(/\s+/g, ' ').trim();
      pairs.push({ kind: 'line', label: 'eSIM name', value: raw.normalize('NFKC'), raw, first: raw, el: renamedAbove, row: seg.el, index: i });
      continue;
    }
    if (renamable(seg) || aliasField(seg) || renamedCard(seg)) {
      pairs.push({ kind: 'line', label: 'eSIM name', value: seg.text.trim(), raw: seg.raw, first: seg.raw, el: seg.el, row: seg.el, index: i });
      continue;
    }
    const head = bucketHead(seg);
    if (head) {
      const shown = textOf(head);
      // ("… <span>1.00GB / 1GB</span></div><div class=note>2026/12/31 23:59まで</div>": the note under the
      // row, not a row of its kind, says when that allowance ends.)
      const row = head.parentElement as Element;
      const note = row.nextElementSibling;
      const noteText = note && note.className !== row.className ? textOf(note) : '';
      const until = noteText.length <= 40 && /\d{4}\s*[/.年-]\s*\d{1,2}/.test(noteText) && /まで|迄|until|expires|到期|有効期限/i.test(noteText) ? ` ${noteText}` : '';
      const value = `${shown.normalize('NFKC')}${until.normalize('NFKC')}`;
      pairs.push({ kind: 'remaining', label: seg.raw.replace(/\s+/g, ' ').trim(), value, raw: shown, first: shown, el: head, row, index: i, head: true });
      continue;
    }
    const found = labelFor(seg) ?? sizeBesideRemaining(seg, extras);
    if (!found) continue;
    const { kind, label } = found;
    // "<a href=/prepaid/roaming.html>漫遊數據計劃</a> 繁 ｜ EN": a link in a bar names a page to go to,
    // not a field of this one.
    if (kind === 'plan' && !found.value && seg.el.closest('a[href]')) continue;
    // ("<div class=menu><a>我的戶口</a><a class=cur>用量查詢</a><a>網上增值</a>": a menu's link names a page.)
    const link = !found.value ? seg.el.closest('a[href]') : null;
    if (link && (link.parentElement?.querySelectorAll('a[href]').length ?? 0) >= 3) continue;
    // ("18 Nov 2026 | goodybag | – | £15.00": a dated row's words are what happened then, not a field's label.)
    if ((kind === 'used' || kind === 'plan') && inHistoryRow(seg.el)) continue;
    if (!found.value && rowKey(seg, extras)) continue;
    if (kind === 'total' && sumOfColumn(seg, extras)) continue;
    const listed = kind === 'remaining' && !found.value ? listedRows(seg, extras) : null;
    if (listed) {
      pairs.push(...listed);
      continue;
    }
    // "<h2>ご利用データ量（当月）</h2><p>集計期間…</p><div>2.84 GB 残りデータ量</div>": a section's
    // heading over figures that have labels of their own is their title, not a label of the first.
    // (Unless the figure right under it is its own: "<h2>残りデータ量</h2><div>18.42 GB / 30GB</div>".)
    if (!found.value && seg.el.closest('h1,h2,h3,h4,h5,h6') && headsLabelledFigures(seg) && !figureUnder(seg)) continue;
    // "4.12GB / 6.50GB" in a package's top row, "残量 / 前月からのくりこし" in its foot: a fraction's
    // caption names its two parts, and the fraction is the nearest figure before it.
    // (Its end date after it, "剩余 / 总量 · 到期 2026-12-20 23:59", may have taken the label.)
    const fraction = (kind === 'remaining' || kind === 'expiry') && FRACTION_CAPTION.test(seg.text) ? fractionBefore(seg.el) : null;
    if (fraction) {
      const shown = textOf(fraction);
      const caption = kind === 'remaining' ? label : (seg.text.split(/\s*[·・|｜]\s*/)[0] ?? label);
      pairs.push({ kind: 'remaining', label: caption, value: shown, raw: shown, first: shown, el: fraction, row: seg.el, index: i });
      // ("剩余 / 总量 · 到期 2026-12-25": the caption's own end date is the fraction's.)
      const end = /(?:^|[·・|｜]\s*)((?:到期|有效期至?|期限|有効期限|expires?|valid until)\s*[:：]?\s*)(\S.*)$/i.exec(seg.text);
      if (end?.[2] && /\d/.test(end[2])) pairs.push({ kind: 'expiry', label: (end[1] ?? '').trim(), value: end[2], raw: end[2], first: end[2], el: seg.el, row: seg.el, index: i });
      continue;
    }
    // "<strong>2.35 GB</strong> high speed data remaining of 7 GB": the figure before the words is
    // what is left (or used), the one after "of" the whole.
    const before = segs[i - 1];
    if ((kind === 'remaining' || kind === 'used') && found.value && /\b(?:of|out of)$/i.test(label) && before && (before.el.parentElement === seg.el || before.el === seg.el.previousElementSibling) && AMOUNT_ONLY.test(before.text)) {
      const value = `${before.text} / ${found.value}`;
      pairs.push({ kind, label, value, raw: value, first: value, el: before.el, row: seg.el, index: i });
      continue;
    }
    // "5.2 GB" over "剩餘流量（共 8GB）" (or "3.8GB" over "已使用（共 5GB）"): the amount in the caption
    // is the whole, and the figure above it is what is left (or used).
    const whole = (kind === 'remaining' || kind === 'used') && found.value ? TOTAL_CLAUSE.exec(found.value) : null;
    // ("データ残量 / Remaining data（15GB中）": "out of 15GB", after the amount.)
    const outOf = (kind === 'remaining' || kind === 'used') && found.value ? OUT_OF.exec(found.value) : null;
    if (whole || outOf) {
      const amount = outOf ? (outOf[1] ?? '') : found.value.slice(whole?.[0].length ?? 0).replace(/[)）]\s*$/, '');
      pairs.push({ kind: 'total', label, value: amount, raw: amount, first: amount, el: seg.el, row: seg.el, index: i });
    } else if (found.value) {
      const raw = shownTail(seg.raw, found.value);
      // ("<b>High-speed data remaining: 5.2 GB</b> of 7 GB": the whole, right after the element.)
      const next = segs[i + 1];
      const whole = (kind === 'remaining' || kind === 'used') && next && seg.el.parentElement?.contains(next.el) && !seg.el.contains(next.el) && /^(?:of|out of|\/|／)\s*\d[\d.,]*\s*(?:[KMGT]i?B|ギガ)\b/i.test(next.text) && /\d\s*(?:[KMGT]i?B|ギガ)\s*$/i.test(found.value);
      const value = whole ? `${found.value} ${next.text}` : found.value;
      pairs.push({ kind, label, value, raw: whole ? `${raw} ${next.raw}` : raw, first: raw, el: seg.el, row: seg.el, index: i });
      continue;
    }
    // "<b>8.5<small>GB</small></b><small>剩余流量</small>": a caption under a figure of its kind.
    let above = seg.el.closest('th,dt') ? null : seg.el.previousElementSibling;
    let shown = above ? textOf(above) : '';
    // "<strong>3.8</strong><em>GB</em><span>剩餘流量</span>": the figure split from its unit.
    const number = above && /^(?:TB|GB|GiB|MB|MiB|KB|ギガ)$/i.test(shown) ? above.previousElementSibling : null;
    if (number && /^\d[\d.,]*$/.test(textOf(number))) {
      shown = `${textOf(number)} ${shown}`;
      above = number;
    }
    // "<div><strong>5</strong>小時<strong>30</strong>分<span>剩餘時間</span></div>": the caption ends a
    // small box of mixed text; the figure is the rest of the box.
    const box = seg.el.parentElement;
    if (above && box && box.lastElementChild === seg.el && Array.from(box.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.nodeValue ?? ''))) {
      const rest = textOf(box).replace(seg.text, '').trim();
      if (rest.length <= 24) {
        above = box;
        shown = rest;
      }
    }
    // "<span>10.65</span><span>总剩余（GB）</span>": the unit in the caption's brackets is the figure's.
    const captionUnit = FIGURE_KINDS.has(kind) ? /[(（]\s*([KMGT]i?B)\s*[)）]\s*$/i.exec(seg.text)?.[1] : undefined;
    if (captionUnit && /^\d[\d.,]*$/.test(shown)) shown = `${shown} ${captionUnit}`;
    // A count of days over a caption that says so ("3 天" over "剩餘有效天數").
    // ("9 days" over "Until your plan ends": a caption counting down to the end counts days too.)
    const dayCount = kind === 'expiry' && /天數|天数|日数|日數|days|^until\b|^(?:距|离|離)/i.test(label);
    const bare = shown.replace(MONTH_NAME, '').replace(/[（(]?(?:GMT|UTC|JST|HKT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?[)）]?/gi, '').replace(/[KMGT]i?B|ギガ|小[时時]|時間|分[钟鐘]|hours?|minutes?|mins?|[年月日時分秒]|天|days?|\b[AP]M\b/gi, '');
    const figure =
      kind === 'expiry'
        ? dayCount
          ? /\d[/年-]\d|\d\s*(?:時間|小[时時]|hours?|天|日|days?)/i
          : /\d[/年-]\d|\d\s*(?:時間|小[时時]|hours?)|\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}/i
        : /\d\s*(?:[KMGT]i?B|ギガ)/i;
    // Not when the label heads a figure of its own below it, or the figure above has its own label
    // before it ("ご利用データ量 | 7.66 GB / 30GB | 残りデータ量 | 22.34 GB").
    const below = seg.el.closest('th,dt') ? null : seg.el.nextElementSibling;
    // ("7.42 GB" | "Remaining data" | "of 20 GB": a whole under the caption is no figure of its own.)
    const wholeBelow = below !== null && (kind === 'remaining' || kind === 'used') ? TOTAL_CLAUSE.exec(textOf(below)) : null;
    // ("1.82GB" | "残りデータ量" | "チャージ容量 5.00GB": a figure below with words of its own before
    // it is another quantity, named by those words.)
    const namedBelow = below !== null && /^[^\d]*[a-zA-Z\u3040-\u9fff]{2}[^\d]*\d/.test(textOf(below).replace(MONTH_NAME, ''));
    const headsOwn = below !== null && figure.test(textOf(below)) && !wholeBelow && !namedBelow;
    const aboveLabelled = above?.previousElementSibling ? labelFor({ ...seg, text: textOf(above.previousElementSibling) }) !== null : false;
    // "3 days" over "Left on your plan" (or "5日" over "残り"): a count of days left is a countdown.
    const daysLeft = (kind === 'remaining' || dayCount) && above && !aboveLabelled ? /^(\d{1,3})\s*(?:days?|日間?|天)$/i.exec(shown) : null;
    if (daysLeft && above) {
      const value = `${daysLeft[1]} days left`;
      pairs.push({ kind: 'expiry', label, value, raw: shown, first: shown, el: above, row: seg.el, index: i });
      continue;
    }
    // "5 h 30 min" over "until this plan expires": hours and minutes counting down to the end.
    const hoursLeft = dayCount && above && !aboveLabelled ? HOURS_LEFT.exec(shown) : null;
    if (hoursLeft && above) {
      const value = `${hoursLeft[1]} hours ${hoursLeft[2] ?? 0} minutes left`;
      pairs.push({ kind: 'expiry', label, value, raw: shown, first: shown, el: above, row: seg.el, index: i });
      continue;
    }
    if (above && !headsOwn && !aboveLabelled && shown.length <= (kind === 'expiry' ? 36 : 24) && figure.test(shown) && !/[a-z\u3040-\u9fff]/i.test(bare)) {
      pairs.push({ kind, label, value: shown, raw: shown, first: shown, el: above, row: seg.el, index: i });
      if (wholeBelow && below) {
        const amount = textOf(below).slice(wholeBelow[0].length).replace(/[)）]\s*$/, '');
        pairs.push({ kind: 'total', label, value: amount, raw: amount, first: amount, el: below, row: seg.el, index: i });
      }
      continue;
    }
    // "—" over "剩餘流量": the caption's figure is a blank; what follows is the next caption's figure.
    if (above && !headsOwn && /^(?:[—–\-−ー]+|N\/A|なし|无|無)$/i.test(shown)) continue;
    // "<div><span>媽媽的iPhone</span><span>使用中</span></div><div>eSIM 名稱（可於設定中修改）</div>": a
    // name caption right under a box of a name and its status badge speaks of that name.
    const badged = kind === 'line' && ALIAS.test(label) && NAME_CAPTION.test(seg.text) ? badgedName(above) : null;
    if (badged && !/\d{4}/.test(textOf(badged)) && !labelFor({ ...seg, text: textOf(badged) })) {
      const raw = (badged.textContent ?? '').replace(/\s+/g, ' ').trim();
      pairs.push({ kind, label, value: textOf(badged), raw, first: raw, el: badged, row: seg.el, index: i });
      continue;
    }
    // "<div>媽媽的手機<small>✎ 自訂名稱</small></div>": a line's name in its box's own text, its caption after it.
    const holder = seg.el.parentElement;
    if (kind === 'line' && ALIAS.test(label) && !above && holder && holder.lastElementChild === seg.el && holder.children.length === 1 && !holder.closest('th,dt,a,button,label')) {
      const own = Array.from(holder.childNodes, (n) => (n.nodeType === 3 ? (n.nodeValue ?? '') : '')).join(' ').replace(/\s+/g, ' ').trim();
      if (own.length >= 2 && own.length <= 30 && !/\d{4}/.test(own) && !labelFor({ ...seg, text: own.normalize('NFKC') })) {
        pairs.push({ kind, label, value: own.normalize('NFKC'), raw: own, first: own, el: holder, row: seg.el, index: i });
        continue;
      }
    }
    // "<span>东京出差</span><small>备注名 ✎</small>": a line's name above its caption, alone in its box.
    // "<h3>東京五日遊</h3><span>（自訂名稱）</span>": a bracketed caption speaks of the text right before it.
    const bracketed = /^[(（][^()（）]+[)）]$/.test(seg.text.trim());
    // ("<h2>東京出差用</h2><div>eSIM 暱稱 · 可於設定中修改</div>": a card's title, its caption right under it.)
    const titled = above !== null && /^H[2-4]$/i.test(above.tagName) && seg.el.previousElementSibling === above && NAME_CAPTION.test(seg.text.trim());
    if (kind === 'line' && ALIAS.test(label) && above && (bracketed || titled || (!below && seg.el.parentElement?.children.length === 2)) && shown.length <= 30 && !/\d{4}/.test(shown) && !labelFor({ ...seg, text: shown })) {
      const raw = (above.textContent ?? '').replace(/\s+/g, ' ').trim();
      pairs.push({ kind, label, value: shown, raw, first: raw, el: above, row: seg.el, index: i });
      continue;
    }
    // "<div id=k-plan>Plan</div> … <div aria-labelledby="k-plan">Travel eSIM…</div>": a value that
    // names its label by id, wherever the layout puts it.
    const named = labelledValue(seg, byLabel);
    if (named) {
      const shown = textOf(named);
      pairs.push({ kind, label, value: shown.normalize('NFKC'), raw: shown, first: shown, el: named, row: named, index: i });
      continue;
    }
    // "<div class=labels><div>方案</div>…</div><div class=values><div>日本門號卡…</div>…</div>": a
    // column of labels beside a column of as many values: the value at the label's place.
    const across = parallelValue(seg.el, labelFor);
    if (across) {
      const shownAcross = textOf(across);
      if (shownAcross) pairs.push({ kind, label, value: shownAcross.normalize('NFKC'), raw: shownAcross, first: shownAcross, el: across, row: across, index: i });
      continue;
    }
    // A flat grid's column header heads the cells below it; a label in one of its cells is bounded
    // by that cell's row.
    const flat = flatGridOf(seg.el);
    if (flat && flat.tr.el === flat.rows[0]?.el) {
      pairs.push(...columnPairs(seg, kind, label, extras));
      continue;
    }
    // A label cell (th, dt): its value ends where the next label cell starts; a note or another
    // language inside the label's own cell is the label's, and the row is the cell's.
    const cell = seg.el.closest('th,dt');
    if (cell && cells.has(cell)) continue;
    if (cell) cells.add(cell);
    let row = rowOf(seg.el, seg.text, limit);
    if (cell?.contains(row) && cell.parentElement) row = cell.parentElement;
    let value = '';
    let raw = '';
    let first = '';
    let valueEl: Element | null = null;
    for (let j = i + 1; j < segs.length && value.length < MAX_VALUE; j += 1) {
      const next = segs[j] as Segment;
      if (!row.contains(next.el) || (flat && !flat.tr.cells.some((c) => c.contains(next.el)))) break;
      if (cell?.contains(next.el)) continue;
      // A label cell (th, dt) is never a value: "SIM type | eSIM" then "Service Start Date".
      if (next.el.closest('th,dt')) break;
      // Links and buttons are actions ("会員TOP", "変更する"), never values.
      if (next.el.closest('a,button')) break;
      // ("<span class=lbl>号码有效期</span><span>2099-12-31</span><span class=lbl>下次扣费日</span>": an element
      // classed as the label was is the next field's label, though no word of ours.)
      // (A date field's label only: "<span class=unit>今月の使用量</span> 38.42 <span class=unit>GB</span>" goes on.)
      // (Not where every text shares one class, as in React Native Web's "css-146c3p1": only where the
      // value's own class differs from the labels'.)
      if (value !== '' && valueEl !== null && valueEl.className !== seg.el.className && next.el !== seg.el && seg.el.className !== '' && next.el.tagName === seg.el.tagName && next.el.className === seg.el.className && /^[^\d]{2,12}(?:日|期|时间|時間|date|time)$/i.test(next.text)) break;
      // ("<div class=kv><span>套餐名称</span><span>…</span><span>卡状态</span><span>…</span>…": in a grid of
      // label and value leaves side by side, a label's value is the leaf after it, and no more.)
      if (valueEl !== null && next.el !== seg.el.nextElementSibling && next.el.parentElement === seg.el.parentElement && kvGrid(seg.el.parentElement)) break;
      // "到期时间 | 2026-12-20 | 激活时间 | 2026-11-20": another field's label ends the value.
      if (START_LABEL.test(next.text)) break;
      // "<span>1.21</span> <span>GB</span> <span>left of 3 GB</span>": the rest of the figure, not a label.
      const continues = value !== '' && /^(?:left|remaining)\s+(?:of|out of)\s+\d/i.test(next.text);
      const nextLabel = continues ? null : labelFor(next);
      // "プラン" then "Rakuten最強プラン": a name that ends like a label is the value here.
      // (Not a field's own label, "当前套餐" then "套餐名称 | 日本号码保号月租 1GB/月".)
      // ("方案名稱" then "日本門號月租 20GB（docomo 線路）": a plan's name that mentions the number and
      // its size is the value, not the number's label.)
      const namesPlan = value === '' && kind === 'plan' && nextLabel?.kind === 'line' && /\d\s*(?:[GM]B|ギガ|天|日間|days?|個月|个月|ヶ月|か月|months?)/i.test(next.text);
      if (nextLabel && !namesPlan && !(value === '' && (kind === 'plan' || kind === 'line') && nextLabel.kind === kind && !/(?:名称|名稱|名|name)$/i.test(next.text))) break;
      // Sentences are prose (FAQ answers, notes), not values.
      if (next.text.length > 40 && /[。.!！]\s*$|[。]/.test(next.text)) break;
      value = value ? `${value} ${next.text}` : next.text;
      raw = raw ? `${raw} ${next.raw}` : next.raw;
      first ||= next.raw;
      valueEl ??= next.el;
    }
    // "<h2>數據套票用量</h2><div>日本 4G 數據漫遊套票 7日 5GB</div>": a section's title over an item's
    // name labels no figure in that name.
    // (Its first text is that name: words, then a size. A note first, "集計期間：…", is no name.)
    if (value && valueEl && FIGURE_KINDS.has(kind) && !/^[\d約约~≈]/.test(first) && findAmounts(first).length > 0 && seg.el.closest('h1,h2,h3,h4,h5,h6,[role=heading]')) continue;
    // "<span class=kind>eSIM</span><span class=state>● 使用中</span>": a bare "eSIM" before a status is
    // the card's kind tag, no caption of a name.
    if (kind === 'line' && /^e?sim$/i.test(label.trim()) && (IN_USE.test(first.trim()) || (first.length <= 12 && ENDED.test(first)))) continue;
    if (value && valueEl) {
      // "eSIM | Japan eSIM 20GB / 30 Days": under a bare "eSIM" caption, a product's name (a size and
      // a term) is the plan, not a name the user gave the line.
      // ("合計 | 7.18GB" under a "データ残量" column: the column's sum is what is left, not a size.)
      const summed = kind === 'total' && /^(?:合計|合计|總計|总计|total)$/i.test(label.trim()) ? columnKind(valueEl, labelFor) : null;
      const named = summed === 'remaining' || summed === 'used' ? summed : kind === 'line' && /^e?sim$/i.test(label.trim()) && SIZE_AND_TERM.test(value) ? 'plan' : kind;
      pairs.push({ kind: named, label, value, raw, first, el: valueEl, row, index: i });
      continue;
    }
    pairs.push(...columnPairs(seg, kind, label, extras));
  }
  // An allowance that resets ("High speed allowance resets on 1 January 2027", 次回リセット, or
  // "利用期限 | －（2027年1月1日リセット）") or is granted again ("―次回付与日 2027年1月1日") starts
  // again on that day: it does not end then, whatever kind of plan it is.
  return acrossColumns(pairs)
    .filter((p) => !((p.kind === 'renews' && RESET_NOTE.test(p.label)) || (p.kind === 'expiry' && RESET_NOTE.test(p.value))))
    .map((p) => (p.kind === 'remaining' && USED_FIGURE.test(p.value) ? { ...p, kind: 'used' as const } : p))
    .map(badgeThenFigure);
}

/**
 * A box of leaves of one tag, label and value by turns: three fields or more, each label a few
 * words without a figure (not the pieces of one figure, "Used | 0.8 | GB | of 5 GB").
 */
function kvGrid(box: Element | null): boolean {
  if (!box) return false;
  const kids = Array.from(box.children);
  return (
    kids.length >= 6 &&
    kids.length % 2 === 0 &&
    kids.every((k) => k.tagName === kids[0]?.tagName && k.children.length === 0) &&
    kids.every((k, i) => i % 2 === 1 || /^[^\d]{2,12}$/.test((k.textContent ?? '').trim()))
  );
}

/**
 * "<div>已用流量 <span>无限流量</span></div><div><b>5.62</b> GB</div>": a figure's label with the
 * plan's unlimited badge beside it; its figure is the box after the label's row.
 */
function badgeThenFigure(p: Pair): Pair {
  if ((p.kind !== 'used' && p.kind !== 'remaining') || !UNLIMITED_BADGE.test(p.value)) return p;
  const next = p.row.nextElementSibling;
  const figure = next ? textOf(next) : '';
  return next && AMOUNT_ONLY.test(figure) ? { ...p, value: figure, raw: figure, first: figure, el: next } : p;
}

const UNLIMITED_BADGE = /^(?:无限流量|無限流量|不限量|吃到飽|吃到饱|無制限|使い放題|データ無制限|unlimited(?: data)?)$/i;

/**
 * A table whose columns are lines: an empty corner (or 項目) over row headers, and a header per
 * column ("| 回線1 | 回線2 |" over "電話番号 | 080-… | 080-…"). Null for any other table.
 */
export function columnsTable(el: Element): HTMLTableElement | null {
  const table = el.closest('table');
  const head = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  const cells = Array.from(head?.children ?? []);
  // (The corner may name the rows' headers: "項目 | 090-…（主回線） | 080-…（子回線）".)
  if (!table || cells.length < 3 || !/^(?:|項目|项目|区分|區分|内容|內容|items?)$/i.test(textOf(cells[0] as Element))) return null;
  return cells.slice(1).every((c) => textOf(c) !== '') ? (table as HTMLTableElement) : null;
}

/** A row header's pair in a table of lines as columns: one pair per column, each its own cell's. */
function acrossColumns(pairs: Pair[]): Pair[] {
  const out: Pair[] = [];
  for (const p of pairs) {
    const tr = p.el.closest('tr');
    const th = tr?.children[0];
    const tds = Array.from(tr?.children ?? []).slice(1);
    if (!th || !tr || th.tagName.toUpperCase() !== 'TH' || tds.length < 2 || !tds[0]?.contains(p.el) || p.el.closest('th') || !columnsTable(th)) {
      out.push(p);
      continue;
    }
    for (const td of tds) {
      const value = textOf(td);
      if (!value) continue;
      const raw = (td.textContent ?? '').replace(/\s+/g, ' ').trim();
      const lead = Array.from(td.childNodes).find((n) => (n.textContent ?? '').trim());
      const first = (lead?.textContent ?? raw).replace(/\s+/g, ' ').trim();
      out.push({ ...p, value, raw, first, el: td });
    }
  }
  return out;
}

/** A product's size and term together: "20GB / 30 Days", "30天 10GB". */
const SIZE_AND_TERM = /\d\s*(?:[GM]B|ギガ)\b.*\d\s*(?:days?|日間?|天)|\d\s*(?:days?|日間?|天).*\d\s*(?:[GM]B|ギガ)/i;

/** Labels of a quantity of data. */
const FIGURE_KINDS = new Set<LabelKind>(['remaining', 'used', 'total']);

/** A countdown in hours and minutes, alone: "5 h 30 min", "5時間30分", "2小时". */
const HOURS_LEFT = /^(\d{1,3})\s*(?:h|hrs?|hours?|時間|小[时時])\s*(?:(\d{1,2})\s*(?:m|mins?|minutes?|分[钟鐘]?))?$/i;

/** A month's name in a date ("15 Dec 2026, 18:00", "Dec 9, 2026"): part of the figure, not words. */
/** A value that starts with a date ("31 December 2026", "2026年12月31日", "Dec 31"), not a span ("30 天"). */
const DATED = /^(?:\d{4}\s*[年/.-]\s*\d{1,2}|\d{1,2}\s*[月/.-]\s*\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=\s*\d)|(?<=\d\s+)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi;

/** Labels of when something began or was bought: no kind of ours, but a label all the same. */
const START_LABEL =
  /^(?:激活|啟用|启用|開通|开通|購買|购买|購入|ご?購入|申込|お申し?込み|利用開始|開始|下单|下單|activation|activated|start(?:ed)?|purchased?|bought)\s*(?:时间|時間|日期|日時|日|date|time|on)?\s*[:：]?$/i;

const RESET_NOTE = /リセット|に更新|付与日|reset|重置|重設|发放日|發放日/i;
