// The search index's progress in the library while it loads or builds (a large repository
// without a saved index takes a while), with a cancel button; after a cancel, a button to build
// it. Silent once the index is ready, unless `offerRebuild` (settings), which then offers to
// build it again from the articles. Tells the library when search can answer.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchIndexStatus as Status } from '../../../shared/model/search';
import { ktav } from '../../platform/api';
import { formatLocale } from '../../i18n/locale';

/** How often the library asks while the index is not ready. */
const POLL_MS = 300;

export interface SearchIndexStatusProps {
  onReady?: (ready: boolean) => void;
  onError: (message: string) => void;
  offerRebuild?: boolean;
}

export function SearchIndexStatus({ onReady, onError, offerRebuild = false }: SearchIndexStatusProps) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const number = new Intl.NumberFormat(formatLocale(i18n.language));

  const apply = useCallback(
    (o: Awaited<ReturnType<typeof ktav.search.status>>) => {
      if (!o.ok) return onError(o.error.message);
      setStatus(o.value);
      onReady?.(o.value.state === 'ready');
    },
    [onError, onReady],
  );

  const working = status === null || status.state === 'loading' || status.state === 'building';
  useEffect(() => {
    if (!working) return;
    let live = true;
    const poll = async () => {
      const o = await ktav.search.status({});
      if (live) apply(o);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [working, apply]);

  if (!status || (status.state === 'ready' && !offerRebuild)) return null;
  return (
    <div className="search-index-status" role="group" aria-label={t('library.index.title')} data-testid="search-index" data-state={status.state}>
      {status.state === 'loading' && <span role="status">{t('library.index.loading')}</span>}
      {status.state === 'ready' && (
        <>
          <span>{t('library.index.ready')}</span>
          <button type="button" onClick={() => void ktav.search.rebuild({}).then(apply)}>
            {t('library.index.rebuild')}
          </button>
        </>
      )}
      {status.state === 'building' && (
        <>
          <label>
            {t('library.index.building', { done: number.format(status.done), total: number.format(status.total) })}{' '}
            <progress max={Math.max(1, status.total)} value={status.done} />
          </label>
          <button type="button" onClick={() => void ktav.search.cancel({}).then(apply)}>
            {t('library.index.cancel')}
          </button>
        </>
      )}
      {(status.state === 'cancelled' || status.state === 'failed') && (
        <>
          <span role="status">{status.state === 'cancelled' ? t('library.index.cancelled') : t('library.index.failed', { message: status.error?.message ?? '' })}</span>
          <button type="button" onClick={() => void ktav.search.build({}).then(apply)}>
            {t('library.index.build')}
          </button>
        </>
      )}
    </div>
  );
}
