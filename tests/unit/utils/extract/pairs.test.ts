import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { segmentsOf } from '@/utils/extract/dom';
import { findPairs } from '@/utils/extract/pairs';

/** Label → value pairs (utils/extract/pairs.ts). */

const pairsOf = (html: string) => findPairs(segmentsOf(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document));

describe('a value in a list of label cells', () => {
  it('ends where the next dt starts, even one that is no label of ours', () => {
    const pairs = pairsOf('<dl><dt>有効期限</dt><dd>2026年12月31日</dd><dt>お手続き予定</dt><dd>2027年1月31日</dd></dl>');
    expect(pairs.find((p) => p.kind === 'expiry')?.value).toBe('2026年12月31日');
  });

  it('ends where the next th starts', () => {
    const pairs = pairsOf('<table><tr><th>有効期限</th><td>2026年12月31日</td><th>お手続き予定</th><td>2027年1月31日</td></tr></table>');
    expect(pairs.find((p) => p.kind === 'expiry')?.value).toBe('2026年12月31日');
  });
});
