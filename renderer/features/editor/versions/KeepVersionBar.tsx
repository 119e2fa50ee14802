// The editor header's "keep a version" (Ctrl+S, also in the palette), its notice, and the
// conflict dialog when the file changed on disk. The list of versions is the panel's versions tab.
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { ArticleFile } from '../../../../shared/model/article';
import { ktav, unwrap } from '../../../platform/api';
import type { Autosave } from '../autosave';
import { useSaveStatus, type SaveStatusStore } from '../saveStatusStore';
import { useActions } from '../../commands/actionRegistry';
import { ConflictPanel } from '../conflict/ConflictPanel';

interface Props {
  article: ArticleFile;
  saveStatus: SaveStatusStore;
  view: () => EditorView | null;
  autosave: () => Autosave | null;
  notice: string | null;
  onNotice: (text: string) => void;
  /** A version was kept: the versions tab reloads. */
  onVersionKept: () => void;
  onError: (message: string) => void;
}

export function KeepVersionBar({ article, saveStatus, view, autosave, notice, onNotice, onVersionKept, onError }: Props) {
  const { t } = useTranslation();
  const status = useSaveStatus(saveStatus);

  // Ctrl+S: everything typed is saved, and the saved text is kept as a version.
  useActions(
    () => [
      {
        id: 'article.keepVersion',
        title: 'panel.keepVersion',
        group: 'commands.groupArticle',
        keys: 'Mod-s',
        global: true,
        run: () =>
          void (async () => {
            try {
              await autosave()?.flush();
              unwrap(await ktav.article.keepVersion({ id: article.id }));
              onNotice(t('article.versionKept'));
              onVersionKept();
            } catch (error) {
              onError((error as Error).message);
            }
          })(),
      },
    ],
    [article.id, autosave, onNotice, onVersionKept, onError, t],
  );

  return (
    <>
      {notice && (
        <span className="muted" role="status" data-testid="repo-notice">
          {notice}
        </span>
      )}
      {status.state === 'conflict' && (
        <ConflictPanel articleId={article.id} reason={status.reason} view={view} autosave={autosave} onError={onError} />
      )}
    </>
  );
}
