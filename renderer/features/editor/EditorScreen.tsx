// The editor screen: one article, autosaved as the person types, with the article panel beside
// the text (counts, findings, pictures, details, versions) and the way to export.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { Transaction } from 'prosemirror-state';
import type { ArticleFile } from '../../../shared/model/article';
import { docFromJSON, type DocJSON } from '../../../shared/editor/document';
import { adoptRemote, REMOTE_META } from './sync/adoptRemote';
import { SyncConflicts } from '../sync/SyncConflicts';
import { ktav, unwrap } from '../../platform/api';
import { beforeClose } from '../../platform/lifecycle';
import { ArticleEditor } from './ArticleEditor';
import { Autosave, autosaveOptions } from './autosave';
import { SaveStatusStore } from './saveStatusStore';
import { ArticleSender } from './articleSender';
import { KeepVersionBar } from './versions/KeepVersionBar';
import { createEditorState } from './editorState';
import { SaveIndicator } from './SaveIndicator';
import { EditorToolbar } from './toolbar/EditorToolbar';
import { FindBar } from './find/FindBar';
import { ArticleStats } from './stats/ArticleStats';
import { useHouseStyle } from './typography/useHouseStyle';
import { EditorSidePanel, PANEL_ID } from './panel/EditorSidePanel';
import { rememberPanel, rememberedPanel, type PanelState, type PanelTab } from './panel/panelState';
import { useEditorActions } from './editorActions';
import { useActions } from '../commands/actionRegistry';
import { SpellingMenuHost } from './spelling/SpellingMenu';

export interface EditorScreenProps {
  article: ArticleFile;
  onBack: () => void;
  onError: (message: string) => void;
  /** Called once the editor is on screen (the window follows its caret to reopen it later). */
  onViewReady?: (view: EditorView) => void;
  /** Opens the export screen (gate, preview, package) once the text is saved. */
  onExportPackage?: () => void;
  /** The pause after which autosave saves, from the person's saving policy. */
  autosaveIdleMs?: number;
}

