// The article library: every article with its headline, status, section, author, last update
// and word count; filters by status, section, tag and author; sorting; Hebrew full-text search;
// keyboard navigation (arrows choose, Enter opens, Delete moves to the trash); the trash; and,
// at start, the offer to restore unsaved text found in the crash journal.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/model/article';
import { ARTICLE_STATUSES } from '../../../shared/model/articleStatus';
import type { SearchResult } from '../../../shared/model/search';
import { ktav, unwrap } from '../../platform/api';
import { QuarantineNotice } from './notices/QuarantineNotice';
import { RecoveryOffer } from './notices/RecoveryOffer';
import { facets, filterArticles, NO_FILTER, SORT_KEYS, type LibraryFilter } from './libraryFilter';
import { SearchResults } from './SearchResults';
import { TrashView } from './TrashView';
import { RecentArticles, type RecentArticle } from './RecentArticles';
import { BatchExport } from '../export/BatchExport';
import { SearchIndexStatus } from './SearchIndexStatus';
import { IMPORT_ACCEPT, IMPORT_REQUEST_EVENT, importArticles } from './importArticles';
import './library.css';
import { formatLocale } from '../../i18n/locale';

export interface LibraryScreenProps {
  articles: ArticleSummary[];
  onOpen: (id: string) => void;
  onCreate: () => void;
  /** The repository changed (a restore, a deletion): reload the list. */
  onChanged?: () => void;
  onError?: (message: string) => void;
  /** Opened last, newest first. */
  recent?: RecentArticle[];
  /** Articles a sync kept a conflict in, waiting for a decision. */
  conflicted?: ReadonlySet<string>;
}

const SEARCH_DELAY_MS = 150;
const NONE: ReadonlySet<string> = new Set();

