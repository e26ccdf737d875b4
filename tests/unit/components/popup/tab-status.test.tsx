// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TabStatusLine } from '@/components/popup/tab-status';
import type { TabStatus } from '@/utils/messaging/protocol';
import { dictionaryTranslator } from '@/utils/i18n/t';
import en from '@/utils/i18n/locales/en.json';
import zhCN from '@/utils/i18n/locales/zh_CN.json';
import { makeFmt } from '@/utils/format';
import { mount, text } from '../../support/dom';

const NOW = Date.parse('2026-12-02T10:00:00+09:00');
const status = (over: Partial<TabStatus>): TabStatus => ({ provider: 'povo', state: 'unread', lines: 0, pageKind: 'other', reason: '', at: NOW, ...over });
const fmt = (dict: Record<string, string>, locale: 'en' | 'zh-CN' = 'en') => makeFmt(dictionaryTranslator(locale, dict, en), 'Asia/Tokyo', NOW);

describe('the sentence beside the toolbar mark', () => {
  it.each([
    [status({ state: 'read', lines: 2, pageKind: 'account' }), 'Kigen read this povo page.'],
    [status({ pageKind: 'login' }), 'login page'],
    [status({ pageKind: 'help' }), 'a list, a guide or a history'],
    [status({ pageKind: 'order-history' }), 'a list, a guide or a history'],
    [status({ reason: 'every line on the page has ended (expired or cancelled)' }), 'has ended'],
    [status({ reason: 'no plan status found on the page' }), 'no expiry date or data balance'],
  ])('%o says %s', async (s, words) => {
    const root = await mount(<TabStatusLine status={s} providerName="povo" fmt={fmt(en)} />);
    expect(text(root)).toContain(words);
    expect(root.querySelector('[role=status]')?.className).toContain(s.state);
  });

  it('speaks the user’s language and never renders page text as HTML', async () => {
    const root = await mount(
      <TabStatusLine status={status({ reason: '<img src=x onerror=alert(1)>' })} providerName="povo" fmt={fmt(zhCN, 'zh-CN')} />,
    );
    expect(text(root)).toContain('没有找到有效期或剩余流量');
    expect(root.querySelector('img')).toBeNull();
  });
});
