import { describe, expect, it } from 'vitest';
import { lineKindOf } from '@/utils/lines/kind';
import { PROVIDERS, getProvider } from '@/utils/providers';
import type { LineKind } from '@/utils/records';

const line = (kind?: LineKind | string) => ({ settings: { muted: false, ...(kind ? { kind: kind as LineKind } : {}) } });

describe('lineKindOf', () => {
  const iijmio = getProvider('iijmio');
  const povo = getProvider('povo');
  if (!iijmio || !povo) throw new Error('registry incomplete');

  it("takes the provider's default", () => {
    expect(lineKindOf(line(), povo, 'データ追加3GB(30日間)')).toBe('keep-number');
    expect(lineKindOf(line(), getProvider('docomo'), null)).toBe('monthly');
    expect(lineKindOf(line(), getProvider('airalo'), 'Japan 3GB')).toBe('travel-esim');
    expect(lineKindOf(line(), getProvider('cmhk'), null)).toBe('prepaid');
  });

  it('takes a plan-specific kind only for a matching plan name, like the keep-alive rule', () => {
    expect(lineKindOf(line(), iijmio, 'プリペイドパック（タイプD）')).toBe('prepaid');
    expect(lineKindOf(line(), iijmio, 'ギガプラン 5ギガ')).toBe('monthly');
    expect(lineKindOf(line(), iijmio, null)).toBe('monthly');
    expect(lineKindOf(line(), { lineKind: 'monthly', lineKindByPlan: [{ planIncludes: ['Prepaid'], kind: 'prepaid' }] }, 'PREPAID pack')).toBe(
      'prepaid',
    );
  });

  it("lets the user's own kind win over the plan and the provider", () => {
    expect(lineKindOf(line('monthly'), povo, null)).toBe('monthly');
    expect(lineKindOf(line('keep-number'), iijmio, 'プリペイドパック')).toBe('keep-number');
    expect(lineKindOf(line('travel-esim'), undefined, null)).toBe('travel-esim');
  });

  it('ignores a kind it does not know (a damaged setting)', () => {
    expect(lineKindOf(line('postpaid'), povo, null)).toBe('keep-number');
  });

  it('counts a provider it does not know as prepaid, so a stated date stays the line deadline', () => {
    expect(lineKindOf(line(), undefined, null)).toBe('prepaid');
    expect(lineKindOf(line(), {}, 'anything')).toBe('prepaid');
  });
});

describe('line kinds in the registry', () => {
  const kinds = Object.fromEntries(PROVIDERS.map((p) => [p.id, p.lineKind]));

  it('calls every monthly postpaid provider monthly', () => {
    for (const p of PROVIDERS.filter((x) => x.postpaidMonthly)) expect([p.id, p.lineKind]).toEqual([p.id, 'monthly']);
  });

  it('gives each other provider the kind of its main product', () => {
    expect(kinds).toMatchObject({
      povo: 'keep-number',
      giffgaff: 'keep-number',
      'b-mobile': 'prepaid',
      cmhk: 'prepaid',
      mobal: 'prepaid',
      airalo: 'travel-esim',
      holafly: 'travel-esim',
      'sakura-mobile': 'monthly',
      iijmio: 'monthly',
    });
  });
});
