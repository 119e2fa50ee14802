// Words, characters and reading time of the body, with the article's length target when it has
// one. Counted a moment after the person stops typing, never on each keystroke.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { articleStats, type ArticleStats as Stats } from '../../../../shared/editor/stats';
import { VIEW_UPDATE_EVENT } from '../viewEvents';

const RECOUNT_DELAY_MS = 400;

export function ArticleStats({ view, targetWords }: { view: EditorView | null; targetWords: number | null }) {
  const { t } = useTranslation();
  const [stats, setStats] = useState<Stats>({ words: 0, characters: 0, readingMinutes: 0 });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!view) return;
    let doc = view.state.doc;
    setStats(articleStats(doc));
    const onUpdate = () => {
      if (view.state.doc === doc) return;
      doc = view.state.doc;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStats(articleStats(view.state.doc)), RECOUNT_DELAY_MS);
    };
    view.dom.addEventListener(VIEW_UPDATE_EVENT, onUpdate);
    return () => {
      clearTimeout(timer.current);
      view.dom.removeEventListener(VIEW_UPDATE_EVENT, onUpdate);
    };
  }, [view]);

  const over = targetWords ? stats.words - targetWords : 0;
  return (
    <span className="article-stats" aria-label={t('editing.stats')} data-testid="word-count" data-words={stats.words}>
      <span>
        {t('editing.words', { count: stats.words })}
        {targetWords ? ` ${t('editing.target', { target: targetWords })}` : ''}
      </span>
      {over > 0 && <span className="over-target">{t('editing.overTarget', { count: over })}</span>}
      <span>{t('editing.characters', { count: stats.characters })}</span>
      <span>{t('editing.readingTime', { count: stats.readingMinutes })}</span>
    </span>
  );
}
