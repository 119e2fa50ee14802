// The top bar's word on sharing: מסונכרן / N שינויים ממתינים / לא מקוון / התנגשות, with the
// time of the last sync; a click syncs now. Hidden while the repository is not shared.
import { useTranslation } from 'react-i18next';
import { syncNow, useSyncStatus } from './syncStatus';
import './sync.css';
import { formatLocale } from '../../i18n/locale';

export function SyncIndicator({ onConflicts }: { onConflicts: () => void }) {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  if (!status || status.state === 'off') return null;
  const word = status.state === 'pending' ? t('sync.pending', { count: status.pending }) : t(`sync.${status.state}`);
  const time = status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleTimeString(formatLocale(i18n.language), { hour: '2-digit', minute: '2-digit' }) : null;
  const last = time ? t('sync.lastSync', { time }) : t('sync.never');
  const title = [t('sync.indicatorTitle', { state: word, last }), status.problem].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={`sync-indicator sync-${status.state}`}
      data-state={status.state}
      title={title}
      aria-label={title}
      onClick={() => (status.state === 'conflict' ? onConflicts() : void syncNow())}
    >
      <span className="sync-dot" aria-hidden="true" />
      <span className="sync-word">{word}</span>
      {time && <span className="sync-time muted">{time}</span>}
    </button>
  );
}
