import { describe, expect, it } from 'vitest';
import { bMobile } from '@/utils/providers/b-mobile';
import { iijmio } from '@/utils/providers/iijmio';
import { type LineFacts, methodsForLine } from '@/utils/providers/method-fit';
import { PROVIDERS } from '@/utils/providers';
import { rakutenMobile } from '@/utils/providers/rakuten-mobile';
import type { RenewalMethod } from '@/utils/providers/types';

/** A method as "kind · product" (the way its heading tells it apart) and the page it opens. */
const show = (methods: readonly RenewalMethod[]) =>
  methods.map((m) => [m.kind, m.fits?.product ?? null, m.url ?? null].filter(Boolean).join(' · '));

const line = (facts: Partial<LineFacts>): LineFacts => ({ plan: null, unlimited: null, sourceUrl: null, ...facts });

describe('methodsForLine: the guides that fit one line', () => {
  it('a b-mobile VISITOR SIM gets the VISITOR charge only: no U300 steps, no オートチャージ', () => {
    expect(show(methodsForLine(bMobile, line({ plan: 'b-mobile VISITOR SIM', unlimited: false })))).toEqual([
      'online · VISITOR SIM · https://www.bmobile.ne.jp/english/charge.html',
    ]);
  });

  it('a VISITOR SIM read on its English page, which names no plan, is a VISITOR SIM', () => {
    const read = line({ sourceUrl: 'https://www.bmobile.ne.jp/english/charge_top.html' });
    expect(show(methodsForLine(bMobile, read))).toEqual(['online · VISITOR SIM · https://www.bmobile.ne.jp/english/charge.html']);
  });

  it('a U300 gets its charge, recommended, then its オートチャージ', () => {
    expect(show(methodsForLine(bMobile, line({ plan: 'b-microSIM U300', unlimited: true })))).toEqual([
      'online · U300 · https://www.bmobile.ne.jp/sim_m/charge.html',
      'autoRenew · U300',
    ]);
  });

  it('an IIJmio ギガプラン line gets no prepaid-voucher steps; a プリペイドパック line gets them', () => {
    expect(show(methodsForLine(iijmio, line({ plan: '10ギガプラン（音声・タイプD）', unlimited: false })))).toEqual([
      'online · https://www.iijmio.jp/member/',
    ]);
    expect(show(methodsForLine(iijmio, line({ plan: 'プリペイドパック（タイプD）', unlimited: false })))).toEqual([
      'online · https://www.iijmio.jp/member/',
      'voucher · プリペイドパック',
    ]);
  });

  it('an unlimited Rakuten line gets no data-charge steps; a capped one does, online first', () => {
    expect(methodsForLine(rakutenMobile, line({ plan: 'Rakuten最強プラン', unlimited: true })).map((m) => m.kind)).toEqual(['shop']);
    expect(methodsForLine(rakutenMobile, line({ plan: 'Rakuten最強プラン', unlimited: false })).map((m) => m.kind)).toEqual([
      'online',
      'app',
      'shop',
    ]);
  });

  it('a line whose plan is unknown gets every method, none hidden on a guess', () => {
    for (const p of PROVIDERS) {
      const all = methodsForLine(p, line({}));
      expect(new Set(all), p.id).toEqual(new Set(p.renewal.methods));
      expect(all, p.id).toHaveLength(p.renewal.methods.length);
    }
    // A manual line: no page, no plan.
    expect(show(methodsForLine(bMobile, line({ sourceUrl: '' })))).toHaveLength(3);
  });

  it('a plan the profile does not describe is unknown too: every method', () => {
    expect(methodsForLine(bMobile, line({ plan: '合理的シンプル290プラン', unlimited: false }))).toHaveLength(3);
  });

  it('recommends a method that opens a page, then keeps the profile’s order', () => {
    const povo = PROVIDERS.find((p) => p.id === 'povo')!;
    // The app comes first in povo's profile but opens no page: the web shop is recommended.
    expect(methodsForLine(povo, line({ plan: 'データ追加3GB(30日間)' })).map((m) => m.kind)).toEqual(['online', 'app', 'voucher', 'autoRenew']);
    // With no page to open anywhere, the profile's first.
    const holafly = PROVIDERS.find((p) => p.id === 'holafly')!;
    expect(methodsForLine(holafly, line({})).map((m) => m.kind)).toEqual(['app', 'online']);
  });

  it('a provider Kigen does not know has no methods', () => {
    expect(methodsForLine(undefined, line({ plan: 'anything' }))).toEqual([]);
  });
});
