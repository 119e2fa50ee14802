// The trash: deleted articles, each restorable; emptying asks once more before deleting for good.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/model/article';
import { ktav, shown, unwrap } from '../../platform/api';

export function TrashView({ onChanged, onError }: { onChanged: () => void; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ArticleSummary[]>([]);
  const [confirming, setConfirming] = useState(false);
  const load = useCallback(async () => {
    setItems(shown(await ktav.trash.list({})) ?? []);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await load();
      onChanged();
    } catch (error) {
      onError((error as Error).message);
    }
  };

  if (items.length === 0) return <p className="empty">{t('library.trashEmpty')}</p>;
  return (
    <section aria-label={t('library.trash')}>
      <ul className="search-results">
        {items.map((a) => (
          <li key={a.id} data-article-id={a.id}>
            <span dir="auto">{a.headline || t('library.untitled')}</span>{' '}
            <button type="button" onClick={() => void run(async () => unwrap(await ktav.trash.restore({ id: a.id })))}>
              {t('library.trashRestore')}
            </button>
          </li>
        ))}
      </ul>
      {confirming ? (
        <p role="alert">
          {t('library.trashConfirm')}{' '}
          <button type="button" className="primary" onClick={() => void run(async () => (unwrap(await ktav.trash.empty({})), setConfirming(false)))}>
            {t('library.trashEmptyAll')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('library.trashEmptyAll')}
        </button>
      )}
    </section>
  );
}
