import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CHECK_AFTER_MS,
  REFLECT_GRACE_MS,
  type ReadingStatus,
  type RenewalFacts,
  confirmRenewal,
} from '@/utils/renewals/confirm';
import { settleDueRenewal, settleRenewals } from '@/utils/store/renewals';
import { type KigenDB, createDb } from '@/utils/db';
import { type RenewalRecord } from '@/utils/records';

const AT = Date.parse('2026-11-22T10:00:00+09:00');
const MIN = 60 * 1000;
const DAY = 24 * 60 * MIN;
const BEFORE = Date.parse('2026-11-30T23:59:59+09:00');

const renewal = (over: Partial<RenewalFacts> = {}): RenewalFacts => ({
  at: AT,
  status: 'pending',
  expiresBefore: BEFORE,
  remainingBefore: 2048,
  expectDays: 30,
  expectMB: 3072,
  ...over,
});

const reading = (over: Partial<ReadingStatus> = {}): ReadingStatus => ({
  at: AT + 30 * MIN,
  expiresAt: BEFORE,
  remainingMB: 2000,
  ...over,
});

describe('confirmRenewal', () => {
  it.each([
    ['the expiry moved later', reading({ expiresAt: BEFORE + 30 * DAY })],
    ['the data went up by what was bought, less some use', reading({ remainingMB: 2048 + 3072 - 200 })],
    ['both moved', reading({ expiresAt: BEFORE + DAY, remainingMB: 5000 })],
  ])('confirms when %s', (_, r) => {
    expect(confirmRenewal(renewal(), r, r.at)).toBe('confirmed');
  });

  it('says not reflected when a reading after the grace time shows no change', () => {
    const r = reading({ at: AT + REFLECT_GRACE_MS });
    expect(confirmRenewal(renewal(), r, r.at)).toBe('notReflected');
  });

  it('waits while the provider may still be applying it (inside the grace time)', () => {
    const r = reading({ at: AT + REFLECT_GRACE_MS - MIN });
    expect(confirmRenewal(renewal(), r, r.at)).toBe('pending');
  });

  it('does not count a small rise in data as the purchase', () => {
    expect(confirmRenewal(renewal(), reading({ remainingMB: 2048 + 500 }), AT + DAY / 2)).toBe('notReflected');
  });

  it('ignores a reading taken before the purchase', () => {
    expect(confirmRenewal(renewal(), reading({ at: AT - MIN }), AT + MIN)).toBe('pending');
  });

  it('turns not reflected 24 hours after the purchase with no reading', () => {
    expect(confirmRenewal(renewal(), null, AT + CHECK_AFTER_MS - MIN)).toBe('pending');
    expect(confirmRenewal(renewal(), null, AT + CHECK_AFTER_MS)).toBe('notReflected');
  });

  it('lets a late-applied purchase turn a not-reflected renewal confirmed', () => {
    const r = reading({ at: AT + 2 * DAY, expiresAt: BEFORE + 30 * DAY });
    expect(confirmRenewal(renewal({ status: 'notReflected' }), r, r.at)).toBe('confirmed');
  });

  it('with no earlier reading, needs an expiry about as far out as the product runs', () => {
    const none = renewal({ expiresBefore: null, remainingBefore: null });
    expect(confirmRenewal(none, reading({ expiresAt: AT + 29.5 * DAY, remainingMB: null }), AT + DAY)).toBe('confirmed');
    expect(confirmRenewal(none, reading({ expiresAt: AT + 3 * DAY, remainingMB: null }), AT + DAY)).toBe('notReflected');
  });

  it('with nothing known of the product, any rise in data counts', () => {
    const unknown = renewal({ expectDays: null, expectMB: null });
    expect(confirmRenewal(unknown, reading({ remainingMB: 2100 }), AT + DAY)).toBe('confirmed');
    expect(confirmRenewal(unknown, reading({ remainingMB: 2048 }), AT + DAY)).toBe('notReflected');
  });
});

describe('settleRenewals', () => {
  let db: KigenDB;
  let n = 0;
  const LINE = 'povo:main';
  const stored = (over: Partial<RenewalRecord> = {}): RenewalRecord => ({
    lineId: LINE,
    at: AT,
    orderNumber: '40100000000012345',
    amount: 990,
    currency: 'JPY',
    product: 'データ追加3GB(30日間)',
    method: 'checkout',
    note: null,
    status: 'pending',
    paid: true,
    expiresBefore: BEFORE,
    remainingBefore: 2048,
    expectDays: 30,
    expectMB: 3072,
    ...over,
  });

  beforeEach(() => {
    db = createDb(`settle-${n++}`);
  });

  const add = async (r: RenewalRecord): Promise<number> => {
    const id = await db.renewals.add(r);
    if (id === undefined) throw new Error('no id');
    return id;
  };

  it('confirms a pending renewal from a reading that shows it, and writes the status', async () => {
    const id = await add(stored());
    const r = reading({ remainingMB: 5000 });
    const out = await settleRenewals(db, LINE, r, r.at);
    expect(out.confirmed.map((x) => x.id)).toEqual([id]);
    expect(out.notReflected).toEqual([]);
    expect((await db.renewals.get(id))?.status).toBe('confirmed');
  });

  it('returns a renewal that just turned not reflected, once', async () => {
    const id = await add(stored());
    const r = reading({ at: AT + DAY / 2 });
    const first = await settleRenewals(db, LINE, r, r.at);
    expect(first.notReflected.map((x) => [x.id, x.status, x.orderNumber])).toEqual([[id, 'notReflected', '40100000000012345']]);
    const again = await settleRenewals(db, LINE, { ...r, at: r.at + MIN }, r.at + MIN);
    expect(again.notReflected).toEqual([]);
    expect((await db.renewals.get(id))?.status).toBe('notReflected');
  });

  it('leaves other lines, settled renewals and later purchases alone', async () => {
    const other = await add(stored({ lineId: 'povo:other' }));
    const done = await add(stored({ status: 'confirmed' }));
    const recorded = await add(stored({ status: 'recorded' }));
    const later = await add(stored({ at: AT + DAY }));
    const r = reading({ at: AT + DAY / 2 });
    const out = await settleRenewals(db, LINE, r, r.at);
    expect(out).toEqual({ confirmed: [], notReflected: [] });
    const statuses = await Promise.all([other, done, recorded, later].map(async (id) => (await db.renewals.get(id))?.status));
    expect(statuses).toEqual(['pending', 'confirmed', 'recorded', 'pending']);
  });

  it('settleDueRenewal turns a day-old pending renewal not reflected, and nothing else', async () => {
    const id = await add(stored());
    expect(await settleDueRenewal(db, id, AT + DAY - MIN)).toBeNull();
    expect((await settleDueRenewal(db, id, AT + DAY))?.status).toBe('notReflected');
    expect(await settleDueRenewal(db, id, AT + 2 * DAY)).toBeNull();
    const confirmed = await add(stored({ status: 'confirmed' }));
    expect(await settleDueRenewal(db, confirmed, AT + 2 * DAY)).toBeNull();
  });
});
