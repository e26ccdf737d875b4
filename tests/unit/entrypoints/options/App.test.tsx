// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { App, type OptionsPlatform } from '@/entrypoints/options/App';
import { readBackup } from '@/utils/backup';
import { DB_VERSION } from '@/utils/db';
import { PROVIDERS } from '@/utils/providers';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import {
  NOW,
  click,
  memoryConnector,
  mount,
  pickFile,
  sampleData,
  submit,
  text,
  translator,
  type,
  until,
} from '../../support/options-seed';

function platform() {
  return {
    now: () => NOW,
    zone: 'Asia/Shanghai',
    download: vi.fn<OptionsPlatform['download']>(),
  };
}

async function open(data = sampleData()) {
  const mem = memoryConnector(data);
  const plat = platform();
  const root = await mount(<App connector={mem.connector} platform={plat} providers={PROVIDERS} initialTranslator={translator()} />);
  await until(() => expect(root.querySelector('[data-testid=settings-form]')).not.toBeNull());
  return { root, ...mem, platform: plat };
}

const $ = (root: HTMLElement, selector: string) => root.querySelector(selector);
const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid=options-line]')];
const row = (root: HTMLElement, lineId: string) => {
  const found = rows(root).find((r) => r.dataset.lineId === lineId);
  if (!found) throw new Error(`no row ${lineId}`);
  return found;
};

describe('options page', () => {
  it('says that no data leaves the browser', async () => {
    const { root } = await open();
    expect(text($(root, '[data-testid=privacy]'))).toContain('sends nothing to any server');
    expect(document.title).toBe('Kigen settings');
  });

  it('labels every input and select, an open line drawer included', async () => {
    const { root } = await open();
    await click($(root, '[data-testid=edit-line]'));
    expect($(root, '[data-testid=line-drawer]')).not.toBeNull();
    const controls = [...root.querySelectorAll('input, select')];
    expect(controls.length).toBeGreaterThan(15);
    const unlabelled = controls.filter((c) => {
      const id = c.getAttribute('id');
      const byFor = id ? root.querySelector(`label[for="${id}"]`) : null;
      return !byFor && !c.closest('label') && !c.getAttribute('aria-label');
    });
    expect(unlabelled.map((c) => c.outerHTML)).toEqual([]);
  });
});

describe('settings', () => {
  it('shows the stored values', async () => {
    const { root } = await open(sampleData({ lowDataMB: 2048, quietStart: 23 * 60 }));
    expect(($(root, '#set-lowDataAmount') as HTMLInputElement).value).toBe('2');
    expect(($(root, '#set-lowDataUnit') as HTMLSelectElement).value).toBe('GB');
    expect(($(root, '#set-quietStart') as HTMLInputElement).value).toBe('23:00');
    expect(text($(root, '[data-testid=lead-list]'))).toBe('7 days before×3 days before×1 day before×On the day×');
  });

  it('refuses a wrong value with an error next to the field and saves nothing', async () => {
    const { root, connector } = await open();
    await type($(root, '#set-lowDataPercent'), '150');
    await submit($(root, '[data-testid=settings-form]'));
    const field = $(root, '#set-lowDataPercent') as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(text($(root, '#set-lowDataPercent-error'))).toBe('Enter a number from 0 to 100.');
    expect(field.getAttribute('aria-describedby')).toContain('set-lowDataPercent-error');
    expect(document.activeElement).toBe(field);
    expect(text($(root, '[data-testid=settings-error]'))).toMatch(/need fixing/);
    expect(connector.saveSettings).not.toHaveBeenCalled();
  });

  it('saves what was typed, converted to the stored units', async () => {
    const { root, connector } = await open();
    await type($(root, '#set-lowDataPercent'), '15');
    await type($(root, '#set-lowDataAmount'), '500');
    await type($(root, '#set-lowDataUnit'), 'MB');
    await type($(root, '#set-staleDays'), '10');
    await type($(root, '#set-quietStart'), '23:30');
    await type($(root, '#set-quietEnd'), '07:00');
    await submit($(root, '[data-testid=settings-form]'));
    expect(connector.saveSettings).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      lowDataPercent: 15,
      lowDataMB: 500,
      staleDays: 10,
      quietStart: 23 * 60 + 30,
      quietEnd: 7 * 60,
    });
    expect(text($(root, '[data-testid=settings-status]'))).toBe('Settings saved.');
  });

  it('adds and removes lead days, refusing duplicates, out-of-range values and a ninth', async () => {
    const { root, connector } = await open();
    const add = async (value: string) => {
      await type($(root, '#lead-add'), value);
      await click([...root.querySelectorAll('.inline-add button')][0]);
    };
    await add('7');
    expect(text($(root, '#lead-add-error'))).toBe('This reminder is already in the list.');
    await add('61');
    expect(text($(root, '#lead-add-error'))).toBe('Enter a whole number of days from 0 to 60.');
    for (const d of ['30', '14', '10', '5']) await add(d);
    expect(root.querySelectorAll('.lead-list li')).toHaveLength(8);
    await add('2');
    expect(text($(root, '#lead-add-error'))).toMatch(/at most 8/);
    await click($(root, '.lead-list button[aria-label="Remove: 30 days before"]'));
    expect(root.querySelectorAll('.lead-list li')).toHaveLength(7);
    await submit($(root, '[data-testid=settings-form]'));
    expect(connector.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ leadDays: [14, 10, 7, 5, 3, 1, 0] }));
  });

  it('offers each language by its own name and switches the page after saving', async () => {
    const { root, connector } = await open();
    const options = [...root.querySelectorAll('#set-language option')].map((o) => text(o));
    expect(options).toEqual(['Same as the browser', '简体中文', '繁體中文', '日本語', 'English']);
    await type($(root, '#set-language'), 'ja');
    await submit($(root, '[data-testid=settings-form]'));
    expect(connector.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ language: 'ja' }));
    await until(() => expect(text($(root, 'h1'))).toBe('Kigen 設定'));
    expect(document.documentElement.lang).toBe('ja');
  });
});

