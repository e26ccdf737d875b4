// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { OptionsLines } from '@/components/options/lines';
import { endOfDateIn, lineStake, parseStake, stakeDraft } from '@/components/options/line-stake';
import { PROVIDERS } from '@/utils/providers';
import type { LineRecord } from '@/utils/records';
import type { LineView } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { DAY, NOW, click, line, mount, reading, submit, text, translator, type } from '../../support/options-seed';

const fmt = () => makeFmt(translator(), 'Asia/Shanghai', NOW);
const profileOf = (id: string) => PROVIDERS.find((p) => p.id === id);
const endOfJstDay = (date: string) => Date.parse(`${date}T23:59:59.999+09:00`);

function viewOf(l: LineRecord, readings = [reading(l.id, 1)]): LineView {
  return { line: l, latest: readings.at(-1), recent: readings, renewals: [] };
}

/** The options line table with one line, its drawer opened; saves go into `saved` and re-render. */
async function open(first: LineRecord, readings?: ReturnType<typeof reading>[]) {
  const saved: LineRecord[] = [];
  let current = first;
  const render = async () => {
    const root = await mount(
      <OptionsLines
        lines={[viewOf(current, readings)]}
        fmt={fmt()}
        providerName={(id) => profileOf(id)?.names.en ?? id}
        profileOf={profileOf}
        onSaveLine={onSaveLine}
        onDeleteLine={async () => undefined}
      />,
    );
    await click(root.querySelector('[data-testid=edit-line]'));
    return root;
  };
  const onSaveLine = vi.fn(async (l: LineRecord) => {
    saved.push(l);
    current = l;
  });
  return { root: await render(), saved, onSaveLine, rerender: render };
}

const kind = (root: ParentNode) => root.querySelector<HTMLSelectElement>('[data-testid=line-kind]');
const date = (root: ParentNode) => root.querySelector<HTMLInputElement>('[data-testid=line-deadline]');
const form = (root: ParentNode) => root.querySelector('[data-testid=line-drawer] form');
const fields = (root: ParentNode) => root.querySelector('[data-testid=line-stake]');
const basis = (root: ParentNode) => text(root.querySelector('[data-testid=line-deadline-basis]'));

