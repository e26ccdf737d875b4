/**
 * Plan status embedded as JSON in <script type="application/json"> (single-page apps ship their
 * state that way; scripts are never run). Recognisable shapes become a small detached DOM of
 * "label: value" rows, so the same label-driven reader handles them:
 * - `{title, value}` tiles (povo quilt: {"remaining":{"title":"残量","value":"60.00GB / 120.00GB"}});
 * - known keys with documented units (IIJmio couponValue in GB, SoftBank remainData in GB,
 *   Airalo remaining / total in MB with expired_at).
 */

import { parseAmount } from './data';
import { statedZone } from './dates';
import type { Zone } from '../time';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Key → label the reader understands, and the unit of a bare number. */
const KEYS: Record<string, { label: string; unit?: string; sum?: boolean }> = {
  phoneno: { label: '電話番号' },
  phone_number: { label: '電話番号' },
  msisdn: { label: '電話番号' },
  tel: { label: '電話番号' },
  planname: { label: 'プラン' },
  plan_name: { label: 'プラン' },
  couponvalue: { label: '残量', unit: 'GB', sum: true },
  remaindata: { label: '残量', unit: 'GB' },
  remain_data: { label: '残量', unit: 'GB' },
  usedgigadata: { label: '利用量', unit: 'GB' },
  used_data: { label: '利用量', unit: 'GB' },
  remaining: { label: '残量', unit: 'MB' },
  total: { label: '総容量', unit: 'MB' },
  iccid: { label: 'ICCID' },
  // The name the user gave the SIM ("alias": "东京出差"); a user's own "nickname" is not a line.
  alias: { label: '备注名' },
  status: { label: 'status' },
  // {"status": 4, "statusText": "已销号"}: the status as shown, where the code is a number.
  statustext: { label: 'status' },
  status_text: { label: 'status' },
  statusname: { label: 'status' },
  status_name: { label: 'status' },
  expired_at: { label: '有効期限' },
  expiredat: { label: '有効期限' },
  expires_at: { label: '有効期限' },
  expiresat: { label: '有効期限' },
  expiry_date: { label: '有効期限' },
};
const MAX_JSON = 500_000;
/** Keys whose object (or one-item list) is the record's plan: {"package": {"title": "5 GB - 30 Days"}}. */
const PLAN_KEY = /^(?:package|plan|product|bundle)s?$/i;

interface Row {
  label: string;
  value: string;
  /** A list item's own rows (a coupon, a package): rendered as a box of its own. */
  group?: Row[];
}

/**
 * "2026-12-09T05:20:00+00:00" → "2026-12-09 05:20:00 UTC+00:00": an ISO time as the reader reads
 * dates in text, its offset as a stated zone (embedded state speaks ISO; pages rarely show it).
 */
function isoText(value: string): string {
  // ("20261231": a date written without separators.)
  const compact = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return value.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/, (_, d: string, t: string, z?: string) =>
    `${d} ${t}${z === undefined ? '' : ` UTC${z === 'Z' ? '' : z}`}`,
  );
}

/** The label a quantity's or a date's key names ("remainingDataTotal", "expireDate"), or null. */
function keyLabel(key: string): string | null {
  // "numberExpireDate", "simValidUntil": the number's or the SIM's own validity, not the data's.
  if (/(?:number|sim|line|card|msisdn)\w*(?:expir|enddate|validuntil)/i.test(key)) return 'SIM有効期限';
  // ("packageEnd": when the package ends.)
  if (/expir|enddate|validuntil|(?:package|plan|bundle|pass|data)_?end$/i.test(key)) return '有効期限';
  if (/remain|left/i.test(key)) return '残量';
  if (/used|usage/i.test(key)) return '利用量';
  // ("dailyQuotaMB": an unlimited plan's high-speed quota.)
  if (/total|capacity|allowance|quota/i.test(key)) return '総容量';
  return null;
}

/** A record's unit for its bare figures: {"unit": "MB"}, {"dataUnit": "MB"} or {"flowUnit": "MB"} (流量). */
function unitOf(obj: { [key: string]: Json }): Json | undefined {
  const own = obj.unit ?? obj.dataUnit ?? obj.data_unit;
  if (own !== undefined) return own;
  for (const [k, v] of Object.entries(obj)) if (/^(?:flow|traffic|volume)_?unit$/i.test(k)) return v;
  return undefined;
}

/** {"value": 13.24, "unit": "GB"} → "13.24GB"; a number beside a "unit" key likewise. */
function quantity(value: Json, unit?: Json): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) return quantity(value.value ?? null, value.unit);
  // ("4.6 GB" as a string: the figure with its unit, as shown.)
  if (typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*(?:[KMGT]i?B|ギガ)\s*$/i.test(value)) return value.replace(/\s+/g, '');
  // ("6.2" as a string: state often keeps figures as they are shown.)
  const figure =
    typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim()) ? value.trim() : null;
  return figure !== null && typeof unit === 'string' && /^[KMGT]i?B$|^ギガ$/i.test(unit) ? `${figure}${unit}` : null;
}

