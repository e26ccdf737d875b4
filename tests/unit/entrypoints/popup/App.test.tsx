// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { App, type Platform } from '@/entrypoints/popup/App';
import { createTranslator } from '@/utils/i18n/t';
import { guideSource, popupProviders } from '@/entrypoints/popup/providers';
import type { ReadingRecord, RenewalRecord } from '@/utils/records';
import type { Connector } from '@/utils/connector/types';
import {
  DAY,
  GUIDE_LISTS,
  HOUR,
  NOW,
  PROFILES,
  at,
  click,
  line,
  mockConnector,
  mount,
  reading,
  settle,
  text,
  translator,
  type,
  until,
  view,
} from '../../support/popup-seed';

const providers = popupProviders(PROFILES, async () => guideSource(PROFILES, GUIDE_LISTS));

function platform(over: Partial<Platform> = {}): Platform {
  return {
    openUrl: vi.fn(),
    openSettings: vi.fn(),
    zone: 'Asia/Shanghai',
    now: () => NOW,
    newId: () => '0000-test',
    ...over,
  };
}

const cards = (root: HTMLElement) => [...root.querySelectorAll('[data-testid=line-card]')];
const button = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('button')].find((b) => text(b) === label || b.getAttribute('aria-label') === label);

function lines() {
  return [
    view(line('fresh', { lineId: '070-1111-2222' }), [reading('fresh', { expiresAt: NOW + 20 * DAY })]),
    view(line('today', { lineId: '080-3333-4444', provider: 'iijmio' }), [
      reading('today', { expiresAt: NOW + 5 * HOUR, remainingMB: 7475.2, totalMB: 10240 }),
    ]),
    view(line('stale', { label: 'Old SIM' }), [reading('stale', { at: NOW - 10 * DAY, expiresAt: NOW + 12 * DAY })]),
    view(line('unlimited', { label: 'Unlimited eSIM', provider: 'other', manual: true }), [
      reading('unlimited', { expiresAt: null, remainingMB: null, totalMB: null, unlimited: true, source: 'manual' }),
    ]),
  ];
}

