import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../tools/extract-page';

/** Embedded JSON state (utils/extract/json.ts): one record per line, with its nested parts. */

const NOW = new Date('2026-12-02T10:00:00+09:00');
/** A page of the blind corpus (tests/fixtures/blind), read at its writer's address and time. */
const blindPage = (name: string) => {
  const file = path.resolve(__dirname, '../../../fixtures/blind', name);
  const { url, now } = JSON.parse(readFileSync(`${file}.expected.json`, 'utf8')) as { url: string; now: string };
  return extractFromHtml(readFileSync(`${file}.html`, 'utf8'), url, new Date(now));
};
const page = (state: unknown) =>
  `<!doctype html><html lang="en"><body><div class="skeleton"></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`;

describe('a record of embedded state', () => {
  it('reads its line, plan and usage from its nested parts, and skips an expired record', () => {
    const state = {
      props: {
        pageProps: {
          sims: [
            {
              iccid: '8981000000000005555',
              status: 'ACTIVE',
              plan: { title: 'Tokyo 10 GB - 15 Days' },
              usage: { remaining: 2048, total: 10240 },
              expiredAt: '2026-12-10T03:00:00+00:00',
            },
            {
              iccid: '8981000000000006666',
              status: 'EXPIRED',
              plan: { title: 'Seoul 1 GB - 7 Days' },
              usage: { remaining: 512, total: 1024 },
              expiredAt: '2027-06-01T00:00:00+00:00',
            },
          ],
        },
      },
    };
    const r = extractFromHtml(page(state), 'https://www.airalo.com/my-esims', NOW);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({
      line: '8981000000000005555',
      plan: 'Tokyo 10 GB - 15 Days',
      remainingMB: 2048,
      totalMB: 10240,
      buckets: [],
    });
    expect(Date.parse(r.readings[0]?.expiresAt ?? '')).toBe(Date.parse('2026-12-10T03:00:00Z'));
  });

  it("names the plan from a record's one package in a list", () => {
    const state = { esims: [{ iccid: '8981000000000007777', packages: [{ title: 'Japan 3 GB - 30 Days' }], usage: { remaining: 100, total: 3072, expired_at: '2026-12-20T00:00:00Z' } }] };
    const r = extractFromHtml(page(state), 'https://www.airalo.com/my-esims', NOW);
    expect(r.readings[0]).toMatchObject({ line: '8981000000000007777', plan: 'Japan 3 GB - 30 Days', remainingMB: 100 });
  });

  it('reads {value, unit} quantities and a list of named allowances with their own expiries as buckets', () => {
    const state = {
      top: {
        lines: [
          {
            phoneNo: '090-0000-5555',
            planName: 'ギガプラン',
            remainingDataTotal: { value: 6.5, unit: 'GB' },
            usageThisMonth: { value: 1.5, unit: 'GB' },
            coupons: [
              { couponName: '前月繰越分', remainingValue: 1.5, unit: 'GB', expireDate: '2026-12-31' },
              { couponName: '当月分', remainingValue: 5, unit: 'GB', expireDate: '2027-01-31' },
            ],
          },
        ],
        bill: { amount: 1400, currency: 'JPY' },
      },
    };
    const r = extractFromHtml(page(state), 'https://www.iijmio.jp/member/', NOW);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({ line: '090-0000-5555', plan: 'ギガプラン', remainingMB: 6656, usedMB: 1536 });
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.expiresAt])).toEqual([
      ['前月繰越分', 1536, '2026-12-31T23:59:59+09:00'],
      ['当月分', 5120, '2027-01-31T23:59:59+09:00'],
    ]);
  });

  it.each([
    ['2026-12-10T03:00:00Z', '2026-12-10T03:00:00Z'],
    ['2026-12-10T03:00:00.000+09:00', '2026-12-10T03:00:00+09:00'],
    ['2026-12-10T03:00-05:00', '2026-12-10T03:00:00-05:00'],
  ])('reads an ISO time %s with its own offset', (stamp, instant) => {
    const state = { esims: [{ iccid: '8981000000000008888', usage: { remaining: 100, total: 1024 }, expires_at: stamp }] };
    const r = extractFromHtml(page(state), 'https://www.airalo.com/my-esims', NOW);
    expect(Date.parse(r.readings[0]?.expiresAt ?? '')).toBe(Date.parse(instant));
  });
});


