// The article library: every article in the repository, newest first; Enter or a click opens one.
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/model/article';

export interface LibraryScreenProps {
  articles: ArticleSummary[];
  onOpen: (id: string) => void;
  onCreate: () => void;
}

export function LibraryScreen({ articles, onOpen, onCreate }: LibraryScreenProps) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language === 'he' ? 'he-IL' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="library-screen" aria-labelledby="library-title">
      <header className="toolbar">
        <h1 id="library-title">{t('library.title')}</h1>
        <span className="spacer" />
        <button type="button" className="primary" onClick={onCreate}>
          {t('library.newArticle')}
        </button>
      </header>
      {articles.length === 0 ? (
        <p className="empty">{t('library.empty')}</p>
      ) : (
        <table className="article-list">
          <thead>
            <tr>
              <th scope="col">{t('library.headline')}</th>
              <th scope="col">{t('library.status')}</th>
              <th scope="col">{t('library.updated')}</th>
              <th scope="col">{t('library.words')}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <tr key={a.id} data-article-id={a.id}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    dir="auto"
                    aria-label={t('library.open', { headline: a.headline || t('library.untitled') })}
                    onClick={() => onOpen(a.id)}
                  >
                    {a.headline || t('library.untitled')}
                  </button>
                </td>
                <td>{t(`status.${a.status}`)}</td>
                <td>{dateFormat.format(new Date(a.updatedAt))}</td>
                <td>{a.words}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