describe('lines', () => {
  const drawer = () => document.querySelector<HTMLDialogElement>('[data-testid=line-drawer]');
  const field = (testid: string) => drawer()?.querySelector(`[data-testid=${testid}]`);
  const edit = (root: HTMLElement, lineId: string) => click(row(root, lineId).querySelector('[data-testid=edit-line]'));

  it('lists every line in a table by provider and name', async () => {
    const { root } = await open();
    expect(rows(root).map((r) => [text(r.querySelector('.line-name')), text(r.querySelector('.col-line .sub'))])).toEqual([
      ['School SIM', 'Other provider'],
      ['080-0000-0000', 'povo'],
      ['Travel', 'povo · 090-1234-5678'],
    ]);
    // No line's form on the page until Edit: one button per row.
    expect(root.querySelectorAll('[data-testid=line-name]')).toHaveLength(0);
    expect(root.querySelectorAll('[data-testid=edit-line]')).toHaveLength(3);
  });

  it('renames a line in its drawer, and refuses a name that is too long', async () => {
    const { root, connector } = await open();
    await edit(root, 'povo:08000000000');
    await type(field('line-name'), 'x'.repeat(61));
    await submit(drawer()?.querySelector('form'));
    expect(text(drawer()?.querySelector('.error'))).toBe('Use at most 60 characters.');
    expect(connector.saveLine).not.toHaveBeenCalled();
    await type(field('line-name'), '  Spare SIM ');
    await submit(drawer()?.querySelector('form'));
    expect(connector.saveLine).toHaveBeenCalledTimes(1);
    expect(connector.saveLine).toHaveBeenCalledWith(expect.objectContaining({ id: 'povo:08000000000', label: 'Spare SIM' }));
    await until(() => expect(text($(root, '[data-testid=lines-status]'))).toBe('Saved for Spare SIM.'));
    await until(() => expect(text(row(root, 'povo:08000000000').querySelector('.line-name'))).toBe('Spare SIM'));
  });

  it('mutes a line, and the table says so after the save', async () => {
    const { root, connector } = await open();
    await edit(root, 'manual:x');
    await click(field('mute'));
    expect(connector.saveLine).not.toHaveBeenCalled();
    await click(field('save-line'));
    expect(connector.saveLine).toHaveBeenCalledWith(expect.objectContaining({ id: 'manual:x', settings: { muted: true } }));
    await until(() => expect(text(row(root, 'manual:x').querySelector('[data-testid=line-reminders]'))).toBe('Muted'));
  });

  it('saves name, kind, the line’s own warning, auto-renew and mute with one call; a wrong value saves nothing', async () => {
    const { root, connector } = await open();
    await edit(root, 'manual:x');
    await type(field('line-lowDataPercent'), '150');
    await submit(drawer()?.querySelector('form'));
    expect(text(drawer()?.querySelector('.line-alerts .error'))).toBe('Enter a number from 0 to 100.');
    expect(connector.saveLine).not.toHaveBeenCalled();
    await type(field('line-name'), 'School');
    await type(field('line-kind'), 'travel-esim');
    await type(field('line-lowDataPercent'), '15');
    await type(field('line-lowDataAmount'), '2');
    await click(field('line-autoRenew'));
    await click(field('mute'));
    await submit(drawer()?.querySelector('form'));
    expect(connector.saveLine).toHaveBeenCalledTimes(1);
    expect(connector.saveLine).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'manual:x', label: 'School', settings: { muted: true, kind: 'travel-esim', lowDataPercent: 15, lowDataMB: 2048, autoRenew: true } }),
    );
    await until(() => expect(text($(root, '[data-testid=lines-status]'))).toBe('Saved for School.'));
    expect(drawer()).toBeNull();
  });

  it('asks before deleting; cancel keeps the line, confirm deletes it', async () => {
    const { root, connector } = await open();
    await edit(root, 'povo:09012345678');
    await click(field('delete-line'));
    expect(text(drawer()?.querySelector('.confirm p'))).toMatch(/^Delete Travel\? Its readings/);
    expect(connector.deleteLine).not.toHaveBeenCalled();
    await click(field('cancel-delete'));
    expect(drawer()?.querySelector('.confirm')).toBeNull();
    expect(connector.deleteLine).not.toHaveBeenCalled();

    await click(field('delete-line'));
    await click(field('confirm-delete'));
    expect(connector.deleteLine).toHaveBeenCalledWith('povo:09012345678');
    await until(() => expect(rows(root)).toHaveLength(2));
    expect(drawer()).toBeNull();
    expect(text($(root, '[data-testid=lines-status]'))).toBe('Travel deleted.');
    expect(document.activeElement).toBe($(root, '#lines-heading'));
  });
});

