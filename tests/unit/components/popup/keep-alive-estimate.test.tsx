// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { LineSummary } from '@/components/popup/line-summary';
import { lineStatus } from '@/components/popup/line-status';
import { App, type Platform } from '@/entrypoints/popup/App';
import { guideSource, popupProviders } from '@/entrypoints/popup/providers';
import type { ProviderProfile } from '@/utils/providers/types';
import type { LineRecord } from '@/utils/records';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import {
  DAY,
  GUIDE_LISTS,
  NOW,
  POVO,
  PROFILES,
  click,
  fmt,
  line,
  mockConnector,
  mount,
  reading,
  text,
  translator,
  type,
  until,
  view,
} from '../../support/popup-seed';
import { submit } from '../../support/dom';

/** A povo line Kigen has seen no paid topping on: the keep-alive deadline counts from "first seen". */
const estimated = () => view(line('a', { lineId: '090-1234-5678' }), [reading('a', { expiresAt: null })]);

const button = (root: ParentNode) => root.querySelector<HTMLButtonElement>('[data-testid=enter-keep-alive-start]');

describe('keep-alive estimate in the popup', () => {
  it('asks for the missing fact with a button beside the estimate, named by the provider rule', async () => {
    const status = lineStatus(estimated(), POVO, DEFAULT_SETTINGS, NOW);
    const onEnter = vi.fn();
    const root = await mount(<LineSummary status={status} fmt={fmt()} detailed onEnterKeepAliveStart={onEnter} />);
    const note = root.querySelector('[data-testid=keep-alive-estimated]');
    expect(text(note)).toContain('Estimated from when Kigen first saw this line');
    expect(text(button(root))).toBe('Enter when your last paid top-up ended');
    // A real button, not nested in another control.
    expect(button(root)?.getAttribute('type')).toBe('button');
    expect(button(root)?.parentElement?.closest('button, a, label')).toBeNull();
    await click(button(root));
    expect(onEnter).toHaveBeenCalledOnce();
  });

  it('asks for the last top-up or use where the rule counts from activity (giffgaff)', async () => {
    const giffgaff: ProviderProfile = { ...POVO, keepAlive: { anchor: 'afterLastActivity', days: 180, actionKey: 'keepalive_giffgaff' } };
    const status = lineStatus(estimated(), giffgaff, DEFAULT_SETTINGS, NOW);
    const root = await mount(<LineSummary status={status} fmt={fmt()} detailed onEnterKeepAliveStart={() => undefined} />);
    expect(text(button(root))).toBe('Enter the date of your last top-up or use');
  });

  it('offers no button once the count has a known start', async () => {
    const v = view(line('a', { settings: { muted: false, keepAliveStart: NOW - 10 * DAY } }), [reading('a', { expiresAt: null })]);
    const status = lineStatus(v, POVO, DEFAULT_SETTINGS, NOW);
    const root = await mount(<LineSummary status={status} fmt={fmt()} detailed onEnterKeepAliveStart={() => undefined} />);
    expect(root.querySelector('[data-testid=keep-alive-estimated]')).toBeNull();
    expect(button(root)).toBeNull();
  });

  it('opens the edit form of a page-read line at the keep-alive start, and saves the date given', async () => {
    const { connector, writes } = mockConnector([estimated()]);
    const platform: Platform = { openUrl: vi.fn(), openSettings: vi.fn(), zone: 'Asia/Shanghai', now: () => NOW, newId: () => 'id' };
    const root = await mount(
      <App connector={connector} platform={platform} providers={popupProviders(PROFILES, async () => guideSource(PROFILES, GUIDE_LISTS))} initialTranslator={translator()} />,
    );
    await until(() => expect(root.querySelector('[data-testid=line-card] .card-open')).not.toBeNull());
    await click(root.querySelector('[data-testid=line-card] .card-open'));
    await until(() => expect(button(root)).not.toBeNull());
    await click(button(root));

    const form = root.querySelector('[data-testid=line-form]');
    expect(form).not.toBeNull();
    // A page-read line: only the name and the keep-alive start are the user's.
    expect(root.querySelector('#f-date')).toBeNull();
    const start = root.querySelector<HTMLInputElement>('#f-keepAliveStart');
    expect(start).not.toBeNull();
    expect(document.activeElement).toBe(start);

    await type(start, '2026-12-01');
    await submit(form);
    const saved = writes.filter((w) => w.op === 'saveLine').map((w) => w.args[0] as LineRecord);
    // The start of the day in povo's zone (JST).
    expect(saved.at(-1)?.settings.keepAliveStart).toBe(Date.parse('2026-12-01T00:00:00+09:00'));
    expect(writes.some((w) => w.op === 'addManualReading')).toBe(false);
  });
});
