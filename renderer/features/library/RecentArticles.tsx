// The articles opened last, newest first, above the library's list: one click (or Tab, Enter)
// back to what the person was writing. The same list is in the palette under "recent articles".
import { useTranslation } from 'react-i18next';

export interface RecentArticle {
  id: string;
  headline: string;
}

/** How many the library shows; the palette lists them all. */
const SHOWN = 5;

export function RecentArticles({ recent, onOpen }: { recent: RecentArticle[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  if (recent.length === 0) return null;
  return (
    <nav className="recent-articles" aria-labelledby="recent-articles-title">
      <h2 id="recent-articles-title">{t('commands.groupRecent')}</h2>
      <ul>
        {recent.slice(0, SHOWN).map((r) => (
          <li key={r.id}>
            <button type="button" className="link-button" dir="auto" data-recent-id={r.id} onClick={() => onOpen(r.id)}>
              {r.headline}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
