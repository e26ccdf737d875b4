import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Translator, browserTranslator, createTranslator } from '@/utils/i18n/t';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { Connector, LineDetail, LineView } from '@/utils/connector/types';
import { MINUTE_MS } from '@/utils/time';
import { type LineStatus, lineStatus, sortByUrgency } from '@/components/popup/line-status';
import type { PopupProviders } from './providers';

export interface PopupData {
  /** Every line with its readings; null until the connector first answers. */
  lines: LineView[] | null;
  /** Each line's status, most urgent first. */
  statuses: LineStatus[];
  /** The translator: the browser's, or the dictionary of the language the settings override. */
  tr: Translator;
  /** The stored data could not be read or written (the popup says so). */
  storageError: boolean;
  /** The instant the popup renders for; ticks every minute. */
  now: number;
  /** Reads the lines again (after a write). */
  reload: () => Promise<void>;
}

/**
 * Everything the popup reads. Cards paint from the newest reading of each line as soon as the
 * connector answers, then the history behind it; settings load alongside (defaults until they
 * arrive) and may switch the language.
 */
export function usePopupData(
  connector: Connector,
  providers: PopupProviders,
  clock: () => number,
  initialTranslator?: Translator,
): PopupData {
  const [lines, setLines] = useState<LineView[] | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [tr, setTr] = useState<Translator>(() => initialTranslator ?? browserTranslator());
  const [storageError, setStorageError] = useState(false);
  const [now, setNow] = useState(clock);

  const reload = () => connector.listLines().then(setLines, () => setLines([]));
  useEffect(() => {
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
    const timer = setInterval(() => setNow(clock()), MINUTE_MS);
    return () => clearInterval(timer);
  }, [connector]);
  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = tr.t('popup_title');
  }, [tr]);

  const statuses = useMemo(
    () => sortByUrgency((lines ?? []).map((v) => lineStatus(v, providers.get(v.line.provider), settings, now))),
    [lines, settings, now, providers],
  );
  return { lines, statuses, tr, storageError, now, reload };
}

/** The full history of the open line (null until it arrives), read again when the lines change. */
export function useLineDetail(connector: Connector, lineId: string | null, lines: LineView[] | null): LineDetail | null {
  const [detail, setDetail] = useState<LineDetail | null>(null);
  useEffect(() => {
    if (lineId) connector.lineDetail(lineId).then((d) => setDetail(d ?? null), () => setDetail(null));
    else setDetail(null);
  }, [lineId, lines]);
  return detail;
}
