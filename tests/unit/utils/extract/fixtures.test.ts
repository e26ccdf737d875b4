import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '@/utils/extract/types';
import { extractFromHtml } from '../../../tools/extract-page';

/**
 * Every saved fixture page through the CLI's path, against the expected result written with it.
 * Comparison rules (tests/fixtures/pages/README.md): instants for expiresAt, MB within 1e-6,
 * reason only empty vs non-empty.
 */

const DIR = path.resolve(import.meta.dirname, '../../../fixtures/pages');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const all = files(DIR);
const pages = all.filter((f) => f.endsWith('.html'));
const expectations = all.filter((f) => f.endsWith('.expected.json'));

interface Fixture {
  url: string;
  now: string;
  expected: ExtractResult;
}

/** Comparable form: instants instead of offsets, rounded MB, reason as a flag. */
function comparable(r: ExtractResult) {
  return {
    ...r,
    reason: r.reason.length > 0,
    readings: r.readings.map((x) => ({
      ...x,
      expiresAt: x.expiresAt === null ? null : new Date(x.expiresAt).toISOString(),
      remainingMB: x.remainingMB === null ? null : Math.round(x.remainingMB * 1e6) / 1e6,
      totalMB: x.totalMB === null ? null : Math.round(x.totalMB * 1e6) / 1e6,
      usedMB: x.usedMB === null ? null : Math.round(x.usedMB * 1e6) / 1e6,
    })),
  };
}

/**
 * These pages were written before the page kind, buckets and stated SIM validity were part of
 * the contract: those three are compared where a page's expectation states them (the blind pages
 * in tests/fixtures/blind/ state them everywhere).
 */
function only(actual: ExtractResult, expected: ExtractResult): ExtractResult {
  const { pageKind, ...rest } = actual;
  const readings = actual.readings.map((r, i) => {
    const want = expected.readings[i] as Partial<ExtractResult['readings'][number]> | undefined;
    const { buckets, lineValidUntil, ...legacy } = r;
    return { ...legacy, ...(want && 'buckets' in want ? { buckets } : {}), ...(want && 'lineValidUntil' in want ? { lineValidUntil } : {}) };
  });
  return { ...rest, ...('pageKind' in expected ? { pageKind } : {}), readings } as ExtractResult;
}

describe('fixture pages', () => {
  it('every page has its expectation and every expectation its page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    for (const page of pages) expect(all).toContain(page.replace(/\.html$/, '.expected.json'));
    for (const exp of expectations) expect(all).toContain(exp.replace(/\.expected\.json$/, '.html'));
  });

  it.each(pages.map((p) => [path.relative(DIR, p), p]))('%s', (_, page) => {
    const fixture = JSON.parse(readFileSync(page.replace(/\.html$/, '.expected.json'), 'utf8')) as Fixture;
    const actual = only(extractFromHtml(readFileSync(page, 'utf8'), fixture.url, new Date(fixture.now)), fixture.expected);
    expect(comparable(actual)).toEqual(comparable(fixture.expected));
  });
});
