// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDE_CHOICES, OverlayPanel } from '@/components/overlay/panel';
import type { Fmt } from '@/components/overlay/line';
import { fill } from '@/utils/i18n/locale';
import { buildOverlayView } from '@/utils/overlay/view';
import type { OverlayLine } from '@/utils/messaging/protocol';
import en from '@/utils/i18n/locales/en.json';

const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const DAY = 24 * 3600 * 1000;
const texts: Record<string, string> = en;
const fmt: Fmt = { t: (key, ...subs) => fill(texts[key] ?? key, subs), locale: 'en', timeZone: 'Asia/Tokyo' };

const line: OverlayLine = {
  lineId: 'povo:08023456789',
  plan: 'povo2.0',
  label: null,
  shownId: '080-2345-6789',
  expiresAt: NOW + 10 * DAY,
  remainingMB: 2048,
  totalMB: 3072,
  unlimited: false,
  readAt: NOW - 3600_000,
  autoRenew: true,
  keepAliveDeadline: NOW + 12 * DAY,
};

const view = (over: Partial<Parameters<typeof buildOverlayView>[0]> = {}) =>
  buildOverlayView({
    rule: { model: 'separateBucket', stacks: true, autoRenewAvailable: true },
    timeZone: 'Asia/Tokyo',
    providerName: 'povo',
    lines: [line],
    checkout: { product: 'データ追加3GB(30日間)', dataMB: 3072, durationDays: 30, unlimited: false, price: { amount: 990, currency: 'JPY' } },
    confirmation: null,
    capture: null,
    supportHint: '',
    refundHint: '',
    now: NOW,
    ...over,
  });

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});

const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('OverlayPanel', () => {
  it('lays out now, after, warnings and the checklist as text', () => {
    render(<OverlayPanel view={view()} fmt={fmt} corner="bottom-left" onHide={() => undefined} />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('Buying: データ追加3GB(30日間)');
    expect(text).toContain('2 GB of 3 GB');
    expect(text).toContain('Auto-renew is on for this line');
    expect(text).toContain('Keep-alive deadline');
    expect(text).not.toContain('povo offers auto-renew'); // said per line instead
    expect(text).toContain('Check the amount: ¥990');
    expect(root.querySelector('.panel')?.className).toContain('at-bottom-left');
  });

  it('collapses and expands with a button that says which it is', async () => {
    render(<OverlayPanel view={view()} fmt={fmt} corner="bottom-right" onHide={() => undefined} />, root);
    const toggle = button('Collapse');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await act(() => toggle.click());
    expect(button('Expand').getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('#kigen-body')?.hasAttribute('hidden')).toBe(true);
  });

  it('offers hide times and reports the one chosen', async () => {
    const onHide = vi.fn();
    render(<OverlayPanel view={view()} fmt={fmt} corner="bottom-right" onHide={onHide} />, root);
    const hide = button('Hide on this site');
    expect(root.querySelector('#kigen-hide')?.hasAttribute('hidden')).toBe(true);
    await act(() => hide.click());
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    await act(() => button('1 day').click());
    expect(onHide).toHaveBeenCalledWith(HIDE_CHOICES[1]?.ms);
    expect(HIDE_CHOICES.map((c) => c.ms)).toEqual([3600_000, DAY, 7 * DAY]);
  });

  it('moves focus into the hide choices and back out with Escape', async () => {
    render(<OverlayPanel view={view()} fmt={fmt} corner="bottom-right" onHide={() => undefined} />, root);
    const hide = button('Hide on this site');
    await act(() => hide.click());
    expect(document.activeElement?.textContent).toBe('1 hour');
    await act(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(hide.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(hide);
  });

  it('renders page text as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    render(
      <OverlayPanel
        view={view({ confirmation: { orderNumber: evil, product: evil, price: null }, capture: null })}
        fmt={fmt}
        corner="bottom-right"
        onHide={() => undefined}
      />,
      root,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(evil);
  });

  it('on a confirmation page says where the purchase was saved', () => {
    render(
      <OverlayPanel
        view={view({
          confirmation: { orderNumber: '40100000000012345', product: null, price: null },
          capture: { saved: true, outcome: 'saved', line: { label: null, shownId: '080-2345-6789' }, lineCount: 2 },
        })}
        fmt={fmt}
        corner="bottom-right"
        onHide={() => undefined}
      />,
      root,
    );
    expect(root.textContent).toContain('Kigen · your purchase');
    expect(root.textContent).toContain('Purchase saved');
    expect(root.textContent).toContain('Kigen knows 2 povo lines; this was saved for the one read most recently (080-2345-6789).');
  });
});

it('says once that the product’s effect is unknown instead of rows of “not known”', () => {
  document.body.innerHTML = '<div id="root"></div>';
  const host = document.getElementById('root') as HTMLElement;
  const unreadable = { product: 'の確認', dataMB: null, durationDays: null, unlimited: false, price: { amount: 990, currency: 'JPY' } };
  render(<OverlayPanel view={view({ checkout: unreadable })} fmt={fmt} corner="bottom-right" onHide={() => undefined} />, host);
  expect(host.textContent).toContain('Kigen could not read what this product adds.');
  expect(host.textContent).not.toContain('not known');
  expect(host.textContent).toContain('Check the amount: ¥990');
});
