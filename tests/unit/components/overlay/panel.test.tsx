// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OverlayPanel, type OverlayPanelProps, headText } from '@/components/overlay/panel';
import type { Fmt } from '@/components/overlay/line';
import { formatTwoZones } from '@/utils/format';
import { fill } from '@/utils/i18n/locale';
import { buildOverlayView } from '@/utils/overlay/view';
import type { OverlayLine } from '@/utils/messaging/protocol';
import { endOfZonedDay, localZone } from '@/utils/time';
import en from '@/utils/i18n/locales/en.json';

const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const DAY = 24 * 3600 * 1000;
const texts: Record<string, string> = en;
const fmt: Fmt = { t: (key, ...subs) => fill(texts[key] ?? key, subs), locale: 'en', timeZone: 'Asia/Tokyo' };
const date = (at: number) => formatTwoZones(at, 'en', localZone(), 'Asia/Tokyo', 'JST');

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
  kind: 'keep-number',
  deadline: NOW + 12 * DAY,
  keepAliveDeadline: NOW + 12 * DAY,
  deadlineAfter: NOW + 210 * DAY,
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
    autoRenewFits: true,
    now: NOW,
    ...over,
  });

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root') as HTMLElement;
});

const show = (over: Partial<OverlayPanelProps> = {}) =>
  render(
    <OverlayPanel view={view()} fmt={fmt} open place={{ right: 16, bottom: 16, maxHeight: 400 }} cramped={false} onToggle={() => undefined} onHide={() => undefined} {...over} />,
    root,
  );

const head = () => root.querySelector<HTMLButtonElement>('#kigen-head') as HTMLButtonElement;
const body = () => root.querySelector('#kigen-body') as HTMLElement;

