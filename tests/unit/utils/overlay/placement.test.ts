// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GUARD_PADDING, type Place, type Rect, choosePlace, guardedElements, isPayLabel, orderTotalCandidates, payButtonCandidates } from '@/utils/overlay/placement';

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

  it('takes a submit button whatever it says, but not back or cancel', () => {
    document.body.innerHTML = `
      <form>
        <button type="submit">戻る</button>
        <button>次へ進む</button>
        <input type="submit" value="OK">
        <button type="reset">クリア</button>
        <button type="button">Help</button>
      </form>
      <button>Go outside a form</button>`;
    const found = payButtonCandidates(document).map((el) => el.textContent || el.getAttribute('value'));
    expect(found).toEqual(['次へ進む', 'OK']);
  });
});

describe('the order total', () => {
  it('is the box holding a total’s label and its price, in each shape the fixtures use', () => {
    document.body.innerHTML = `
      <div id="a"><span>お支払い金額</span><span>990円</span></div>
      <p id="b">Total: ¥500</p>
      <table><tr id="c"><th>お支払い金額</th><td>990円</td></tr></table>
      <div id="d"><div>お支払い金額（税込）</div><div><strong>2,700円</strong></div></div>
      <div><span>小計</span><span>900円</span></div>
      <p>お支払い金額は次の画面で確定します。</p>`;
    expect(orderTotalCandidates(document).map((el) => el.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('joins the pay buttons, the total and the fields one fills in to pay in what the panel must leave uncovered', () => {
    document.body.innerHTML = `
      <form id="choose"><input type="radio" name="sku"><select id="plan"></select></form>
      <p id="total">合計 ¥1,200</p>
      <form>
        <input id="card" name="cardNo"><input id="exp" type="text"><iframe id="cvc"></iframe>
        <input type="hidden" id="token"><input type="checkbox" id="agree">
        <button id="pay">Pay</button>
      </form>
      <input id="elsewhere" autocomplete="cc-csc">`;
    expect(guardedElements(document).map((el) => el.id)).toEqual(['pay', 'total', 'card', 'exp', 'cvc', 'elsewhere']);
  });
});

/** The rectangle a place gives a box of `size` in `viewport`. */
function rectOf(place: Place, viewport: { width: number; height: number }, size: { width: number; height: number }): Rect {
  const height = Math.min(size.height, place.maxHeight);
  const left = place.left ?? viewport.width - (place.right ?? 0) - size.width;
  const top = place.top ?? viewport.height - (place.bottom ?? 0) - height;
  return { left, top, width: size.width, height };
}

/** Overlap with the guarded box and its padding (by more than rounding: flush is clear). */
const EPS = 1e-6;
const overlaps = (a: Rect, b: Rect) =>
  a.left + EPS < b.left + b.width + GUARD_PADDING &&
  b.left - GUARD_PADDING + EPS < a.left + a.width &&
  a.top + EPS < b.top + b.height + GUARD_PADDING &&
  b.top - GUARD_PADDING + EPS < a.top + a.height;

describe('choosePlace', () => {
  const viewport = { width: 1280, height: 800 };
  const panel = { width: 340, height: 300 };
  const M = 16;

  it('takes the bottom right when nothing is in the way', () => {
    expect(choosePlace(viewport, panel, [], M)).toEqual({ right: M, bottom: M, maxHeight: 768 });
  });

  it('moves to the bottom left when the pay button is at the bottom right', () => {
    const pay: Rect = { left: 1000, top: 700, width: 240, height: 48 };
    const place = choosePlace(viewport, panel, [pay], M);
    expect(place).toMatchObject({ left: M, bottom: M });
    expect(overlaps(rectOf(place!, viewport, panel), pay)).toBe(false);
  });

  it('goes above a full-width pay button at the bottom', () => {
    const pay: Rect = { left: 16, top: 650, width: 1248, height: 48 };
    const place = choosePlace(viewport, panel, [pay], M)!;
    expect(place).toMatchObject({ right: M, top: M });
    expect(overlaps(rectOf(place, viewport, panel), pay)).toBe(false);
  });

  it('keeps clear of the pay button and the total together, in the gap that shows most of the panel', () => {
    // povo's confirmation at 900×600: a 520 px column holds the total and the button.
    const small = { width: 900, height: 600 };
    const total: Rect = { left: 206, top: 330, width: 488, height: 27 };
    const pay: Rect = { left: 206, top: 430, width: 488, height: 50 };
    const tall = { width: 340, height: 570 };
    const place = choosePlace(small, tall, [total, pay], M, 180)!;
    expect(place).toEqual({ right: M, top: M, maxHeight: total.top - GUARD_PADDING - M });
    const rect = rectOf(place, small, tall);
    expect(overlaps(rect, total) || overlaps(rect, pay)).toBe(false);
    // The pill fits below the button, at the bottom.
    expect(choosePlace(small, { width: 240, height: 36 }, [total, pay], M)).toEqual({ right: M, bottom: M, maxHeight: 600 - M - (480 + GUARD_PADDING) });
  });

  it('uses a gap between two guarded boxes, anchored at its lower edge', () => {
    const small = { width: 390, height: 844 };
    const top: Rect = { left: 0, top: 0, width: 390, height: 300 };
    const bottom: Rect = { left: 0, top: 600, width: 390, height: 244 };
    const place = choosePlace(small, { width: 200, height: 40 }, [top, bottom], M)!;
    expect(place).toEqual({ right: M, bottom: 844 - (600 - GUARD_PADDING), maxHeight: 600 - 308 - GUARD_PADDING });
  });

  it('takes the other side when only it is free', () => {
    const small = { width: 390, height: 844 };
    const rightColumn: Rect = { left: 250, top: 0, width: 140, height: 844 };
    expect(choosePlace(small, { width: 200, height: 40 }, [rightColumn], M)).toEqual({ left: M, bottom: M, maxHeight: 812 });
  });

  it('gives nothing when no gap is tall enough: never a place over a guarded box', () => {
    const small = { width: 390, height: 844 };
    const stripes: Rect[] = [0, 1, 2, 3, 4].map((i) => ({ left: 0, top: i * 180, width: 390, height: 160 }));
    expect(choosePlace(small, { width: 200, height: 40 }, stripes, M)).toBeNull();
    expect(choosePlace(small, { width: 340, height: 570 }, [{ left: 0, top: 200, width: 390, height: 300 }], M, 400)).toBeNull();
  });

  it('ignores hidden elements (zero size)', () => {
    expect(choosePlace(viewport, panel, [{ left: 1000, top: 700, width: 0, height: 0 }], M)).toEqual({ right: M, bottom: M, maxHeight: 768 });
  });

  it('whatever the page, the place it gives never overlaps a guarded box', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 500; run += 1) {
      const vp = { width: 320 + Math.floor(random() * 1200), height: 480 + Math.floor(random() * 500) };
      const boxes: Rect[] = Array.from({ length: Math.floor(random() * 5) }, () => ({
        left: random() * vp.width,
        top: random() * vp.height * 1.5 - vp.height * 0.25,
        width: 20 + random() * vp.width * 0.8,
        height: 10 + random() * 120,
      }));
      const size = random() < 0.5 ? { width: 240, height: 40 } : { width: 340, height: 200 + random() * 400 };
      const place = choosePlace(vp, size, boxes, M, Math.min(size.height, 180));
      if (!place) continue;
      const rect = rectOf(place, vp, { width: Math.min(size.width, vp.width - 2 * M), height: size.height });
      for (const b of boxes) expect(overlaps(rect, b)).toBe(false);
      expect(rect.top).toBeGreaterThanOrEqual(M);
      expect(rect.top + rect.height).toBeLessThanOrEqual(vp.height - M);
    }
  });
});
