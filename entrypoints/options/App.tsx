import { useEffect, useState } from 'preact/hooks';
import { type CheckedBackup, OptionsBackup } from '@/components/options/backup';
import { OptionsCalendar } from '@/components/options/calendar';
import { OptionsLines, displayName } from '@/components/options/lines';
import { OptionsSettings } from '@/components/options/settings';
import { OptionsSync } from '@/components/options/sync';
import { OptionsRecipes } from '@/components/options/recipes';
import { OptionsHiddenSites } from '@/components/options/overlay-hidden';
import { taughtProvider } from '@/utils/teach/recipe';
import {
  type BackupData,
  type BackupRefusal,
  backupFile,
  backupFileName,
  importSummary,
  isoDate,
  readBackup,
  serializeBackup,
} from '@/utils/backup';
import { buildIcs, calendarEvents, calendarFileName } from '@/utils/calendar';
import type { LineRecord } from '@/utils/records';
import { type Translator, browserTranslator, createTranslator, needsDictionary } from '@/utils/i18n/t';
import type { ProviderProfile } from '@/utils/providers/types';
import type { Settings } from '@/utils/settings';
import type { HiddenSite, LineView, OptionsConnector, RecipeView, SyncView } from '@/utils/connector/types';
import { makeFmt } from '@/utils/format';
import { providerName } from '@/utils/providers/names';

/** What the page needs from the browser; tests hand in fakes. */
export interface OptionsPlatform {
  now: () => number;
  /** The user's IANA zone. */
  zone: string;
  /** Saves a file on the user's computer (Blob + <a download> in the page). */
  download: (name: string, text: string, type: string) => void;
}

export interface OptionsAppProps {
  connector: OptionsConnector;
  platform: OptionsPlatform;
  providers: readonly ProviderProfile[];
  /** The translator to start with (default: the browser's); replaced when settings override it. */
  initialTranslator?: Translator;
}

/**
 * The options page: reminder settings, lines (rename, mute, delete), backup and restore, and the
 * calendar export. Everything is read and written through the connector; nothing leaves the browser.
 */
