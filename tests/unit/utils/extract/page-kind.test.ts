import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../tools/extract-page';

/** What a page is, from its content (utils/extract/page-kind.ts). */

const NOW = new Date('2026-12-02T10:00:00+09:00');

describe('an order history', () => {
  it.each([
    ['ja', 'データ追加 お申し込み履歴', 'https://my.softbank.jp/mysoftbank/data/apply-history'],
    ['ja', 'チャージ履歴', 'https://shop.povo.jp/manage/charges'],
    ['zh-CN', '充值记录', 'https://www.sim-shop.example/user/recharge'],
    ['en', 'Top-up history', 'https://www.giffgaff.com/account/topups'],
  ])('(%s) titled "%s" with 注文完了 rows is no confirmation', (lang, title, url) => {
    const html = `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><h1>${title}</h1>
      <table><tr><th>日時</th><th>内容</th><th>金額</th><th>状態</th></tr>
      <tr><td>2026/11/17 19:02</td><td>データ追加 1GB</td><td>1,100円</td><td>注文完了</td></tr>
      <tr><td>2026/10/02 08:40</td><td>データ追加 0.5GB</td><td>550円</td><td>購入完了</td></tr></table></body></html>`;
    const r = extractFromHtml(html, url, NOW);
    expect(r.pageKind).toBe('order-history');
    expect(r.confirmation).toBeNull();
    expect(r.readings).toEqual([]);
  });
});

describe('a checkout', () => {
  const page = (button: string, radio = 'checked') =>
    extractFromHtml(
      `<!doctype html><html lang="en"><body><form><label><input type="radio" name="g" ${radio}><span>£20 goodybag</span><span>50GB · 30 days</span></label>
       <label><input type="radio" name="g"><span>£25 goodybag</span></label>${button}</form></body></html>`,
      'https://www.giffgaff.com/goodybag/choose',
      NOW,
    );

  it("has a form's 'Buy …' submit button for a picked choice", () => {
    expect(page('<button type="submit">Buy goodybag</button>').pageKind).toBe('checkout');
  });

  it('is not made by a "Buy …" button with nothing picked', () => {
    expect(page('<button type="submit">Buy goodybag</button>', '').pageKind).not.toBe('checkout');
  });
});