describe('backup', () => {
  it('downloads a backup the importer accepts', async () => {
    const { root, platform: plat } = await open();
    await click($(root, '[data-testid=export-backup]'));
    expect(plat.download).toHaveBeenCalledTimes(1);
    const [name, body, mime] = plat.download.mock.calls[0]!;
    expect(name).toBe('kigen-backup-2026-12-30.json');
    expect(mime).toBe('application/json');
    expect(JSON.parse(body)).toMatchObject({ format: 'kigen-backup', schemaVersion: DB_VERSION, exportedAt: new Date(NOW).toISOString() });
    const read = await readBackup(body);
    expect(read.ok && read.data).toEqual(sampleData());
    expect(text($(root, '[data-testid=export-status]'))).toBe(`Backup saved: ${name}`);
  });

  it.each([
    ['corrupt', 'not json at all', /cannot be read/],
    ['truncated', '{"format":"kigen-backup","schemaVersion":1,"data":{"lines":[', /incomplete/],
    ['foreign', '{"hello":"world"}', /not a Kigen backup/],
    ['newer', JSON.stringify({ format: 'kigen-backup', schemaVersion: DB_VERSION + 1, exportedAt: '2026-01-01T00:00:00Z', data: {} }), new RegExp(`newer version of Kigen \\(data version ${DB_VERSION + 1}\\)`)],
  ])('refuses a %s file with its own message and changes nothing', async (kind, content, message) => {
    const { root, connector, current } = await open();
    const before = structuredClone(current());
    await pickFile($(root, '[data-testid=import-file]'), 'x.json', content);
    await until(() => expect($(root, '[data-testid=import-error]')).not.toBeNull());
    const error = $(root, '[data-testid=import-error]') as HTMLElement;
    expect(error.dataset.error).toBe(kind);
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toMatch(message);
    expect(text(error)).toMatch(/Nothing was changed\.$/);
    expect($(root, '[data-testid=import-review]')).toBeNull();
    expect(connector.replaceAllData).not.toHaveBeenCalled();
    expect(current()).toEqual(before);
  });

  it('says where an invalid file fails', async () => {
    const { root } = await open();
    const bad = sampleData();
    bad.readings[0]!.remainingMB = -1;
    await pickFile($(root, '[data-testid=import-file]'), 'x.json', JSON.stringify({ format: 'kigen-backup', schemaVersion: DB_VERSION, exportedAt: '2026-01-01T00:00:00Z', data: bad }));
    await until(() => expect(text($(root, '[data-testid=import-error]'))).toMatch(/\(at readings\[0\]\.remainingMB\)/));
  });

  it('shows what a restore changes and writes only after confirming', async () => {
    const { root, connector, current } = await open();
    const incoming = sampleData({ staleDays: 3 });
    incoming.lines = incoming.lines.filter((l) => l.id !== 'manual:x');
    incoming.readings = incoming.readings.filter((r) => r.lineId !== 'manual:x');
    incoming.lines.push({ ...incoming.lines[0]!, id: 'iijmio:main', provider: 'iijmio', lineId: null, label: 'Home' });
    const file = JSON.stringify({ format: 'kigen-backup', schemaVersion: DB_VERSION, exportedAt: '2026-12-01T00:00:00.000Z', data: incoming });

    await pickFile($(root, '[data-testid=import-file]'), 'backup.json', file);
    await until(() => expect($(root, '[data-testid=import-review]')).not.toBeNull());
    const summary = [...root.querySelectorAll('[data-testid=backup-summary] > li')].map((li) => text(li));
    expect(summary).toEqual([
      'Add lines: 1Home',
      "Replace lines with the file's version: 0",
      'Keep lines unchanged: 2',
      'Delete lines that are not in the file: 1School SIM',
      'Readings: 0 added, 1 removed, 2 in total afterwards',
      'Renewals: 0 added, 0 removed, 0 in total afterwards',
      "Replace the settings with the file's",
    ]);
    expect(text($(root, '#backup-review-heading'))).toBe('Backup from Tue 1 Dec 2026, 08:00. Restoring it will:');
    expect(connector.replaceAllData).not.toHaveBeenCalled();

    await click($(root, '[data-testid=confirm-import]'));
    expect(connector.replaceAllData).toHaveBeenCalledTimes(1);
    expect(current()).toEqual(incoming);
    await until(() => expect(text($(root, '[data-testid=import-done]'))).toMatch(/Backup restored/));
    expect(rows(root).map((r) => r.dataset.lineId).sort()).toEqual(['iijmio:main', 'povo:08000000000', 'povo:09012345678']);
  });

  it('cancels a restore without writing', async () => {
    const { root, connector } = await open();
    await pickFile($(root, '[data-testid=import-file]'), 'b.json', JSON.stringify({ format: 'kigen-backup', schemaVersion: DB_VERSION, exportedAt: '2026-12-01T00:00:00Z', data: sampleData() }));
    await until(() => expect($(root, '[data-testid=import-review]')).not.toBeNull());
    expect(text($(root, '[data-testid=import-review]'))).toContain('The file holds the same data as this browser');
    await click($(root, '[data-testid=cancel-import]'));
    expect($(root, '[data-testid=import-review]')).toBeNull();
    expect(connector.replaceAllData).not.toHaveBeenCalled();
  });
});