describe('popup app', () => {
  it('lists every line, most urgent first, with provider and line names', async () => {
    const { connector } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    expect(cards(root).map((c) => c.getAttribute('data-line-id'))).toEqual(['today', 'stale', 'fresh', 'unlimited']);
    const first = cards(root)[0]!;
    expect(text(first.querySelector('.card-open'))).toContain('IIJmio080-3333-4444');
    expect(text(first.querySelector('[data-testid=remaining]'))).toBe('7.3 GB');
    expect(text(first.querySelector('[data-testid=headline]'))).toBe('7.3 GB of data lapses today');
    expect(text(cards(root)[1]!.querySelector('[data-testid=stale]'))).toBe('may be out of date');
    expect(cards(root)[2]!.querySelector('[data-testid=stale]')).toBeNull();
    expect(text(cards(root)[3]!.querySelector('[data-testid=remaining]'))).toBe('Unlimited');
    expect(text(cards(root)[3]!.querySelector('.card-open'))).toContain('Other provider');
  });

  it('paints cards from the store without waiting for settings', async () => {
    const { connector } = mockConnector(lines());
    const never: Connector = { ...connector, getSettings: () => new Promise(() => undefined) };
    const root = await mount(<App connector={never} platform={platform()} providers={providers} initialTranslator={translator()} />);
    expect(cards(root)).toHaveLength(4);
  });

  it('paints the first six cards with the data, and the rest right after that paint', async () => {
    const many = Array.from({ length: 9 }, (_, i) => view(line(`l${i}`), [reading(`l${i}`, { expiresAt: NOW + (i + 2) * DAY })]));
    const { connector } = mockConnector(many);
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    // No act(): effects (which run after a paint) stay pending while the store's answer renders.
    render(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />, root);
    for (let i = 0; i < 20 && cards(root).length === 0; i++) await Promise.resolve();
    expect(cards(root).map((c) => c.getAttribute('data-line-id'))).toEqual(['l0', 'l1', 'l2', 'l3', 'l4', 'l5']);
    await settle();
    expect(cards(root)).toHaveLength(9);
  });

  it('paints what the page read before its first render, in the chosen language, without reading it again', async () => {
    const { connector } = mockConnector(lines(), { language: 'ja' });
    const listLatest = vi.fn(async () => []);
    const getSettings = vi.fn(connector.getSettings);
    const first = (await connector.listLines()).map((v) => ({ ...v, recent: [], partial: true }));
    const ja = await createTranslator('ja');
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    render(
      <App
        connector={{ ...connector, listLatest, getSettings }}
        initial={{ lines: first, settings: await connector.getSettings() }}
        initialTranslator={ja}
        platform={platform()}
        providers={providers}
      />,
      root,
    );
    // The first render itself has the cards, in Japanese.
    expect(cards(root)).toHaveLength(4);
    expect(text(cards(root)[0]!.querySelector('[data-testid=headline]'))).toBe('データ 7.3 GB の期限：今日');
    await settle();
    expect(listLatest).not.toHaveBeenCalled();
    expect(getSettings).not.toHaveBeenCalled();
  });

  it('opens on the form for a line by hand when asked to (first run, opened as a page)', async () => {
    const { connector } = mockConnector(lines());
    const root = await mount(
      <App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} initialView={{ kind: 'form', lineId: null }} />,
    );
    expect(text(root.querySelector('h1'))).toBe('Add a line by hand');
    expect(root.querySelector('form')).not.toBeNull();
    expect(cards(root)).toHaveLength(0);
  });

  it('paints the newest readings first and adds the forecast when the history arrives', async () => {
    const history = [
      reading('fresh', { at: NOW - 2 * DAY, remainingMB: 5120, totalMB: 10240, expiresAt: NOW + 20 * DAY }),
      reading('fresh', { at: NOW - HOUR, remainingMB: 1024, totalMB: 10240, expiresAt: NOW + 20 * DAY }),
    ];
    const full = view(line('fresh', { lineId: '070-1111-2222' }), history);
    const { connector } = mockConnector([full]);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const twoPhase: Connector = {
      ...connector,
      listLatest: async () => [{ ...full, recent: [], partial: true }],
      listLines: async () => {
        await gate;
        return connector.listLines();
      },
    };
    const root = await mount(<App connector={twoPhase} platform={platform()} providers={providers} initialTranslator={translator()} />);
    expect(cards(root)).toHaveLength(1);
    expect(text(root.querySelector('[data-testid=remaining]'))).toBe('1 GB');
    expect(root.querySelector('[data-testid=forecast]')).toBeNull();
    release();
    await until(() => expect(root.querySelector('[data-testid=forecast]')).not.toBeNull());
    expect(cards(root)).toHaveLength(1);
  });

  it('switches to the language chosen in settings', async () => {
    const { connector } = mockConnector(lines(), { language: 'ja' });
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    await until(() => expect(text(cards(root)[0]!.querySelector('[data-testid=headline]'))).toBe('データ 7.3 GB の期限：今日'));
    expect(document.documentElement.lang).toBe('ja');
  });

  it('shows the empty state with the providers when there are no lines', async () => {
    const { connector } = mockConnector([]);
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    expect(root.querySelector('[data-testid=empty]')).not.toBeNull();
    expect(text(root.querySelector('[data-testid=provider-list]'))).toContain('shop.povo.jp');
  });

  it('opens a line, shows its guide, and goes back to the same card with focus', async () => {
    const { connector } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    await click(root.querySelector('[data-line-id=fresh] .card-open'));
    expect(root.querySelector('[data-testid=line-detail]')).not.toBeNull();
    expect(text(root.querySelector('h1'))).toBe('povo · 070-1111-2222');
    expect(document.activeElement).toBe(root.querySelector('h1'));
    expect([...root.querySelectorAll('[data-kind=online] ol > li')].map(text)).toHaveLength(3);
    await click(root.querySelector('[data-testid=back]'));
    expect(cards(root)).toHaveLength(4);
    expect(document.activeElement).toBe(root.querySelector('[data-line-id=fresh] .card-open'));
  });

  it('renews from a card that needs action, at its recommended page; in the detail "I renewed" comes after, secondary', async () => {
    const p = platform();
    const { connector } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={p} providers={providers} initialTranslator={translator()} />);
    // Only the line lapsing today asks for action.
    expect(cards(root).map((c) => c.querySelector('[data-testid=renew]') !== null)).toEqual([true, false, false, false]);
    await click(cards(root)[0]!.querySelector('[data-testid=renew]'));
    expect(p.openUrl).toHaveBeenCalledWith('https://www.iijmio.jp/member/');
    expect(root.querySelector('[data-testid=line-detail]')).toBeNull();

    await click(cards(root)[0]!.querySelector('.card-open'));
    const actions = [...root.querySelectorAll('[data-testid=line-detail] .actions')[0]!.children];
    expect(actions[0]?.getAttribute('data-testid')).toBe('renew');
    expect(actions[0]?.classList.contains('primary')).toBe(true);
    const renewed = root.querySelector('[data-testid=renewed]')!;
    expect(actions.indexOf(renewed)).toBe(actions.length - 1);
    expect(renewed.classList.contains('primary')).toBe(false);
  });

  it('goes back with Escape', async () => {
    const { connector } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    await click(cards(root)[0]!.querySelector('.card-open'));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle();
    expect(cards(root)).toHaveLength(4);
  });

  it('records "I renewed" with the method, order number and amount', async () => {
    const { connector, writes } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    await click(root.querySelector('[data-line-id=fresh] .card-open'));
    await click(root.querySelector('[data-testid=renewed]'));
    const form = root.querySelector('[data-testid=renew-form]')!;
    const [method, currency] = [...form.querySelectorAll('select')];
    expect([...method!.querySelectorAll('option')].map((o) => o.value)).toEqual(['online', 'voucher']);
    await type(method, 'voucher');
    const [order, amount] = [...form.querySelectorAll('input')];
    await type(order, ' 4010000 ');
    await type(amount, '2,700');
    expect(currency!.value).toBe('JPY');
    await click(button(form, 'Save'));
    const saved = writes.find((w) => w.op === 'recordRenewal')?.args[0] as RenewalRecord;
    expect(saved).toMatchObject({
      lineId: 'fresh',
      at: NOW,
      method: 'voucher',
      orderNumber: '4010000',
      amount: 2700,
      currency: 'JPY',
      status: 'recorded',
      paid: true,
      expiresBefore: NOW + 20 * DAY,
    });
    expect(text(root.querySelector('.notice'))).toContain('Renewal saved.');
    expect(text(root.querySelector('[data-testid=renewals]'))).toContain('Order no. 4010000');
  });

  it('refuses an amount that is not a number', async () => {
    const { connector, writes } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    await click(root.querySelector('[data-line-id=fresh] .card-open'));
    await click(root.querySelector('[data-testid=renewed]'));
    const form = root.querySelector('[data-testid=renew-form]')!;
    await type(form.querySelectorAll('input')[1], 'abc');
    await click(button(form, 'Save'));
    expect(writes).toHaveLength(0);
    expect(text(form.querySelector('[role=alert]'))).toBe('Enter the amount as a number, such as 1980.');
  });

  it('adds a manual line with its expiry in JST and its data', async () => {
    const { connector, writes } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    await click(button(root, 'Add a line by hand'));
    const form = root.querySelector('[data-testid=line-form]')!;
    expect(text(form)).toContain('Enter the date and time in Japan time (JST)');
    await type(form.querySelector('#f-provider'), 'povo');
    await type(form.querySelector('#f-label'), 'Travel povo');
    await type(form.querySelector('#f-date'), '2027-01-15');
    await type(form.querySelector('#f-remainingGB'), '2.5');
    await type(form.querySelector('#f-totalGB'), '3');
    await type(form.querySelector('#f-keepAliveStart'), '2026-12-01');
    await click(button(form, 'Save'));
    const saved = writes.find((w) => w.op === 'saveLine')?.args[0];
    expect(saved).toMatchObject({
      id: 'manual:0000-test',
      provider: 'povo',
      label: 'Travel povo',
      manual: true,
      settings: { muted: false, keepAliveStart: at('2026-12-01T00:00:00+09:00') },
    });
    const added = writes.find((w) => w.op === 'addManualReading')?.args as [string, ReadingRecord];
    expect(added[0]).toBe('manual:0000-test');
    expect(added[1]).toMatchObject({
      source: 'manual',
      sourceUrl: '',
      at: NOW,
      expiresAt: at('2027-01-15T23:59:59.999+09:00'),
      remainingMB: 2560,
      totalMB: 3072,
      unlimited: false,
    });
    expect(cards(root).map((c) => c.getAttribute('data-line-id'))).toContain('manual:0000-test');
  });

  it('edits a manual line without a new reading when only the label changes', async () => {
    const { connector, writes } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    await click(root.querySelector('[data-line-id=unlimited] .card-open'));
    await click(button(root, 'Edit'));
    const form = root.querySelector('[data-testid=line-form]')!;
    expect((form.querySelector('#f-label') as HTMLInputElement).value).toBe('Unlimited eSIM');
    expect(text(form)).toContain('Enter the date and time in your time zone (Asia/Shanghai).');
    await type(form.querySelector('#f-label'), 'Holiday eSIM');
    await click(button(form, 'Save'));
    expect(writes.map((w) => w.op)).toEqual(['saveLine']);
    expect(text(root.querySelector('h1'))).toBe('Other provider · Holiday eSIM');
  });

  it('deletes a line after confirmation', async () => {
    const { connector, writes } = mockConnector(lines());
    const root = await mount(<App connector={connector} platform={platform()} providers={providers} initialTranslator={translator()} />);
    await click(root.querySelector('[data-line-id=stale] .card-open'));
    await click(button(root, 'Delete this line'));
    expect(writes).toHaveLength(0);
    await click(root.querySelector('button.danger'));
    expect(writes).toEqual([{ op: 'deleteLine', args: ['stale'] }]);
    expect(cards(root)).toHaveLength(3);
  });
});
