// The window: one home for each job (the article library, the editor, the media library,
// settings), a bar to move between them, the command palette and the shortcuts sheet, and a
// banner for errors. It reopens where the person left off.
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { ArticleFile, ArticleSummary } from '../../shared/model/article';
import type { Session, UiSettings } from '../../shared/model/settings';
import { ktav, shown, showUncaughtFailures, unwrap } from '../platform/api';
import { onFailure } from '../platform/failures';
import { changeLanguage } from '../i18n';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { patchSummaries } from '../features/library/patchSummaries';
import { SUMMARIES_MAX } from '../../shared/api/calls/article';
import { markLibraryDrawn } from '../platform/firstDraw';
import { IMPORT_REQUEST_EVENT } from '../features/library/importArticles';
import { CommandPalette } from '../features/commands/CommandPalette';
import { ShortcutsSheet } from '../features/commands/ShortcutsSheet';
import { useActions } from '../features/commands/actionRegistry';
import { useGlobalKeys } from '../features/commands/useGlobalKeys';
import '../features/commands/commands.css';
import '../features/settings/settings.css';
import { appActions } from './appActions';
import { applyTheme } from './theme';
import { SessionKeeper } from './session';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { syncNow, useConflictedIds } from '../features/sync/syncStatus';

// The library is drawn first; every other screen (and ProseMirror, the media library, the
// export with its preview) is loaded the first time it is opened.
// The editor is memoised: what the window itself re-renders for (a sync's summaries for the
// library, the list of conflicts) must not re-render the toolbar and panels while someone types.
const EditorScreen = lazy(() => import('../features/editor/EditorScreen').then((m) => ({ default: memo(m.EditorScreen) })));
const MediaLibraryScreen = lazy(() => import('../features/media/MediaLibraryScreen').then((m) => ({ default: m.MediaLibraryScreen })));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const ExportScreen = lazy(() => import('../features/export/ExportScreen').then((m) => ({ default: m.ExportScreen })));

type Screen = { name: 'library' | 'media' | 'settings' } | { name: 'editor'; article: ArticleFile } | { name: 'export'; articleId: string };

const RECENT_MAX = 8;

export interface AppProps {
  initialSettings: UiSettings;
  /** The articles as the window started; null when that first list failed (asked again, and the failure shown). */
  initialArticles: ArticleSummary[] | null;
  repoDir: string;
  /** A damaged settings file moved aside at this start, to tell the person about. */
  settingsSetAside?: string | null;
}