describe('calendar', () => {
  it('downloads an .ics file with the lines deadlines and data lapses', async () => {
    const { root, platform: plat } = await open();
    await click($(root, '[data-testid=export-calendar]'));
    const [name, body, mime] = plat.download.mock.calls[0]!;
    expect(name).toBe('kigen-2026-12-30.ics');
    expect(mime).toBe('text/calendar');
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = body.match(/BEGIN:VEVENT/g)?.length ?? 0;
    // The manual line's expiry, the two povo keep-alive deadlines, and the two povo toppings
    // ending (data lapses, worded as data).
    expect(events).toBe(5);
    expect(body.match(/SUMMARY:.*data ends/g)).toHaveLength(2);
    expect(text($(root, '[data-testid=calendar-status]'))).toBe(`Calendar file saved: ${name} (events: 5)`);
  });

  it('sits right under the privacy note, headed for the phone', async () => {
    const { root } = await open();
    const sections = [...root.querySelectorAll('main > section')];
    expect(sections.slice(0, 2).map((s) => s.getAttribute('data-testid'))).toEqual(['privacy', 'calendar-section']);
    expect(text($(root, '#calendar-heading'))).toBe("Put reminders in your phone's calendar");
  });

  it('says so when there is nothing to export', async () => {
    const { root, platform: plat } = await open({ ...sampleData(), lines: [], readings: [] });
    await click($(root, '[data-testid=export-calendar]'));
    expect(plat.download).not.toHaveBeenCalled();
    expect(text($(root, '[data-testid=calendar-status]'))).toMatch(/no upcoming number deadline or data lapse/);
  });
});
