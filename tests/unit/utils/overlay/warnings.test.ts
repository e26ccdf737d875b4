import { describe, expect, it } from 'vitest';
import { autoRenewOffered, lineWarnings } from '@/utils/overlay/warnings';
import type { TopUpRule } from '@/utils/providers/types';

describe('warnings', () => {
  const NOW = Date.parse('2026-11-22T10:00:00+09:00');
  const DAY = 24 * 3600 * 1000;
  const povo: TopUpRule = { model: 'separateBucket', stacks: true, autoRenewAvailable: true };
  const cmhk: TopUpRule = { model: 'extendValidity', stacks: false, autoRenewAvailable: false };
  const base = { expiresAt: NOW + 10 * DAY, autoRenew: false, keepAliveDeadline: null };

  it('warns of paying twice when auto-renew is on for the line', () => {
    expect(lineWarnings(povo, { ...base, autoRenew: true }, NOW)).toEqual([{ kind: 'autoRenewOn' }]);
  });

  it('reminds once per page of auto-renew where it is a method for the lines, unless a line has it on', () => {
    expect(autoRenewOffered(true, [base])).toBe(true);
    expect(autoRenewOffered(true, [base, { ...base, autoRenew: true }])).toBe(false);
    // b-mobile: オートチャージ is U300's; a VISITOR SIM has none.
    expect(autoRenewOffered(false, [base])).toBe(false);
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
