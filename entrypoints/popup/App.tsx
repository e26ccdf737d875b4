import { LineList } from '@/components/popup/line-list';
import { PopupHeader } from '@/components/popup/header';
import { TabStatusLine } from '@/components/popup/tab-status';
import type { Translator } from '@/utils/i18n/t';
import type { Connector } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { type LineStatus, lineFacts } from '@/components/popup/line-status';
import { type PopupProviders, renewUrlFor } from './providers';
import { type View, useNavigation } from './use-navigation';
import { type InitialData, useAfterPaint, useLazy, useLineDetail, usePopupData } from './use-popup-data';
import { useTabStatus } from './use-tab-status';
import { type TeachPlatform, useTeach } from './use-teach';
import { TeachOffer } from '@/components/popup/teach-offer';

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
  providers: PopupProviders;
  /** The translator to start with (default: the browser's); replaced when settings override it. */
  initialTranslator?: Translator;
  /** What the page read before the first render; the rest is read here. */
  initial?: InitialData;
  /** The view to open on (the first-run page opens the new-line form); default: the list. */
  initialView?: View;
}

/** The views past the list (detail, forms): a chunk of their own, with the registry's guides. */
const loadViews = () => import('./views');

/**
 * Cards in the popup's first paint with data: more than a 600 px popup shows without scrolling.
 * The others follow a frame later, so that paint does not wait for cards nobody sees yet.
 */
const FIRST_PAINT_CARDS = 6;

/**
 * The popup: the list of lines, one line's detail, "I renewed", and the line form. Data comes
 * from usePopupData, views from useNavigation; the list paints from the lines' newest readings and
 * provider summaries, and the other views (./views.tsx) load once it has.
 */
export function App({ connector, platform, providers, initialTranslator, initial, initialView }: AppProps) {
  const { lines, statuses, tr, storageError, now, reload } = usePopupData(connector, providers, platform.now, initialTranslator, initial);
  // Loaded once the list has painted (an effect runs after paint), so opening a line is instant;
  // the list is whole from then on.
  const views = useLazy(() => Promise.all([loadViews(), providers.guides()]), lines !== null);
  const painted = useAfterPaint(lines !== null);
  const { view, lineId, notice, setNotice, go, back } = useNavigation(lines !== null, views !== null, initialView);
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

  if (view.kind !== 'list' && (current || view.lineId === null)) {
    if (!views) {
      return (
        <>
          <PopupHeader title={t('popup_title')} fmt={fmt} onBack={back} />
          <main aria-busy="true" />
        </>
      );
    }
    const [{ LineViews }, guides] = views;
    return (
      <LineViews
        view={view}
        current={current}
        detail={detail}
        connector={connector}
        platform={platform}
        providers={providers}
        guides={guides}
        tr={tr}
        fmt={fmt}
        notice={notice}
        nameOf={nameOf}
        renewUrlOf={renewUrlOf}
        save={save}
        go={go}
        back={back}
      />
    );
  }
  return (
    <LineList
      lines={lines === null ? null : statuses}
      limit={painted ? undefined : FIRST_PAINT_CARDS}
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
