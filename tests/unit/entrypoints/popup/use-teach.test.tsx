// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { TeachOffer } from '@/components/popup/teach-offer';
import { type TeachPlatform, useTeach } from '@/entrypoints/popup/use-teach';
import { makeFmt } from '@/utils/format';
import { dictionaryTranslator } from '@/utils/i18n/t';
import en from '@/utils/i18n/locales/en.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import type { TabStatus } from '@/utils/messaging/protocol';
import { click, mount, text } from '../../support/dom';

const NOW = Date.parse('2026-12-02T10:00:00+09:00');
const SITE = 'https://www.riben-ka.example';

function platform(over: Partial<TeachPlatform> = {}, url: string | null = `${SITE}/user/sim`): TeachPlatform {
  return {
    tab: async () => ({ id: 7, url }),
    isProviderHost: (host) => host === 'www.iijmio.jp',
    request: vi.fn(async () => true),
    notePending: vi.fn(),
    start: vi.fn(async () => ({ started: true, reason: '' })),
    close: vi.fn(),
    ...over,
  };
}

function Harness({ p, status, dict = en, locale = 'en' }: { p: TeachPlatform; status: TabStatus | null; dict?: Record<string, string>; locale?: 'en' | 'zh-CN' }) {
  const tr = dictionaryTranslator(locale, dict, en);
  const teach = useTeach(p, status, tr);
  const fmt = makeFmt(tr, 'Asia/Tokyo', NOW);
  return teach ? (
    <TeachOffer kind={teach.kind} host={teach.host} status={status} message={teach.message} fmt={fmt} onTeach={teach.teach} onSaveRedacted={teach.saveRedacted} />
  ) : (
    <p>none</p>
  );
}

const unread = (over: Partial<TabStatus> = {}): TabStatus => ({ provider: 'iijmio', state: 'unread', lines: 0, pageKind: 'other', reason: '', at: NOW, ...over });

describe('"Read this page" in the popup', () => {
  it('offers to read a site Kigen does not know, asks for that site only, notes it first, then opens the picker', async () => {
    const p = platform();
    const root = await mount(<Harness p={p} status={null} />);
    expect(text(root)).toContain('Kigen does not know this site');
    expect(text(root)).toContain('access to www.riben-ka.example only');
    await click(root.querySelector('[data-testid="teach-button"]'));
    expect(p.notePending).toHaveBeenCalledWith(7, SITE);
    expect(p.request).toHaveBeenCalledWith(SITE);
    expect(p.start).toHaveBeenCalledWith(7, false);
    expect(p.close).toHaveBeenCalled();
  });

  it('declined: says so in the user’s language, and changes nothing', async () => {
    const p = platform({ request: vi.fn(async () => false) });
    const root = await mount(<Harness p={p} status={null} dict={zhCN} locale="zh-CN" />);
    await click(root.querySelector('[data-testid="teach-button"]'));
    expect(text(root.querySelector('[data-testid="teach-message"]'))).toBe('未获准访问 www.riben-ka.example，没有做任何更改。');
    expect(p.start).not.toHaveBeenCalled();
    expect(p.close).not.toHaveBeenCalled();
  });

  it('the picker could not open: says so', async () => {
    const p = platform({ start: vi.fn(async () => ({ started: false, reason: 'picker not injected' })) });
    const root = await mount(<Harness p={p} status={null} />);
    await click(root.querySelector('[data-testid="teach-button"]'));
    expect(text(root)).toContain('The picker could not open on this page.');
  });

  it('where the prompt would open under the popup (Firefox), asks from a tab instead', async () => {
    const openGrantPage = vi.fn();
    const p = platform({ request: undefined, openGrantPage });
    const root = await mount(<Harness p={p} status={null} />);
    await click(root.querySelector('[data-testid="teach-button"]'));
    expect(openGrantPage).toHaveBeenCalledWith(7, SITE);
    expect(p.start).not.toHaveBeenCalled();
  });

  it('a taught page whose value is gone asks to teach again, naming the field', async () => {
    const root = await mount(<Harness p={platform()} status={unread({ provider: 'www.riben-ka.example', teachAgain: 'expiry' })} />);
    expect(text(root)).toContain('cannot find the Expiry date on this page any more');
    expect(text(root.querySelector('[data-testid="teach-button"]'))).toBe('Teach again');
  });

  it('a provider page Kigen made something of offers a correction without asking for access', async () => {
    const p = platform({}, 'https://www.iijmio.jp/member/');
    const root = await mount(<Harness p={p} status={unread()} />);
    expect(text(root.querySelector('[data-testid="teach-button"]'))).toBe('Wrong value? Show Kigen where it is');
    await click(root.querySelector('[data-testid="teach-button"]'));
    expect(p.request).not.toHaveBeenCalled();
    expect(p.start).toHaveBeenCalledWith(7, true);
  });

  it('a taught page Kigen reads offers a correction without a prompt, and a redacted copy', async () => {
    const saveRedacted = vi.fn(async () => false);
    const p = platform({ saveRedacted });
    const root = await mount(<Harness p={p} status={unread({ provider: 'www.riben-ka.example', state: 'read', lines: 1 })} />);
    await click(root.querySelector('[data-testid="teach-button"]'));
    expect(p.request).not.toHaveBeenCalled();
    expect(p.start).toHaveBeenCalledWith(7, false);
    await click(root.querySelector('[data-testid="redact-button"]'));
    expect(saveRedacted).toHaveBeenCalledWith(7);
    expect(text(root)).toContain('could not save a copy');
  });

  it('a provider page Kigen has not reported on offers nothing; an unknown site offers no copy', async () => {
    expect(text(await mount(<Harness p={platform({}, 'https://www.iijmio.jp/member/')} status={null} />))).toBe('none');
    const root = await mount(<Harness p={platform({ saveRedacted: vi.fn(async () => true) })} status={null} />);
    expect(root.querySelector('[data-testid="redact-button"]')).toBeNull();
  });

  it('nothing on pages that are not https, or without a tab', async () => {
    expect(text(await mount(<Harness p={platform({}, 'chrome://extensions/')} status={null} />))).toBe('none');
    expect(text(await mount(<Harness p={platform({ tab: async () => null })} status={null} />))).toBe('none');
  });
});
