// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PickerPanel } from '@/components/picker/panel';
import { dictionaryTranslator } from '@/utils/i18n/t';
import en from '@/utils/i18n/locales/en.json';
import ja from '@/utils/i18n/locales/ja.json';
import type { ToPage, ToPanel } from '@/utils/teach/picker-protocol';
import { act } from 'preact/test-utils';
import { click, mount, settle, text, type } from '../../support/dom';

const NOW = Date.parse('2026-12-02T10:00:00+09:00');

function harness(dict: Record<string, string> = en, locale: 'en' | 'ja' = 'en') {
  const sent: ToPage[] = [];
  let listener: ((m: ToPanel) => void) | null = null;
  const tr = dictionaryTranslator(locale, dict, en);
  const node = (
    <PickerPanel
      t={tr.t}
      intl={tr.intl}
      userZone="Europe/Berlin"
      now={NOW}
      send={(m) => sent.push(m)}
      subscribe={(l) => {
        listener = l;
        return () => (listener = null);
      }}
    />
  );
  const from = async (m: ToPanel) => {
    await act(async () => listener?.(m));
    await settle();
  };
  return { node, sent, from };
}

describe('the picker panel', () => {
  it('arms the expiry first, shows what Kigen understood in the zone, then moves on to the data', async () => {
    const h = harness();
    const root = await mount(h.node);
    await h.from({ type: 'init', site: 'https://www.riben-ka.example', provider: null, zone: null });
    expect(h.sent).toContainEqual({ type: 'arm', field: 'expiry' });
    expect(text(root.querySelector('[data-field="expiry"] [role="status"]'))).toBe('Click the Expiry date on the page.');
    expect((root.querySelector('button.primary') as HTMLButtonElement).disabled).toBe(true);

    await h.from({ type: 'picked', field: 'expiry', value: { text: '2026年12月15日', label: '有効期限' } });
    expect(text(root.querySelector('[data-testid="teach-value-expiry"]'))).toContain('Tue 15 Dec 2026, 23:59 Japan time (UTC+9)');
    expect(h.sent.at(-1)).toEqual({ type: 'arm', field: 'remaining' });

    // The user says the page is in China time: the same text is another instant.
    await type(root.querySelector('[data-testid="teach-zone"]'), 'Asia/Shanghai');
    expect(text(root.querySelector('[data-testid="teach-value-expiry"]'))).toContain('China time (UTC+8)');
  });

  it('a bare number needs its unit; save sends the zone, units and kind; Esc cancels', async () => {
    const h = harness();
    const root = await mount(h.node);
    await h.from({ type: 'init', site: 'https://x.example', provider: null, zone: 'Asia/Tokyo' });
    await h.from({ type: 'picked', field: 'remaining', value: { text: '12.5', label: '残量(GB)' } });
    expect(text(root.querySelector('[data-testid="teach-value-remaining"]'))).toContain('Kigen cannot read this');
    const unit = root.querySelector('[data-field="remaining"] select');
    await type(unit, 'GB');
    expect(text(root.querySelector('[data-testid="teach-value-remaining"]'))).toContain('12.5 GB');
    await click(root.querySelector('button.primary'));
    expect(h.sent.at(-1)).toEqual({ type: 'save', zone: 'Asia/Tokyo', units: { remaining: 'GB' }, lineKind: 'prepaid' });
    await h.from({ type: 'saved', ok: false, reason: 'remaining: two values fit equally' });
    expect(text(root.querySelector('[role="alert"]'))).toBe('Not saved: remaining: two values fit equally');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(h.sent.at(-1)).toEqual({ type: 'cancel' });
  });

  it('lists the page’s values for choosing by keyboard, as text (never HTML), in the user’s language', async () => {
    const h = harness(ja, 'ja');
    const root = await mount(h.node);
    await h.from({ type: 'init', site: 'https://x.example', provider: null, zone: null });
    await h.from({ type: 'candidates', field: 'expiry', values: [{ text: '<img src=x onerror=alert(1)>2027/01/15', label: '有効期限' }] });
    const list = root.querySelector('[data-testid="teach-list-expiry"]') as HTMLSelectElement;
    expect(list.options[1]?.textContent).toBe('有効期限: <img src=x onerror=alert(1)>2027/01/15');
    expect(root.querySelector('img')).toBeNull();
    await type(list, '0');
    expect(h.sent.at(-1)).toEqual({ type: 'choose', field: 'expiry', index: 0 });
    expect(text(root)).toContain('ページ上の「有効期限」をクリックしてください。');
    await h.from({ type: 'saved', ok: true });
    expect(text(root)).toContain('保存しました');
  });
});