describe('figures kept as strings beside a unit key', () => {
  it('are amounts in that unit ({"remain": "6.2", "total": "10", "unit": "GB"})', () => {
    const state = {
      card: {
        iccid: '89811000000077120453',
        status: 'NORMAL',
        flows: [
          { name: 'Base', remain: '6.2', total: '10', unit: 'GB', expireTime: '2026-12-10 23:59:59' },
          { name: 'Gift', remain: '1', total: '1', unit: 'GB', expireTime: '2026-12-05 23:59:59' },
        ],
      },
    };
    const r = extractFromHtml(page(state), new URL('https://m.riben-ka.example/h5/card'), NOW);
    expect(r.readings[0]?.buckets.map((b) => b.remainingMB)).toEqual([6348.8, 1024]);
    expect(r.readings[0]?.buckets[0]?.name).toBe('Base');
  });
});

describe('allowances in embedded state named by a "label" key', () => {
  it('are named by it, and a line field before them ("status": "ACTIVE") names none', () => {
    const state = {
      props: {
        pageProps: {
          line: {
            msisdn: '080-0000-5512',
            planName: 'Kaze Flex 20',
            status: 'ACTIVE',
            balances: [
              { label: 'Base data', remainingMb: 6912, totalMb: 20480, expiresAt: '2026-12-18T23:59:00+09:00', kind: 'base' },
              { label: 'Top-up 5 GB (30 days)', remainingMb: 5120, totalMb: 5120, expiresAt: '2026-12-30T23:59:00+09:00', kind: 'topup' },
            ],
          },
        },
      },
    };
    const r = extractFromHtml(page(state), 'https://my.kaze-data.example/account/lines/1', NOW);
    expect(r.readings[0]?.buckets?.map((b) => b.name)).toEqual(['Base data', 'Top-up 5 GB (30 days)']);
  });
});

describe("embedded state that leaves out the line's number and plan", () => {
  const html = (plan: string) => `<!doctype html><html lang="ja"><body>
    <div><span>電話番号</span><span>090-0000-4821</span></div><div><span>ご契約プラン</span><span>${plan}</span></div>
    <div><div>【セール】データ追加120GB（365日間）</div><div>残量 47.25GB / 120.00GB</div><div>有効期限 2027年3月9日 午後11:59</div></div>
    <script type="application/json" id="state">${JSON.stringify({
      tiles: [
        { data: { name: { title: '【セール】データ追加120GB（365日間）' }, remaining: { title: '残量', value: '47.25GB / 120.00GB' }, expiry: { title: '有効期限', value: '2027年 3月 9日 午後11:59' } } },
        { data: { name: { title: 'データ追加3GB(30日間)' }, remaining: { title: '残量', value: '0.80GB / 3.00GB' }, expiry: { title: '有効期限', value: '2026年 12月 15日 午後11:59' } } },
      ],
    })}</script></body></html>`;

  it('takes them from the page, where one line is shown', () => {
    const r = extractFromHtml(html('povo2.0'), 'https://shop.povo.jp/manage/order', NOW);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]).toMatchObject({ line: '090-0000-4821', plan: 'povo2.0' });
    expect(r.readings[0]?.buckets).toHaveLength(2);
  });
});

describe('a package\'s end and a daily quota by their keys ("packageEnd", "dailyQuotaMB")', () => {
  it('end the plan and bound what is left today', () => {
    const r = extractFromHtml(
      page({
        sims: [
          { iccid: '89811000000000077213', status: 'ACTIVE', packageName: '日本无限流量 30天（每日3GB高速）', unlimited: true, dailyQuotaMB: 3072, todayUsedMB: 1843.2, packageEnd: '2026-12-18 23:59', numberValidUntil: '2027-03-31' },
        ],
      }).replace('<body>', '<body><p>本站所有时间均为日本时间（UTC+9）。</p>'),
      'https://www.ribenka.example/user/sim',
      NOW,
    );
    expect(r.readings[0]?.expiresAt).toBe('2026-12-18T23:59:00+09:00');
    expect(r.readings[0]?.totalMB).toBe(3072);
    expect(r.readings[0]?.remainingMB).toBe(1228.8);
  });
});

