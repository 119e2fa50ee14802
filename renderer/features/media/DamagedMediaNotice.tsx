// Tells the photo editor which picture records could not be read when the repository opened.
// Ktav leaves them on disk untouched (a record may be mended by hand or restored from a backup);
// the rest of the library works normally.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ktav, shown } from '../../platform/api';

const fileName = (path: string) => path.replace(/^.*[/\\]/, '');

export function DamagedMediaNotice() {
  const { t } = useTranslation();
  const [files, setFiles] = useState<string[]>([]);
  useEffect(() => {
    void ktav.media.damaged({}).then((o) => setFiles((shown(o) ?? []).map((d) => fileName(d.file))));
  }, []);
  if (files.length === 0) return null;
  return (
    <p className="warning-banner" role="alert" dir="auto">
      {t('media.damaged', { count: files.length, files: files.map((f) => `\u2066${f}\u2069`).join(', ') })}
    </p>
  );
}
