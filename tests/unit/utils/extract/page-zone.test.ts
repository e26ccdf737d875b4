import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../tools/extract-page';

/** The zone of an unknown host's dates (utils/extract/page-zone.ts). */

const NOW = new Date('2026-12-02T10:00:00+09:00');
const URL_ = 'https://app.roam-data.example/dashboard';
const read = (body: string) => extractFromHtml(`<!doctype html><html lang="en"><body>${body}</body></html>`, URL_, NOW);
const CARD = (extra = '') =>
  `<div class="card"><div>ICCID</div><div>89852000000000001234</div><div>Europe 5 GB / 30 Days</div>
   <div>Data left</div><div>2 GB of 5 GB</div><div>Expires</div><div>Dec 20, 2026 6:00 PM${extra}</div></div>`;

describe('a date on a page that settles no zone', () => {
  it('is not read, and the reason says why; the data still is', () => {
    const r = read(CARD());
    expect(r.readings[0]?.expiresAt).toBeNull();
    expect(r.readings[0]?.remainingMB).toBe(2048);
    expect(r.reason).toMatch(/time zone/);
  });

  it('is read with the zone it states itself', () => {
    const r = read(CARD(' (UTC+1)'));
    expect(Date.parse(r.readings[0]?.expiresAt ?? '')).toBe(Date.parse('2026-12-20T18:00:00+01:00'));
  });

  it('is read in the zone the page states for all its times', () => {
    const r = read(`${CARD()}<p>All times are shown in GMT+8.</p>`);
    expect(Date.parse(r.readings[0]?.expiresAt ?? '')).toBe(Date.parse('2026-12-20T18:00:00+08:00'));
  });
});

describe('a Chinese reseller page for a SIM for Japan, without a zone of its own', () => {
  const zh = (body: string) =>
    extractFromHtml(`<!doctype html><html lang="zh-HK"><body>${body}</body></html>`, 'https://www.tabimobile.example/member/esim', NOW);
  const card = (name: string, status: string, end: string) =>
    `<div class="esim-card"><div class="top"><span class="name">${name}</span><span class="chip">${status}</span></div>
     <div class="ring"><span>剩餘數據</span><span class="n">2.4</span><span>GB / 6GB</span></div>
     <div class="row"><span class="k">ICCID</span><span>898520007712003456${name.length}</span></div>
     <div class="row"><span class="k">到期時間</span><span>${end}</span></div></div>`;
  const japan = card('🇯🇵 日本 8日 6GB', '使用中', '2026-12-06 18:30');

  it('reads its dates in Japan time when it sells only Japan', () => {
    expect(zh(japan).readings[0]?.expiresAt).toBe('2026-12-06T18:30:00+09:00');
  });

  it('settles no zone when it also sells another region (an expired Taiwan eSIM beside it)', () => {
    const r = zh(japan + card('🇹🇼 台灣 5日 無限數據', '已過期', '2026-09-14 09:05'));
    expect(r.readings.map((x) => [x.plan, x.expiresAt, x.remainingMB])).toEqual([['日本 8日 6GB', null, 2457.6]]);
    expect(r.reason).toMatch(/time zone/);
  });

  it("takes a desk's opening hours in a zone for no statement of the page's dates", () => {
    const both = japan + card('🇹🇼 台灣 5日 無限數據', '已過期', '2026-09-14 09:05');
    const hours = '<footer>客戶服務熱線（香港時間 10:00–19:00）</footer>';
    expect(zh(`${both}<p>以上日期均以日本時間計算。</p>${hours}`).readings[0]?.expiresAt).toBe('2026-12-06T18:30:00+09:00');
    // ("所有时间均为北京时间（UTC+8） · 客服在线 9:00–21:00": a statement beside the hours still counts.)
    expect(zh(`${both}<p>本页所有时间均为北京时间（UTC+8） · 客服在线 9:00–21:00</p>`).readings[0]?.expiresAt).toBe('2026-12-06T18:30:00+08:00');
  });
});
