// Words, characters and reading time of the body, with the article's length target when it has
// one. Counted a moment after the person stops typing, never on each keystroke.
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { articleStats, type ArticleStats as Stats } from '../../../../shared/editor/stats';
import { useIdleViewValue } from '../viewEvents';

const RECOUNT_DELAY_MS = 400;

const deriveStats = (view: EditorView): Stats => articleStats(view.state.doc);
const EMPTY: Stats = { words: 0, characters: 0, readingMinutes: 0 };

export function ArticleStats({ view, targetWords }: { view: EditorView | null; targetWords: number | null }) {
  const { t } = useTranslation();
  const stats = useIdleViewValue(view, deriveStats, EMPTY, RECOUNT_DELAY_MS);
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
