// The editor screen: one article, autosaved as the person types, with its word count and export.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { ArticleFile } from '../../../shared/model/article';
import type { DocJSON } from '../../../shared/editor/document';
import { ktav, unwrap } from '../../platform/api';
import { beforeClose } from '../../platform/lifecycle';
import { ArticleEditor } from './ArticleEditor';
import { Autosave, autosaveOptions, type SaveStatus } from './autosave';
import { ArticleSidePanel } from '../repository/ArticleSidePanel';
import { createEditorState } from './editorState';
import { SaveIndicator } from './SaveIndicator';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { FindBar } from './find/FindBar';
import { FindingCard } from './typography/FindingCard';
import { ArticleStats } from './stats/ArticleStats';
import { useHouseStyle } from './typography/useHouseStyle';
import { ArticlePictures } from '../media/ArticlePictures';
import { useEditorActions } from './editorActions';
import { useActions } from '../commands/actionRegistry';

export interface EditorScreenProps {
  article: ArticleFile;
  onBack: () => void;
  onError: (message: string) => void;
  /** Registers what the native menu's export command does while this screen is open. */
  exportRef: React.MutableRefObject<(() => void) | null>;
  /** Opens the picture picker (media feature), which inserts a figure into `view`. */
  onInsertPicture?: (view: EditorView) => void;
  /** Called once the editor is on screen (the window follows its caret to reopen it later). */
  onViewReady?: (view: EditorView) => void;
  /** Opens the export screen (gate, preview, package) once the text is saved. */
  onExportPackage?: () => void;
}

export function EditorScreen({ article, onBack, onError, exportRef, onInsertPicture, onViewReady, onExportPackage }: EditorScreenProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', revision: article.revision });
  const [view, setView] = useState<EditorView | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [pickRequest, setPickRequest] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  const autosaveRef = useRef<Autosave | null>(null);

  useEditorActions(view);
  useActions(
    () => (view ? [{ id: 'editing.insertPicture', title: 'editing.insertPicture', group: 'commands.groupEditing', run: () => setPickRequest((n) => n + 1) }] : []),
    [view],
  );

  const labels = useMemo(
    () => [t('editor.headlinePlaceholder'), t('editor.leadPlaceholder'), t('editor.bylinePlaceholder'), t('editor.bodyPlaceholder')] as const,
    [t],
  );
  // The state is made once per opened article; the language of the placeholders is fixed then.
  const state = useMemo(() => createEditorState(article.doc as DocJSON, labels), [article.id]);

  useEffect(() => {
    const autosave = new Autosave(
      () => viewRef.current!.state.doc.toJSON() as DocJSON,
      (doc, baseRevision) => ktav.article.save({ id: article.id, baseRevision, doc: doc as never }),
      article.revision,
      setStatus,
      autosaveOptions(),
      // Crash journal: unsaved text reaches main about once a second between autosaves.
      (doc, baseRevision) => ktav.article.journal({ id: article.id, baseRevision, doc: doc as never }),
    );
    autosaveRef.current = autosave;
    const unregister = beforeClose(() => autosave.flush());
    return () => {
      unregister();
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [article.id, article.revision]);

  const onDocChange = useCallback(() => autosaveRef.current?.changed(), []);
  const openFind = useCallback(() => setFindOpen(true), []);
  useHouseStyle(view);

  const exportHtml = useCallback(async () => {
    try {
      await autosaveRef.current?.flush();
      const { path } = unwrap(await ktav.article.exportHtml({ id: article.id }));
      setNotice(t('editor.exported', { path }));
    } catch (error) {
      onError((error as Error).message);
    }
  }, [article.id, onError, t]);

  useEffect(() => {
    exportRef.current = () => void exportHtml();
    return () => {
      exportRef.current = null;
    };
  }, [exportHtml, exportRef]);

  const back = async () => {
    await autosaveRef.current?.flush();
    onBack();
  };

  return (
    <section className="editor-screen" aria-label={t('editor.label')}>
      <header className="toolbar">
        <button type="button" onClick={() => void back()}>
          {t('editor.back')}
        </button>
        <button type="button" onClick={() => void exportHtml()} data-testid="export-html">
          {t('editor.export')}
        </button>
        {onExportPackage && (
          <button type="button" data-testid="export-package" onClick={() => void autosaveRef.current?.flush().then(onExportPackage, (e: Error) => onError(e.message))}>
            {t('export.open')}
          </button>
        )}
        <span className="spacer" />
        <ArticleStats view={view} targetWords={article.meta.targetWords} />
        <SaveIndicator status={status} />
        <ArticleSidePanel article={article} status={status} view={() => viewRef.current} autosave={() => autosaveRef.current} onError={onError} />
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <EditorToolbar view={view} onFind={openFind} onInsertPicture={view ? () => (onInsertPicture ? onInsertPicture(view) : setPickRequest((n) => n + 1)) : undefined} />
      {findOpen && view && <FindBar view={view} onClose={() => setFindOpen(false)} />}
      <div className="editor-layout">
        <ArticleEditor
          state={state}
          label={t('editor.label')}
          onDocChange={onDocChange}
          onReady={(v) => {
            viewRef.current = v;
            setView(v);
            onViewReady?.(v);
          }}
        />
        {view && <FindingCard view={view} />}
      </div>
      <ArticlePictures view={view} onError={onError} pickRequest={pickRequest} />
    </section>
  );
}
