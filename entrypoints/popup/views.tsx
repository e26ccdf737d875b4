import { LineDetail } from '@/components/popup/line-detail';
import { LineForm } from '@/components/popup/line-form';
import { PopupHeader } from '@/components/popup/header';
import { RenewForm } from '@/components/popup/renew-form';
import { currencyForCountry, rawFromLine } from '@/components/popup/forms';
import { type LineStatus, lineFacts, lineName, needsAction } from '@/components/popup/line-status';
import type { Connector, LineDetail as LineHistory } from '@/utils/connector/types';
import type { Fmt } from '@/utils/format';
import type { Translator } from '@/utils/i18n/t';
import type { ProviderSummary } from '@/utils/providers/summary';
import { RENEWAL_METHOD_KINDS, type RenewalMethodKind } from '@/utils/providers/types';
import type { Platform } from './App';
import { type GuideSource, type PopupProviders, guideFor } from './providers';
import type { View } from './use-navigation';
import { addLine, editLine, recordRenewal } from './writes';

/**
 * The popup's views past the list: a line's detail with its renewal guide, "I renewed", and the
 * line form. A chunk of its own, loaded after the list has painted (App.tsx), with the registry
 * (`guides`) beside it: the list's first paint needs neither.
 */

export interface LineViewsProps {
  view: Exclude<View, { kind: 'list' }>;
  /** The line the view is about; undefined for the new-line form. */
  current: LineStatus | undefined;
  /** The open line's full history, once read. */
  detail: LineHistory | null;
  connector: Connector;
  platform: Platform;
  providers: PopupProviders;
  guides: GuideSource;
  tr: Translator;
  fmt: Fmt;
  notice: string | null;
  nameOf: (s: LineStatus) => string;
  renewUrlOf: (s: LineStatus) => string | null;
  /** Writes, reloads and moves on to `next` with `message`; a failure stays on the form. */
  save: (work: () => Promise<void>, next: View, message: string | null) => Promise<void>;
  go: (next: View) => void;
  back: () => void;
}

/** What "I renewed" offers: the provider's methods (all kinds when unknown) and its currency. */
function renewChoices(profile: Pick<ProviderSummary, 'renewal' | 'country'> | undefined): {
  methods: RenewalMethodKind[];
  defaultCurrency: string;
} {
  const own = [...new Set(profile?.renewal.methods.map((m) => m.kind) ?? [])];
  return {
    methods: own.length > 0 ? own : [...RENEWAL_METHOD_KINDS],
    defaultCurrency: currencyForCountry(profile?.country),
  };
}

export function LineViews(props: LineViewsProps) {
  const { view, current, detail, connector, platform, providers, guides, tr, fmt, notice, nameOf, renewUrlOf, save, go, back } = props;
  const { t } = fmt;
  const warning = notice && (
    <p class="notice warn" role="alert">
      {notice}
    </p>
  );

  if (!current) {
    return (
      <>
        <PopupHeader title={t('popup_add_title')} fmt={fmt} onBack={back} />
        <main>
          {warning}
          <LineForm
            providers={providers.options(tr)}
            initial={null}
            pageLine={false}
            fmt={fmt}
            onCancel={back}
            onSubmit={(raw, values) => void save(addLine(connector, platform, raw, values), { kind: 'list' }, t('popup_saved'))}
          />
        </main>
      </>
    );
  }

  const { line, latest } = current.view;
  const title = [nameOf(current), lineName(current.view)].filter(Boolean).join(' · ');
  const zone = current.provider?.timeZone ?? platform.zone;
  const toDetail: View = { kind: 'detail', lineId: line.id };
  return (
    <>
      <PopupHeader title={title} fmt={fmt} onBack={back} />
      <main>
        {view.kind === 'detail' && (
          <LineDetail
            status={current}
            history={detail?.history ?? current.view.recent}
            notice={notice}
            guide={guideFor(guides.get(line.provider), nameOf(current), guides, lineFacts(current))}
            accountUrl={providers.accountUrl(line.provider)}
            renewUrl={current.kind === 'monthly' && !needsAction(current) ? null : renewUrlOf(current)}
            fmt={fmt}
            onOpenUrl={platform.openUrl}
            onRenewed={() => go({ kind: 'renew', lineId: line.id })}
            onEdit={() => go({ kind: 'form', lineId: line.id })}
            onEditKeepAlive={() => go({ kind: 'form', lineId: line.id, focus: 'keepAliveStart' })}
            onDelete={() => void save(() => connector.deleteLine(line.id), { kind: 'list' }, null)}
          />
        )}
        {view.kind !== 'detail' && warning}
        {view.kind === 'renew' && (
          <RenewForm
            {...renewChoices(current.provider)}
            fmt={fmt}
            onCancel={back}
            onSubmit={(input) =>
              void save(
                recordRenewal(connector, platform, line.id, input, latest),
                toDetail,
                t(line.manual ? 'popup_renewed_saved_manual' : 'popup_renewed_saved'),
              )
            }
          />
        )}
        {view.kind === 'form' && (
          <LineForm
            providers={providers.options(tr)}
            initial={rawFromLine(line, latest, zone)}
            pageLine={!line.manual}
            focusKeepAlive={view.focus === 'keepAliveStart'}
            fmt={fmt}
            onCancel={back}
            onSubmit={(raw, values) =>
              void save(editLine(connector, platform, line, latest, zone, raw, values), toDetail, t('popup_saved'))
            }
          />
        )}
      </main>
    </>
  );
}
