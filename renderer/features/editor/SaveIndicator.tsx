import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './autosave';

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const text =
    status.state === 'failed' ? t('save.failed', { reason: status.reason }) : t(`save.${status.state}`);
  return (
    <span className={`save-indicator save-${status.state}`} role="status" aria-live="polite" data-state={status.state}
      data-revision={status.state === 'saved' ? status.revision : undefined}
    >
      {text}
    </span>
  );
}
