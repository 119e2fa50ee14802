// The window: the library or one article in the editor, and a banner for errors.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFile, ArticleSummary } from '../../shared/model/article';
import type { UiLanguage } from '../../shared/model/settings';
import { ktav, unwrap } from '../platform/api';
import { changeLanguage } from '../i18n';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { EditorScreen } from '../features/editor/EditorScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { MediaLibraryScreen } from '../features/media/MediaLibraryScreen';

type Screen = { name: 'library' } | { name: 'editor'; article: ArticleFile } | { name: 'media' } | { name: 'export'; articleId: string };

export function App() {
  const { t, i18n } = useTranslation();
  const [screen, setScreen] = useState<Screen>({ name: 'library' });
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const exportRef = useRef<(() => void) | null>(null);

  const run = useCallback(async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  const refresh = useCallback(() => run(async () => setArticles(unwrap(await ktav.article.list({})))), [run]);

  const open = useCallback(
    (id: string) => run(async () => setScreen({ name: 'editor', article: unwrap(await ktav.article.get({ id })) })),
    [run],
  );

  const create = useCallback(
    () => run(async () => setScreen({ name: 'editor', article: unwrap(await ktav.article.create({})) })),
    [run],
  );

  const showLibrary = useCallback(() => {
    setScreen({ name: 'library' });
    void refresh();
  }, [refresh]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      ktav.on('menu.command', ({ command }) => {
        if (command === 'article.new') void create();
        else if (command === 'view.library') showLibrary();
        else if (command === 'article.export') exportRef.current?.();
      }),
    [create, showLibrary],
  );

  // Ctrl+N makes a new article in both shells (the Electron menu sends the same command).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        void create();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [create]);

  const setLanguage = (language: UiLanguage) =>
    run(async () => {
      unwrap(await ktav.settings.set({ language }));
      await changeLanguage(language);
    });

  return (
    <div className="app">
      <nav className="app-bar" aria-label={t('app.mainNav')}>
        <span className="app-name">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
        <button type="button" onClick={showLibrary} aria-current={screen.name === 'library' ? 'page' : undefined}>
          {t('library.title')}
        </button>
        <button type="button" onClick={() => setScreen({ name: 'media' })} aria-current={screen.name === 'media' ? 'page' : undefined}>
          {t('media.nav')}
        </button>
        <span className="spacer" />
        <label>
          {t('app.language')}{' '}
          <select value={i18n.language} onChange={(e) => void setLanguage(e.target.value as UiLanguage)}>
            <option value="he" lang="he">
              עברית
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
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
        {screen.name === 'media' ? (
          <MediaLibraryScreen onError={setError} />
        ) : screen.name === 'library' ? (
          <LibraryScreen articles={articles} onOpen={(id) => void open(id)} onCreate={() => void create()} />
        ) : screen.name === 'export' ? (
          <ExportScreen articleId={screen.articleId} onBack={() => void open(screen.articleId)} onError={setError} />
        ) : (
          <EditorScreen
            key={screen.article.id}
            article={screen.article}
            onBack={showLibrary}
            onError={setError}
            exportRef={exportRef}
            onExportPackage={() => setScreen({ name: 'export', articleId: screen.article.id })}
          />
        )}
      </main>
    </div>
  );
}
