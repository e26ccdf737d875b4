// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsLines } from '@/components/options/lines';
import { PROVIDERS } from '@/utils/providers';
import type { LineRecord } from '@/utils/records';
import type { LineView } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { DAY, NOW, click, line, mount, reading, settle, submit, text, translator, type } from '../../support/options-seed';

/** The lines table and a line's drawer: one row per line, Edit opens the drawer, one Save. */

const profileOf = (id: string) => PROVIDERS.find((p) => p.id === id);
const HOUR = 3_600_000;

function views(): LineView[] {
  const travel = line('povo:1', 'povo', { lineId: '090-1234-5678', label: 'Travel', settings: { muted: false, lowDataMB: 512 } });
  const spare = line('povo:2', 'povo', { lineId: '080-0000-0000', settings: { muted: true } });
  const school = line('manual:x', 'other', { manual: true, label: 'School SIM' });
  const r1 = reading('povo:1', 1, { at: NOW - 2 * HOUR });
  const r3 = reading('manual:x', 3, { at: NOW - 3 * DAY, expiresAt: NOW - DAY });
  return [
    { line: travel, latest: r1, recent: [r1], renewals: [] },
    { line: spare, latest: undefined, recent: [], renewals: [] },
    { line: school, latest: r3, recent: [r3], renewals: [] },
  ];
}

