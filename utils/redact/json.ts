import type { Placeholders } from './identifiers';
import { isIdLabel, isPersonalKey, isPersonalLabel } from './labels';
import { redactText } from './text';

/**
 * Embedded JSON state (`<script type="application/json">`, `__NEXT_DATA__`) is kept, because the
 * reader reads it, with its personal data taken out: every string (and every key) goes through
 * the same text redaction, values under personal keys ("customerName", "mailAddress",
 * "orderId", a customer's `name`) and `{title: "氏名", value}` tiles are masked whole, a
 * `{title: "卡号", value}` tile's numbers are replaced, and numbers under personal keys become
 * masked strings of the same shape.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function walk(value: Json, key: string, parents: readonly string[], p: Placeholders): Json {
  const personal = key !== '' && isPersonalKey(key, parents);
  if (typeof value === 'string') return redactText(value, p, personal ? 'whole' : 'text');
  if (typeof value === 'number') {
    const text = String(value);
    if (personal) return redactText(text, p, 'whole');
    const redacted = redactText(text, p);
    return redacted === text ? value : redacted;
  }
  if (value === null || typeof value === 'boolean') return value;
  const inside = key === '' ? parents : [...parents, key];
  if (Array.isArray(value)) return value.map((v) => walk(v, key, parents, p));
  const out: { [key: string]: Json } = {};
  const title = typeof value.title === 'string' ? value.title.normalize('NFKC').trim() : '';
  const tile = isPersonalLabel(title) ? 'whole' : isIdLabel(title) ? 'ids' : null;
  for (const [k, v] of Object.entries(value)) {
    out[redactText(k, p)] = tile && k === 'value' && typeof v === 'string' ? redactText(v, p, tile) : walk(v, k, inside, p);
  }
  return out;
}

/**
 * The script's text with personal data redacted, escaped so it cannot close its <script>; null
 * when it is not JSON (the reader ignores it then, so it is dropped).
 */
export function redactJson(text: string, p: Placeholders): string | null {
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch {
    return null;
  }
  return JSON.stringify(walk(parsed, '', [], p))
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