/**
 * A list item with a name, an amount left and an expiry of its own ({couponName, remainingValue,
 * unit, expireDate}): one allowance of the record, as a box with its title and rows.
 */
function allowance(item: { [key: string]: Json }, inherited?: Json): Row | null {
  // A record with lists of its own (a line with its coupons), or with a line's id (an eSIM in a
  // list of eSIMs), is no single allowance.
  if (Object.values(item).some(Array.isArray)) return null;
  if (Object.keys(item).some((k) => LINE_ROW.test(KEYS[k.toLowerCase()]?.label ?? ''))) return null;
  // {"status": "EXPIRED"}: an allowance that has ended is history.
  if (typeof item.status === 'string' && /^(?:expired|ended|used_?up|inactive|cancel+ed)$/i.test(item.status)) return null;
  // ({"flowUnit": "MB", "packages": [{"remainFlow": 3686.4}]}: the record's unit holds for its packages.)
  const unit = unitOf(item) ?? inherited;
  const group: Row[] = [];
  for (const [k, v] of Object.entries(item)) {
    // ({"couponValue": 1.84, "expire": "20261231"}: a key of the table names its figure and unit.)
    const listed = KEYS[k.toLowerCase()];
    const label = keyLabel(k) ?? (listed?.unit ? listed.label : null);
    const named = label && typeof v === 'number' ? (namedKey(k, v, unit) ?? (listed?.unit ? listed : null)) : null;
    const amount = quantity(v, unit) ?? (named?.unit ? `${v as number}${named.unit}` : null);
    if (/name$|^(?:title|label|display_?name)$/i.test(k) && typeof v === 'string') group.unshift({ label: '', value: v });
    // {"type": "gift"}: what kind of allowance it is (free data says so).
    else if (/^(?:type|kind|category)$/i.test(k) && typeof v === 'string' && /gift|bonus|free|promo/i.test(v)) group.push({ label: 'type', value: v });
    else if (label && amount) group.push({ label, value: amount });
    else if (label === '有効期限' && typeof v === 'string') group.push({ label, value: isoText(v) });
  }
  // (A coupon the table names but with no expiry of its own is only part of the sum: the page shows its date.)
  const listedOnly = !Object.keys(item).some((k) => keyLabel(k) === '残量');
  if (listedOnly && !group.some((r) => r.label === '有効期限')) return null;
  return group.some((r) => r.label === '残量') ? { label: '', value: '', group } : null;
}

/**
 * A key the table does not list, read by its name: "remainingMB" / "totalGB" (a quantity in the
 * unit its name ends with, or in the record's "unit"), "expireAt" / "validUntil" (a date),
 * "productName" / "planName" (the plan).
 */
function namedKey(key: string, value: Json, unit: Json | undefined): { label: string; unit?: string; sum?: boolean } | null {
  // ("pkgName": a package's name, abbreviated as Chinese shops' APIs do.)
  if (/^(?:product|plan|package|pkg|bundle)(?:_?name)?$/i.test(key) && typeof value === 'string') return { label: 'プラン' };
  const label = keyLabel(key);
  if (!label) return null;
  if (label.endsWith('有効期限')) return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? { label } : null;
  if (typeof value !== 'number') return null;
  const suffix = /(?:_|[a-z])(MB|GB|KB)$/i.exec(key)?.[1]?.toUpperCase();
  const own = suffix ?? (typeof unit === 'string' && /^[KMG]B$/i.test(unit) ? unit.toUpperCase() : undefined);
  return own ? { label, unit: own } : null;
}

/** {"unit": "MB", "totalMB": 10240, "remainingMB": 6349}: a record's data figures, at any depth. */
function quantities(obj: { [key: string]: Json }): boolean {
  const entries = Object.entries(obj);
  return (
    entries.length > 0 &&
    entries.every(([k, v]) => typeof v === 'number' || typeof v === 'boolean' || (k === 'unit' && typeof v === 'string')) &&
    entries.some(([k, v]) => namedKey(k, v, obj.unit) !== null)
  );
}

/** A record's list of allowances, one at least with its own end date. */
function ownAllowances(obj: { [key: string]: Json }): boolean {
  return Object.values(obj).some(
    (v) => Array.isArray(v) && v.some((item) => item !== null && typeof item === 'object' && !Array.isArray(item) && (allowance(item)?.group ?? []).some((r) => r.label === '有効期限')),
  );
}