describe('packages whose figures are strings with their unit ("remaining": "4.6 GB")', () => {
  it("are the record's buckets, named by their titles, a gift among them", () => {
    const r = extractFromHtml(
      page({
        esims: [
          {
            iccid: '8981300000011223344',
            status: 'active',
            planName: 'Japan Traveller 10GB',
            packages: [
              { title: '10GB data (15 days)', type: 'base', status: 'active', remaining: '4.6 GB', total: '10 GB', expiresAt: '2026-12-14 18:30' },
              { title: 'Welcome bonus 1GB', type: 'gift', status: 'active', remaining: '1 GB', total: '1 GB', expiresAt: '2026-12-10 23:59' },
              { title: 'Day pass 1GB (24 hours)', type: 'addon', status: 'expired', remaining: '0 GB', total: '1 GB', expiresAt: '2026-11-30 21:12' },
            ],
          },
        ],
      }).replace('<body>', '<body><footer>All times are Japan Standard Time (JST)</footer>'),
      'https://www.nihon-esim.example/dashboard',
      NOW,
    );
    expect(r.readings[0]?.line).toBe('8981300000011223344');
    expect(r.readings[0]?.plan).toBe('Japan Traveller 10GB');
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.bonus])).toEqual([
      ['10GB data (15 days)', 4710.4, false],
      ['Welcome bonus 1GB', 1024, true],
    ]);
  });
});

describe('embedded state beside the rendered page', () => {
  it('takes from the page what the state leaves out of its one line: the fuller plan name, the dates, the usage, the buckets', () => {
    const state = { serviceInfoList: [{ planName: 'ギガプラン', phoneNo: '090-0000-5562', couponData: [{ month: '202611', couponValue: 3.4 }, { month: '202612', couponValue: 10 }] }] };
    const html = `<!doctype html><html lang="ja"><body>
      <dl><dt>電話番号</dt><dd>090-0000-5562</dd><dt>ご契約プラン</dt><dd>ギガプラン 10ギガ（音声SIM）</dd></dl>
      <p>当月の高速通信利用量：<b>1.20GB</b></p>
      <table><thead><tr><th>クーポン</th><th>残量</th><th>有効期限</th></tr></thead><tbody>
        <tr><td>バンドルクーポン（11月分・繰越）</td><td>3.40GB</td><td>2026年12月末</td></tr>
        <tr><td>バンドルクーポン（12月分）</td><td>10.00GB</td><td>2027年01月末</td></tr></tbody></table>
      <script type="application/json" id="state">${JSON.stringify(state)}</script></body></html>`;
    const r = extractFromHtml(html, 'https://www.iijmio.jp/member/top/', NOW);
    expect(r.readings).toHaveLength(1);
    expect(r.readings[0]?.plan).toBe('ギガプラン 10ギガ（音声SIM）');
    expect(r.readings[0]?.remainingMB).toBeCloseTo(13.4 * 1024, 2);
    expect(r.readings[0]?.expiresAt).toBe('2027-01-31T23:59:59+09:00');
    expect(r.readings[0]?.usedMB).toBeCloseTo(1.2 * 1024, 2);
    expect(r.readings[0]?.buckets).toHaveLength(2);
  });

  it('takes nothing but the line and plan from a page that disagrees with the state', () => {
    const state = { serviceInfoList: [{ planName: 'ギガプラン', phoneNo: '090-0000-5562', couponData: [{ month: '202612', couponValue: 10 }] }] };
    const html = `<!doctype html><html lang="ja"><body>
      <dl><dt>電話番号</dt><dd>090-0000-5562</dd><dt>データ残量</dt><dd>6.00GB</dd><dt>有効期限</dt><dd>2027年01月末</dd></dl>
      <script type="application/json" id="state">${JSON.stringify(state)}</script></body></html>`;
    const r = extractFromHtml(html, 'https://www.iijmio.jp/member/top/', NOW);
    expect(r.readings[0]?.remainingMB).toBe(10240);
    expect(r.readings[0]?.expiresAt).toBeNull();
  });

  it('reads {"isUnlimited": true} as unlimited data', () => {
    const state = { props: { pageProps: { esims: [{ iccid: '8944500000000123456', title: '日本 10日間', status: 'INSTALLED', isUnlimited: true, expiresAt: '2026-12-08T05:05:00Z' }] } } };
    const r = extractFromHtml(page(state), 'https://esim.holafly.com/ja/account/my-esims', NOW);
    expect(r.readings[0]?.line).toBe('8944500000000123456');
    expect(r.readings[0]?.unlimited).toBe(true);
  });
});

