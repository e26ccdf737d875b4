import { describe, expect, it } from 'vitest';
import type { LineRecord, ReadingRecord } from '@/utils/records';
import { getProvider } from '@/utils/providers';
import { planReminders } from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';

/** Plan-specific keep-alive rules from the registry reach the planner only for lines on that plan. */

const NOW = Date.parse('2026-11-22T10:00:00+09:00');
const DAY = 86_400_000;

function line(id: string): LineRecord {
  return { id, provider: 'iijmio', lineId: id, label: null, manual: false, createdAt: NOW - 30 * DAY, settings: { muted: false } };
}

function reading(lineId: string, plan: string): ReadingRecord {
  return {
    id: 1,
    lineId,
    at: NOW - DAY,
    expiresAt: NOW + 40 * DAY,
    remainingMB: 5000,
    totalMB: 10240,
    usedMB: null,
    unlimited: false,
    plan,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://www.iijmio.jp/member/',
    source: 'page',
  };
}

function keepAliveKeys(plan: string): string[] {
  const l = line('iijmio:1');
  return planReminders({
    lines: [l],
    readings: [reading(l.id, plan)],
    renewals: [],
    settings: DEFAULT_SETTINGS,
    now: NOW,
    timeZone: 'Asia/Tokyo',
    fired: [],
    providers: getProvider,
  })
    .filter((r) => r.kind === 'keepAlive')
    .map((r) => r.key);
}

describe('plan-specific keep-alive rules', () => {
  it('an IIJmio prepaid pack gets keep-alive reminders', () => {
    expect(keepAliveKeys('プリペイドパック（タイプD）').length).toBeGreaterThan(0);
  });
  it('a monthly IIJmio line gets none', () => {
    expect(keepAliveKeys('ギガプラン')).toEqual([]);
  });
});
