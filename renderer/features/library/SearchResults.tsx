// Search results: ranked, each with its snippet and the matching words highlighted.
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../shared/model/search';

export function SearchResults({ results, onOpen }: { results: SearchResult[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  if (results.length === 0) return <p className="empty">{t('library.searchNone')}</p>;
  return (
    <>
      <p className="muted" role="status">
        {t('library.searchResults', { count: results.length })}
      </p>
      <ol className="search-results" aria-label={t('library.search')}>
        {results.map((r) => (
          <li key={r.id} data-article-id={r.id}>
            <button
              type="button"
              className="link-button"
              dir="auto"
              aria-label={t('library.open', { headline: r.headline || t('library.untitled') })}
              onClick={() => onOpen(r.id)}
            >
              {r.headline || t('library.untitled')}
            </button>{' '}
            <span className="muted">
              {t(`status.${r.status}`)}
              {r.section ? ` · ${r.section}` : ''}
            </span>
            {r.snippet.length > 0 && (
              <p className="snippet" dir="auto">
                {r.snippet.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