export function App({ connector, platform, providers, initialTranslator }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [lines, setLines] = useState<LineView[] | null>(null);
  const [sync, setSync] = useState<SyncView | null>(null);
  const [recipes, setRecipes] = useState<RecipeView[] | null>(null);
  const reloadRecipes = () => void connector.listRecipes?.().then(setRecipes, () => setRecipes([]));
  const [hiddenSites, setHiddenSites] = useState<HiddenSite[] | null>(null);
  const reloadHidden = () => void connector.listHiddenSites?.().then(setHiddenSites, () => setHiddenSites([]));
  const [tr, setTr] = useState<Translator>(() => initialTranslator ?? browserTranslator());
  const fmt = makeFmt(tr, platform.zone, platform.now());
  const { t } = fmt;

  const nameOfProvider = (id: string) =>
    providerName(
      id,
      providers.find((p) => p.id === id),
      tr.locale,
      t,
    );
  const nameOfLine = (line: LineRecord) => displayName(line, nameOfProvider(line.provider));

  const switchLanguage = async (language: Settings['language']) => {
    setTr(!needsDictionary(language) ? (initialTranslator ?? browserTranslator()) : await createTranslator(language));
  };
  const loadSettings = async () => {
    const s = await connector.getSettings();
    setSettings(s);
    if (needsDictionary(s.language)) await switchLanguage(s.language);
  };
  const reloadLines = () => connector.listLines().then(setLines, () => setLines([]));

  useEffect(() => {
    void loadSettings();
    void reloadLines();
    reloadRecipes();
    reloadHidden();
    // The popup may change lines while this tab stays open: refresh when it is shown again.
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      void reloadLines();
      reloadRecipes();
      reloadHidden();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [connector]);
  useEffect(() => {
    const loadSync = () => void connector.syncStatus?.().then(setSync, () => undefined);
    loadSync();
    // A pass the background runs (this switch, another browser's change) updates the section.
    return connector.watchSync?.(loadSync);
  }, [connector]);
  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = t('options_title');
  }, [tr]);

  const saveSettings = async (next: Settings) => {
    await connector.saveSettings(next);
    const languageChanged = next.language !== settings?.language;
    setSettings(next);
    if (languageChanged) await switchLanguage(next.language);
  };

  const exportBackup = async () => {
    const now = platform.now();
    const name = backupFileName(now, platform.zone);
    platform.download(name, serializeBackup(backupFile(await connector.exportData(), now)), 'application/json');
    return name;
  };

  const checkBackup = async (text: string): Promise<CheckedBackup | BackupRefusal> => {
    const read = await readBackup(text);
    if (!read.ok) return read;
    const current = await connector.exportData();
    return { ok: true, data: read.data, exportedAt: read.exportedAt, summary: importSummary(current, read.data) };
  };

  const restore = async (data: BackupData) => {
    await connector.replaceAllData(data);
    await Promise.all([loadSettings(), reloadLines()]);
    if (data.settings.language === 'auto') await switchLanguage('auto');
  };

  const exportCalendar = async () => {
    const now = platform.now();
    const data = await connector.exportData();
    const events = calendarEvents({
      lines: data.lines,
      readings: data.readings,
      renewals: data.renewals,
      settings: data.settings,
      providers: (id) => providers.find((p) => p.id === id),
      now,
      zone: platform.zone,
      t: t,
      intl: tr.intl,
      locale: tr.locale,
    });
    if (events.length === 0) return null;
    const name = calendarFileName(isoDate(now, platform.zone));
    platform.download(name, buildIcs({ name: t('calendar_name'), now, events }), 'text/calendar');
    return { name, events: events.length };
  };

  return (
    <>
      <header class="page-head">
        <h1>{t('options_title')}</h1>
      </header>
      <main>
        <section class="panel privacy" aria-labelledby="privacy-heading" data-testid="privacy">
          <h2 id="privacy-heading">{t('options_privacy_heading')}</h2>
          <p>{t('options_privacy')}</p>
        </section>

        {/* Near the top: the calendar file is how the reminders reach the phone. */}
        <OptionsCalendar fmt={fmt} onExport={exportCalendar} />

        <section class="panel" aria-labelledby="reminders-heading">
          <h2 id="reminders-heading">{t('options_reminders_heading')}</h2>
          {settings ? (
            <OptionsSettings settings={settings} fmt={fmt} onSave={saveSettings} />
          ) : (
            <p class="hint">{t('options_loading')}</p>
          )}
        </section>

        <OptionsLines
          lines={lines}
          fmt={fmt}
          providerName={nameOfProvider}
          profileOf={(id) => providers.find((p) => p.id === id)}
          onSaveLine={async (line) => {
            await connector.saveLine(line);
            await reloadLines();
          }}
          onDeleteLine={async (lineId) => {
            await connector.deleteLine(lineId);
            await reloadLines();
          }}
        />

        {connector.syncStatus && connector.setSyncEnabled && (
          <OptionsSync view={sync} fmt={fmt} onToggle={connector.setSyncEnabled} />
        )}

        {connector.listRecipes && connector.removeRecipe && (
          <OptionsRecipes
            recipes={recipes}
            fmt={fmt}
            providerName={nameOfProvider}
            lastRead={(r) => {
              const provider = taughtProvider(r);
              const times = (lines ?? []).filter((l) => l.line.provider === provider).map((l) => l.latest?.at ?? 0);
              return times.length > 0 && Math.max(...times) > 0 ? Math.max(...times) : null;
            }}
            onRemove={async (id) => {
              await connector.removeRecipe?.(id);
              reloadRecipes();
            }}
          />
        )}

        {connector.showOverlayAgain && (
          <OptionsHiddenSites
            sites={hiddenSites}
            fmt={fmt}
            onShow={async (site) => {
              await connector.showOverlayAgain?.(site);
              reloadHidden();
            }}
          />
        )}

        <OptionsBackup fmt={fmt} onExport={exportBackup} onCheck={checkBackup} onRestore={restore} lineName={nameOfLine} />
      </main>
    </>
  );
}
