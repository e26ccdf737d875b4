import { describe, expect, it } from 'vitest';
import { usageTierFor } from '@/utils/providers/tiers';
import { rakutenMobile } from '@/utils/providers/rakuten-mobile';
import { PROVIDERS } from '@/utils/providers';
import type { UsageTier } from '@/utils/providers/types';

const GB = 1024;
const RAKUTEN = rakutenMobile.usageTiers;

describe('usage tiers: where this month’s use falls', () => {
  it('declares Rakuten最強プラン’s three steps from the research (up to 3GB / up to 20GB / beyond)', () => {
    expect(RAKUTEN).toEqual([
      { upToMB: 3 * GB, monthlyYen: 1078 },
      { upToMB: 20 * GB, monthlyYen: 2178 },
      { upToMB: null, monthlyYen: 3278 },
    ]);
  });

  // "Up to 3GB" includes 3GB: exactly 3072 MB (3GB on the page, binary) is still the first step.
  it.each([
    [0, 1078, null, 3 * GB],
    [2.7 * GB, 1078, null, 0.3 * GB],
    [3 * GB, 1078, null, 0],
    [3 * GB + 0.01, 2178, 3 * GB, 17 * GB - 0.01],
    [3.1 * GB, 2178, 3 * GB, 16.9 * GB],
    [20 * GB, 2178, 3 * GB, 0],
    [20 * GB + 1, 3278, 20 * GB, null],
    [500 * GB, 3278, 20 * GB, null],
  ])('%d MB used: %d yen', (used, yen, fromMB, toNextMB) => {
    const pos = usageTierFor(RAKUTEN, used);
    expect(pos?.tier.monthlyYen).toBe(yen);
    expect(pos?.fromMB).toBe(fromMB);
    if (toNextMB === null) expect(pos?.toNextMB).toBeNull();
    else expect(pos?.toNextMB).toBeCloseTo(toNextMB, 6);
  });

  it('names the next step, none on the last', () => {
    expect(usageTierFor(RAKUTEN, 100)?.next?.monthlyYen).toBe(2178);
    expect(usageTierFor(RAKUTEN, 10 * GB)?.next?.monthlyYen).toBe(3278);
    expect(usageTierFor(RAKUTEN, 30 * GB)?.next).toBeNull();
  });

  it('says nothing when the use is unknown or not a use', () => {
    for (const used of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -1]) {
      expect(usageTierFor(RAKUTEN, used)).toBeNull();
    }
  });

  it('says nothing for a provider without steps, or beyond a last step that has a bound', () => {
    expect(usageTierFor(undefined, 100)).toBeNull();
    expect(usageTierFor([], 100)).toBeNull();
    const bounded: UsageTier[] = [{ upToMB: 1024, monthlyYen: 500 }];
    expect(usageTierFor(bounded, 2048)).toBeNull();
    expect(usageTierFor(bounded, 1024)).toMatchObject({ tier: bounded[0], next: null, toNextMB: null });
  });

  describe.each(PROVIDERS.filter((p) => p.usageTiers).map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const tiers = p.usageTiers ?? [];
    it('lists its steps from the smallest use up, prices rising, the last unbounded', () => {
      expect(tiers.length).toBeGreaterThan(1);
      expect(tiers.at(-1)?.upToMB).toBeNull();
      for (const [i, t] of tiers.entries()) {
        expect(Number.isInteger(t.monthlyYen) && t.monthlyYen > 0).toBe(true);
        if (i < tiers.length - 1) expect(t.upToMB).toBeGreaterThan(0);
        const prev = tiers[i - 1];
        if (prev) {
          expect(t.monthlyYen).toBeGreaterThan(prev.monthlyYen);
          if (t.upToMB !== null) expect(t.upToMB).toBeGreaterThan(prev.upToMB ?? Infinity);
        }
      }
    });

    it('backs its steps with a source', () => {
      expect(p.sources.some((s) => s.fact.startsWith('usageTiers'))).toBe(true);
    });
  });
});
