// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { RenewalHistory } from '@/components/popup/renewal-history';
import { UsageChart } from '@/components/popup/usage-chart';
import { DAY, NOW, fmt, mount, text } from '../../support/popup-seed';

describe('renewal history', () => {
  it('lists renewals newest first with order number and amount in its currency', async () => {
    const base = { lineId: 'a', product: null, note: null, paid: true, expiresBefore: null, remainingBefore: null, expectDays: null, expectMB: null };
    const root = await mount(
      <RenewalHistory
        fmt={fmt()}
        renewals={[
          { ...base, id: 1, at: NOW - 40 * DAY, orderNumber: null, amount: null, currency: null, method: 'voucher', status: 'recorded' },
          { ...base, id: 2, at: NOW - DAY, orderNumber: '4010000', amount: 2700, currency: 'JPY', method: 'checkout', status: 'confirmed' },
        ]}
      />,
    );
    const items = [...root.querySelectorAll('[data-testid=renewals] > li')].map((li) => [...li.querySelectorAll('p')].map(text));
    expect(items).toEqual([
      ['Tue 29 Dec 2026, 12:00 · Online (saved from the confirmation page) · ¥2,700', 'Order no. 4010000 · confirmed on the account page'],
      ['Fri 20 Nov 2026, 12:00 · Convenience store / voucher', 'No order number · recorded by you'],
    ]);
  });
});

describe('usage chart', () => {
  it('draws an SVG with a title and description, and the same numbers as a table', async () => {
    const readings = [
      { at: NOW - 2 * DAY, remainingMB: 10240, totalMB: 10240 },
      { at: NOW - DAY, remainingMB: 6144, totalMB: 10240 },
      { at: NOW, remainingMB: 2048, totalMB: 10240 },
    ];
    const root = await mount(<UsageChart readings={readings} fmt={fmt()} />);
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(text(svg?.querySelector('title'))).toBe('Data left over time');
    expect(text(svg?.querySelector('desc'))).toBe('From 10 GB on Mon 28 Dec 2026 to 2 GB on Wed 30 Dec 2026.');
    const labelled = svg?.getAttribute('aria-labelledby')?.split(' ') ?? [];
    expect(labelled.map((id) => root.querySelector(`[id="${id}"]`)?.tagName.toLowerCase())).toEqual(['title', 'desc']);
    expect(svg?.querySelector('path.line')?.getAttribute('d')?.split('L')).toHaveLength(3);
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(text));
    expect(rows).toEqual([
      ['Wed 30 Dec 2026, 12:00', '2 GB'],
      ['Tue 29 Dec 2026, 12:00', '6 GB'],
      ['Mon 28 Dec 2026, 12:00', '10 GB'],
    ]);
  });

  it('says the chart needs two readings', async () => {
    const root = await mount(<UsageChart readings={[{ at: NOW, remainingMB: 1, totalMB: 2 }]} fmt={fmt()} />);
    expect(root.querySelector('svg')).toBeNull();
    expect(text(root)).toBe('The chart appears after two readings.');
  });
});
