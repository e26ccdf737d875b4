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

describe('a caption under a figure', () => {
  it('labels that figure when the figure is of its kind and alone in its box', () => {
    const pairs = pairsOf(`<div class="stats"><div><b>4.5<small>GB</small></b><small>剩余流量</small></div>
      <div><b>15.5<small>GB</small></b><small>已用流量</small></div></div>
      <div><div class="count">5 小時 10 分鐘</div><div class="cap">方案剩餘時間</div><div><span>狀態</span><span>使用中</span></div></div>`);
    expect(pairs.map((p) => [p.kind, p.value])).toEqual([
      ['remaining', '4.5GB'],
      ['used', '15.5GB'],
      ['expiry', '5 小時 10 分鐘'],
    ]);
  });

  it('is no caption when the box before it holds words too, or a figure of another kind', () => {
    const pairs = pairsOf(`<div><table><tr><th>追加データ残量</th><td>0.50GB</td></tr></table><p>使用済み</p><table><tr><th>今月</th><td>0.80GB</td></tr></table></div>
      <div><span>2026/12/31</span><span>残量</span><span>3GB</span></div>`);
    expect(pairs.filter((p) => p.kind === 'used').map((p) => p.value)).not.toContain('追加データ残量 0.50GB');
    expect(pairs.find((p) => p.label === '残量')?.value).toBe('3GB');
  });
});

describe('a label cell with a note inside', () => {
  it("takes the next cell's value, and the note is no label of its own", () => {
    const pairs = pairsOf(`<table><tr><th>データ有効期限</th><td>2026年12月15日</td></tr>
      <tr><th>SIM有効期限<br><span class="note">（SIMカード・電話番号のご利用期限）</span></th><td>2027年3月31日</td></tr></table>`);
    expect(pairs.map((p) => [p.label, p.value])).toEqual([
      ['データ有効期限', '2026年12月15日'],
      ['SIM有効期限', '2027年3月31日'],
    ]);
  });
});
