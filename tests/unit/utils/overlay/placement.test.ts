// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { autoRenewOffered, lineWarnings } from '@/utils/overlay/warnings';
import { type Rect, chooseCorner, isPayLabel, panelRect, payButtonCandidates } from '@/utils/overlay/placement';
import type { TopUpRule } from '@/utils/providers/types';

describe('pay button labels', () => {
  it.each(['購入する', 'スワイプして購入を確定する', 'お支払いへ進む', '注文を確定', 'お申し込み', '今すぐチャージ', 'Pay now', 'Buy', 'Place order', 'Charge', '确认支付', '立即付款', 'Top up'])(
    'recognises %s',
    (label) => expect(isPayLabel(label)).toBe(true),
  );

  it.each(['購入履歴を見る', 'キャンセル', '戻る', 'Order history', 'Back', 'Log out', 'Payday loans', 'ヘルプ', ''])(
    'ignores %s',
    (label) => expect(isPayLabel(label)).toBe(false),
  );

  it('ignores long text that merely mentions paying', () => {
    expect(isPayLabel('3Dセキュア認証が必要な場合、カード会社の認証画面に移動してからお支払いが確定します。')).toBe(false);
  });

  it('finds buttons, submit inputs and button-like links, not paragraphs', () => {
    document.body.innerHTML = `
      <p>お支払い金額 25,100円</p>
      <button type="button">戻る</button>
      <button type="submit">購入する</button>
      <input type="submit" value="Pay">
      <a href="/history">購入履歴を見る</a>
      <a href="/pay" role="button">支払う</a>`;
    const found = payButtonCandidates(document).map((el) => el.textContent || el.getAttribute('value'));
    expect(found).toEqual(['購入する', 'Pay', '支払う']);
  });
});

describe('chooseCorner', () => {
  const viewport = { width: 1280, height: 800 };
  const panel = { width: 340, height: 300 };
  const M = 16;

  it('takes bottom-right when nothing is in the way', () => {
    expect(chooseCorner(viewport, panel, [], M)).toBe('bottom-right');
  });

  it('moves to bottom-left when the pay button is at the bottom right', () => {
    const pay: Rect = { left: 1000, top: 700, width: 240, height: 48 };
    expect(chooseCorner(viewport, panel, [pay], M)).toBe('bottom-left');
  });

  it('goes to the top when a full-width pay button sits at the bottom', () => {
    const pay: Rect = { left: 16, top: 650, width: 1248, height: 48 };
    const corner = chooseCorner(viewport, panel, [pay], M);
    expect(corner).toBe('top-right');
    const placed = panelRect(corner, viewport, panel, M);
    expect(placed.top + placed.height).toBeLessThan(pay.top);
  });

  it('keeps clear of several pay buttons at once', () => {
    const buttons: Rect[] = [
      { left: 1000, top: 700, width: 240, height: 48 },
      { left: 20, top: 700, width: 240, height: 48 },
      { left: 1000, top: 40, width: 240, height: 48 },
    ];
    expect(chooseCorner(viewport, panel, buttons, M)).toBe('top-left');
  });

  it('in a window too small to avoid it, covers as little of the button as it can', () => {
    const small = { width: 360, height: 640 };
    const pay: Rect = { left: 0, top: 300, width: 360, height: 200 };
    const corner = chooseCorner(small, { width: 328, height: 300 }, [pay], M);
    expect(corner.startsWith('top')).toBe(true);
  });

  it('ignores hidden buttons (zero size)', () => {
    expect(chooseCorner(viewport, panel, [{ left: 1000, top: 700, width: 0, height: 0 }], M)).toBe('bottom-right');
  });
});

describe('warnings', () => {
  const NOW = Date.parse('2026-11-22T10:00:00+09:00');
  const DAY = 24 * 3600 * 1000;
  const povo: TopUpRule = { model: 'separateBucket', stacks: true, autoRenewAvailable: true };
  const cmhk: TopUpRule = { model: 'extendValidity', stacks: false, autoRenewAvailable: false };
  const base = { expiresAt: NOW + 10 * DAY, autoRenew: false, keepAliveDeadline: null };

  it('warns of paying twice when auto-renew is on for the line', () => {
    expect(lineWarnings(povo, { ...base, autoRenew: true }, NOW)).toEqual([{ kind: 'autoRenewOn' }]);
  });

  it('reminds once per page that the provider offers auto-renew, unless a line has it on', () => {
    expect(autoRenewOffered(povo, [base])).toBe(true);
    expect(autoRenewOffered(povo, [base, { ...base, autoRenew: true }])).toBe(false);
    expect(autoRenewOffered(cmhk, [base])).toBe(false);
  });

  it('says the purchase resets a near keep-alive deadline, not a distant one', () => {
    expect(lineWarnings(povo, { ...base, keepAliveDeadline: NOW + 20 * DAY }, NOW)).toEqual([
      { kind: 'keepAliveReset', deadline: NOW + 20 * DAY },
    ]);
    expect(lineWarnings(povo, { ...base, keepAliveDeadline: NOW + 90 * DAY }, NOW)).toEqual([]);
  });

  it('warns that days left are lost where purchases do not stack', () => {
    expect(lineWarnings(cmhk, base, NOW)).toEqual([{ kind: 'notStacked', daysLeft: 10 }]);
    expect(lineWarnings(cmhk, { ...base, expiresAt: NOW + DAY }, NOW)).toEqual([]);
    expect(lineWarnings(povo, base, NOW)).toEqual([]);
  });
});
