import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '@/utils/providers';
import {
  JAPAN_PAGES,
  JAPAN_POSTPAID,
  brandName,
  monthlyAddOn,
  noPurchasePages,
  shopMethod,
} from '@/utils/providers/defaults';

/** The shared building blocks of provider profiles (utils/providers/defaults.ts). */
describe('provider defaults', () => {
  it('states the Japanese page conventions once', () => {
    expect(JAPAN_PAGES).toEqual({ timeZone: 'Asia/Tokyo', dateOrder: 'ymd', pageLanguage: 'ja', dataUnit: 'binary' });
    expect(JAPAN_POSTPAID).toEqual({ ...JAPAN_PAGES, postpaidMonthly: true, lineKind: 'monthly' });
  });

  it('writes a brand the same in every language', () => {
    expect(brandName('povo')).toEqual({ en: 'povo', ja: 'povo', 'zh-CN': 'povo', 'zh-TW': 'povo' });
  });

  it('builds the generic shop method, with a provider first step when given', () => {
    expect(shopMethod().steps).toEqual(['guide_generic_shop_1', 'guide_generic_shop_2', 'guide_generic_shop_3']);
    expect(shopMethod('guide_uq_mobile_shop_1').steps[0]).toBe('guide_uq_mobile_shop_1');
    expect(monthlyAddOn({ autoRenewAvailable: true })).toEqual({
      model: 'monthlyAddOn',
      stacks: true,
      autoRenewAvailable: true,
    });
  });

  it('returns fresh objects, so no two profiles share an array', () => {
    expect(noPurchasePages().checkoutPages).not.toBe(noPurchasePages().checkoutPages);
    expect(shopMethod()).not.toBe(shopMethod());
    const seen = new Set<object>();
    const walk = (v: unknown): void => {
      if (v === null || typeof v !== 'object') return;
      expect(seen.has(v)).toBe(false);
      seen.add(v);
      for (const x of Object.values(v)) walk(x);
    };
    walk(PROVIDERS);
  });
});
