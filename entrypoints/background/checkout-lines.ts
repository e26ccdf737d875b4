import type { KigenDB } from '@/utils/db';
import type { CheckoutInfo } from '@/utils/extract/types';
import type { LineRecord, ReadingRecord } from '@/utils/records';
import type { OverlayLine } from '@/utils/messaging/protocol';
import { readingsSince } from '@/utils/store/lines';
import { renewalsOf } from '@/utils/store/renewals';
import { keepAliveRuleFor } from '@/utils/providers';
import { type LineFacts, methodsForLine } from '@/utils/providers/method-fit';
import type { ProviderProfile } from '@/utils/providers/types';
import { resolveLineDeadline } from '@/utils/lines/deadline';
import { lineKindOf } from '@/utils/lines/kind';
import { afterPurchase } from '@/utils/overlay/after-purchase';
import { deadlineAfterPurchase } from '@/utils/overlay/deadline-after';

/**
 * One line as the checkout overlay sees it: its latest status, what is at stake and when (the
 * planner's own kind and deadline), the number's deadline after the product on the page, and
 * whether auto-renew is a method for it. Worked out here so the overlay bundles no registry and
 * no deadline rules.
 */
export interface OverlayLineFacts {
  line: OverlayLine;
  /** Auto-renew is one of the provider's methods that fit this line (`methodsForLine`). */
  autoRenewFits: boolean;
}

const fitsAutoRenew = (provider: ProviderProfile, facts: LineFacts) =>
  methodsForLine(provider, facts).some((m) => m.kind === 'autoRenew');

/** Whether auto-renew fits a page's product when no line is known: the page it is sold on tells. */
export function autoRenewFitsPage(provider: ProviderProfile, url: URL): boolean {
  return fitsAutoRenew(provider, { plan: null, unlimited: null, sourceUrl: url.origin + url.pathname });
}

export async function overlayLine(
  db: KigenDB,
  line: LineRecord,
  latest: ReadingRecord | undefined,
  provider: ProviderProfile,
  checkout: CheckoutInfo | null,
  now: number,
): Promise<OverlayLineFacts> {
  const [readings, renewals] = await Promise.all([readingsSince(db, line.id, 0), renewalsOf(db, line.id)]);
  const plan = [...readings].reverse().find((r) => r.plan)?.plan ?? null;
  const rule = keepAliveRuleFor(provider, plan);
  const kind = lineKindOf(line, provider, plan);
  const input = { line, kind, readings, renewals, rule, timeZone: provider.timeZone };
  const resolved = resolveLineDeadline(input);
  const status = {
    expiresAt: latest?.expiresAt ?? null,
    remainingMB: latest?.remainingMB ?? null,
    unlimited: latest?.unlimited ?? false,
  };
  const after = latest ? afterPurchase(provider.topUp, status, checkout, now, provider.timeZone) : null;
  return {
    line: {
      lineId: line.id,
      plan: latest?.plan ?? null,
      label: line.label,
      shownId: line.lineId,
      ...status,
      totalMB: latest?.totalMB ?? null,
      readAt: latest?.at ?? null,
      autoRenew: line.settings.autoRenew ?? false,
      kind,
      deadline: resolved?.deadline.at ?? null,
      keepAliveDeadline: resolved?.keepAlive?.deadline ?? null,
      deadlineAfter: deadlineAfterPurchase(input, checkout, after?.expiresAt ?? null, now),
    },
    autoRenewFits: fitsAutoRenew(provider, {
      plan,
      unlimited: latest?.unlimited ?? null,
      sourceUrl: latest?.source === 'page' ? latest.sourceUrl : null,
    }),
  };
}