describe('line kind and deadline (options)', () => {
  it("offers the four kinds, the provider's default marked and selected", async () => {
    const { root } = await open(line('povo:1', 'povo'));
    const options = [...(kind(root)?.options ?? [])].map((o) => [o.value, text(o)]);
    expect(options).toEqual([
      ['prepaid', 'Prepaid'],
      ['keep-number', "Keep-number (povo's default)"],
      ['monthly', 'Monthly plan'],
      ['travel-esim', 'Travel eSIM'],
    ]);
    expect(kind(root)?.value).toBe('keep-number');
    expect(date(root)?.value).toBe('');
    expect(date(root)?.type).toBe('date');
    // povo's rule from the paid topping's expiry (2027-01-20 JST): 180 days later, a day.
    expect(basis(root)).toBe('Now: Mon 19 Jul 2027, by the provider\'s rule counted from Wed 20 Jan 2027.');
  });

  it('saves a chosen kind and date together; the date is the end of that day in the provider zone', async () => {
    const { root, saved, rerender } = await open(line('povo:1', 'povo', { settings: { muted: true, lowDataMB: 500 } }));
    await type(kind(root), 'prepaid');
    await type(date(root), '2027-03-31');
    await submit(form(root));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.settings).toEqual({ muted: true, lowDataMB: 500, kind: 'prepaid', deadline: endOfJstDay('2027-03-31') });
    expect(text(root.querySelector('[data-testid=lines-status]'))).toBe('Saved for povo.');
    expect(root.querySelector('[data-testid=line-drawer]')).toBeNull();

    const again = await rerender();
    expect(kind(again)?.value).toBe('prepaid');
    expect(date(again)?.value).toBe('2027-03-31');
    expect(basis(again)).toBe('Now: Wed 31 Mar 2027, your date.');
  });

  it('clears the date, and stores no kind when the default is chosen again', async () => {
    const own = { muted: false, kind: 'prepaid' as const, deadline: endOfJstDay('2027-03-31') };
    const { root, saved } = await open(line('povo:1', 'povo', { settings: own }));
    expect(date(root)?.value).toBe('2027-03-31');
    await type(kind(root), 'keep-number');
    await type(date(root), '');
    await submit(form(root));
    expect(saved[0]?.settings).toEqual({ muted: false });
    expect(Object.keys(saved[0]?.settings ?? {})).toEqual(['muted']);
  });

  it('refuses a date out of range next to the field and saves nothing', async () => {
    const { root, onSaveLine } = await open(line('povo:1', 'povo'));
    await type(date(root), '1999-12-31');
    await submit(form(root));
    expect(onSaveLine).not.toHaveBeenCalled();
    expect(date(root)?.getAttribute('aria-invalid')).toBe('true');
    const errorId = date(root)?.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-error'));
    expect(text(root.querySelector(`[id="${errorId}"]`))).toBe('Enter a date between 2000 and 2199, or leave it empty.');
  });

  it('says a monthly line loses nothing on a date, and an estimate asks for the start of the count', async () => {
    const monthly = await open(line('iijmio:1', 'iijmio'));
    expect(kind(monthly.root)?.value).toBe('monthly');
    expect(basis(monthly.root)).toBe('Now: no date. Nothing is lost on a date on this kind of line.');

    const unseen = await open(line('povo:2', 'povo', { createdAt: NOW - 10 * DAY }), [reading('povo:2', 1, { expiresAt: null })]);
    expect(basis(unseen.root)).toMatch(/^Now: at the latest Fri 18 Jun 2027, an estimate counted from when Kigen first saw this line \(Sun 20 Dec 2026\)\./);
  });

  it('labels its controls and nests no control in another', async () => {
    const { root } = await open(line('povo:1', 'povo'));
    const stake = fields(root);
    for (const control of stake?.querySelectorAll('input, select') ?? []) {
      expect(stake?.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
      for (const id of control.getAttribute('aria-describedby')?.split(' ') ?? []) expect(root.querySelector(`[id="${id}"]`)).not.toBeNull();
    }
    expect(stake?.querySelector('button button, button select, button input, label button')).toBeNull();
  });
});

describe('line stake rules', () => {
  const povo = profileOf('povo');

  it('ends a typed day in the given zone, and refuses what is no day in range', () => {
    expect(endOfDateIn('2027-06-18', 'Asia/Tokyo')).toBe(endOfJstDay('2027-06-18'));
    expect(endOfDateIn('2027-02-30', 'Asia/Tokyo')).toBeUndefined();
    expect(endOfDateIn('2200-01-01', 'Asia/Tokyo')).toBeUndefined();
    expect(endOfDateIn('soon', 'Asia/Tokyo')).toBeUndefined();
  });

  it('reads the saved deadline back as the same day in the provider zone', () => {
    expect(stakeDraft({ muted: false, deadline: endOfJstDay('2027-01-01') }, 'prepaid', 'Asia/Tokyo')).toEqual({ kind: 'prepaid', date: '2027-01-01' });
  });

  it('keeps the other settings and the user kind only when it differs from the default', () => {
    const current = { muted: false, autoRenew: true, kind: 'monthly' as const };
    expect(parseStake({ kind: 'keep-number', date: '' }, current, 'keep-number', 'Asia/Tokyo')).toEqual({ settings: { muted: false, autoRenew: true } });
    expect(parseStake({ kind: 'travel-esim', date: '' }, current, 'keep-number', 'Asia/Tokyo')).toEqual({
      settings: { muted: false, autoRenew: true, kind: 'travel-esim' },
    });
  });

  it("takes the user's kind over the provider's, and the user's date as the deadline", () => {
    const l = line('povo:1', 'povo', { settings: { muted: false, kind: 'monthly' } });
    expect(lineStake(viewOf(l), povo, 'UTC')).toMatchObject({ defaultKind: 'keep-number', kind: 'monthly', zone: 'Asia/Tokyo', resolved: null });
    const dated = line('povo:1', 'povo', { settings: { muted: false, deadline: endOfJstDay('2027-02-01') } });
    expect(lineStake(viewOf(dated), povo, 'UTC').resolved?.deadline).toMatchObject({ basis: 'user', precision: 'date' });
  });
});
