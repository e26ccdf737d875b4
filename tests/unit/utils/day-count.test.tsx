// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { OverlayLineCard, type Fmt as OverlayFmt } from '@/components/overlay/line';
import { headText } from '@/components/overlay/panel';
import { headlineText } from '@/components/popup/line-summary';
import { lineStatus } from '@/components/popup/line-status';
import { reminderText } from '@/entrypoints/background/notice-text';
import { daysLeft, formatDaysLeft } from '@/utils/format';
import { fill } from '@/utils/i18n/locale';
import en from '@/utils/i18n/locales/en.json';
import type { OverlayLine } from '@/utils/messaging/protocol';
import { buildOverlayView } from '@/utils/overlay/view';
import { getProvider } from '@/utils/providers';
import type { LineRecord, ReadingRecord } from '@/utils/records';
import { planReminders } from '@/utils/reminders';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { fmt } from '../support/popup-seed';

/**
 * One day count everywhere: for the same line at the same moment, the popup card, the
 * notification and the checkout overlay say the same number of days (calendar days in the
 * user's zone, utils/format.ts `daysLeft`).
 */

const EXPIRY = Date.parse('2026-12-04T23:59:00+09:00');
// 10:00 in Shanghai: the expiry is 22:59 there on 12/4, two calendar days on.
const NOW = Date.parse('2026-12-02T10:00:00+08:00');
const ZONE = 'Asia/Shanghai';

const line: LineRecord = {
  id: 'cmhk:1',
  provider: 'cmhk',
  lineId: '6123 4567',
  label: null,
  manual: false,
  createdAt: NOW - 30 * 86_400_000,
  settings: { muted: false },
};

const reading: ReadingRecord = {
  id: 1,
  lineId: line.id,
  at: NOW - 3_600_000,
  expiresAt: EXPIRY,
  remainingMB: 2048,
  totalMB: 5120,
  usedMB: null,
  unlimited: false,
  plan: null,
  buckets: [],
  lineValidUntil: null,
  sourceUrl: 'https://example.invalid/',
  source: 'page',
};

describe('the same line at the same moment', () => {
  it('is 2 days in the popup, the notification and the overlay', () => {
    expect(daysLeft(EXPIRY, NOW, ZONE)).toBe(2);
    const words = formatDaysLeft(2, { intl: 'en' });
    expect(words).toBe('in 2 days');

    // Popup card headline.
    const status = lineStatus({ line, latest: reading, recent: [reading], renewals: [] }, getProvider('cmhk'), DEFAULT_SETTINGS, NOW);
    const popup = headlineText(status, fmt(ZONE, NOW));
    expect(popup).toBe(`SIM expires ${words}`);

    // The notification shown now (the 3-day lead's catch-up, planned for this moment).
    const planned = planReminders({
      lines: [line],
      readings: [reading],
      renewals: [],
      settings: DEFAULT_SETTINGS,
      now: NOW,
      timeZone: ZONE,
      fired: [],
      providers: getProvider,
    }).find((r) => r.kind === 'expiry' && r.fireAt === NOW);
    expect(planned?.daysLeft).toBe(2);
    const notice = reminderText(planned!, line, 'en', ZONE, NOW);
    expect(notice.title).toContain(words);

    // The checkout overlay.
    const overlayLine: OverlayLine = {
      lineId: line.id,
      plan: null,
      label: null,
      shownId: line.lineId,
      expiresAt: EXPIRY,
      remainingMB: 2048,
      totalMB: 5120,
      unlimited: false,
      readAt: reading.at,
      autoRenew: false,
      kind: 'prepaid',
      deadline: EXPIRY,
      keepAliveDeadline: null,
      deadlineAfter: null,
    };
    const view = buildOverlayView({
      rule: { model: 'extendValidity', stacks: true, autoRenewAvailable: false },
      timeZone: 'Asia/Hong_Kong',
      providerName: 'CMHK',
      lines: [overlayLine],
      checkout: null,
      confirmation: null,
      capture: null,
      supportHint: '',
      refundHint: '',
      autoRenewFits: false,
      now: NOW,
      userZone: ZONE,
    });
    expect(view.lines[0]?.daysLeft).toBe(2);
    const texts: Record<string, string> = en;
    const ofmt: OverlayFmt = { t: (key, ...subs) => fill(texts[key] ?? key, subs), locale: 'en', timeZone: 'Asia/Hong_Kong' };
    const root = document.createElement('div');
    render(<OverlayLineCard item={view.lines[0]!} fmt={ofmt} showAfter={false} />, root);
    expect(root.querySelector('[data-part=days-left]')?.textContent).toBe(` · ${words}`);
    // The pill counts the same days.
    expect(headText(view, ofmt)).toBe(`Kigen · SIM expires ${words}`);
  });
});
