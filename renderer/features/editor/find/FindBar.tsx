// The find and replace bar (חיפוש והחלפה). Enter finds the next match, Shift+Enter the previous,
// Escape closes the bar and returns to the text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import { findNext, matchRanges, replaceAll, replaceCurrent, setFindQuery } from './findPlugin';
import { useViewValue } from '../viewEvents';

const countMatches = (view: EditorView) => matchRanges(view.state).length;

export function FindBar({ view, onClose }: { view: EditorView; onClose: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const count = useViewValue(view, countMatches, 0);

  useEffect(() => {
    setFindQuery(query)(view.state, view.dispatch);
  }, [query, view]);
  useEffect(() => () => void setFindQuery('')(view.state, view.dispatch), [view]);

  const close = () => {
    onClose();
    view.focus();
  };

  return (
    <div
      className="find-bar"
      role="search"
      aria-label={t('editing.find')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <label>
        {t('editing.findLabel')}{' '}
        <input
          type="search"
          autoFocus
          value={query}
          onChange={(e) => {
            setNotice(null);
            setQuery(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              findNext(e.shiftKey)(view.state, view.dispatch);
            }
          }}
        />
      </label>
      <span className="find-count" role="status">
        {query ? t('editing.matches', { count }) : ''}
      </span>
      <button type="button" onClick={() => findNext(true)(view.state, view.dispatch)} disabled={count === 0}>
        {t('editing.findPrevious')}
      </button>
      <button type="button" onClick={() => findNext()(view.state, view.dispatch)} disabled={count === 0}>
        {t('editing.findNext')}
      </button>
      <label>
        {t('editing.replaceLabel')}{' '}
        <input
          type="text"
          value={replacement}
          onChange={(e) => setReplacement(e.target.value)}
        />
      </label>
      <button type="button" onClick={() => replaceCurrent(replacement)(view.state, view.dispatch)} disabled={count === 0}>
        {t('editing.replace')}
      </button>
      <button
        type="button"
        onClick={() => replaceAll(replacement, (n) => setNotice(t('editing.replaced', { count: n })))(view.state, view.dispatch)}
        disabled={count === 0}
      >
        {t('editing.replaceAll')}
      </button>
      {notice && <span className="find-notice">{notice}</span>}
      <button type="button" onClick={close} aria-label={t('editing.close')}>
        ✕
      </button>
    </div>
  );
}