async function open(onSaveLine = vi.fn(async (_l: LineRecord) => undefined), onDeleteLine = vi.fn(async (_id: string) => undefined)) {
  const root = await mount(
    <OptionsLines
      lines={views()}
      fmt={makeFmt(translator(), 'Asia/Shanghai', NOW)}
      providerName={(id) => (id === 'other' ? 'Other provider' : (profileOf(id)?.names.en ?? id))}
      profileOf={profileOf}
      onSaveLine={onSaveLine}
      onDeleteLine={onDeleteLine}
    />,
  );
  return { root, onSaveLine, onDeleteLine };
}

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid=options-line]')];
const row = (root: HTMLElement, id: string) => rows(root).find((r) => r.dataset.lineId === id);
const drawer = () => document.querySelector<HTMLDialogElement>('[data-testid=line-drawer]');
const inDrawer = <E extends Element = HTMLInputElement>(testid: string) => drawer()?.querySelector<E>(`[data-testid=${testid}]`) ?? null;
const edit = (root: HTMLElement, id: string) => click(row(root, id)?.querySelector('[data-testid=edit-line]'));
async function press(el: Element | null | undefined, key: string) {
  await act(async () => {
    el?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('lines table', () => {
  it('shows one row per line, by provider then name: the name over its provider and number, then its columns', async () => {
    const { root } = await open();
    expect([...root.querySelectorAll('thead th')].map((th) => text(th))).toEqual(['Line', 'Kind', 'Next date', 'Last read', 'Reminders', 'Actions']);
    const cells = rows(root).map((r) => [...r.querySelectorAll('th, td')].map((c) => text(c)));
    expect(cells).toEqual([
      // A prepaid SIM's expiry is its deadline (past: shown as the last thing lost).
      ['School SIMOther provider', 'Prepaid', 'Tue 29 Dec 2026number/SIM deadline', '3 days ago', 'On', 'Edit'],
      // No reading: povo's 180 days counted from when Kigen first saw the line.
      ['080-0000-0000povo', 'Keep-number', 'Sat 29 May 2027number/SIM deadline', 'No reading yet', 'Muted', 'Edit'],
      // The topping's end comes before the number's deadline.
      ['Travelpovo · 090-1234-5678', 'Keep-number', 'Wed 20 Jan 2027data ends', '2 hours ago', 'On', 'Edit'],
    ]);
    // Dates in the user's zone (Shanghai): the povo topping ends 2027-01-20 23:59 JST, 22:59 there.
    expect(row(root, 'povo:1')?.querySelector('time')?.getAttribute('title')).toBe('Wed 20 Jan 2027, 22:59');
    // Each cell carries its column's name for the narrow layout, and Edit names its line.
    expect(row(root, 'povo:1')?.querySelector('.col-kind')?.getAttribute('data-label')).toBe('Kind');
    const button = row(root, 'povo:1')?.querySelector('[data-testid=edit-line]');
    expect(text(document.getElementById(button?.getAttribute('aria-describedby') ?? ''))).toBe('Travelpovo · 090-1234-5678');
    expect(drawer()).toBeNull();
  });

  it('says so when there is no line', async () => {
    const root = await mount(
      <OptionsLines lines={[]} fmt={makeFmt(translator(), 'UTC', NOW)} providerName={(id) => id} onSaveLine={vi.fn()} onDeleteLine={vi.fn()} />,
    );
    expect(root.querySelector('[data-testid=lines-empty]')).not.toBeNull();
    expect(root.querySelector('table')).toBeNull();
  });
});

describe('line drawer', () => {
  it('opens as a modal dialog named after the line, focus in the name; Escape closes it and focus returns to Edit', async () => {
    const { root, onSaveLine } = await open();
    await edit(root, 'povo:1');
    const dialog = drawer();
    expect(dialog?.open).toBe(true);
    expect(text(document.getElementById(dialog?.getAttribute('aria-labelledby') ?? ''))).toBe('Travel');
    expect(text(dialog?.querySelector('.drawer-head .hint'))).toBe('povo · 090-1234-5678 · Last reading: 2 hours ago');
    expect(document.activeElement).toBe(inDrawer('line-name'));
    expect(inDrawer('line-name')?.value).toBe('Travel');
    expect(inDrawer('line-lowDataAmount')?.value).toBe('512');

    await type(inDrawer('line-name'), 'Changed');
    await press(inDrawer('line-name'), 'Escape');
    expect(drawer()).toBeNull();
    expect(document.activeElement).toBe(row(root, 'povo:1')?.querySelector('[data-testid=edit-line]'));
    expect(onSaveLine).not.toHaveBeenCalled();

    // Opened again, it shows the saved values, not the discarded typing.
    await edit(root, 'povo:1');
    expect(inDrawer('line-name')?.value).toBe('Travel');
    await click(inDrawer('cancel-line'));
    expect(drawer()).toBeNull();
    expect(document.activeElement).toBe(row(root, 'povo:1')?.querySelector('[data-testid=edit-line]'));
  });

  it('saves every field with one call, then closes and says so', async () => {
    const { root, onSaveLine } = await open();
    await edit(root, 'povo:2');
    await type(inDrawer('line-name'), '  Spare ');
    await type(inDrawer<HTMLSelectElement>('line-kind'), 'prepaid');
    await type(inDrawer('line-deadline'), '2027-03-31');
    await type(inDrawer('line-lowDataPercent'), '15');
    await type(inDrawer('line-lowDataAmount'), '2');
    await click(inDrawer('line-autoRenew'));
    await click(inDrawer('mute'));
    await submit(drawer()?.querySelector('form'));
    expect(onSaveLine).toHaveBeenCalledTimes(1);
    expect(onSaveLine.mock.calls[0]?.[0]).toEqual({
      ...views()[1]?.line,
      label: 'Spare',
      settings: { muted: false, kind: 'prepaid', deadline: Date.parse('2027-03-31T23:59:59.999+09:00'), lowDataPercent: 15, lowDataMB: 2048, autoRenew: true },
    });
    expect(drawer()).toBeNull();
    expect(text(root.querySelector('[data-testid=lines-status]'))).toBe('Saved for Spare.');
    expect(document.activeElement).toBe(row(root, 'povo:2')?.querySelector('[data-testid=edit-line]'));
  });

  it('saves nothing while any field is wrong: each error next to its field, focus on the first', async () => {
    const { root, onSaveLine } = await open();
    await edit(root, 'povo:1');
    await type(inDrawer('line-name'), 'x'.repeat(61));
    await type(inDrawer('line-lowDataPercent'), '150');
    await type(inDrawer('line-lowDataAmount'), '-1');
    await submit(drawer()?.querySelector('form'));
    expect(onSaveLine).not.toHaveBeenCalled();
    expect(drawer()?.open).toBe(true);
    const errorOf = (testid: string) => {
      const field = inDrawer(testid);
      expect(field?.getAttribute('aria-invalid')).toBe('true');
      const id = field?.getAttribute('aria-describedby')?.split(' ').find((i) => i.endsWith('-error'));
      const error = document.getElementById(id ?? '');
      // Next to the field: in the same field box.
      expect(error?.closest('.field')).toBe(field?.closest('.field'));
      return text(error);
    };
    expect(errorOf('line-name')).toBe('Use at most 60 characters.');
    expect(errorOf('line-lowDataPercent')).toBe('Enter a number from 0 to 100.');
    expect(errorOf('line-lowDataAmount')).toMatch(/^Enter an amount/);
    expect(inDrawer('line-deadline')?.getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(inDrawer('line-name'));
    expect(text(inDrawer('line-invalid'))).toMatch(/need fixing/);

    // Fixing one field clears its error only; still nothing is saved until all are right.
    await type(inDrawer('line-name'), 'Ok');
    expect(inDrawer('line-name')?.getAttribute('aria-invalid')).toBeNull();
    await submit(drawer()?.querySelector('form'));
    expect(onSaveLine).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(inDrawer('line-lowDataPercent'));
    await type(inDrawer('line-lowDataPercent'), '');
    await type(inDrawer('line-lowDataAmount'), '');
    await submit(drawer()?.querySelector('form'));
    expect(onSaveLine).toHaveBeenCalledTimes(1);
    expect(onSaveLine.mock.calls[0]?.[0]).toMatchObject({ label: 'Ok', settings: { muted: false } });
  });

  it('keeps the drawer open with the reason when saving fails', async () => {
    const { root } = await open(vi.fn(async () => Promise.reject(new Error('quota'))));
    await edit(root, 'povo:1');
    await submit(drawer()?.querySelector('form'));
    expect(drawer()?.open).toBe(true);
    expect(text(inDrawer('line-failed'))).toBe('Could not save the change: quota');
    expect(inDrawer<HTMLButtonElement>('save-line')?.disabled).toBe(false);
  });

  it('asks before deleting: Escape closes the question only; confirm deletes and focus goes to the heading', async () => {
    const { root, onDeleteLine } = await open();
    await edit(root, 'manual:x');
    await click(inDrawer('delete-line'));
    expect(text(drawer()?.querySelector('.confirm p'))).toMatch(/^Delete School SIM\? Its readings/);
    expect(document.activeElement).toBe(inDrawer('cancel-delete'));
    await press(inDrawer('cancel-delete'), 'Escape');
    expect(drawer()?.open).toBe(true);
    expect(drawer()?.querySelector('.confirm')).toBeNull();
    expect(document.activeElement).toBe(inDrawer('delete-line'));
    expect(onDeleteLine).not.toHaveBeenCalled();

    await click(inDrawer('delete-line'));
    await click(inDrawer('confirm-delete'));
    expect(onDeleteLine).toHaveBeenCalledWith('manual:x');
    expect(drawer()).toBeNull();
    expect(text(root.querySelector('[data-testid=lines-status]'))).toBe('School SIM deleted.');
    expect(document.activeElement).toBe(root.querySelector('#lines-heading'));
  });

  it('labels every control, and the dialog closed by the browser is closed here too', async () => {
    const { root } = await open();
    await edit(root, 'povo:1');
    const dialog = drawer();
    for (const control of dialog?.querySelectorAll('input, select') ?? []) {
      const labelled = (control.id && dialog?.querySelector(`label[for="${control.id}"]`)) || control.closest('label') || control.getAttribute('aria-label');
      expect(labelled, control.outerHTML).toBeTruthy();
    }
    await act(async () => {
      dialog?.close();
    });
    await settle();
    expect(drawer()).toBeNull();
  });
});
