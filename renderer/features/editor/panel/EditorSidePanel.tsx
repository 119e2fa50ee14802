// The article panel (חלונית הכתבה) beside the text: the counts and the typography finding under
// the caret on top, then tabs for the article's pictures with their credit state, its desk
// details, and its versions. Every tab stays mounted while hidden, so a half-edited details form
// or an open picture picker survives a look at another tab.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { ArticleFile } from '../../../../shared/model/article';
import type { Autosave } from '../autosave';
import { ArticleStats } from '../stats/ArticleStats';
import { FindingCard } from '../typography/FindingCard';
import { ArticlePictures } from '../figures/ArticlePictures';
import { MetadataPanel } from '../details/MetadataPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { PANEL_TABS, type PanelState, type PanelTab } from './panelState';
import './panel.css';

export interface EditorSidePanelProps {
  article: ArticleFile;
  view: EditorView | null;
  getView: () => EditorView | null;
  autosave: () => Autosave | null;
  state: PanelState;
  onTab: (tab: PanelTab) => void;
  /** Changes whenever a version may have been added, so the versions tab reloads. */
  versionsKey: number;
  onVersionsChanged: () => void;
  onRestored: () => void;
  onError: (message: string) => void;
  pickRequest: number;
}

export const PANEL_ID = 'article-panel';

export function EditorSidePanel(props: EditorSidePanelProps) {
  const { article, view, getView, autosave, state, onTab, versionsKey, onVersionsChanged, onRestored, onError, pickRequest } = props;
  const { t, i18n } = useTranslation();
  const tabs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  // Versions are also kept by autosave every few minutes: the list reloads each time it is shown.
  const [versionsShown, setVersionsShown] = useState(0);
  useEffect(() => {
    if (state.open && state.tab === 'versions') setVersionsShown((n) => n + 1);
  }, [state.open, state.tab]);

  // Tabs follow the ARIA pattern: arrows move between them (mirrored in Hebrew), Home and End
  // go to the ends, and only the chosen tab is in the Tab order.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const rtl = i18n.dir() === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
    const at = PANEL_TABS.indexOf(state.tab);
    let next: number | null = null;
    if (step !== undefined) next = (at + step + PANEL_TABS.length) % PANEL_TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = PANEL_TABS.length - 1;
    if (next === null) return;
    e.preventDefault();
    const tab = PANEL_TABS[next]!;
    onTab(tab);
    tabs.current[tab]?.focus();
  };

  return (
    <aside id={PANEL_ID} className="article-panel" aria-label={t('panel.title')} hidden={!state.open} data-testid="article-panel">
      {state.open && <ArticleStats view={view} targetWords={article.meta.targetWords} />}
      <section className="panel-proofing" aria-label={t('panel.proofing')}>
        {view && <FindingCard view={view} />}
      </section>
      <div role="tablist" aria-label={t('panel.tabs')} className="tabs">
        {PANEL_TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              tabs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`${PANEL_ID}-tab-${tab}`}
            aria-controls={`${PANEL_ID}-${tab}`}
            aria-selected={state.tab === tab}
            tabIndex={state.tab === tab ? 0 : -1}
            onClick={() => onTab(tab)}
            onKeyDown={onTabKey}
          >
            {t(`panel.tab.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${PANEL_ID}-pictures`} aria-labelledby={`${PANEL_ID}-tab-pictures`} hidden={state.tab !== 'pictures'}>
        <ArticlePictures view={view} pickRequest={pickRequest} />
      </div>
      <div role="tabpanel" id={`${PANEL_ID}-details`} aria-labelledby={`${PANEL_ID}-tab-details`} hidden={state.tab !== 'details'}>
        <MetadataPanel article={article} view={getView} autosave={autosave} onSaved={onVersionsChanged} onError={onError} />
      </div>
      <div role="tabpanel" id={`${PANEL_ID}-versions`} aria-labelledby={`${PANEL_ID}-tab-versions`} hidden={state.tab !== 'versions'}>
        <VersionsPanel articleId={article.id} view={getView} autosave={autosave} refreshKey={versionsKey + versionsShown} onRestored={onRestored} onError={onError} />
      </div>
    </aside>
  );
}
