import type { LineRecord, ReadingRecord, RenewalRecord } from '@/utils/records';
import { type Dictionary, dictionaryTranslator } from '@/utils/i18n/t';
import en from '@/utils/i18n/locales/en.json';
import type { ProviderProfile } from '@/utils/providers/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { Connector, LineDetail, LineView } from '@/utils/connector/types';
import { type Fmt, makeFmt } from '@/utils/format';
// The popup's views past the list are a chunk that App loads once the list has painted: loaded
// here once, so that a test's first click into a line finds them loaded, as a user's does.
import '@/entrypoints/popup/views';

/** Builders, a mock connector and a tiny renderer for the popup tests (fixed clocks only). */

export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad date in test: ${iso}`);
  return ms;
};

/** Now, for every popup test: 2026-12-30 12:00 in Tokyo. */
export const NOW = at('2026-12-30T12:00:00+09:00');
export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/**
 * Texts of the test profile's keys, over the English dictionary: the keys are real (profiles and
 * guide lists are typed `MessageKey`), the texts are the tests' own.
 */
export const TEST_TEXTS: Dictionary = {
  guide_povo_app_1: 'Open the povo app or shop.povo.jp and log in.',
  guide_povo_app_2: 'Choose a topping.',
  guide_povo_app_3: 'Pay and check the new expiry.',
  guide_povo_voucher_1: 'Buy a povo voucher at a convenience store.',
  guide_povo_voucher_2: 'Enter the code in the app.',
  support_povo: 'Contact povo support with your order number.',
  refund_cmhk: 'Toppings cannot be refunded.',
  keepalive_povo: 'Buy a paid topping.',
  tip_renew_early: 'Renew a few days early.',
  trouble_payment_failed: 'Payment failed: try another card.',
};

export function translator(extra: Dictionary = {}) {
  return dictionaryTranslator('en', { ...en, ...TEST_TEXTS, ...extra }, {}, 'en-US');
}

export function fmt(zone = 'Asia/Tokyo', now = NOW): Fmt {
  return makeFmt(translator(), zone, now);
}

/** A povo-like profile with a keep-alive rule and two renewal methods. */
export const POVO: ProviderProfile = {
  id: 'povo',
  names: { en: 'povo', ja: 'povo', 'zh-CN': 'povo', 'zh-TW': 'povo' },
  country: 'JP',
  hosts: ['shop.povo.jp'],
  accountPages: ['https://shop.povo.jp/manage/*'],
  checkoutPages: [],
  confirmationPages: [],
  timeZone: 'Asia/Tokyo',
  dateOrder: 'ymd',
  pageLanguage: 'ja',
  dataUnit: 'binary',
  postpaidMonthly: false,
  lineKind: 'keep-number',
  keepAlive: { anchor: 'afterLastPaidExpiry', days: 180, cancelAfterDays: 30, actionKey: 'keepalive_povo' },
  topUp: { model: 'separateBucket', stacks: true, autoRenewAvailable: false },
  renewal: {
    methods: [
      {
        kind: 'online',
        url: 'https://shop.povo.jp/',
        steps: ['guide_povo_app_1', 'guide_povo_app_2', 'guide_povo_app_3'],
      },
      { kind: 'voucher', steps: ['guide_povo_voucher_1', 'guide_povo_voucher_2'] },
    ],
    supportHintKey: 'support_povo',
    refundHintKey: 'refund_cmhk',
  },
  sources: [],
};

export const IIJ: ProviderProfile = {
  ...POVO,
  id: 'iijmio',
  names: { en: 'IIJmio', ja: 'IIJmio', 'zh-CN': 'IIJmio', 'zh-TW': 'IIJmio' },
  hosts: ['www.iijmio.jp'],
  accountPages: ['https://www.iijmio.jp/member/*'],
  keepAlive: undefined,
  renewal: { methods: [{ kind: 'online', url: 'https://www.iijmio.jp/member/', steps: [] }], supportHintKey: 'support_povo' },
};

export const PROFILES = [POVO, IIJ];
export const GUIDE_LISTS = { tips: ['tip_renew_early'], troubleshooting: ['trouble_payment_failed'] } as const;

export function line(id: string, over: Partial<LineRecord> = {}): LineRecord {
  return {
    id,
    provider: 'povo',
    lineId: null,
    label: null,
    manual: false,
    createdAt: NOW - 60 * DAY,
    settings: { muted: false },
    ...over,
  };
}

export function reading(lineId: string, over: Partial<ReadingRecord> = {}): ReadingRecord {
  return {
    lineId,
    at: NOW - HOUR,
    expiresAt: NOW + 10 * DAY,
    remainingMB: 5120,
    totalMB: 10240,
    usedMB: null,
    unlimited: false,
    plan: null,
    buckets: [],
    lineValidUntil: null,
    sourceUrl: 'https://shop.povo.jp/manage/order',
    source: 'page',
    ...over,
  };
}

export function view(l: LineRecord, readings: ReadingRecord[] = [], renewals: RenewalRecord[] = []): LineView {
  const sorted = readings.map((r, i) => ({ id: i + 1, ...r })).sort((a, b) => a.at - b.at);
  return { line: l, latest: sorted.at(-1), recent: sorted, renewals };
}

/** A connector over arrays, recording every write. */
export function mockConnector(views: LineView[], settings: Partial<Settings> = {}) {
  const state = { views: [...views], settings: { ...DEFAULT_SETTINGS, ...settings } };
  const writes: Array<{ op: string; args: unknown[] }> = [];
  const connector: Connector = {
    listLines: async () => state.views.map((v) => ({ ...v })),
    lineDetail: async (id): Promise<LineDetail | undefined> => {
      const v = state.views.find((x) => x.line.id === id);
      return v && { ...v, history: v.recent };
    },
    saveLine: async (l) => {
      writes.push({ op: 'saveLine', args: [l] });
      const old = state.views.find((v) => v.line.id === l.id);
      if (old) old.line = l;
      else state.views.push({ line: l, latest: undefined, recent: [], renewals: [] });
    },
    deleteLine: async (id) => {
      writes.push({ op: 'deleteLine', args: [id] });
      state.views = state.views.filter((v) => v.line.id !== id);
    },
    addManualReading: async (id, r) => {
      writes.push({ op: 'addManualReading', args: [id, r] });
      const v = state.views.find((x) => x.line.id === id);
      if (v) {
        const stored = { ...r, lineId: id, id: 1000 + writes.length };
        v.recent = [...v.recent, stored];
        v.latest = stored;
      }
    },
    recordRenewal: async (r) => {
      writes.push({ op: 'recordRenewal', args: [r] });
      const v = state.views.find((x) => x.line.id === r.lineId);
      if (v) v.renewals = [...v.renewals, { ...r, id: writes.length }];
    },
    getSettings: async () => state.settings,
    saveSettings: async (s) => {
      state.settings = s;
    },
    storageError: async () => null,
  };
  return { connector, writes, state };
}

export { click, mount, settle, text, type, until } from './dom';
