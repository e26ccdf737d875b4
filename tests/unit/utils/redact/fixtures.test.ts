import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '@/utils/extract/types';
import { redactPage, redactedCopyOrigin } from '@/utils/redact';
import { extractFromHtml } from '../../../tools/extract-page';

/**
 * A redacted copy reads as the page did. Every saved page (tests/fixtures/pages/ and
 * tests/fixtures/blind/*) is read through the CLI's path (tests/tools/extract-page.ts), redacted,
 * and read again with the URL and time its header names (origin and path only, as
 * `npm run extract` does without --url). Every field must be equal, except:
 * - a reading's line id: the same length and the same characters but digits (same shape);
 * - a confirmation's order number: the same shape (digits as 0, letters as x);
 * - a phone number inside a product's name: the same shape.
 * No page is left out.
 */

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const pages = [...files(path.join(FIXTURES, 'pages')), ...files(path.join(FIXTURES, 'blind'))].filter((f) => f.endsWith('.html')).sort();

interface Fixture {
  url: string;
  now: string;
}

const lineShape = (s: string | null) => s?.replace(/\d/g, '0') ?? null;
const orderShape = (s: string | null) => s?.replace(/\d/g, '0').replace(/\p{L}/gu, 'x') ?? null;
/** A product's name with a phone number in it ("日本保號卡 365日 續期（+81 70-0000-9043）"): the number's shape. */
const productShape = (s: string | null) => s?.replace(/\+?\d[\d -]{7,}\d/g, (n) => n.replace(/\d/g, '0')) ?? null;

/** The result with line ids and order numbers (and phone numbers in products' names) reduced to their shapes. */
function shape(r: ExtractResult): ExtractResult {
  return {
    ...r,
    readings: r.readings.map((x) => ({ ...x, line: lineShape(x.line) })),
    checkout: r.checkout && { ...r.checkout, product: productShape(r.checkout.product) },
    confirmation: r.confirmation && { ...r.confirmation, orderNumber: orderShape(r.confirmation.orderNumber), product: productShape(r.confirmation.product) },
  };
}

function roundTrip(page: string): { before: ExtractResult; after: ExtractResult; ms: number } {
  const fixture = JSON.parse(readFileSync(page.replace(/\.html$/, '.expected.json'), 'utf8')) as Fixture;
  const html = readFileSync(page, 'utf8');
  const now = new Date(fixture.now);
  const before = extractFromHtml(html, fixture.url, now);
  const { document } = parseHTML(html);
  const t0 = performance.now();
  const copy = redactPage(document, fixture.url, now);
  const ms = performance.now() - t0;
  const saved = redactedCopyOrigin(copy);
  if (!saved) throw new Error('no header');
  return { before, after: extractFromHtml(copy, saved.url, new Date(saved.savedAt)), ms };
}

describe('a redacted copy reads as the page did', () => {
  it('covers every fixture page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(144);
  });

  it.each(pages.map((p) => [path.relative(FIXTURES, p), p]))('%s', (_, page) => {
    const { before, after } = roundTrip(page);
    expect(shape(after)).toEqual(shape(before));
    // The shapes match, and the identifiers really were replaced.
    before.readings.forEach((r, i) => {
      const line = r.line ?? '';
      if (line.replace(/\D/g, '').length >= 8) expect(after.readings[i]?.line).not.toBe(line);
    });
    const order = before.confirmation?.orderNumber ?? '';
    if (/\d{4}/.test(order)) expect(after.confirmation?.orderNumber).not.toBe(order);
  });

  it('redacts the largest fixture quickly', () => {
    const largest = pages.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
    roundTrip(largest);
    const { ms } = roundTrip(largest);
    console.log(`redactPage: largest fixture ${path.relative(FIXTURES, largest)} (${statSync(largest).size} bytes) in ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(500);
  });
});
