import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../tools/extract-page';

/** Classes of the line reader (utils/extract/line-block.ts), each on a small page of its own. */

const NOW = new Date('2026-12-02T10:00:00+09:00');
const read = (body: string, url = 'https://www.giffgaff.com/dashboard') =>
  extractFromHtml(`<!doctype html><html lang="en"><body>${body}</body></html>`, url, NOW);

describe('unlimited data', () => {
  it('is not said by "Unlimited" under a minutes or texts label', () => {
    const r = read(`
      <h2>Your bundle</h2>
      <div class="row"><span>Data remaining</span><span>4GB of 10GB</span></div>
      <div class="row"><div>Calls</div><div><b>Unlimited</b></div></div>
      <div class="row"><span>Texts</span><span>Unlimited</span></div>`);
    expect(r.readings[0]?.remainingMB).toBe(4096);
    expect(r.readings[0]?.unlimited).toBe(false);
  });

  it('is still said by "Unlimited" under a data label', () => {
    const r = read(`
      <div class="row"><span>Data</span><span>Unlimited</span></div>
      <div class="row"><span>Renews on</span><span>20 December 2026</span></div>`);
    expect(r.readings[0]?.unlimited).toBe(true);
  });

  it('is not said by a sale banner or by an expired package', () => {
    const r = read(
      `<div role="banner">期間限定！データ使い放題(24時間)がお得なセール実施中</div>
      <article><h3>データ追加3GB(30日間)</h3><dl><dt>残量</dt><dd>1.5GB / 3GB</dd><dt>有効期限</dt><dd>2026年12月20日</dd></dl></article>
      <details><summary>過去のトッピング</summary><p>データ使い放題(24時間) 2026年10月3日まで（期限切れ）</p></details>`,
      'https://shop.povo.jp/manage/order',
    );
    expect(r.readings[0]?.remainingMB).toBe(1536);
    expect(r.readings[0]?.unlimited).toBe(false);
  });
});