describe('embedded state that disagrees with the page', () => {
  it('gives way to the page where the page shows each line and the state joined them', () => {
    const state = {
      serviceInfoList: [
        { planName: '10ギガプラン', phoneNo: '090-0000-7712', couponData: [{ month: '202611', couponValue: 3.47 }, { month: '202612', couponValue: 10 }] },
        { planName: '2ギガプラン', phoneNo: null, iccid: '8981030000123456789', couponData: [{ month: '202612', couponValue: 1.62 }] },
      ],
    };
    const html = `<!doctype html><html lang="ja"><body>
      <section class="svc"><h2>090-0000-7712</h2><dl><dt>ご契約プラン</dt><dd>10ギガプラン</dd></dl><p>データ残量</p><p>13.47GB</p>
        <table><thead><tr><th>内訳</th><th>残量</th><th>有効期限</th></tr></thead><tbody>
        <tr><td>繰越（11月分）</td><td>3.47GB</td><td>2026年12月末</td></tr><tr><td>当月（12月分）</td><td>10.00GB</td><td>2027年01月末</td></tr></tbody></table></section>
      <section class="svc"><h2>eSIM（データ）</h2><dl><dt>ICCID</dt><dd>8981030000123456789</dd><dt>ご契約プラン</dt><dd>2ギガプラン</dd></dl><p>データ残量</p><p>1.62GB</p>
        <table><thead><tr><th>内訳</th><th>残量</th><th>有効期限</th></tr></thead><tbody>
        <tr><td>繰越（11月分）</td><td>0.00GB</td><td>2026年12月末</td></tr><tr><td>当月（12月分）</td><td>1.62GB</td><td>2027年01月末</td></tr></tbody></table></section>
      <script type="application/json" id="state">${JSON.stringify(state)}</script></body></html>`;
    const r = extractFromHtml(html, 'https://www.iijmio.jp/member/', NOW);
    expect(r.readings.map((x) => [x.line, x.remainingMB])).toEqual([
      ['090-0000-7712', 13793.28],
      ['8981030000123456789', 1658.88],
    ]);
  });

  it('takes the page\'s time where the state\'s, with no zone of its own, is a whole number of hours apart', () => {
    const state = { props: { pageProps: { sims: [{ iccid: '8944465400000267221', status: 'ACTIVE', package: { title: 'Moshi Moshi 5 GB - 30 Days' }, remaining: 2365.44, total: 5120, expired_at: '2026-12-18 05:20:00' }] } } };
    const html = `<!doctype html><html lang="en"><body>
      <div class="card"><div>ICCID</div><div>8944465400000267221</div><dl><dt>Remaining</dt><dd>2.31 GB of 5 GB</dd><dt>Expires</dt><dd>Dec 18, 2026, 14:20 (GMT+9)</dd></dl></div>
      <script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`;
    const r = extractFromHtml(html, 'https://www.airalo.com/my-esims', NOW);
    expect(Date.parse(r.readings[0]?.expiresAt ?? '')).toBe(Date.parse('2026-12-18T05:20:00Z'));
  });
});

describe('buckets in the state and on the page', () => {
  it('are named as the page shows them where both hold the same figures', () => {
    const file = path.resolve(__dirname, '../../../fixtures/blind/batch44/povo/manage-order-toppings');
    const { url, now } = JSON.parse(readFileSync(`${file}.expected.json`, 'utf8')) as { url: string; now: string };
    const r = extractFromHtml(readFileSync(`${file}.html`, 'utf8'), url, new Date(now));
    expect(r.readings[0]?.buckets?.map((b) => [b.name, b.bonus])).toEqual([
      ['【期間限定】データ追加20GB(30日間)', false],
      ['データボーナス1GB（ご紹介特典）', true],
    ]);
  });
});

