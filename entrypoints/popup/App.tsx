import { useEffect, useMemo, useState } from 'preact/hooks';
import { LineDetail } from '@/components/popup/line-detail';
import { LineForm } from '@/components/popup/line-form';
import { LineList } from '@/components/popup/line-list';
import { PopupHeader } from '@/components/popup/header';
import { RenewForm } from '@/components/popup/renew-form';
import { type Translator, browserTranslator, createTranslator } from '@/utils/i18n/t';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { Connector, LineDetail as Detail, LineView } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { MINUTE_MS } from '@/utils/time';
import { manualReading, rawFromLine } from '@/components/popup/forms';
import { type LineStatus, lineName, lineStatus, sortByUrgency } from '@/components/popup/line-status';
import { type GuideLists, type PopupProviders, guideFor, renewChoices } from './providers';
import { lineRecord, renewalRecord } from './records';

/** What the popup shows: the list, one line, or a form (a new line when lineId is null). */
export type View =
  | { kind: 'list' }
  | { kind: 'detail'; lineId: string }
  | { kind: 'renew'; lineId: string }
  | { kind: 'form'; lineId: string | null };

/** What the popup needs from the browser; tests hand in fakes. */
export interface Platform {
  openUrl: (url: string) => void;
  openSettings: () => void;
  /** The user's IANA zone. */
  zone: string;
  now: () => number;
  newId: () => string;
}

export interface AppProps {
  connector: Connector;
  platform: Platform;
  providers: PopupProviders & GuideLists;
  /** The translator to start with (default: the browser's); replaced when settings override it. */
  initialTranslator?: Translator;
}

/**
 * The popup. Cards paint from IndexedDB as soon as the connector answers; settings load
 * alongside (defaults until they arrive). Views switch in place and focus moves with them.
 */
export function App({ connector, platform, providers, initialTranslator }: AppProps) {
  const [lines, setLines] = useState<LineView[] | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tr, setTr] = useState<Translator>(() => initialTranslator ?? browserTranslator());
  const [view, setView] = useState<View>({ kind: 'list' });
  const [detail, setDetail] = useState<Detail | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [storageError, setStorageError] = useState(false);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const [now, setNow] = useState(platform.now);
  const fmt = makeFmt(tr, platform.zone, now);
  const { t } = tr;
  const lineId = view.kind === 'list' ? null : view.lineId;

  const reload = () => connector.listLines().then(setLines, () => setLines([]));
  useEffect(() => {
    // First the newest reading of each line (painted at once), then the history behind it.
    let full = false;
    connector.listLatest?.().then(
      (partial) => {
        if (!full) setLines(partial);
      },
      () => undefined,
    );
    void reload().then(() => {
      full = true;
    });
    connector.getSettings().then(async (s) => {
      setSettings(s);
      if (s.language !== 'auto') setTr(await createTranslator(s.language));
    }, () => undefined);
    connector.storageError().then((e) => setStorageError(e !== null), () => undefined);
    const timer = setInterval(() => setNow(platform.now()), MINUTE_MS);
    return () => clearInterval(timer);
  }, [connector]);
  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = t('popup_title');
  }, [tr]);
  useEffect(() => {
    if (lineId) connector.lineDetail(lineId).then((d) => setDetail(d ?? null), () => setDetail(null));
    else setDetail(null);
  }, [lineId, lines]);
  // Focus follows the view: the inner view's heading, or back on the card that was opened.
  useEffect(() => {
    const card = returnTo && document.querySelector(`[data-line-id="${CSS.escape(returnTo)}"] .card-open`);
    const target = view.kind === 'list' ? card : document.querySelector('[data-autofocus]');
    if (target instanceof HTMLElement) target.focus();
  }, [view.kind, lineId, lines === null]);

  const statuses = useMemo(
    () => sortByUrgency((lines ?? []).map((v) => lineStatus(v, providers.get(v.line.provider), settings, now))),
    [lines, settings, now, providers],
  );
  const current = lineId ? statuses.find((s) => s.view.line.id === lineId) : undefined;
  const nameOf = (s: LineStatus) => providers.name(s.view.line.provider, tr);

  const go = (next: View) => {
    if (next.kind === 'list' && view.kind !== 'list' && view.lineId) setReturnTo(view.lineId);
    setNotice(null);
    setView(next);
  };
  const back = () => go(view.kind === 'detail' || !lineId ? { kind: 'list' } : { kind: 'detail', lineId });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && view.kind !== 'list') {
        e.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
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

  if (view.kind === 'form' && view.lineId === null) {
    return (
      <>
        <PopupHeader title={t('popup_add_title')} fmt={fmt} onBack={back} />
        <main>
          {notice && <p class="notice warn" role="alert">{notice}</p>}
          <LineForm
            providers={providers.options(tr)}
            initial={null}
            pageLine={false}
            fmt={fmt}
            onCancel={back}
            onSubmit={(raw, values) => {
              const at = platform.now();
              const line = lineRecord(values, null, platform.newId, at);
              const reading = manualReading(values, raw, null, undefined, at);
              void save(
                async () => {
                  await connector.saveLine(line);
                  if (reading) await connector.addManualReading(line.id, reading);
                },
                { kind: 'list' },
                t('popup_saved'),
              );
            }}
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
        providers={providers.entries(tr)}
        notice={notice}
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
            guide={guideFor(current.provider, nameOf(current), providers)}
            accountUrl={providers.accountUrl(line.provider)}
            fmt={fmt}
            onOpenUrl={platform.openUrl}
            onRenewed={() => go({ kind: 'renew', lineId: line.id })}
            onEdit={() => go({ kind: 'form', lineId: line.id })}
            onDelete={() => void save(() => connector.deleteLine(line.id), { kind: 'list' }, null)}
          />
        )}
        {view.kind !== 'detail' && notice && <p class="notice warn" role="alert">{notice}</p>}
        {view.kind === 'renew' && (
          <RenewForm
            {...renewChoices(current.provider)}
            fmt={fmt}
            onCancel={back}
            onSubmit={(input) =>
              void save(
                () => connector.recordRenewal(renewalRecord(line.id, input, latest, platform.now())),
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
            fmt={fmt}
            onCancel={back}
            onSubmit={(raw, values) => {
              const at = platform.now();
              const updated = lineRecord(values, line, platform.newId, at);
              const initial = rawFromLine(line, latest, zone);
              const reading = line.manual ? manualReading(values, raw, initial, latest, at) : null;
              void save(
                async () => {
                  await connector.saveLine(updated);
                  if (reading) await connector.addManualReading(line.id, reading);
                },
                toDetail,
                t('popup_saved'),
              );
            }}
          />
        )}
      </main>
    </>
  );
}