describe('OverlayPanel', () => {
  it('lays out now, after, warnings and the checklist as text', () => {
    show();
    const text = root.textContent ?? '';
    expect(text).toContain('Buying: データ追加3GB(30日間)');
    expect(text).toContain('2 GB of 3 GB');
    expect(text).toContain('Auto-renew is on for this line');
    expect(text).toContain('Keep-alive deadline');
    expect(text).not.toContain('povo offers auto-renew'); // said per line instead
    expect(text).toContain('Check the amount: ¥990');
  });

  it('says what the purchase extends: the data bought and until when, and the number’s deadline, never a bare date', () => {
    show();
    const after = root.querySelector('[data-part=after]') as HTMLElement;
    const rows = [...after.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      `Data you buy: 3 GB, until ${date(endOfZonedDay(NOW, 30, 'Asia/Tokyo'))}`,
      'Data in all: 5 GB',
      `Number’s deadline: ${date(NOW + 210 * DAY)}`,
    ]);
    expect(root.textContent).toContain('Your current data keeps its own expiry');
  });

  it('on a line whose purchase moves the expiry, names what it is the expiry of', () => {
    const prepaid: OverlayLine = { ...line, kind: 'prepaid', deadline: NOW + 10 * DAY, keepAliveDeadline: null, deadlineAfter: null };
    const bmobile = view({ lines: [prepaid], rule: { model: 'fixedIncrement', incrementMB: 1024, incrementDays: 1, stacks: true, autoRenewAvailable: true } });
    render(<OverlayPanel view={bmobile} fmt={fmt} open place={null} cramped={false} onToggle={() => undefined} onHide={() => undefined} />, root);
    const labels = [...root.querySelectorAll('[data-part=after] dt')].map((dt) => dt.textContent);
    expect(labels).toEqual(['SIM valid until', 'Data left']);
    expect(root.textContent).not.toContain('Number’s deadline');
  });

  it('warns of auto-renew only where it is a method for the line (b-mobile VISITOR SIM: no)', () => {
    const off = { ...line, autoRenew: false };
    render(<OverlayPanel view={view({ lines: [off], autoRenewFits: false })} fmt={fmt} open place={null} cramped={false} onToggle={() => undefined} onHide={() => undefined} />, root);
    expect(root.textContent).not.toContain('auto-renew');
    render(<OverlayPanel view={view({ lines: [off], autoRenewFits: true })} fmt={fmt} open place={null} cramped={false} onToggle={() => undefined} onHide={() => undefined} />, root);
    expect(root.textContent).toContain('povo offers auto-renew');
  });

  it('closed, is a pill: one button saying the most urgent loss, with aria-expanded, the body hidden', () => {
    const onToggle = vi.fn();
    show({ open: false, onToggle });
    expect(root.querySelector('section')?.className).toBe('panel pill');
    expect(head().getAttribute('aria-expanded')).toBe('false');
    expect(head().getAttribute('aria-controls')).toBe('kigen-body');
    // The data lapses (10 days) before the number (12 days).
    expect(head().textContent).toContain('Kigen · Data expires in 10 days');
    expect(body().hasAttribute('hidden')).toBe(true);
    head().click();
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('open, the same button says so and the body shows', () => {
    show({ open: true });
    expect(head().getAttribute('aria-expanded')).toBe('true');
    expect(body().hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('kigen-head');
  });

  it('hides on this site in one click, from the pill or the open panel, with no duration to choose', () => {
    const onHide = vi.fn();
    show({ open: false, onHide });
    const pillHide = root.querySelector<HTMLButtonElement>('header button.icon');
    expect(pillHide?.title).toBe('Hide on this site');
    expect(pillHide?.querySelector('[aria-hidden=true]')?.textContent).toBe('×');
    pillHide?.click();
    show({ open: true, onHide });
    expect(root.querySelector('header button.icon')).toBeNull();
    const footerHide = root.querySelector<HTMLButtonElement>('footer button');
    expect(footerHide?.textContent).toBe('Hide on this site');
    footerHide?.click();
    expect(onHide).toHaveBeenCalledTimes(2);
    expect(root.textContent).toContain('Kigen settings can show it here again.');
    expect(root.textContent).not.toMatch(/1 hour|7 days/);
  });

  it('sits where it was placed, and out of sight until placed', () => {
    show({ place: { left: 16, top: 16, maxHeight: 300 } });
    const style = (root.querySelector('section') as HTMLElement).style;
    expect([style.left, style.top, style.maxHeight, style.right, style.bottom]).toEqual(['16px', '16px', '300px', '', '']);
    show({ place: null });
    expect((root.querySelector('section') as HTMLElement).style.visibility).toBe('hidden');
  });

  it('says why it stays a pill when there is no room to open', () => {
    show({ open: false, cramped: true });
    expect(head().title).toContain('No room to open here without covering the pay button or the total');
    show({ open: false, cramped: false });
    expect(head().title).toBe('');
  });

  it('renders page text as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    show({ view: view({ confirmation: { orderNumber: evil, product: evil, price: null }, capture: null }) });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(evil);
  });

  it('on a confirmation page says where the purchase was saved, the pill too', () => {
    const saved = view({
      confirmation: { orderNumber: '40100000000012345', product: null, price: null },
      capture: { saved: true, outcome: 'saved', line: { label: null, shownId: '080-2345-6789' }, lineCount: 2 },
    });
    show({ view: saved });
    expect(head().textContent).toContain('Kigen · Purchase saved');
    expect(root.textContent).toContain('Kigen knows 2 povo lines; this was saved for the one read most recently (080-2345-6789).');
    expect(headText(view({ confirmation: { orderNumber: '1', product: null, price: null } }), fmt)).toBe('Kigen · your purchase');
  });
});

describe('headText', () => {
  it('names the soonest loss: the number, a prepaid SIM, data; expired once past; the title without one', () => {
    const number = { ...line, expiresAt: NOW + 20 * DAY, deadline: NOW + 3 * DAY };
    expect(headText(view({ lines: [number] }), fmt)).toBe('Kigen · Number at risk in 3 days');
    const sim = { ...line, kind: 'prepaid' as const, deadline: NOW + DAY };
    expect(headText(view({ lines: [line, sim] }), fmt)).toBe('Kigen · SIM expires tomorrow');
    expect(headText(view({ lines: [{ ...line, deadline: NOW - 2 * DAY }] }), fmt)).toBe('Kigen · Expired');
    expect(headText(view({ lines: [{ ...line, kind: 'monthly' }] }), fmt)).toBe('Kigen · before you pay');
    expect(headText(view({ lines: [] }), fmt)).toBe('Kigen · before you pay');
  });
});

it('says once that the product’s effect is unknown instead of rows of “not known”', () => {
  const unreadable = { product: 'の確認', dataMB: null, durationDays: null, unlimited: false, price: { amount: 990, currency: 'JPY' } };
  show({ view: view({ checkout: unreadable, lines: [{ ...line, deadlineAfter: null }] }) });
  expect(root.textContent).toContain('Kigen could not read what this product adds.');
  expect(root.textContent).not.toContain('not known');
  expect(root.textContent).toContain('Check the amount: ¥990');
});
