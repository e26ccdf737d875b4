import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { type Translator, browserTranslator, createTranslator, needsDictionary } from '@/utils/i18n/t';
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

/** What the page read before the first render (main.tsx): used as is, not read again. */
export interface InitialData {
  /** Each line with its newest reading (partial views). */
  lines?: LineView[];
  settings?: Settings;
}

/**
 * Everything the popup reads: the newest reading of each line, which the cards paint from, and the
 * settings beside it (defaults until they arrive; they may switch the language). What the page read
 * before the first render (`initial`, main.tsx) is used as is; the rest is read in the first
 * render's commit (a layout effect: an ordinary effect would wait for a frame). The history behind
 * the cards (run-out forecasts, keep-alive deadlines) is read only after those cards have painted,
 * so it never competes with them.
 */
export function usePopupData(
  connector: Connector,
  providers: PopupProviders,
  clock: () => number,
  initialTranslator?: Translator,
  initial: InitialData = {},
): PopupData {
  const [lines, setLines] = useState<LineView[] | null>(initial.lines ?? null);
  const [settings, setSettings] = useState<Settings>(initial.settings ?? DEFAULT_SETTINGS);
  const [tr, setTr] = useState<Translator>(() => initialTranslator ?? browserTranslator());
  const [storageError, setStorageError] = useState(false);
  const [now, setNow] = useState(clock);
  const [history, setHistory] = useState<'wanted' | 'read' | null>(initial.lines ? historyOf(initial.lines) : null);

  const reload = () =>
    connector.listLines().then(
      (full) => {
        setHistory('read');
        setLines(full);
      },
      () => setLines((shown) => shown ?? []),
    );
  useLayoutEffect(() => {
    let live = true;
    if (!initial.lines) {
      const first = connector.listLatest ? connector.listLatest() : connector.listLines();
      first.then(
        (found) => {
          if (!live) return;
          setLines((shown) => shown ?? found);
          setHistory((state) => state ?? historyOf(found));
        },
        () => live && void reload(),
      );
    }
    const language = async (s: Settings) => {
      if (needsDictionary(s.language) && !(initial.settings && initialTranslator)) setTr(await createTranslator(s.language));
    };
    if (initial.settings) void language(initial.settings).catch(() => undefined);
    else {
      connector.getSettings().then(async (s) => {
        setSettings(s);
        await language(s);
      }, () => undefined);
    }
    connector.storageError().then((e) => setStorageError(e !== null), () => undefined);
    const timer = setInterval(() => setNow(clock()), MINUTE_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [connector]);
  // After the cards from the newest readings have painted (effects run after paint).
  useEffect(() => {
    if (history === 'wanted') void reload();
  }, [history]);
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

/** Whether the history behind `lines` is still to read (they are the newest readings only). */
const historyOf = (lines: readonly LineView[]) => (lines.some((v) => v.partial) ? 'wanted' : 'read');

/** The full history of the open line (null until it arrives), read again when the lines change. */
export function useLineDetail(connector: Connector, lineId: string | null, lines: LineView[] | null): LineDetail | null {
  const [detail, setDetail] = useState<LineDetail | null>(null);
  useEffect(() => {
    if (lineId) connector.lineDetail(lineId).then((d) => setDetail(d ?? null), () => setDetail(null));
    else setDetail(null);
  }, [lineId, lines]);
  return detail;
}

/**
 * What `load` resolves to, loading it once `when` first holds (in an effect: after that render has
 * painted); null until then, and when it fails.
 */
export function useLazy<T>(load: () => Promise<T>, when: boolean): T | null {
  const [value, setValue] = useState<{ loaded: T } | null>(null);
  useEffect(() => {
    if (!when || value) return;
    let live = true;
    load().then(
      (loaded) => live && setValue({ loaded }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [when]);
  return value?.loaded ?? null;
}

/** Whether a render where `when` held has painted (false until then; an effect runs after paint). */
export function useAfterPaint(when: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (when) setPainted(true);
  }, [when]);
  return painted;
}