describe('batches 48 and 49 (2026-12-04)', () => {
  it('"pkgName" names the plan, as "packageName" does', () => {
    const html = `<!doctype html><html lang="zh-CN"><body><div id="app"></div><script type="application/json" id="__INITIAL_STATE__">${JSON.stringify({
      cards: { list: [{ msisdn: '070-0000-6618', pkgName: '日本实体卡 90天 30GB', usedGB: 11.6, totalGB: 30, expireAt: '2027-01-18 23:59:59', tz: 'Asia/Shanghai' }] },
    })}</script></body></html>`;
    const r = extractFromHtml(html, 'https://m.dongying-card.example/#/cards', NOW);
    expect(r.readings[0]).toMatchObject({ line: '070-0000-6618', plan: '日本实体卡 90天 30GB', totalMB: 30720 });
  });

  it('coupons with a listed figure ("couponValue") and a date without separators ("20261231") are the line’s buckets', () => {
    const html = `<!doctype html><html lang="ja"><body><div id="__nuxt"></div><script type="application/json" id="__NUXT_DATA__">${JSON.stringify({
      state: { member: { serviceInfoList: [{ planName: '5ギガプラン', phoneNo: '090-0000-3318', couponData: [{ month: '202611', couponValue: 1.84, expire: '20261231' }, { month: '202612', couponValue: 5, expire: '20270131' }] }] } },
    })}</script></body></html>`;
    const r = extractFromHtml(html, 'https://www.iijmio.jp/member/', NOW);
    expect(r.readings[0]).toMatchObject({ line: '090-0000-3318', expiresAt: '2027-01-31T23:59:59+09:00', remainingMB: 7004.16 });
    expect(r.readings[0]?.buckets.map((b) => [b.remainingMB, b.expiresAt])).toEqual([
      [1884.16, '2026-12-31T23:59:59+09:00'],
      [5120, '2027-01-31T23:59:59+09:00'],
    ]);
  });
});

describe('several lines in the state, each shown under its number (batch 49)', () => {
  it('each takes from its own card what the state leaves out (this month’s usage)', () => {
    const card = (tel: string, left: string, used: string) => `<section class="svc"><div class="head"><span class="tel">${tel}</span></div>
      <div><span>データ残量</span><span>${left}</span></div><div class="used">今月の高速通信利用量：${used}</div></section>`;
    const state = {
      state: {
        member: {
          serviceInfoList: [
            { planName: '5ギガプラン', phoneNo: '090-0000-3318', couponData: [{ couponValue: 7.24, expire: '20270131' }] },
            { planName: '2ギガプラン', phoneNo: '070-0000-8804', couponData: [{ couponValue: 2.26, expire: '20270131' }] },
          ],
        },
      },
    };
    const html = `<!doctype html><html lang="ja"><body>${card('090-0000-3318', '7.24GB', '2.16GB')}${card('070-0000-8804', '2.26GB', '0.74GB')}
      <script type="application/json" id="__NUXT_DATA__">${JSON.stringify(state)}</script></body></html>`;
    const r = extractFromHtml(html, 'https://www.iijmio.jp/member/', NOW);
    expect(r.readings.map((x) => [x.line, x.usedMB])).toEqual([
      ['090-0000-3318', 2211.84],
      ['070-0000-8804', 757.76],
    ]);
  });
});

describe('a line’s record with allowances of its own (batch 53)', () => {
  it('its own end ("validUntil") is the number’s, the data ends with its allowances; two sizes for three parts make no total', () => {
    const r = blindPage('batch53/unknown/monthly-jp-number-zh-tw');
    expect(r.readings[0]).toMatchObject({ expiresAt: '2027-01-15T23:59:00+09:00', lineValidUntil: '2027-03-31T23:59:59+09:00', totalMB: null });
  });
});

describe('the state’s packages beside the page’s cards (batch 55)', () => {
  it('take their sizes from the page where the state gives none ("412 MB of 3 GB")', () => {
    const r = blindPage('batch55/airalo/my-esims');
    expect(r.readings[0]?.buckets.map((b) => [b.name, b.remainingMB, b.totalMB])).toEqual([
      ['3 GB - 30 Days', 412, 3072],
      ['1 GB - 7 Days', 1024, 1024],
    ]);
  });
});

describe('a line’s number in the state without separators (batch 56)', () => {
  it('is the page’s line ("07000008813" in the state, "070-0000-8813" on the page): the page fills what the state leaves out, and the number reads as shown', () => {
    const r = blindPage('batch56/unknown/dongjingka-user-mycards');
    expect(r.readings[0]).toMatchObject({ line: '070-0000-8813', remainingMB: 1566.72, totalMB: 2048 });
  });
});

describe('the state’s coupons beside the page’s table (batch 56)', () => {
  it('take their ends from the page where the state’s cannot be read ("expire": "202612" beside "2026年12月末")', () => {
    const r = blindPage('batch56/iijmio/member-top-family');
    expect(r.readings[0]?.buckets.map((b) => b.expiresAt)).toEqual(['2026-12-31T23:59:59+09:00', '2027-01-31T23:59:59+09:00']);
  });
});

