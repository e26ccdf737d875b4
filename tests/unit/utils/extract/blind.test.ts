import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, gradePage } from '../../../tools/blind-grade';

/**
 * The blind batches (tests/fixtures/blind/, written by helpers who never read utils/extract/) once
 * each was graded and opened: no page may get a wrong value again, on the full contract or the
 * first one, and no batch may fall below the pages it now gets exactly right. A batch still sealed
 * (not yet graded) is not here: its first score is taken by tests/tools/blind-report.ts.
 */
const DIR = path.resolve(import.meta.dirname, '../../../fixtures/blind');

/** Pages exactly right on the full contract, per opened batch, when this floor was last raised. */
const FLOOR: Record<string, number> = { batch1: 35, batch2: 23, batch3: 27, batch4: 29, batch5: 28, batch6: 27 };

describe.each(Object.entries(FLOOR))('blind %s', (batch, floor) => {
  const pages = files(path.join(DIR, batch))
    .filter((f) => f.endsWith('.html'))
    .sort();

  it('has its pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages.map((p) => [path.relative(DIR, p), p]))('%s: no wrong value', (_, page) => {
    for (const legacy of [false, true]) {
      const g = gradePage(page, legacy);
      expect(g.lines.filter((l) => l.includes('WRONG')), legacy ? 'first contract' : 'full contract').toEqual([]);
    }
  });

  it(`at least ${floor} pages exactly right`, () => {
    const right = pages.filter((p) => gradePage(p, false).lines.length === 0).length;
    expect(right).toBeGreaterThanOrEqual(floor);
  });
});