export function EditorScreen({ article, onBack, onError, onViewReady, onExportPackage, autosaveIdleMs }: EditorScreenProps) {
  const { t } = useTranslation();
  const saveStatus = useMemo(() => new SaveStatusStore({ state: 'saved', revision: article.revision }), [article.id]);
  const [view, setView] = useState<EditorView | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [pickRequest, setPickRequest] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [repoNotice, setRepoNotice] = useState<string | null>(null);
  const [versionsKey, setVersionsKey] = useState(0);
  const [panel, setPanelState] = useState<PanelState>(rememberedPanel);
  const viewRef = useRef<EditorView | null>(null);
  const autosaveRef = useRef<Autosave | null>(null);

  const setPanel = useCallback((next: PanelState) => {
    rememberPanel(next);
    setPanelState(next);
  }, []);
  const showTab = useCallback((tab: PanelTab) => setPanel({ open: true, tab }), [setPanel]);
  const togglePanel = useCallback(() => setPanel({ ...rememberedPanel(), open: !rememberedPanel().open }), [setPanel]);
  const bumpVersions = useCallback(() => setVersionsKey((k) => k + 1), []);
  const insertPicture = useCallback(() => {
    showTab('pictures');
    setPickRequest((n) => n + 1);
  }, [showTab]);

  useEditorActions(view);
  useActions(() => {
    const group = 'commands.groupEditing';
    const focusTab = (tab: PanelTab) => () => {
      showTab(tab);
      requestAnimationFrame(() => document.getElementById(`${PANEL_ID}-tab-${tab}`)?.focus());
    };
    return [
      ...(view ? [{ id: 'editing.insertPicture', title: 'editing.insertPicture', group, run: insertPicture }] : []),
      { id: 'panel.toggle', title: 'panel.show', group, keys: 'Mod-.', global: true, run: togglePanel },
      { id: 'panel.pictures', title: 'panel.showPictures', group, run: focusTab('pictures') },
      { id: 'panel.details', title: 'panel.showDetails', group, run: focusTab('details') },
      { id: 'panel.versions', title: 'panel.showVersions', group, run: focusTab('versions') },
    ];
  }, [view, insertPicture, togglePanel, showTab]);

  const labels = useMemo(
    () => [t('editor.headlinePlaceholder'), t('editor.leadPlaceholder'), t('editor.bylinePlaceholder'), t('editor.bodyPlaceholder')] as const,
    [t],
  );
  // The state is made once per opened article; the language of the placeholders is fixed then.
  const state = useMemo(() => createEditorState(article.doc as DocJSON, labels, article.meta.spellingIgnored), [article.id]);
  // The document as opened is the one on disk at this revision: the first save already sends only what changed.
  const opened = useMemo(() => ({ doc: state.doc, revision: article.revision }), [state]);

  useEffect(() => {
    const sender = new ArticleSender(article.id, opened);
    const autosave = new Autosave(
      () => viewRef.current!.state.doc,
      (doc, baseRevision) => sender.save(doc, baseRevision),
      article.revision,
      saveStatus.set,
      autosaveOptions(autosaveIdleMs),
      // Crash journal: unsaved text reaches main about once a second between autosaves.
      (doc, baseRevision) => sender.journal(doc, baseRevision),
      // Merged in main with a sync's change: the other side's paragraphs come into the editor.
      (merged, sent) => {
        if (viewRef.current && !adoptRemote(viewRef.current, sent, merged)) autosave.changed();
      },
    );
    autosaveRef.current = autosave;
    const unregister = beforeClose(() => autosave.flush());
    // A sync changed this article: with nothing unsaved, its text comes in now; otherwise the
    // save goes now and main merges it (the merged text then comes in as above).
    const stopChanges = ktav.on('repository.changed', ({ articles }) => {
      if (!articles.includes(article.id)) return;
      if (autosave.unsaved) return void autosave.flush();
      void ktav.article.get({ id: article.id }).then((o) => {
        const v = viewRef.current;
        if (!o.ok || !v || autosave.unsaved || o.value.revision === autosave.currentRevision) return;
        const incoming = docFromJSON(o.value.doc);
        if (adoptRemote(v, v.state.doc, incoming)) {
          sender.rebase(incoming, o.value.revision);
          autosave.adopted(o.value.revision);
        }
      });
    });
    return () => {
      stopChanges();
      unregister();
      void autosave.flush().finally(() => autosave.dispose());
    };
  }, [article.id, article.revision, autosaveIdleMs]);

  const onDocChange = useCallback((_view: EditorView, tr: Transaction) => {
    if (!tr.getMeta(REMOTE_META)) autosaveRef.current?.changed();
  }, []);
  const getView = useCallback(() => viewRef.current, []);
  const getAutosave = useCallback(() => autosaveRef.current, []);
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
        {!panel.open && <ArticleStats view={view} targetWords={article.meta.targetWords} />}
        <SaveIndicator store={saveStatus} />
        <KeepVersionBar
          article={article}
          saveStatus={saveStatus}
          view={getView}
          autosave={getAutosave}
          notice={repoNotice}
          onNotice={setRepoNotice}
          onVersionKept={bumpVersions}
          onError={onError}
        />
        <button type="button" aria-expanded={panel.open} aria-controls={PANEL_ID} aria-keyshortcuts="Control+." onClick={togglePanel}>
          {t('panel.toggle')}
        </button>
      </header>
      <SyncConflicts onError={onError} kind="article" id={article.id} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <EditorToolbar view={view} onFind={openFind} onInsertPicture={view ? insertPicture : undefined} />
      {findOpen && view && <FindBar view={view} onClose={() => setFindOpen(false)} />}
      {view && <SpellingMenuHost view={view} articleId={article.id} autosave={getAutosave} onError={onError} />}
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
        <EditorSidePanel
          article={article}
          view={view}
          getView={getView}
          autosave={getAutosave}
          state={panel}
          onTab={showTab}
          versionsKey={versionsKey}
          onVersionsChanged={bumpVersions}
          onRestored={() => setRepoNotice(t('article.restored'))}
          onError={onError}
          pickRequest={pickRequest}
        />
      </div>
    </section>
  );
}
