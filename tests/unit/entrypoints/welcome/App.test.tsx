// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Welcome, type WelcomePlatform } from '@/entrypoints/welcome/App';
import { PROVIDERS } from '@/utils/providers';
import { PROVIDER_SUMMARIES } from '@/utils/providers/summaries';
import { urlFromPattern } from '@/utils/providers/names';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { click, mount, text, translator, until } from '../../support/popup-seed';

/** The first-run page: the language (one click each, saved), the providers' own pages, the other ways in. */

function setup(saved: Partial<Settings> = {}, save: (s: Settings) => Promise<void> = async () => undefined) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...saved };
  const connector = {
    getSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (s: Settings) => {
      await save(s);
      settings = s;
    }),
  };
  const platform: WelcomePlatform = { openUrl: vi.fn(), openAddLine: vi.fn(), openSettings: vi.fn(), zone: 'Asia/Shanghai', now: () => 0 };
  return { connector, platform };
}

const language = (root: HTMLElement, tag: string) => root.querySelector(`[data-testid=language-${tag}]`);
const pressed = (root: HTMLElement) => [...root.querySelectorAll('[aria-pressed=true]')].map((b) => b.getAttribute('data-testid'));

describe('first-run page', () => {
  it("starts in the browser's language, pressed, with nothing saved", async () => {
    const { connector, platform } = setup();
    const root = await mount(<Welcome connector={connector} platform={platform} providers={PROVIDER_SUMMARIES} initialTranslator={translator()} />);
    expect(text(root.querySelector('h1'))).toBe('Welcome to Kigen');
    expect(pressed(root)).toEqual(['language-en']);
    expect([...root.querySelectorAll('.languages button')].map(text)).toEqual(['简体中文', '繁體中文', '日本語', 'English']);
    expect(connector.saveSettings).not.toHaveBeenCalled();
  });

  it('saves the language chosen with one click, keeps the other settings, and speaks it at once', async () => {
    const { connector, platform } = setup({ leadDays: [5, 1] });
    const root = await mount(<Welcome connector={connector} platform={platform} providers={PROVIDER_SUMMARIES} initialTranslator={translator()} />);
    await click(language(root, 'zh-CN'));
    await until(() => expect(text(root.querySelector('h1'))).toBe('欢迎使用 Kigen'));
    expect(connector.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, leadDays: [5, 1], language: 'zh-CN' });
    expect(pressed(root)).toEqual(['language-zh-CN']);
    expect(text(root.querySelector('[data-testid=language-status]'))).toBe('已保存。');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('opens in the language saved before', async () => {
    const { connector, platform } = setup({ language: 'ja' });
    const root = await mount(<Welcome connector={connector} platform={platform} providers={PROVIDER_SUMMARIES} initialTranslator={translator()} />);
    await until(() => expect(text(root.querySelector('h1'))).toBe('Kigen へようこそ'));
    expect(pressed(root)).toEqual(['language-ja']);
  });

  it('says so when the language cannot be saved', async () => {
    const { connector, platform } = setup({}, async () => {
      throw new Error('quota');
    });
    const root = await mount(<Welcome connector={connector} platform={platform} providers={PROVIDER_SUMMARIES} initialTranslator={translator()} />);
    await click(language(root, 'ja'));
    await until(() => expect(text(root.querySelector('[data-testid=language-status]'))).toBe('The language could not be saved. Try again.'));
    expect(pressed(root)).toEqual(['language-en']);
  });

  it("links every provider to its own account page, and nothing else", async () => {
    const { connector, platform } = setup();
    const root = await mount(<Welcome connector={connector} platform={platform} providers={PROVIDER_SUMMARIES} initialTranslator={translator()} />);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-testid=provider-list] a')];
    const expected = PROVIDERS.flatMap((p) => {
      const url = p.accountPages[0] && urlFromPattern(p.accountPages[0]);
      return url ? [url] : [];
    });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(expected);
    expect(root.querySelectorAll('[data-testid=provider-list] li')).toHaveLength(PROVIDERS.length);
    await click(links[0]);
    expect(platform.openUrl).toHaveBeenCalledWith(expected[0]);
  });

  it('explains "Read this page" by its own name and opens the form for a line by hand', async () => {
    const { connector, platform } = setup();
    const root = await mount(<Welcome connector={connector} platform={platform} providers={PROVIDER_SUMMARIES} initialTranslator={translator()} />);
    expect(text(root.querySelector('[data-testid=welcome-teach]'))).toContain('click “Read this page”');
    await click(root.querySelector('[data-testid=welcome-add]'));
    expect(platform.openAddLine).toHaveBeenCalledTimes(1);
    await click(root.querySelector('[data-testid=welcome-settings]'));
    expect(platform.openSettings).toHaveBeenCalledTimes(1);
  });
});