export function App({ initialSettings, initialArticles, repoDir, settingsSetAside = null }: AppProps) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [screen, setScreen] = useState<Screen>({ name: 'library' });
  const [articles, setArticles] = useState<ArticleSummary[]>(initialArticles ?? []);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'palette' | 'shortcuts' | null>(null);
  const session = useRef<SessionKeeper | null>(null);
  const restoring = useRef<Session | null>(initialSettings.session);
  const screenRef = useRef(screen);
  screenRef.current = screen;

  const run = useCallback(async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  const saveSettings = useCallback(
    (patch: Partial<UiSettings>) =>
      run(async () => {
        const next = unwrap(await ktav.settings.set(patch));
        setSettings(next);
        if (patch.language) await changeLanguage(patch.language);
        if (patch.theme) applyTheme(patch.theme);
      }),
    [run],
  );

  const refresh = useCallback(
    () =>
      run(async () => {
        setArticles(unwrap(await ktav.article.list({})));
        markLibraryDrawn();
      }),
    [run],
  );

  const showArticle = useCallback(
    (article: ArticleFile) => {
      setScreen({ name: 'editor', article });
      session.current?.screen('editor', article.id);
      const recent = [article.id, ...settings.recent.filter((id) => id !== article.id)].slice(0, RECENT_MAX);
      void saveSettings({ recent });
    },
    [saveSettings, settings.recent],
  );

  const open = useCallback((id: string) => run(async () => showArticle(unwrap(await ktav.article.get({ id })))), [run, showArticle]);
  const create = useCallback(() => run(async () => showArticle(unwrap(await ktav.article.create({})))), [run, showArticle]);

  const go = useCallback(
    (name: 'library' | 'media' | 'settings') => {
      setScreen({ name });
      session.current?.screen(name, null);
      if (name === 'library') void refresh();
    },
    [refresh],
  );

  // The library's picker opens once the library is on screen.
  const importFiles = useCallback(() => {
    go('library');
    setTimeout(() => window.dispatchEvent(new Event(IMPORT_REQUEST_EVENT)), 0);
  }, [go]);

  const showExport = useCallback((articleId: string) => {
    setScreen({ name: 'export', articleId });
    session.current?.screen('export', articleId);
  }, []);
  // The editor's own callbacks keep their identity, so the memoised editor is not re-rendered.
  const backToLibrary = useCallback(() => go('library'), [go]);
  const exportOpenArticle = useCallback(() => {
    if (screenRef.current.name === 'editor') showExport(screenRef.current.article.id);
  }, [showExport]);

  // Every failure reported anywhere in the window, and every failed call nobody caught, shows in
  // the error banner. Subscribed before the start below, whose calls may fail.
  useEffect(() => {
    const stopFailures = onFailure(setError);
    const stopUncaught = showUncaughtFailures();
    return () => {
      stopFailures();
      stopUncaught();
    };
  }, []);

  // Start: follow the theme, keep the session, and reopen what was open.
  useEffect(() => {
    applyTheme(initialSettings.theme);
    const start = initialSettings.session ?? { screen: 'library', articleId: null, scrollTop: 0, caret: 0 };
    session.current = new SessionKeeper(start);
    if (settingsSetAside) setError(t('app.settingsSetAside', { path: settingsSetAside }));
    if (initialArticles) markLibraryDrawn();
    else void refresh();
    void (async () => {
      // Unsaved edits from a crash come first: the library offers them, so start there.
      const pending = shown(await ktav.journal.pending({}));
      if (pending && pending.length > 0) {
        restoring.current = null;
        return;
      }
      if (start.screen === 'editor' && start.articleId) {
        const article = shown(await ktav.article.get({ id: start.articleId }));
        if (article) setScreen({ name: 'editor', article });
      } else if (start.screen === 'export' && start.articleId) {
        setScreen({ name: 'export', articleId: start.articleId });
      } else if (start.screen === 'media' || start.screen === 'settings') {
        setScreen({ name: start.screen });
      }
    })();
    return () => session.current?.dispose();
  }, [initialSettings, refresh]);

  const onViewReady = useCallback((view: EditorView) => {
    const pending = restoring.current;
    restoring.current = null;
    // Loaded with the editor's own code, which is on screen by now.
    if (pending && pending.screen === 'editor') void import('../features/editor/restorePosition').then((m) => m.restorePosition(view, pending));
    session.current?.watch(view);
  }, []);

  useEffect(
    () =>
      ktav.on('menu.command', ({ command }) => {
        if (command === 'article.new') void create();
        else if (command === 'article.import') importFiles();
        else if (command === 'view.library') go('library');
        else if (command === 'article.export' && screenRef.current.name === 'editor') showExport(screenRef.current.article.id);
      }),
    [create, go, showExport],
  );

  // What a sync brought shows in the library at once; the open article and pictures follow on their own.
  useEffect(
    () =>
      ktav.on('repository.changed', ({ articles: changed, pictures }) => {
        if (changed.length > SUMMARIES_MAX) void refresh();
        else if (changed.length > 0) {
          void run(async () => {
            const summaries = unwrap(await ktav.article.summaries({ ids: changed }));
            setArticles((list) => patchSummaries(list, summaries));
          });
        }
        // Figures and the media library read the same store; loaded with them, so only if it was.
        if (pictures.length > 0) void import('../features/media/mediaStore').then((m) => m.mediaStore.refresh());
      }),
    [refresh, run],
  );
  const conflicted = useConflictedIds('article');

  const titles = useMemo(() => new Map(articles.map((a) => [a.id, a.headline || t('library.untitled')])), [articles, t]);
  const recent = settings.recent.filter((id) => titles.has(id)).map((id) => ({ id, headline: titles.get(id)! }));

  useGlobalKeys();
  useActions(
    () =>
      appActions({
        newArticle: () => void create(),
        importFiles,
        library: () => go('library'),
        media: () => go('media'),
        settings: () => go('settings'),
        exportArticle: screen.name === 'editor' ? () => showExport(screen.article.id) : null,
        palette: () => setDialog('palette'),
        shortcuts: () => setDialog('shortcuts'),
        language: (language) => void saveSettings({ language }),
        toggleTheme: () => void saveSettings({ theme: settings.theme === 'dark' ? 'light' : 'dark' }),
        recent,
        openArticle: (id) => void open(id),
        syncNow: () => void syncNow(),
      }),
    [create, importFiles, go, screen, showExport, saveSettings, settings.theme, recent.map((r) => r.id + r.headline).join(), open],
  );

  const navButton = (name: 'library' | 'media' | 'settings', label: string) => (
    <button type="button" onClick={() => go(name)} aria-current={screen.name === name ? 'page' : undefined}>
      {label}
    </button>
  );

  return (
    <div className="app">
      <nav className="app-bar" aria-label={t('app.mainNav')}>
        <span className="app-name">{t('app.name')}</span>
        {navButton('library', t('library.title'))}
        {navButton('media', t('media.nav'))}
        {navButton('settings', t('settings.title'))}
        <span className="spacer" />
        <SyncIndicator onConflicts={() => go('settings')} />
        <button type="button" onClick={() => setDialog('palette')} aria-keyshortcuts="Control+K Control+Shift+P">
          {t('commands.palette')}
        </button>
        <button type="button" onClick={() => setDialog('shortcuts')} aria-keyshortcuts="F1">
          {t('commands.shortcuts')}
        </button>
      </nav>
      {error && (
        <div className="error-banner" role="alert">
          <strong>{t('app.error')}:</strong> <span>{error}</span>{' '}
          <button type="button" onClick={() => setError(null)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      <main className="app-main">
        <Suspense fallback={<p role="status" className="muted">{t('app.loading')}</p>}>
          {screen.name === 'editor' ? (
            <EditorScreen
              key={screen.article.id}
              article={screen.article}
              onBack={backToLibrary}
              onError={setError}
              onViewReady={onViewReady}
              onExportPackage={exportOpenArticle}
              autosaveIdleMs={settings.saving.autosaveIdleMs}
            />
          ) : screen.name === 'export' ? (
            <ExportScreen articleId={screen.articleId} onBack={() => void open(screen.articleId)} onSettings={() => go('settings')} onError={setError} />
          ) : screen.name === 'media' ? (
            <MediaLibraryScreen onError={setError} />
          ) : screen.name === 'settings' ? (
            <SettingsScreen settings={settings} repoDir={repoDir} onChange={saveSettings} onOpenMedia={() => go('media')} onOpenArticle={(id) => void open(id)} onError={setError} />
          ) : (
            <LibraryScreen articles={articles} conflicted={conflicted} recent={recent} onOpen={(id) => void open(id)} onCreate={() => void create()} onChanged={() => void refresh()} onError={setError} />
          )}
        </Suspense>
      </main>
      {dialog === 'palette' && <CommandPalette onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <ShortcutsSheet onClose={() => setDialog(null)} />}
    </div>
  );
}