export function LibraryScreen({ articles, onOpen, onCreate, onChanged = () => undefined, onError = () => undefined, recent = [], conflicted = NONE }: LibraryScreenProps) {
  const { t, i18n } = useTranslation();
  // Once per language: a new Intl.DateTimeFormat costs milliseconds, and the library renders at each key of a search.
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(formatLocale(i18n.language), { dateStyle: 'short', timeStyle: 'short' }),
    [i18n.language],
  );
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [indexReady, setIndexReady] = useState(false);
  const [showTrash, setShowTrash] = useState(false);
  const [selected, setSelected] = useState(0);
  const rows = useRef<HTMLTableSectionElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  // "Import files" from the menu, the palette or Ctrl+O opens the same picker as the button.
  useEffect(() => {
    const open = () => picker.current?.click();
    window.addEventListener(IMPORT_REQUEST_EVENT, open);
    return () => window.removeEventListener(IMPORT_REQUEST_EVENT, open);
  }, []);
  const [imported, setImported] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const runImport = async (files: File[]) => {
    try {
      const outcomes = await importArticles(files);
      const failed = outcomes.filter((o) => o.error);
      setImported(t('library.imported', { count: outcomes.length - failed.length }));
      if (failed.length) onError(failed.map((o) => o.error?.message).join('\n'));
      onChanged();
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const shown = useMemo(() => filterArticles(articles, filter), [articles, filter]);
  const menus = useMemo(() => facets(articles), [articles]);

  useEffect(() => {
    if (!query.trim()) {
      setResults(null);
      return;
    }
    if (!indexReady) return; // searched again once the index is ready
    let current = true;
    const timer = setTimeout(() => {
      void ktav.search.query({ query }).then((o) => current && (o.ok ? setResults(o.value) : onError(o.error.message)));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, articles, onError, indexReady]);

  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));

  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(shown.length - 1, index));
    setSelected(i);
    rows.current?.querySelectorAll<HTMLButtonElement>('button.link-button')[i]?.focus();
  };

  const trash = async (id: string) => {
    try {
      unwrap(await ktav.article.trash({ id }));
      onChanged();
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const onRowKey = (e: React.KeyboardEvent, index: number, id: string) => {
    if (e.key === 'ArrowDown') focusRow(index + 1);
    else if (e.key === 'ArrowUp') focusRow(index - 1);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(shown.length - 1);
    else if (e.key === 'Delete') void trash(id);
    else return;
    e.preventDefault();
  };

  const select = (label: string, key: 'section' | 'tag' | 'author', values: string[]) => (
    <label>
      {label}
      <select aria-label={label} value={filter[key]} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('library.filterAll')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section
      className={`library-screen${dragging ? ' dragging' : ''}`}
      aria-labelledby="library-title"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        if (e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        setDragging(false);
        void runImport([...e.dataTransfer.files]);
      }}
    >
      <header className="toolbar">
        <h1 id="library-title">{showTrash ? t('library.trash') : t('library.title')}</h1>
        <span className="spacer" />
        <button type="button" aria-pressed={showTrash} onClick={() => setShowTrash((s) => !s)}>
          {showTrash ? t('library.backToLibrary') : t('library.trash')}
        </button>
        <button type="button" onClick={() => picker.current?.click()}>
          {t('library.import')}
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          accept={IMPORT_ACCEPT}
          aria-label={t('library.import')}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void runImport(files);
          }}
        />
        <button type="button" className="primary" onClick={onCreate}>
          {t('library.newArticle')}
        </button>
      </header>
      {imported && (
        <p className="notice" role="status">
          {imported}
        </p>
      )}
      <QuarantineNotice />
      <RecoveryOffer onChanged={onChanged} onError={onError} />
      {showTrash ? (
        <TrashView onChanged={onChanged} onError={onError} />
      ) : (
        <>
          {!results && <RecentArticles recent={recent} onOpen={onOpen} />}
          <BatchExport articles={articles} onChanged={onChanged} onError={onError} />
          <SearchIndexStatus onReady={setIndexReady} onError={onError} />
          <div className="library-filters">
            <label>
              {t('library.search')}
              <input type="search" aria-label={t('library.search')} dir="auto" value={query} placeholder={t('library.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
            </label>
            {!results && (
              <>
                <label>
                  {t('library.filterStatus')}
                  <select aria-label={t('library.filterStatus')} value={filter.status} onChange={(e) => set('status', e.target.value as LibraryFilter['status'])}>
                    <option value="">{t('library.filterAll')}</option>
                    {ARTICLE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`status.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                {select(t('library.filterSection'), 'section', menus.sections)}
                {select(t('library.filterTag'), 'tag', menus.tags)}
                {select(t('library.filterAuthor'), 'author', menus.authors)}
                <label>
                  {t('library.sortBy')}
                  <select aria-label={t('library.sortBy')} value={filter.sort} onChange={(e) => set('sort', e.target.value as LibraryFilter['sort'])}>
                    {SORT_KEYS.map((k) => (
                      <option key={k} value={k}>
                        {t(`library.sort.${k}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </>
            )}
          </div>
          {query.trim() && !indexReady && <p className="muted">{t('library.index.notReady')}</p>}
          {results ? (
            <SearchResults results={results} onOpen={onOpen} />
          ) : articles.length === 0 ? (
            <p className="empty">{t('library.empty')}</p>
          ) : (
            <table className="article-list" aria-describedby="library-keys">
              <caption id="library-keys" className="muted">
                {t('library.keyboardHint')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('library.headline')}</th>
                  <th scope="col">{t('library.status')}</th>
                  <th scope="col">{t('library.section_col')}</th>
                  <th scope="col">{t('library.author_col')}</th>
                  <th scope="col">{t('library.updated')}</th>
                  <th scope="col">{t('library.words')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('library.toTrash')}</span>
                  </th>
                </tr>
              </thead>
              <tbody ref={rows}>
                {shown.map((a, i) => (
                  <tr key={a.id} data-article-id={a.id} aria-selected={i === selected}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        dir="auto"
                        aria-label={t('library.open', { headline: a.headline || t('library.untitled') })}
                        onClick={() => onOpen(a.id)}
                        onFocus={() => setSelected(i)}
                        onKeyDown={(e) => onRowKey(e, i, a.id)}
                      >
                        {a.headline || t('library.untitled')}
                      </button>
                      {conflicted.has(a.id) && <span className="badge conflict-badge">{t('sync.conflict')}</span>}
                    </td>
                    <td>{t(`status.${a.status}`)}</td>
                    <td dir="auto">{a.section}</td>
                    <td dir="auto">{a.authors.join(', ') || a.byline}</td>
                    <td>
                      {dateFormat.format(new Date(a.updatedAt))}
                      {a.changedBy && (
                        <span className="changed-by muted" dir="auto">
                          {' '}
                          {t('sync.changedBy', { name: a.changedBy })}
                        </span>
                      )}
                    </td>
                    <td>{a.words}</td>
                    <td>
                      <button type="button" tabIndex={-1} aria-label={`${t('library.toTrash')}: ${a.headline || t('library.untitled')}`} onClick={() => void trash(a.id)}>
                        {t('library.toTrash')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