describe('figures in a unit the record names for its packages ({"flowUnit": "MB"})', () => {
  const esim = (status: number, statusText: string, remainFlow: number) => ({
    iccid: '89852000012300045671',
    status,
    statusText,
    planName: '日本 10GB 15天',
    flowUnit: 'MB',
    packages: [
      { packageName: '日本 10GB 15天', type: 'BASE', totalFlow: 10240, remainFlow, expireTime: '2026-12-14 19:42:10', status: 'ACTIVE' },
      { packageName: '新用户赠送 500MB', type: 'GIFT', totalFlow: 500, remainFlow: 0, expireTime: '2026-12-10 23:59:59', status: 'ACTIVE' },
    ],
  });
  const read = (state: unknown) =>
    extractFromHtml(page(state).replace('</body>', '<p>页面所示时间均为北京时间（GMT+8）</p></body>'), 'https://app.xiaoyu-esim.example/user/esims', NOW);

  it("reads each package in the record's unit, with its own end and kind", () => {
    const r = read({ esim: { list: [esim(1, '使用中', 3686.4)] } });
    expect(r.readings.map((x) => [x.line, x.remainingMB, x.totalMB])).toEqual([['89852000012300045671', 3686.4, 10740]]);
    expect(r.readings[0]?.buckets.map((b) => [b.remainingMB, b.totalMB, b.expiresAt, b.bonus])).toEqual([
      [3686.4, 10240, '2026-12-14T19:42:10+08:00', false],
      [0, 500, '2026-12-10T23:59:59+08:00', true],
    ]);
  });

  it('gives no reading for a record whose shown status has ended ({"status": 4, "statusText": "已销号"})', () => {
    // (With the unit as "unit" too: the figures are read either way, the ended record still gives none.)
    for (const unitKey of ['flowUnit', 'unit']) {
      const [active, ended] = [esim(1, '使用中', 3686.4), esim(4, '已销号', 0)].map(({ flowUnit, ...rest }) => ({ ...rest, [unitKey]: flowUnit }));
      expect(read({ esim: { list: [active, ended] } }).readings.map((x) => x.remainingMB)).toEqual([3686.4]);
    }
  });
});

describe('an unlimited line in embedded state that shows only what it used', () => {
  it('is read: its usage, no cap ({"dataCapacityLabel": "データ無制限", "used": {"value": 41.3, "unit": "GB"}})', () => {
    const state = {
      contracts: [
        { msisdn: '090-0000-3387', planName: 'コミコミプラン＋', monthlyData: { remaining: { value: 11.62, unit: 'GB' }, capacity: { value: 30, unit: 'GB' } } },
        { msisdn: '080-0000-3388', planName: '使い放題MAX＋ 5G', dataCapacityLabel: 'データ無制限', monthlyData: { remaining: null, used: { value: 41.3, unit: 'GB' } } },
      ],
    };
    const r = extractFromHtml(page(state), 'https://my.au.com/aus/hc-cs/lic/LIC0020001.hc', NOW);
    expect(r.readings.map((x) => [x.line, x.usedMB, x.unlimited])).toEqual([
      ['090-0000-3387', null, false],
      ['080-0000-3388', 42291.2, true],
    ]);
  });
});

describe("a record's \"total\" that is the sum of what is left in its allowances", () => {
  const state = (totalGb: number) => ({
    props: {
      pageProps: {
        contract: { tel: '09000006607', plan: 'トクトクプラン2' },
        data: {
          totalGb,
          items: [
            { kind: 'CARRY_OVER', label: 'くりこしデータ（11月分）', remainGb: 2.1, expire: '2026-12-31' },
            { kind: 'MONTHLY', label: '当月データ', remainGb: 9.5, expire: null },
            { kind: 'CHARGE', label: '追加データ', remainGb: 1, expire: '2027-02-28' },
          ],
        },
      },
    },
  });
  const read = (totalGb: number) => extractFromHtml(page(state(totalGb)), 'https://www.uqwimax.jp/mobile/support/member/myuqmobile/data_usage', NOW).readings[0];

  it('is what is left, no capacity ({"totalGb": 12.6} beside remains of 2.1, 9.5 and 1 GB)', () => {
    expect([read(12.6)?.remainingMB, read(12.6)?.totalMB]).toEqual([12902.4, null]);
  });

  it('is still the capacity when it is more than what is left', () => {
    expect([read(20)?.remainingMB, read(20)?.totalMB]).toEqual([12902.4, 20480]);
  });
});
