// Merging two spellings of one credit: every picture that used the wrong one is updated.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditRegistry } from '../../../shared/media/creditRegistry';
import type { MediaRecord } from '../../../shared/model/media';
import { ktav, unwrap } from '../../platform/api';

export interface MergeCreditsProps {
  registry: CreditRegistry;
  onMerged: (records: MediaRecord[]) => void;
  onError: (m: string) => void;
}

export function MergeCredits({ registry, onMerged, onError }: MergeCreditsProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const [notice, setNotice] = useState('');
  const names = [...new Set([...registry.creditLines, ...registry.creators, ...registry.sources].map((n) => n.name))];
  const run = async () => {
    try {
      const changed = unwrap(await ktav.media.mergeCredit({ from: [from], into }));
      onMerged(changed);
      setNotice(t('media.merge.done', { count: changed.length }));
    } catch (error) {
      onError((error as Error).message);
    }
  };
  return (
    <details className="media-tool">
      <summary>{t('media.merge.title')}</summary>
      <div className="row">
        <label>
          {t('media.merge.from')}{' '}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="" />
            {names.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          {t('media.merge.into')} <input value={into} dir="auto" list="known-merge" onChange={(e) => setInto(e.target.value)} />
        </label>
        <datalist id="known-merge">
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="button" disabled={!from || !into.trim() || from === into.trim()} onClick={() => void run()}>
          {t('media.merge.run')}
        </button>
      </div>
      {notice && <p role="status">{notice}</p>}
    </details>
  );
}
