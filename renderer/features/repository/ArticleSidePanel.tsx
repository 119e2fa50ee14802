// The repository's part of the editor screen: a toggle that opens a drawer with the article's
// details and its version history, Ctrl+S to keep a version, and the conflict dialog when the
// file changed on disk. Mounted by EditorScreen; everything it needs comes through props.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { ArticleFile } from '../../../shared/model/article';
import { ktav, unwrap } from '../../platform/api';
import type { Autosave, SaveStatus } from '../editor/autosave';
import { ConflictPanel } from './ConflictPanel';
import { MetadataPanel } from './MetadataPanel';
import { VersionsPanel } from './VersionsPanel';
import './repository.css';

interface Props {
  article: ArticleFile;
  status: SaveStatus;
  view: () => EditorView | null;
  autosave: () => Autosave | null;
  onError: (message: string) => void;
}

export function ArticleSidePanel({ article, status, view, autosave, onError }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<'details' | 'versions'>('details');
  const [refreshKey, setRefreshKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const bump = useCallback(() => setRefreshKey((k) => k + 1), []);

  // Ctrl+S: everything typed is saved, and the saved text is kept as a version.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void (async () => {
          try {
            await autosave()?.flush();
            unwrap(await ktav.article.keepVersion({ id: article.id }));
            setNotice(t('repo.versionKept'));
            bump();
          } catch (error) {
            onError((error as Error).message);
          }
        })();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [article.id, autosave, bump, onError, t]);

  return (
    <>
      <button type="button" aria-expanded={open} aria-controls="article-side-panel" onClick={() => setOpen((o) => !o)}>
        {t('repo.panel')}
      </button>
      {notice && (
        <span className="muted" role="status" data-testid="repo-notice">
          {notice}
        </span>
      )}
      {status.state === 'conflict' && (
        <ConflictPanel articleId={article.id} reason={status.reason} view={view} autosave={autosave} onError={onError} />
      )}
      {open && (
        <aside id="article-side-panel" className="article-side-panel" aria-label={t('repo.panel')}>
          <div role="tablist" className="tabs">
            <button type="button" role="tab" aria-selected={tab === 'details'} onClick={() => setTab('details')}>
              {t('repo.tabDetails')}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'versions'} onClick={() => setTab('versions')}>
              {t('repo.tabVersions')}
            </button>
          </div>
          <div role="tabpanel">
            {tab === 'details' ? (
              <MetadataPanel article={article} view={view} autosave={autosave} onSaved={bump} onError={onError} />
            ) : (
              <VersionsPanel
                articleId={article.id}
                view={view}
                autosave={autosave}
                refreshKey={refreshKey}
                onRestored={() => setNotice(t('repo.restored'))}
                onError={onError}
              />
            )}
          </div>
        </aside>
      )}
    </>
  );
}
