import type { LineRecord, ReadingRecord, RenewalRecord } from '@/utils/records';
import type { LineFormValues, RenewInput } from '@/components/popup/forms';

/** The records the popup's forms write, built from what the user entered. */

/** A renewal the user reports with "I renewed": trusted as done, paid. */
export function renewalRecord(
  lineId: string,
  input: RenewInput,
  latest: ReadingRecord | undefined,
  now: number,
): Omit<RenewalRecord, 'id'> {
  return {
    lineId,
    at: now,
    orderNumber: input.orderNumber,
    amount: input.amount,
    currency: input.amount === null ? null : input.currency,
    product: null,
    method: input.method,
    note: null,
    status: 'recorded',
    paid: true,
    expiresBefore: latest?.expiresAt ?? null,
    remainingBefore: latest?.remainingMB ?? null,
    expectDays: null,
    expectMB: null,
  };
}

/** A new line typed in by hand, or an edited one (its id and history kept). */
export function lineRecord(values: LineFormValues, existing: LineRecord | null, newId: () => string, now: number): LineRecord {
  const base: LineRecord = existing ?? {
    id: `manual:${newId()}`,
    provider: values.provider,
    lineId: null,
    label: null,
    manual: true,
    createdAt: now,
    settings: { muted: false },
  };
  const { keepAliveStart: _old, ...settings } = base.settings;
  return {
    ...base,
    // The provider of a line read from a page is the page's; only manual lines can change it.
    provider: base.manual ? values.provider : base.provider,
    label: values.label,
    settings: values.keepAliveStart === null ? settings : { ...settings, keepAliveStart: values.keepAliveStart },
  };
}
