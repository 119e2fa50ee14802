// The editor screen: one article, autosaved as the person types, with its word count and export.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { ArticleFile } from '../../../shared/model/article';
import type { DocJSON } from '../../../shared/editor/document';
import { bodyText, countWords } from '../../../shared/editor/document';
import { ktav, unwrap } from '../../platform/api';
import { beforeClose } from '../../platform/lifecycle';
import { ArticleEditor } from './ArticleEditor';
import { Autosave, type SaveStatus } from './autosave';
import { createEditorState } from './editorState';
import { SaveIndicator } from './SaveIndicator';
import { ArticlePictures } from '../media/ArticlePictures';

export interface EditorScreenProps {
  article: ArticleFile;
  onBack: () => void;
  onError: (message: string) => void;
  /** Registers what the native menu's export command does while this screen is open. */
  exportRef: React.MutableRefObject<(() => void) | null>;
  /** Opens the export screen (gate, preview, package) once the text is saved. */
  onExportPackage?: () => void;
}

const WORD_COUNT_DELAY_MS = 400;

export function EditorScreen({ article, onBack, onError, exportRef, onExportPackage }: EditorScreenProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', revision: article.revision });
  const [words, setWords] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [view, setView] = useState<EditorView | null>(null);
  const autosaveRef = useRef<Autosave | null>(null);
  const countTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

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
    );
    autosaveRef.current = autosave;
    const unregister = beforeClose(() => autosave.flush());
    return () => {
      unregister();
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [article.id, article.revision]);

  const recount = useCallback((view: EditorView) => setWords(countWords(bodyText(view.state.doc))), []);

  const onDocChange = useCallback(
    (view: EditorView) => {
      autosaveRef.current?.changed();
      clearTimeout(countTimer.current);
      countTimer.current = setTimeout(() => recount(view), WORD_COUNT_DELAY_MS);
    },
    [recount],
  );

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
        <span className="word-count" data-testid="word-count">
          {t('editor.words', { count: words })}
        </span>
        <SaveIndicator status={status} />
      </header>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ArticleEditor
        state={state}
        label={t('editor.label')}
        onDocChange={onDocChange}
        onReady={(view) => {
          viewRef.current = view;
          setView(view);
          recount(view);
        }}
      />
      <ArticlePictures view={view} onError={onError} />
    </section>
  );
}
