// The autosave indicator: saved / saving / unsaved / failed (with the reason) / conflict.
import { useTranslation } from 'react-i18next';
import { useSaveStatus, type SaveStatusStore } from './saveStatusStore';

export function SaveIndicator({ store }: { store: SaveStatusStore }) {
  const { t } = useTranslation();
  const status = useSaveStatus(store);
  const reason = status.state === 'failed' || status.state === 'conflict' ? status.reason : undefined;
  const text = t(`save.${status.state}`, { reason });
  return (
    <span className={`save-indicator save-${status.state}`} role="status" aria-live="polite" data-state={status.state}
      data-revision={status.state === 'saved' ? status.revision : undefined}
      title={reason}
    >
      {text}
    </span>
  );
}
