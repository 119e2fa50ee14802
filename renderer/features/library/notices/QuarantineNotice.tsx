// Tells the person, once, which damaged files were moved aside when the repository opened.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuarantinedFileInfo } from '../../../../shared/model/repository';
import { ktav, shown } from '../../../platform/api';

export function QuarantineNotice() {
  const { t } = useTranslation();
  const [files, setFiles] = useState<QuarantinedFileInfo[]>([]);
  useEffect(() => {
    void ktav.repository.quarantined({}).then((o) => setFiles(shown(o) ?? []));
  }, []);
  if (files.length === 0) return null;
  const folder = files[0]!.movedTo.replace(/[/\\][^/\\]*$/, '');
  return (
    <p className="warning-banner" role="alert">
      {t('library.quarantined', { files: files.map((f) => f.file).join(', '), folder })}
    </p>
  );
}
