import { describe, expect, it } from 'vitest';
import {
  ALARM_TOLERANCE_MS,
  FIRE_NOW_DELAY_MS,
  alarmName,
  dueReminders,
  keyFromAlarmName,
  parseReminderKey,
  reconcileAlarms,
} from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { local, plan, reading, t } from '../../support/reminders-seed';

const NOW = t('2026-11-10T12:00:00+09:00');
const HOUR = 3_600_000;
const p = (key: string, fireAt: number) => ({ key, fireAt });

describe('alarm names and keys', () => {
  it('round-trips keys through alarm names and ignores foreign alarms', () => {
    expect(alarmName('povo:main|expiry|1@3')).toBe('r:povo:main|expiry|1@3');
    expect(keyFromAlarmName('r:povo:main|expiry|1@3')).toBe('povo:main|expiry|1@3');
    expect(keyFromAlarmName('cleanup')).toBeNull();
  });

  it('splits keys from the right, so a line id may contain "|"', () => {
    expect(parseReminderKey('manual:a|b|keepAlive|1790000000000@30')).toEqual({
      lineId: 'manual:a|b',
      kind: 'keepAlive',
      target: '1790000000000@30',
    });
    expect(parseReminderKey('povo:main|bogus|1')).toBeNull();
    expect(parseReminderKey('no-separators')).toBeNull();
  });

  it('parses every key the planner makes back to its own line and kind', () => {
    const rs = plan({ readings: [reading({ remainingMB: 100 })] });
    expect(rs.length).toBeGreaterThan(3);
    for (const r of rs) expect(parseReminderKey(r.key)).toMatchObject({ lineId: r.lineId, kind: r.kind });
  });
});

describe('reconcileAlarms', () => {
  it('creates missing alarms and clears ours that left the plan, never foreign ones', () => {
    const changes = reconcileAlarms(
      [p('a|expiry|1@3', NOW + 5 * HOUR), p('a|stale|9', NOW + 2 * HOUR)],
      [{ name: 'r:a|expiry|0@7', scheduledTime: NOW + HOUR }, { name: 'backup', scheduledTime: NOW }],
      NOW,
    );
    expect(changes).toEqual({
      create: [
        { name: 'r:a|stale|9', when: NOW + 2 * HOUR },
        { name: 'r:a|expiry|1@3', when: NOW + 5 * HOUR },
      ],
      clear: ['r:a|expiry|0@7'],
    });
  });

  it('does not re-create an alarm that exists with the same time (within the tolerance)', () => {
    const planned = [p('a|expiry|1@3', NOW + 5 * HOUR)];
    const same = reconcileAlarms(planned, [{ name: 'r:a|expiry|1@3', scheduledTime: NOW + 5 * HOUR + 30_000 }], NOW);
    expect(same).toEqual({ create: [], clear: [] });
    const moved = reconcileAlarms(planned, [{ name: 'r:a|expiry|1@3', scheduledTime: NOW + 6 * HOUR }], NOW);
    expect(moved).toEqual({ create: [{ name: 'r:a|expiry|1@3', when: NOW + 5 * HOUR }], clear: [] });
    const edge = NOW + 5 * HOUR + ALARM_TOLERANCE_MS + 1;
    expect(reconcileAlarms(planned, [{ name: 'r:a|expiry|1@3', scheduledTime: edge }], NOW).create).toHaveLength(1);
  });

  it('gives due reminders an alarm just after now, and keeps one already about to fire', () => {
    const planned = [p('a|lowData|x', NOW - HOUR)];
    expect(reconcileAlarms(planned, [], NOW).create).toEqual([{ name: 'r:a|lowData|x', when: NOW + FIRE_NOW_DELAY_MS }]);
    // Planned a minute ago for "now", the browser may have pushed it 30 s out: keep it.
    const pending = [{ name: 'r:a|lowData|x', scheduledTime: NOW + 30_000 }];
    expect(reconcileAlarms(planned, pending, NOW + 10_000)).toEqual({ create: [], clear: [] });
    // An overdue alarm the browser has not fired yet will fire on its own.
    const overdue = [{ name: 'r:a|lowData|x', scheduledTime: NOW - 5 * HOUR }];
    expect(reconcileAlarms(planned, overdue, NOW)).toEqual({ create: [], clear: [] });
  });

  it('keeps an existing alarm known only by name, and clears a bare name that left the plan', () => {
    const changes = reconcileAlarms([p('a|stale|9', NOW + HOUR)], ['r:a|stale|9', 'r:a|stale|1', 'other'], NOW);
    expect(changes).toEqual({ create: [], clear: ['r:a|stale|1'] });
  });

  it('creates one alarm per key even if the plan repeats a key', () => {
    const changes = reconcileAlarms([p('a|stale|9', NOW + HOUR), p('a|stale|9', NOW + 2 * HOUR)], [], NOW);
    expect(changes.create).toEqual([{ name: 'r:a|stale|9', when: NOW + HOUR }]);
  });

  it('is stable: applying the changes and reconciling again changes nothing', () => {
    const planned = plan({ readings: [reading({ remainingMB: 100 })] });
    const first = reconcileAlarms(planned, [], NOW);
    const after = first.create.map((c) => ({ name: c.name, scheduledTime: c.when }));
    expect(reconcileAlarms(planned, after, NOW + 5_000)).toEqual({ create: [], clear: [] });
  });
});

describe('dueReminders', () => {
  it('returns what is due now or within the tolerance, nothing later', () => {
    const planned = [p('a', NOW - HOUR), p('b', NOW), p('c', NOW + ALARM_TOLERANCE_MS), p('d', NOW + ALARM_TOLERANCE_MS + 1)];
    expect(dueReminders(planned, NOW).map((x) => x.key)).toEqual(['a', 'b', 'c']);
  });

  it('an on-time alarm finds its reminder due; one that fired late into quiet hours waits for the morning', () => {
    const input = { readings: [reading()], settings: DEFAULT_SETTINGS };
    const lead3 = plan(input).find((r) => r.key.endsWith('@3'));
    expect(local(lead3?.fireAt ?? 0, 'Asia/Tokyo')).toBe('2026-11-21 21:59');
    const onTime = (lead3?.fireAt ?? 0) + 200;
    expect(dueReminders(plan({ ...input, now: onTime }), onTime).map((r) => r.key)).toContain(lead3?.key);
    const late = t('2026-11-21T22:10:00+09:00');
    const replanned = plan({ ...input, now: late });
    expect(dueReminders(replanned, late).map((r) => r.key)).not.toContain(lead3?.key);
    expect(local(replanned.find((r) => r.key === lead3?.key)?.fireAt ?? 0, 'Asia/Tokyo')).toBe('2026-11-22 08:00');
  });
});