function rowsOf(obj: { [key: string]: Json }, depth: number): Row[] {
  const rows: Row[] = [];
  const sum = { label: '', total: 0, unit: 'MB', seen: false };
  let unlimited = false;
  for (const [key, value] of Object.entries(obj)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const t = value.title;
      const v = value.value;
      if (typeof t === 'string' && typeof v === 'string') rows.push({ label: t, value: v });
      else if (typeof t === 'string' && (key === 'name' || PLAN_KEY.test(key))) rows.push({ label: 'プラン', value: t });
      else if (keyLabel(key) && quantity(value)) rows.push({ label: keyLabel(key) as string, value: quantity(value) as string });
      // A record's parts ({iccid, status, usage: {remaining, total}}) are that record's fields.
      else if (depth < 1 || quantities(value)) rows.push(...rowsOf(value, depth + 1));
      continue;
    }
    // "packages": [{title}]: a record's one package names its plan.
    const only = Array.isArray(value) && value.length === 1 ? value[0] : undefined;
    if (PLAN_KEY.test(key) && only && typeof only === 'object' && !Array.isArray(only) && typeof only.title === 'string') {
      rows.push({ label: 'プラン', value: only.title });
    }
    if (Array.isArray(value) && depth < 2) {
      // couponData: [{couponValue}, …] → the sum of what is left in each coupon.
      for (const item of value) {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          const own = allowance(item, unitOf(obj));
          if (own) rows.push(own);
          for (const [k, v] of Object.entries(item)) {
            const inner = KEYS[k.toLowerCase()];
            if (inner?.sum && typeof v === 'number' && Number.isFinite(v)) {
              Object.assign(sum, { label: inner.label, total: sum.total + v, unit: inner.unit ?? 'MB', seen: true });
            }
          }
        }
      }
      continue;
    }
    if (value === true && /^(?:is_?|has_?)?unlimited(?:_?data)?$/i.test(key)) unlimited = true;
    // ({"dataCapacityLabel": "データ無制限"}: the capacity, as shown, is no cap.)
    if (typeof value === 'string' && keyLabel(key) === '総容量' && /^(?:データ)?(?:無制限|使い放題)$|^unlimited(?: data)?$/i.test(value.trim())) unlimited = true;
    const known = KEYS[key.toLowerCase()] ?? namedKey(key, value, unitOf(obj));
    if (!known) continue;
    // ({"msisdn", "validUntil", "buckets": [{…, "expiresAt"}]}: beside allowances with ends of their
    // own, the record's own end is the number's, not the data's.)
    const label = known.label === '有効期限' && ownAllowances(obj) ? 'SIM有効期限' : known.label;
    // "remaining": "剩余流量" (a dictionary of the page's words) is no figure.
    if (typeof value === 'string' && value.trim() && !(known.unit && !/\d/.test(value))) rows.push({ label, value: isoText(value.trim()) });
    if (typeof value === 'number' && Number.isFinite(value) && known.unit && !known.sum) {
      // ({"totalGb": 12.6, "items": [{"remainGb": 2.1}, …]}: a "total" that is the sum of what is
      // left in the record's allowances is what is left, not the capacity.)
      // ({"unit": "GB", "remaining": 64.52}: the record's own unit goes before a key's usual one.)
      const stated = unitOf(obj);
      const unit = typeof stated === 'string' && /^[KMGT]i?B$/i.test(stated) ? stated.toUpperCase() : known.unit;
      if (known.label === '総容量' && sumsRemaining(obj, value, unit)) continue;
      rows.push({ label: known.label, value: `${value}${unit}` });
    }
  }
  if (sum.seen) rows.push({ label: sum.label, value: `${Math.round(sum.total * 1e6) / 1e6}${sum.unit}` });
  // {"iccid": …, "isUnlimited": true}: a line's data has no cap (read as "残量 | 無制限" is). A
  // product in a catalogue says so too: only a record with its own line id or end is a line's.
  if (unlimited && rows.some((r) => LINE_ROW.test(r.label) || r.label.endsWith('有効期限'))) rows.push({ label: '残量', value: '無制限' });
  return rows;
}

/** Whether `value` (in `unit`) is the sum of the amounts left in the lists of `obj`'s items (two or more). */
function sumsRemaining(obj: { [key: string]: Json }, value: number, unit: string): boolean {
  const whole = parseAmount(`${value}${unit}`);
  if (whole === null) return false;
  let sum = 0;
  let items = 0;
  for (const list of Object.values(obj)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      for (const [k, v] of Object.entries(item)) {
        const named = keyLabel(k) === '残量' && typeof v === 'number' ? namedKey(k, v, unitOf(item) ?? unitOf(obj)) : null;
        const mb = named?.unit === undefined ? null : parseAmount(`${v as number}${named.unit}`);
        if (mb === null) continue;
        sum += mb;
        items++;
      }
    }
  }
  return items >= 2 && Math.abs(sum - whole) <= Math.max(1, whole * 0.005);
}

