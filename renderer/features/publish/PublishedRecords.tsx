// Where the article is on the web (meta.published): one line per site, with the post's status,
// when Ktav last published it, and its link. Shown in the article's details panel.
import { useTranslation } from 'react-i18next';
import type { PublishedRecord } from '../../../shared/model/publish';
import './publish.css';
import { formatLocale } from '../../i18n/locale';

export function PublishedRecords({ records }: { records: readonly PublishedRecord[] | undefined }) {
  const { t, i18n } = useTranslation();
  if (!records || records.length === 0) return <p className="muted">{t('publish.notPublished')}</p>;
  const when = (iso: string) => new Date(iso).toLocaleString(formatLocale(i18n.language), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <ul className="published-records" aria-label={t('publish.onTheWeb')}>
      {records.map((r) => (
        <li key={r.url}>
          <span dir="auto">{t('publish.record', { site: r.site, status: t(`publish.wpStatus_${r.status}`, { defaultValue: r.status }), when: when(r.at) })}</span>{' '}
          <a href={r.link} target="_blank" rel="noreferrer" dir="ltr">
            {r.link}
          </a>
        </li>
      ))}
    </ul>
  );
}
