import { LineDetail } from '@/components/popup/line-detail';
import { LineForm } from '@/components/popup/line-form';
import { LineList } from '@/components/popup/line-list';
import { PopupHeader } from '@/components/popup/header';
import { RenewForm } from '@/components/popup/renew-form';
import { TabStatusLine } from '@/components/popup/tab-status';
import type { Translator } from '@/utils/i18n/t';
import type { Connector } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { rawFromLine } from '@/components/popup/forms';
import { type LineStatus, lineFacts, lineName, needsAction } from '@/components/popup/line-status';
import { type GuideLists, type PopupProviders, guideFor, renewChoices, renewUrlFor } from './providers';
import { type View, useNavigation } from './use-navigation';
import { useLineDetail, usePopupData } from './use-popup-data';
import { useTabStatus } from './use-tab-status';
import { type TeachPlatform, useTeach } from './use-teach';
import { TeachOffer } from '@/components/popup/teach-offer';
import { addLine, editLine, recordRenewal } from './writes';

export type { View } from './use-navigation';

/** What the popup needs from the browser; tests hand in fakes. */
export interface Platform {
  openUrl: (url: string) => void;
  openSettings: () => void;
  /** The user's IANA zone. */
  zone: string;
  now: () => number;
  newId: () => string;
  /** The tab the popup was opened over, for its toolbar mark's sentence; absent or null: none. */
  activeTabId?: () => Promise<number | null>;
  /** Teaching the page in the current tab ("Read this page"); absent: not offered. */
  teach?: TeachPlatform;
}

export interface AppProps {
  connector: Connector;
  platform: Platform;
  providers: PopupProviders & GuideLists;
  /** The translator to start with (default: the browser's); replaced when settings override it. */
  initialTranslator?: Translator;
}

/**
 * The popup: the list of lines, one line's detail, "I renewed", and the line form. Data comes
 * from usePopupData, views from useNavigation; each form's write is in ./writes.
 */
export function App({ connector, platform, providers, initialTranslator }: AppProps) {
  const { lines, statuses, tr, storageError, now, reload } = usePopupData(connector, providers, platform.now, initialTranslator);
  const { view, lineId, notice, setNotice, go, back } = useNavigation(lines !== null);
  const detail = useLineDetail(connector, lineId, lines);
  const tab = useTabStatus(connector, platform.activeTabId);
  const teach = useTeach(platform.teach, tab, tr);
  const fmt = makeFmt(tr, platform.zone, now);
  const { t } = tr;
  const current = lineId ? statuses.find((s) => s.view.line.id === lineId) : undefined;
  const nameOf = (s: LineStatus) => providers.name(s.view.line.provider, tr);
  const renewUrlOf = (s: LineStatus) => renewUrlFor(s.provider, lineFacts(s), providers.accountUrl(s.view.line.provider));

  /** Writes, reloads, moves on; a failure stays on the form with a message. */
  const save = async (work: () => Promise<void>, next: View, message: string | null) => {
    try {
      await work();
      await reload();
      go(next);
      setNotice(message);
    } catch {
      setNotice(t('popup_error_save'));
    }
  };
  const warning = notice && (
    <p class="notice warn" role="alert">
      {notice}
    </p>
  );

  if (view.kind === 'form' && view.lineId === null) {
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
  if (view.kind === 'list' || !current) {
    return (
      <LineList
        lines={lines === null ? null : statuses}
        nameOf={nameOf}
        renewUrlOf={renewUrlOf}
        providers={providers.entries(tr)}
        notice={notice}
        tabLine={
          <>
            {tab && !tab.teachAgain && <TabStatusLine status={tab} providerName={providers.name(tab.provider, tr)} fmt={fmt} />}
            {teach && (
              <TeachOffer kind={teach.kind} host={teach.host} status={tab} message={teach.message} fmt={fmt} onTeach={teach.teach} onSaveRedacted={teach.saveRedacted} />
            )}
          </>
        }
        storageError={storageError}
        fmt={fmt}
        onOpen={(id) => go({ kind: 'detail', lineId: id })}
        onAdd={() => go({ kind: 'form', lineId: null })}
        onSettings={platform.openSettings}
        onOpenUrl={platform.openUrl}
      />
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
            guide={guideFor(current.provider, nameOf(current), providers, lineFacts(current))}
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