function isStatus(rows: Row[]): boolean {
  return rows.some((r) => /残量|有効期限|expir|remaining|剩余|到期/i.test(r.label) || (r.group !== undefined && isStatus(r.group)));
}

/** Rows as "label: value" lines; a group becomes a box of its own. */
function render(doc: Document, rows: readonly Row[], into: Element): void {
  for (const row of rows) {
    const line = doc.createElement('div');
    if (row.group) render(doc, row.group, line);
    else if (row.label === '' && row.value) {
      // An allowance's own name ({"name": "月度流量（12月）"}): marked, since the key said what it is.
      line.setAttribute('data-name', '');
      line.textContent = row.value;
    } else {
      const label = doc.createElement('span');
      label.textContent = row.label;
      const value = doc.createElement('span');
      value.textContent = row.value;
      line.append(label, value);
    }
    into.append(line);
  }
}

const LINE_ROW = /^(?:電話番号|ICCID|备注名)$/;

/** The record's line: a number or ICCID row (not inside an allowance). */
const lineOf = (rows: readonly Row[]) => rows.find((r) => LINE_ROW.test(r.label))?.value ?? null;

function collect(node: Json, depth: number, out: Row[][], ids: Row[][]): void {
  if (depth > 12 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, depth + 1, out, ids);
    return;
  }
  const rows = rowsOf(node, 0);
  // ({"msisdn", "used": {"value": 41.3, "unit": "GB"}}: an unlimited line shows only what it used.)
  if (isStatus(rows) || (lineOf(rows) !== null && rows.some((r) => r.label === '利用量'))) {
    out.push(rows);
    return;
  }
  // {"subscriber": {"phone_number", "plan_name"}}: whose line it is, apart from the status tiles.
  if (lineOf(rows) !== null) ids.push(rows);
  for (const value of Object.values(node)) collect(value, depth + 1, out, ids);
}

const SCRIPTS = 'script[type="application/json"],script#__NEXT_DATA__';

/** The zones a page's state names by their IANA id ({"timezone": {"id": "Asia/Tokyo"}}). */
const IANA: Record<string, Zone> = { 'asia/tokyo': 'Asia/Tokyo', 'asia/hong_kong': 'Asia/Hong_Kong', 'asia/shanghai': 'Asia/Shanghai', utc: 0, 'etc/utc': 0 };

function zoneIn(node: Json, depth: number, found: Set<Zone>): void {
  if (depth > 12 || node === null || typeof node !== 'object') return;
  for (const [k, v] of Array.isArray(node) ? node.map((x) => ['', x] as const) : Object.entries(node)) {
    if (/^(?:time_?zone|tz|zone)$/i.test(k)) {
      const texts = typeof v === 'string' ? [v] : v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v).filter((x): x is string => typeof x === 'string') : [];
      for (const t of texts) {
        const z = IANA[t.trim().toLowerCase()] ?? statedZone(t);
        if (z !== null && z !== undefined) found.add(z);
      }
    } else zoneIn(v, depth + 1, found);
  }
}

/** The one zone the page's embedded state names for its times, or null (none, or several). */
export function jsonZone(root: ParentNode): Zone | null {
  const found = new Set<Zone>();
  for (const script of Array.from(root.querySelectorAll(SCRIPTS))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON) continue;
    try {
      zoneIn(JSON.parse(text) as Json, 0, found);
    } catch {
      // Not JSON: no zone there.
    }
  }
  return found.size === 1 ? ([...found][0] as Zone) : null;
}

/** Status objects found in the page's JSON scripts, as a detached element of rows (or null). */
export function jsonStatus(root: ParentNode): Element | null {
  const doc = (root as Document).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (!doc) return null;
  const blocks: Row[][] = [];
  const ids: Row[][] = [];
  for (const script of Array.from(root.querySelectorAll(SCRIPTS))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON) continue;
    try {
      collect(JSON.parse(text) as Json, 0, blocks, ids);
    } catch {
      // Not JSON after all: nothing to read there.
    }
  }
  if (blocks.length === 0) return null;
  // One subscriber record (its number, its plan) beside status records that name no line: the
  // status is that line's, and its plan is the subscriber's plan, not a topping's title.
  const lines = new Set(ids.map(lineOf));
  if (lines.size === 1 && ids[0] && !blocks.some((rows) => lineOf(rows) !== null)) blocks.unshift(ids[0]);
  const container = doc.createElement('div');
  for (const rows of blocks) {
    const block = doc.createElement('section');
    render(doc, rows, block);
    container.append(block);
  }
  return container;
}
